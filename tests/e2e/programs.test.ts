/**
 * Programme pages, calendars and feeds on the built site, as of the pinned build day 2026-11-24.
 * Calendars are parsed with ical.js and feeds with rss-parser, and compared with content/programs/.
 */
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadMarkdownCollection } from '../../src/loaders/content-files';
import { markdownCollections } from '../../src/loaders/content-model';
import { seoulToInstant } from '../../src/lib/dates/seoul-time';
import { launchChromium, openPage, saveScreenshot } from './support/browser';
import { E2E_TODAY } from './support/site';

const root = process.cwd();
const programs = loadMarkdownCollection({ root, ...markdownCollections(root).programs });
const byTitle = (slug: string) => programs.find((p) => p.slug === slug)!.data.title;
let browser: Browser;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  base = inject('baseUrl');
});
afterAll(async () => {
  await browser?.close();
});

async function fetchText(path: string) {
  const response = await fetch(`${base}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

describe(`programme statuses on ${E2E_TODAY}`, () => {
  it('the build is pinned to the day these expectations are written for', () => {
    expect(E2E_TODAY).toBe('2026-11-24');
  });

  it.each([
    ['2026-11-lunch-labour-law', '종료'],
    ['2026-12-daycare-hr-training', '마감'], // deadline 2026-11-20 passed
    ['2026-12-lunch-labour-law', '모집 중'],
    ['2026-12-child-discipline-lecture', '모집 중'],
    ['2026-12-work-care-roundtable', '취소'],
    ['2027-01-lunch-labour-law', '모집 예정'], // opens 2026-12-21
    ['2021-03-lunch-labour-law', '종료'],
  ])('%s shows %s', async (slug, status) => {
    const { page, close } = await openPage(browser, `${base}/programs/${slug}/`);
    try {
      expect(await page.locator('.program__labels .program-status').innerText()).toBe(status);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
      expect(ld['@type']).toBe('Event');
      expect(ld.name).toBe(byTitle(slug));
      expect(ld.eventStatus).toBe(status === '취소' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled');
      const image = new URL(ld.image[0]);
      expect(image.origin).toBe('https://nw.workingmom.example');
      expect((await fetch(`${base}${image.pathname}`)).status, image.pathname).toBe(200);
    } finally {
      await close();
    }
  });
});

describe('programme page', () => {
  it('leads to the sign-up form (and offers the phone), a map link and a calendar file that ical.js reads back', async () => {
    const slug = '2026-12-child-discipline-lecture';
    const { page, close, consoleErrors } = await openPage(browser, `${base}/programs/${slug}/`);
    try {
      expect(await page.getByRole('link', { name: '신청하기' }).getAttribute('href')).toBe(`/programs/${slug}/signup/`);
      expect(await page.locator('.program__actions + p a[href^="tel:"]').getAttribute('href')).toMatch(/^tel:0\d+$/);
      const map = page.getByRole('link', { name: /카카오맵에서 위치 보기/ });
      expect(await map.getAttribute('href')).toMatch(/^https:\/\/map\.kakao\.com\/\?q=/);
      expect(await page.locator('iframe').count()).toBe(0);
      const ics = page.getByRole('link', { name: '캘린더에 추가' });
      expect(await ics.getAttribute('href')).toBe(`/programs/${slug}.ics`);
      expect(await ics.getAttribute('download')).toBe(`${slug}.ics`);
      expect(await page.locator('[data-pagefind-body] h2[id]').count()).toBeGreaterThan(1);
      expect(consoleErrors).toEqual([]);
      await saveScreenshot(page, 'program-detail-1280');

      const [{ event }, ...rest] = parseIcs(await fetchText(`/programs/${slug}.ics`));
      expect(rest).toHaveLength(0);
      expect(event.uid).toBe(`${slug}@nw.workingmom.example`);
      const data = programs.find((p) => p.slug === slug)!.data;
      expect(event.startDate.toJSDate().getTime()).toBe(seoulToInstant(data.start).getTime());
    } finally {
      await close();
    }
  });

  it('a cancelled programme says so and offers no registration', async () => {
    const { page, close } = await openPage(browser, `${base}/programs/2026-12-work-care-roundtable/`);
    try {
      expect(await page.locator('.notice').innerText()).toContain('취소되었습니다');
      expect(await page.getByRole('link', { name: /신청하기|전화로 신청/ }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('/programs/ list and filters', () => {
  it('lists upcoming programmes first, grouped by month, without past ones', async () => {
    const { page, close } = await openPage(browser, `${base}/programs/`);
    try {
      const months = await page.locator('.program-month h2').allInnerTexts();
      expect(months.slice(0, 3)).toEqual(['2026년 12월', '2027년 1월', '2027년 2월']);
      const titles = await page.locator('.program-card__title').allInnerTexts();
      expect(titles).toContain(byTitle('2026-12-lunch-labour-law'));
      expect(titles).toContain(byTitle('2026-12-work-care-roundtable')); // cancelled, still listed and marked
      expect(titles).not.toContain(byTitle('2026-11-lunch-labour-law'));
      expect(titles).not.toContain(byTitle('2021-03-lunch-labour-law'));
      expect(await page.getByRole('region', { name: '지난 프로그램' }).getByRole('link', { name: '2021년', exact: true }).getAttribute('href')).toBe(
        '/programs/archive/2021/',
      );
      await saveScreenshot(page, 'programs-list-1280');
    } finally {
      await close();
    }
  });

  it('filters by category with plain links when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/programs/`);
      await page.getByRole('navigation', { name: '프로그램 분류' }).getByRole('link', { name: '런치노동법' }).click();
      await page.waitForURL(`${base}/programs/category/lunch-labour-law/`);
      const current = page.getByRole('navigation', { name: '프로그램 분류' }).locator('[aria-current="page"]');
      expect(await current.innerText()).toBe('런치노동법');
      const labels = await page.locator('.program-card__labels').allInnerTexts();
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label).toContain('런치노동법');
      await saveScreenshot(page, 'programs-category-360');
    } finally {
      await context.close();
    }
  });

  it('the 2021 archive holds the programmes from the report', async () => {
    const { page, close } = await openPage(browser, `${base}/programs/archive/2021/`);
    try {
      const titles = await page.locator('.program-card__title').allInnerTexts();
      const expected = programs.filter((p) => p.data.start.startsWith('2021-')).map((p) => p.data.title);
      expect(titles.sort()).toEqual(expected.sort());
    } finally {
      await close();
    }
  });
});

describe('month view', () => {
  it('is a table on desktop with today marked and prev/next links', async () => {
    const { page, close } = await openPage(browser, `${base}/programs/2026/11/`);
    try {
      const table = page.getByRole('table');
      expect(await table.isVisible()).toBe(true);
      expect(await page.locator('.calendar-list').isVisible()).toBe(false);
      const today = table.locator('td[aria-current="date"]');
      expect(await today.count()).toBe(1);
      expect(await today.getAttribute('data-date')).toBe('2026-11-24');
      expect(await today.locator('.calendar-day__number .visually-hidden').textContent()).toBe('11월 24일');
      expect(await today.locator('.today-label').innerText()).toBe('오늘');
      expect(await page.getByRole('link', { name: /10월/ }).getAttribute('href')).toBe('/programs/2026/10/');
      expect(await page.getByRole('link', { name: /12월/ }).first().getAttribute('href')).toBe('/programs/2026/12/');
      expect(await table.locator('thead th').allInnerTexts()).toEqual(['일', '월', '화', '수', '목', '금', '토']);
      await saveScreenshot(page, 'programs-month-2026-11-1280');
    } finally {
      await close();
    }
  });

  it('is a list of days on a phone', async () => {
    const { page, close } = await openPage(browser, `${base}/programs/2026/12/`, { width: 360, height: 740 });
    try {
      expect(await page.getByRole('table').isVisible()).toBe(false);
      const days = await page.locator('.calendar-list__date').allInnerTexts();
      expect(days).toContain('2026년 12월 17일(목)');
      expect(await page.locator('.calendar-list').innerText()).toContain(byTitle('2026-12-lunch-labour-law'));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await saveScreenshot(page, 'programs-month-2026-12-360');
    } finally {
      await close();
    }
  });

  it('shows a programme that crosses the month end on every day it covers', async () => {
    const camp = byTitle('2027-01-winter-reading-camp');
    const daysWith = async (path: string) => {
      const { page, close } = await openPage(browser, `${base}${path}`);
      try {
        return await page
          .locator('td.calendar-day')
          .evaluateAll((cells, title) => cells.filter((c) => c.textContent?.includes(title as string)).map((c) => c.getAttribute('data-date')), camp);
      } finally {
        await close();
      }
    };
    expect(await daysWith('/programs/2027/01/')).toEqual(['2027-01-29', '2027-01-30', '2027-01-31']);
    expect(await daysWith('/programs/2027/02/')).toEqual(['2027-02-01', '2027-02-02']);
  });
});

describe('calendar feeds', () => {
  it('the full calendar has every programme at its Korean time, cancelled ones with STATUS:CANCELLED', async () => {
    const events = parseIcs(await fetchText('/feeds/programs.ics'));
    expect(events).toHaveLength(programs.length);
    for (const program of programs) {
      const found = events.find((e) => e.event.uid === `${program.slug}@nw.workingmom.example`);
      expect(found, program.slug).toBeDefined();
      const { event, component } = found!;
      if (program.data.allDay) {
        expect(event.startDate.toString()).toBe(program.data.start.slice(0, 10));
      } else {
        expect(event.startDate.toJSDate().getTime(), program.slug).toBe(seoulToInstant(program.data.start).getTime());
        expect(event.endDate.toJSDate().getTime(), program.slug).toBe(seoulToInstant(program.data.end).getTime());
      }
      expect(component.getFirstPropertyValue('status')).toBe(program.data.status === '취소' ? 'CANCELLED' : 'CONFIRMED');
      expect(component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
  });

  it('each category calendar has exactly that category', async () => {
    const events = parseIcs(await fetchText('/feeds/programs/lunch-labour-law.ics'));
    const expected = programs.filter((p) => p.data.category === '런치노동법');
    expect(events.map((e) => e.event.uid).sort()).toEqual(expected.map((p) => `${p.slug}@nw.workingmom.example`).sort());
  });
});

describe('RSS feeds', () => {
  const parser = new Parser();

  it.each(['/feeds/programs.xml', '/feeds/card-news.xml', '/feeds/newsletters.xml'])('%s parses, with absolute links and dates', async (path) => {
    const feed = await parser.parseString(await fetchText(path));
    expect(feed.title).toBeTruthy();
    for (const item of feed.items) {
      expect(item.link).toMatch(/^https:\/\/nw\.workingmom\.example\//);
      expect(Number.isNaN(new Date(item.pubDate!).getTime())).toBe(false);
      const response = await fetch(`${base}${new URL(item.link!).pathname}`);
      expect(response.status, item.link).toBe(200);
    }
  });

  it('the programme feed has every programme', async () => {
    const feed = await parser.parseString(await fetchText('/feeds/programs.xml'));
    expect(feed.items).toHaveLength(programs.length);
  });

  it('every page announces the feeds in its head with absolute addresses', async () => {
    const { page, close } = await openPage(browser, `${base}/programs/2026/12/`);
    try {
      const hrefs = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(hrefs).toEqual(
        expect.arrayContaining(['/feeds/card-news.xml', '/feeds/newsletters.xml', '/feeds/programs.xml'].map((p) => `https://nw.workingmom.example${p}`)),
      );
    } finally {
      await close();
    }
  });
});

describe('site-wide machine-readable files', () => {
  it('robots.txt points at the sitemap index, which leaves out /admin', async () => {
    const robots = await fetchText('/robots.txt');
    expect(robots).toContain('Sitemap: https://nw.workingmom.example/sitemap-index.xml');
    const index = await fetchText('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const urls = (await Promise.all(sitemaps.map(fetchText))).flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(urls).toContain('https://nw.workingmom.example/programs/');
    expect(urls.some((u) => new URL(u).pathname.startsWith('/admin'))).toBe(false);
  });

  it('the home page describes the centre as a JSON-LD Organization', async () => {
    const { page, close } = await openPage(browser, `${base}/`);
    try {
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const organization = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'Organization');
      expect(organization).toMatchObject({ name: '서울특별시 서북권직장맘지원센터', telephone: '+82-2-308-1220', url: 'https://nw.workingmom.example' });
    } finally {
      await close();
    }
  });
});
