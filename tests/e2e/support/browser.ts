/** Debian's Chromium through playwright-core. No browser is downloaded; nothing leaves the machine. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Opens a page that records console errors and failed requests, for assertions. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, response, consoleErrors, close: () => context.close() };
}

/**
 * A browser of its own (a new context) at an address of its own, sent through the trusted proxy header, so the
 * service's per-address limits see different people. It records page errors and console errors.
 */
export async function openAsPerson(
  browser: Browser,
  address: string,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'ko-KR', timezoneId: 'Asia/Seoul', javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${message.location().url})`));
  return { page, errors, close: () => context.close() };
}

/** Screenshots go to test-results/screenshots/, kept as CI artefacts and for looking at. */
export async function saveScreenshot(page: Page, name: string) {
  const dir = path.resolve('test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Makes browsers of their own for the service tests, each at an address of its own (a documentation range, through
 * the trusted proxy header) so one test's per-address limits never reach another; a file starts at its own `firstHost`.
 */
export function personMaker(browser: () => Browser, firstHost: number) {
  let people = 0;
  return (options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) =>
    openAsPerson(browser(), `203.0.113.${firstHost + people++}`, options);
}
