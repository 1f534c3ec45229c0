/**
 * Every page carries a Content-Security-Policy (added by scripts/build.ts), and the site runs under
 * it with no violation in Chromium: one page per template, islands woken by scrolling, and a search.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { builtHtmlFiles, onePagePerTemplate, readBuiltPage } from './support/built-site';

const pages = builtHtmlFiles()
  .map(readBuiltPage)
  .filter((page) => !page.file.endsWith('email.html'));
const policyOf = (page: (typeof pages)[number]) => page.$('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page recording CSP violations, both the DOM event and Chromium's console report. */
async function openWatched(urlPath: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) console.push(message.text());
  });
  await page.goto(`${inject('baseUrl')}${urlPath}`, { waitUntil: 'load' });
  const violations = async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
  return { page, violations, close: () => context.close() };
}

async function wakeIslands(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

describe('Content-Security-Policy', () => {
  it('is on every page, strict for the public site and looser only for /admin/', () => {
    const missing = pages.filter((page) => !policyOf(page)).map((page) => page.urlPath);
    expect(missing).toEqual([]);
    for (const page of pages) {
      const scriptSrc = policyOf(page).split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      const admin = page.urlPath.startsWith('/admin/');
      expect(scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'"), page.urlPath).toBe(admin);
    }
  });

  it('is not violated by any page template, islands included', async () => {
    const found: string[] = [];
    for (const { urlPath } of onePagePerTemplate(pages)) {
      const { page, violations, close } = await openWatched(urlPath);
      await wakeIslands(page);
      found.push(...(await violations()).map((v) => `${urlPath}: ${v}`));
      await close();
    }
    expect(found).toEqual([]);
    // 25 templates since each file under src/pages counts as one (every calculator, the timeline, the rules, the print
    // edition), each waiting for the network to go quiet.
  }, 180_000);

  it('lets search run (Pagefind uses WebAssembly)', async () => {
    const search = pages.find((page) => page.urlPath === '/search/');
    if (!search) return;
    const { page, violations, close } = await openWatched('/search/');
    const box = page.locator('main input[type="search"], main input[name="q"]').first();
    await box.fill('육아휴직');
    await box.press('Enter');
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await close();
  });

  it('reports a violation when a page breaks the policy (self-check)', async () => {
    const { page, violations, close } = await openWatched('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.append(script);
    });
    await page.waitForTimeout(100);
    expect((await violations()).join()).toMatch(/script-src/);
    await close();
  });
});
