/**
 * Newsletters on the built site: the archive by year, issue pages with linked cards, the email edition
 * in Chromium at 360px and 600px, the plain text, and the RSS feed read with rss-parser. Subscribing is in
 * newsletter-subscriptions.test.ts.
 */
import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, openPage, saveScreenshot } from './support/browser';
import { builtRoutes } from './support/routes';

const SITE_URL = 'https://nw.workingmom.example';
const issueRoutes = builtRoutes().filter((route) => /^\/newsletters\/[^/]+\/$/.test(route));
let browser: Browser;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  base = inject('baseUrl');
});
afterAll(async () => {
  await browser?.close();
});

/** The built site answers for the public address too, so links written for mail can be followed here. */
const local = (url: string) => url.replace(SITE_URL, base);

describe('archive and issue pages', () => {
  it('lists every issue by year, newest first, and each link opens its page', async () => {
    expect(issueRoutes.length).toBeGreaterThanOrEqual(3);
    const { page, close } = await openPage(browser, `${base}/newsletters/`);
    try {
      const years = (await page.locator('main h2[id^="year-"]').allInnerTexts()).map((t) => Number.parseInt(t, 10));
      expect(years.length).toBeGreaterThan(0);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      const numbers = (await page.locator('main .card .meta').allInnerTexts()).map((t) => Number(/제(\d+)호/.exec(t)?.[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      const links = await page.locator('main .card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect([...links].sort()).toEqual([...issueRoutes].sort());
      await saveScreenshot(page, 'newsletters-index-1280');
    } finally {
      await close();
    }
  });

  it('shows each issue with its sections, and every embedded card links to a page that exists', async () => {
    for (const route of issueRoutes) {
      const { page, consoleErrors, close } = await openPage(browser, `${base}${route}`, { width: 360, height: 740 });
      try {
        expect(await page.locator('h1').count()).toBe(1);
        const sectionIds = await page.locator('article section > h2').evaluateAll((hs) => hs.map((h) => h.id));
        expect(sectionIds.length).toBeGreaterThan(0);
        expect(sectionIds.every(Boolean)).toBe(true);
        const tocTargets = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(tocTargets).toEqual(sectionIds.map((id) => `#${id}`));
        const cardLinks = await page.locator('article .card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const href of cardLinks) {
          expect(href).toMatch(/^\/(card-news|programs)\/[a-z0-9-]+\/$/);
          expect((await page.request.get(`${base}${href}`)).status(), href).toBe(200);
        }
        expect(await page.locator('[data-pagefind-body] [data-pagefind-filter="type[data-value]"]').getAttribute('data-value')).toBe('뉴스레터');
        // 지난 호 / 다음 호 lead to other issues of the archive.
        const neighbours = await page.locator('.issue-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(neighbours.length).toBeGreaterThanOrEqual(issueRoutes.length > 1 ? 1 : 0);
        for (const href of neighbours) expect(issueRoutes.filter((r) => r !== route)).toContain(href);
        expect(consoleErrors).toEqual([]);
        if (route === issueRoutes[issueRoutes.length - 1]) await saveScreenshot(page, 'newsletter-issue-360');
      } finally {
        await close();
      }
    }
  });
});

describe('a corrected issue', () => {
  it('shows the dated correction near the top with working links to the current rules; other issues have none', async () => {
    // content/newsletters/2026-10.md carried the spouse-leave card after its window changed on 2026-09-18.
    const { page, consoleErrors, close } = await openPage(browser, `${base}/newsletters/2026-10/`, { width: 360, height: 800 });
    try {
      const note = page.getByTestId('correction');
      expect(await note.count()).toBe(1);
      expect(await note.getByRole('heading').innerText()).toBe('정정 안내 (2026년 12월 1일)');
      expect((await note.boundingBox())!.y).toBeLessThan((await page.locator('.toc').boundingBox())!.y);
      const hrefs = await note.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs).toEqual(['/guide/spouse-leave/', '/guide/pregnancy/']);
      for (const href of hrefs) expect((await fetch(`${base}${href}`)).status, href).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'newsletter-corrected-360');
      await page.goto(`${base}/newsletters/2026-09/`);
      expect(await page.getByTestId('correction').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('email edition', () => {
  it.each([360, 600])('every issue reads in Chromium at %ipx without sideways scrolling, also with <style> dropped', async (width) => {
    for (const route of issueRoutes) {
      const { page, response, close } = await openPage(browser, `${base}${route}email.html`, { width, height: 900 });
      try {
        expect(response?.headers()['content-type']).toMatch(/^text\/html/);
        expect(await page.locator('script').count()).toBe(0);
        const web = page.getByRole('link', { name: '웹에서 보기' });
        expect(await web.getAttribute('href')).toBe(`${SITE_URL}${route}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (route === issueRoutes[0]) await saveScreenshot(page, `newsletter-email-${width}`);
        // Mail clients that drop <style> still get the 600px layout from the inline styles.
        await page.evaluate(() => document.querySelectorAll('style').forEach((s) => s.remove()));
        const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().width)));
        expect(widest).toBeLessThanOrEqual(Math.min(width, 600));
      } finally {
        await close();
      }
    }
  });

  it('every issue has a plain-text version with the web link and the footer', async () => {
    for (const route of issueRoutes) {
      const response = await fetch(`${base}${route}email.txt`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toContain(`웹에서 보기: ${SITE_URL}${route}`);
      expect(text).toContain('$%unsubscribe%$');
    }
  });
});

describe('newsletter feed', () => {
  it('is valid RSS with every issue, linking to pages that exist', async () => {
    const { page, close } = await openPage(browser, `${base}/newsletters/`);
    const feedHref = await page.locator('.subscribe-rss a[href$=".xml"]').first().getAttribute('href');
    await close();
    expect(feedHref).toBe('/feeds/newsletters.xml');
    const feed = await new Parser().parseString(await (await fetch(`${base}${feedHref}`)).text());
    expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual([...issueRoutes].sort());
    for (const item of feed.items) {
      expect(item.title).toMatch(/^제\d+호 /);
      expect(Number.isNaN(Date.parse(item.pubDate!))).toBe(false);
      expect((await fetch(local(item.link!))).status).toBe(200);
    }
  });
});
