/** The search UI in Chromium: /search/ as you type, filters in the address, keyboard use, the header box, no results, 360px. */
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, saveScreenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const status = '[data-search-status]';
const resultLinks = '[data-search-results] > li .search-result-title a';

describe('/search/', () => {
  it('shows the results for ?q= on load, each with type, date and a clean excerpt', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/search/?q=${encodeURIComponent('육휴')}`);
    await page.waitForFunction((s) => /검색 결과 \d+건/.test(document.querySelector(s)?.textContent ?? ''), status);
    const first = page.locator('[data-search-results] > li', { has: page.locator('a[href="/card-news/2026-09-22-parental-leave/"]') });
    expect(await first.locator('.badge').textContent()).toBe('카드뉴스');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2026-09-22');
    const excerpt = (await first.locator('.search-result-excerpt').first().textContent()) ?? '';
    expect(excerpt.length).toBeGreaterThan(20);
    // 육휴 is only in the page's hidden search field: it must never show in what readers see.
    expect(excerpt).not.toContain('육휴');
    // The term it stands for is highlighted instead.
    expect(await first.locator('.search-result-excerpt mark').first().textContent()).toContain('육아휴직');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('searches as you type, announces the count, keeps query and filters in the address, opens a result with the keyboard', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/search/`);
    const input = page.getByRole('searchbox', { name: '검색어' });
    await input.focus();
    await page.keyboard.type('휴직');
    await page.waitForFunction((s) => document.querySelector(s)?.textContent?.startsWith('‘휴직’ 검색 결과'), status);
    expect(await page.getAttribute(status, 'role')).toBe('status');
    expect(new URL(page.url()).searchParams.get('q')).toBe('휴직');

    await page.getByRole('combobox', { name: '종류' }).selectOption('카드뉴스');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '카드뉴스');
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(sel)].every((b) => b.textContent === '카드뉴스'),
      '[data-search-results] .search-result .badge',
    );
    const firstHref = await page.locator(resultLinks).first().getAttribute('href');
    expect(firstHref).toMatch(/^\/card-news\//);

    // Tab from the last filter menu reaches the first result; Enter opens it.
    await page.getByRole('combobox', { name: '연도' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
    await Promise.all([page.waitForURL((url) => url.pathname === firstHref), page.keyboard.press('Enter')]);
    await close();
  });

  it('opens 10 results first and 10 more on request, moving focus to the first new one', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/search/?q=${encodeURIComponent('휴직')}`);
    await page.waitForFunction((s) => /검색 결과 \d+건/.test(document.querySelector(s)?.textContent ?? ''), status);
    expect(await page.locator(resultLinks).count()).toBe(10);
    const more = page.getByRole('button', { name: '결과 더 보기' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 10, resultLinks);
    expect(await page.evaluate((sel) => document.activeElement === document.querySelectorAll(sel)[10], resultLinks)).toBe(true);
    await close();
  });

  it('suggests glossary terms and the counselling number when nothing is found', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/search/?q=${encodeURIComponent('우주여행')}`);
    await page.waitForFunction((s) => document.querySelector(s)?.textContent?.includes('결과가 없습니다'), status);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '결과 더 보기' }).isVisible()).toBe(false);
    const suggestions = await empty.locator('[data-search-suggestions] a').allTextContents();
    expect(suggestions.length).toBeGreaterThan(0);
    expect(await empty.locator('a[href^="tel:"]').textContent()).toContain('02-308-1220');
    expect(await empty.locator('a[href="/glossary/"]').count()).toBe(1);
    await close();
  });

  it('fits a 360px screen', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/search/?q=${encodeURIComponent('단축')}`, { width: 360, height: 800 });
    await page.waitForFunction((s) => /검색 결과 \d+건/.test(document.querySelector(s)?.textContent ?? ''), status);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'search-360');
    await close();
  });
});

describe('header search box', () => {
  it('loads no search code on a content page, even when focused; Enter shows the results on /search/', async () => {
    const requests: string[] = [];
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/about/`);
    page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
    const box = page.getByRole('searchbox', { name: '사이트 검색' });
    await box.focus();
    await page.keyboard.type('출산휴가');
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/glossary.json' || p.endsWith('.js'))).toEqual([]);

    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
    await page.waitForFunction((s) => document.querySelector(s)?.textContent?.startsWith('‘출산휴가’ 검색 결과'), status);
    // The query carries over to the search page's own box.
    expect(await page.getByRole('searchbox', { name: '검색어' }).inputValue()).toBe('출산휴가');
    await saveScreenshot(page, 'search-1280');
    await close();
  });

  it('still works without JavaScript: Enter goes to /search/?q=', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/about/`);
    await page.getByRole('searchbox', { name: '사이트 검색' }).fill('육아휴직');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=육아휴직');
    await context.close();
  });
});

describe('/glossary/', () => {
  it('lists the glossary with anchors and is linked from the footer', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/glossary/`);
    expect(await page.locator('h2#parental-leave').textContent()).toBe('육아휴직');
    expect(await page.locator('footer a[href="/glossary/"]').count()).toBe(1);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
    await close();
  });
});
