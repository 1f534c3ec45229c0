/**
 * Newsletters on the built site: the archive by year, issue pages with linked cards, the email edition
 * in Chromium at 360px and 600px, the plain text, the RSS feed read with rss-parser, and the subscribe form
 * with no service (the real build) and with one (a one-page fixture build of the same component).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
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
    const feedHref = await page.locator('.subscribe-offline a[href$=".xml"]').first().getAttribute('href');
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

describe('subscribe form without a mailing service (the real site settings)', () => {
  it.each(['/', '/newsletters/'])('%s offers the phone and the RSS feed instead of a form, and ships no form script', async (route) => {
    const { page, close } = await openPage(browser, `${base}${route}`, { width: 360, height: 740 });
    try {
      expect(await page.locator('form[data-subscribe-form], input[type="email"]').count()).toBe(0);
      // One 뉴스레터 구독 section a page: /newsletters/ has it in its content, every other page in the footer.
      expect(await page.locator('.subscribe').count()).toBe(1);
      const fallback = page.locator(`${route === '/newsletters/' ? 'main' : 'footer'} .subscribe-offline`);
      expect(await fallback.innerText()).toContain('구독 신청은 전화로');
      expect(await fallback.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:023081220');
      const rss = fallback.locator('a[href="/feeds/newsletters.xml"]');
      expect((await page.request.get(`${base}${await rss.getAttribute('href')}`)).status()).toBe(200);
      expect(await page.content()).not.toContain('emailProblem');
    } finally {
      await close();
    }
  });
});

describe('subscribe form with a mailing service configured (fixture build)', () => {
  const fixtureRoot = path.resolve('tests/fixtures/subscribe-form');
  const SUBSCRIBE_URL = 'https://subscribe.example.test/lists/centre/subscribe'; // as in the fixture page
  let fixtureBase: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    execFileSync('npx', ['astro', 'build', '--root', fixtureRoot, '--silent'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const { preview } = await import('astro');
    const server = await preview({ root: fixtureRoot, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
    fixtureBase = `http://127.0.0.1:${server.port}`;
    stop = () => server.stop();
  });
  afterAll(async () => {
    await stop?.();
  });

  it('shows the consent text before the email field, and every control has a label', async () => {
    const { page, close } = await openPage(browser, `${fixtureBase}/`, { width: 360, height: 740 });
    try {
      const form = page.locator('form[data-subscribe-form]');
      expect(await form.getAttribute('action')).toBe(SUBSCRIBE_URL);
      expect(await form.getAttribute('method')).toBe('post');
      const consent = await form.locator('.consent').innerText();
      for (const part of ['개인정보 수집·이용 동의', '수집 항목', '수집·이용 목적', '보유·이용 기간']) expect(consent).toContain(part);
      const consentBeforeEmail = await page.evaluate(() => {
        const consent = document.querySelector('.consent')!;
        const email = document.querySelector('input[type="email"]')!;
        return Boolean(consent.compareDocumentPosition(email) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(consentBeforeEmail).toBe(true);
      expect(await page.getByLabel('이메일 주소').getAttribute('name')).toBe('subscriber_email');
      expect(await page.getByLabel('개인정보 수집·이용에 동의합니다 (필수)').getAttribute('type')).toBe('checkbox');
      await saveScreenshot(page, 'subscribe-form-360');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains an invalid address next to the field, wired with aria-invalid and aria-describedby, and does not send it', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${fixtureBase}/`, { width: 1280, height: 900 });
    const posted: string[] = [];
    await page.route(`${SUBSCRIBE_URL}**`, (route) => {
      posted.push(route.request().postData() ?? '');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<html lang="ko"><title>구독 완료</title><h1>구독 완료</h1></html>' });
    });
    try {
      const email = page.getByLabel('이메일 주소');
      await page.getByLabel('개인정보 수집·이용에 동의합니다 (필수)').check();
      await email.fill('mom@example');
      await page.getByRole('button', { name: '구독 신청' }).click();

      expect(await email.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ');
      const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).innerText()));
      expect(messages.join(' ')).toContain('이메일 주소 형식이 맞지 않습니다');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
      await saveScreenshot(page, 'subscribe-form-invalid-1280');
      expect(await axeViolations(page)).toEqual([]);

      // Fixing the address clears the message; a valid submission goes to the mailing service only.
      await email.fill('mom@example.com');
      expect(await email.getAttribute('aria-invalid')).toBeNull();
      await Promise.all([page.waitForURL(SUBSCRIBE_URL), page.getByRole('button', { name: '구독 신청' }).click()]);
      expect(posted).toEqual(['subscriber_email=mom%40example.com']);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('asks for consent first when the box is not ticked', async () => {
    const { page, close } = await openPage(browser, `${fixtureBase}/`, { width: 360, height: 740 });
    try {
      await page.getByLabel('이메일 주소').fill('mom@example.com');
      await page.getByRole('button', { name: '구독 신청' }).click();
      const box = page.getByLabel('개인정보 수집·이용에 동의합니다 (필수)');
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${(await box.getAttribute('aria-describedby'))!.split(' ').pop()}`).innerText()).toContain('동의해야');
      expect(page.url()).toBe(`${fixtureBase}/`);
    } finally {
      await close();
    }
  });
});
