/**
 * Every built page answers 200, has one h1 and logs no console error (a missing image or script counts),
 * and every page template passes axe-core with zero WCAG 2.2 AA violations.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, openPage, saveScreenshot } from './support/browser';
import { builtRoutes, oneRoutePerTemplate } from './support/routes';

const routes = builtRoutes();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('every route', () => {
  it('covers the foundation pages', () => {
    for (const route of ['/', '/about/', '/services/', '/counselling/', '/cases/', '/privacy/', '/report/2021/']) {
      expect(routes).toContain(route);
    }
  });

  it.each(routes)('%s answers 200 with one h1 and no console error', async (route) => {
    const { page, response, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}${route}`);
    try {
      expect(response?.status()).toBe(200);
      const headings = await page.locator('h1').allInnerTexts();
      expect(headings).toHaveLength(1);
      expect(headings[0].trim().length).toBeGreaterThan(1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('answers 404 with a helpful page for an unknown address', async () => {
    const { page, response, close } = await openPage(browser, `${inject('baseUrl')}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('페이지를 찾을 수 없습니다');
    await close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const templates = oneRoutePerTemplate([...routes, '/404.html']);
  it.each(templates)('%s has no violations at 1280px and 360px', async (route) => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      const { page, close } = await openPage(browser, `${inject('baseUrl')}${route}`, viewport);
      try {
        const violations = await axeViolations(page);
        expect(violations, `${route} at ${viewport.width}px`).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

describe('screenshots of the main pages (test-results/screenshots/)', () => {
  const main = ['/', '/about/', '/counselling/', '/report/2021/', '/card-news/', '/programs/', '/guide/', '/newsletters/'].filter((r) => routes.includes(r));
  it.each(main)('%s at 360px and 1280px', async (route) => {
    for (const width of [360, 1280]) {
      const { page, close } = await openPage(browser, `${inject('baseUrl')}${route}`, { width, height: 800 });
      await saveScreenshot(page, `${route.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${route} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      await close();
    }
  });
});
