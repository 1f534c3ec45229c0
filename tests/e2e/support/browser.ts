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
  options: PersonOptions = {},
) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'ko-KR', timezoneId: 'Asia/Seoul', javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${message.location().url})`));
  return { page, errors, context, close: () => context.close() };
}

/** Screenshots go to test-results/screenshots/, kept as CI artefacts and for looking at. */
export async function saveScreenshot(page: Page, name: string) {
  const dir = path.resolve('test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export interface PersonOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
}

/**
 * Opens browsers of people of their own: each context at its own address (`<network>.1`, `.2`, …), so per-address
 * limits never collide. Each test file gives its own network (a documentation range), as all files share one server.
 */
export function personPages(browser: Browser, network: string) {
  let people = 0;
  return (options: PersonOptions = {}) => openAsPerson(browser, `${network}.${++people}`, options);
}

/**
 * Brings each island into view so client:visible ones load, waits until every island has hydrated and nothing is
 * busy (aria-busy), then goes back to the top: the page as a reader meets it once it has settled.
 */
export async function settlePage(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // Only client:visible islands wait to be seen; the others load by themselves.
    const unseen = [...document.querySelectorAll('astro-island[ssr][client="visible"]')];
    for (const island of unseen) {
      // An island is display: contents, with no box to scroll to; its content has one.
      (island.firstElementChild ?? island).scrollIntoView();
      await frame();
    }
    // The last one is still in view: going back to the top waits until it has been seen and has loaded (below).
  });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [aria-busy="true"]'), undefined, { timeout: 10_000, polling: 'raf' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
    // Hydrated islands run their effects (React's useEffect) after the next paint.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  });
}
