/**
 * Announcements of tools that update in place (KWCAG 8.2.1 웹 애플리케이션 접근성 준수, WCAG 4.1.3 Status Messages).
 * A screen reader only speaks a change to a live region it already knew about, so the region must be in the page as
 * the server sends it, stay the same element, and after each change say what the page now shows.
 */
import { load } from 'cheerio';
import type { ElementHandle, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A polite or assertive region: role status/alert/log, or aria-live other than "off". */
const isLiveRegion = (role: string | undefined, live: string | undefined) => ['status', 'alert', 'log'].includes(role ?? '') || (!!live && live !== 'off');

/** The region in the HTML as served, before any script ran; undefined when it is not there or not live. */
export function liveRegionInHtml(html: string, selector: string): string | undefined {
  const region = load(html)(selector);
  if (region.length !== 1 || !isLiveRegion(region.attr('role'), region.attr('aria-live'))) return undefined;
  return region.attr('role') ?? `aria-live=${region.attr('aria-live')}`;
}

/**
 * How long an answer may take to be announced: tools wait for typing to settle first (CalculatorParts.tsx), and the
 * first search loads the index; generous, because the test machine is shared.
 */
const ANNOUNCE_WITHIN_MS = 8000;

/**
 * Waits until the region — still the element the page loaded with — says everything the page shows (`shows` reads
 * the page each time: a tool may still be working), and checks that focus did not fall to <body> on the way.
 */
export async function expectAnnounced(page: Page, region: ElementHandle<Element>, shows: (page: Page) => Promise<(string | RegExp)[]>, step: string) {
  await expect
    .poll(async () => {
      if (!(await region.evaluate((el) => el.isConnected))) return ['(nothing: the live region was replaced, so screen readers lost it)'];
      const text = ((await region.textContent()) ?? '').replace(/\s+/g, ' ');
      const unsaid = (await shows(page)).filter((part) => (typeof part === 'string' ? !text.includes(part.replace(/\s+/g, ' ')) : !part.test(text)));
      return unsaid.map(String);
    }, { timeout: ANNOUNCE_WITHIN_MS, message: `${step}: the live region does not say what the page shows` })
    .toEqual([]);
  expect(await page.evaluate(() => document.activeElement === document.body), `${step}: focus fell to <body>`).toBe(false);
}
