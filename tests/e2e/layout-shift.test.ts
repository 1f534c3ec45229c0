/**
 * Text must not jump when the web font arrives. Every page template is loaded at 360 and 412 px over a throttled
 * "slow 4G" link (Lighthouse's: 150 ms round trip, 1.6 Mbit/s down) with an empty cache, and the page's layout-shift
 * entries (the browser's own Layout Instability API, the CLS of Lighthouse) are summed until the fonts have loaded and
 * the page has been still for a second. Cumulative layout shift must stay at or under 0.05.
 * Figures go to test-results/layout-shift.json (BENCHMARKS.md, "Layout shift on phones").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { builtRoutes, oneRoutePerTemplate } from './support/routes';

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const WIDTHS = [360, 412];
const MAX_CLS = 0.05;

let browser: Browser;
const results: { route: string; width: number; cls: number }[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/layout-shift.json', JSON.stringify(results, null, 2));
});

async function cumulativeLayoutShift(url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'ko-KR', timezoneId: 'Asia/Seoul', deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  // Observe from the very start of the document, before any of it is laid out.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));
  await context.close();
  return cls;
}

describe('cumulative layout shift on a slow phone connection', { timeout: 600_000 }, () => {
  const routes = oneRoutePerTemplate(builtRoutes());
  it.each(routes)('%s', async (route) => {
    for (const width of WIDTHS) {
      const cls = await cumulativeLayoutShift(`${inject('baseUrl')}${route}`, width);
      results.push({ route, width, cls: Math.round(cls * 1000) / 1000 });
      expect(cls, `${route} at ${width}px`).toBeLessThanOrEqual(MAX_CLS);
    }
  });
});
