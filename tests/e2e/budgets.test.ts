/**
 * Weight budgets on the built site (see BENCHMARKS.md):
 * - pages that only show content run no JavaScript, and their HTML + CSS is under 60 KB gzipped;
 * - the home page's first load, fonts included, is under 200 KB gzipped, measured on the bytes
 *   Chromium really fetches;
 * - every <img> has width and height, and images below the fold load lazily.
 * "Compressed" means gzip at level 9 of each response, as the web server sends it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './support/browser';
import { builtHtmlFiles, DIST, fileForUrlPath, isContentPage, onePagePerTemplate, readBuiltPage } from './support/built-site';

const KB = 1024;
export const BUDGET = { contentHtmlCss: 60 * KB, homeFirstLoad: 200 * KB };
const MOBILE = { width: 360, height: 640 };

const pages = builtHtmlFiles().map(readBuiltPage);
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Pages whose whole purpose is interaction, though they use a plain <script> rather than an island. */
const INTERACTIVE_PAGES = ['/search/'];

/** The card slide viewer on a card-news issue: a plain script under 2 KB (tests/e2e/card-news.test.ts). */
const hasWidget = (page: (typeof pages)[number]) => page.$('astro-island').length > 0 || page.$('[data-card-viewer]').length > 0;

/** Pages that only show content: not the CMS, no island or widget, not an interactive page. */
const contentOnly = pages.filter((page) => isContentPage(page) && !hasWidget(page) && !INTERACTIVE_PAGES.includes(page.urlPath));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Loads a page like a first-time visitor on a phone (empty cache) and returns every response's body.
 * `until: 'load'` is enough to see scripts (they are fetched before the load event); fonts need the network to settle.
 */
async function firstLoad(urlPath: string, until: 'load' | 'networkidle' = 'networkidle') {
  const context = await browser.newContext({ viewport: MOBILE, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  const responses: { url: string; type: string; body: Buffer }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => void responses.push({ url: response.url(), type, body }))
        .catch(() => undefined),
    );
  });
  await page.goto(`${inject('baseUrl')}${urlPath}`, { waitUntil: until });
  if (until === 'networkidle') {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');
  }
  await Promise.all(pending);
  return { page, responses, close: () => context.close() };
}

describe('pages that only show content', () => {
  it('exist in the build', () => {
    expect(contentOnly.length).toBeGreaterThan(0);
  });

  it('have no script that runs (HTML of every page)', () => {
    const withScripts = contentOnly
      .filter(({ $ }) => $('script').toArray().some((el) => !/json|ld\+json/i.test($(el).attr('type') ?? '')))
      .map((page) => page.urlPath);
    expect(withScripts).toEqual([]);
  });

  it('load 0 bytes of JavaScript in Chromium before any interaction', async () => {
    for (const { urlPath } of onePagePerTemplate(contentOnly)) {
      const { responses, close } = await firstLoad(urlPath, 'load');
      const scripts = responses.filter((r) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url));
      expect(scripts.map((s) => s.url), urlPath).toEqual([]);
      await close();
    }
  });

  it(`weigh under ${BUDGET.contentHtmlCss / KB} KB of HTML + CSS, gzipped (every page)`, () => {
    const cssSize = new Map<string, number>();
    const over = contentOnly.flatMap(({ $, html, urlPath }) => {
      const css = $('link[rel~="stylesheet"][href]')
        .map((_, el) => $(el).attr('href') ?? '')
        .get()
        .reduce((sum, href) => {
          const file = fileForUrlPath(new URL(href, `http://site${urlPath}`).pathname);
          if (!file) return sum;
          if (!cssSize.has(file)) cssSize.set(file, gzipSize(readFileSync(file)));
          return sum + (cssSize.get(file) ?? 0);
        }, 0);
      const total = gzipSize(html) + css;
      return total > BUDGET.contentHtmlCss ? [`${urlPath}: ${(total / KB).toFixed(1)} KB`] : [];
    });
    expect(over).toEqual([]);
  });
});

describe('scripts', () => {
  it('are production builds: no React development JSX anywhere in the site’s or the admin’s JavaScript', () => {
    const scripts = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js') && !entry.parentPath.includes(`${path.sep}pagefind`))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(scripts.length).toBeGreaterThan(5);
    expect(scripts.filter((file) => /jsxDEV\)?\(/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(DIST, file))).toEqual([]);
  });
});

describe('home page', () => {
  it(`first load with fonts is under ${BUDGET.homeFirstLoad / KB} KB gzipped`, async () => {
    const { responses, close } = await firstLoad('/');
    const byType = new Map<string, number>();
    for (const r of responses) byType.set(r.type, (byType.get(r.type) ?? 0) + Math.min(r.body.length, gzipSize(r.body)));
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    const fonts = responses.filter((r) => r.type === 'font');
    console.log(`home first load: ${(total / KB).toFixed(1)} KB gzipped`, Object.fromEntries([...byType].map(([k, v]) => [k, `${(v / KB).toFixed(1)} KB`])), `${fonts.length} font files`);
    expect(fonts.length, 'the page should use the web font').toBeGreaterThan(0);
    expect(total).toBeLessThan(BUDGET.homeFirstLoad);
    await close();
  });
});

describe('images', () => {
  it('every <img> has width and height (every page)', () => {
    const missing = pages.flatMap(({ $, urlPath }) =>
      $('img')
        .toArray()
        .filter((el) => !$(el).attr('width') || !$(el).attr('height'))
        .map((el) => `${urlPath}: ${$(el).attr('src')}`),
    );
    expect(missing).toEqual([]);
  });

  it('images below the fold load lazily, on a phone', async () => {
    const withImages = onePagePerTemplate(pages.filter((page) => isContentPage(page) && page.$('img').length > 0));
    for (const { urlPath } of withImages) {
      const { page, close } = await openPage(browser, `${inject('baseUrl')}${urlPath}`, MOBILE);
      const eager = await page.$$eval(
        'img',
        (images, fold) =>
          images
            .filter((img) => img.getBoundingClientRect().top + window.scrollY >= fold && img.getAttribute('loading') !== 'lazy')
            .map((img) => img.getAttribute('src')),
        MOBILE.height,
      );
      expect(eager, urlPath).toEqual([]);
      await close();
    }
  });
});
