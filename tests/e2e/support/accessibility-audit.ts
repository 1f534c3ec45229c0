/**
 * The accessibility guards for any page a server answers: give it URLs (the built site through `astro preview`,
 * or the service routes on a running Node server) and get back one line per problem, prefixed with the URL and
 * the window width. Empty means the pages pass. The checks themselves live in ./page-structure, ./focus-walk,
 * ./target-size and ./reflow.
 */
import type { Browser, Page } from 'playwright-core';
import { settlePage } from './browser';
import { focusRingProblems, focusWalkProblems } from './focus-walk';
import { structureProblems } from './page-structure';
import { reflowProblems, textSpacingProblems } from './reflow';
import { targetSizeProblems } from './target-size';

/** The widths of issue 19: the narrowest phone WCAG 1.4.10 names, a common phone, a desktop. */
export const NARROWEST = { width: 320, height: 640 };
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export interface AuditOptions {
  /** Also walk each page with the Tab key (slower: one key press per stop). */
  tabWalk?: boolean;
  viewports?: readonly { width: number; height: number }[];
  /** Pages checked at once, each in its own tab. */
  concurrency?: number;
}

/**
 * Every check on the page as it is now. The text-spacing check goes last because it restyles the page; leave it
 * out to check the same page again at another width.
 */
export async function pageProblems(page: Page, { tabWalk = false, textSpacing = true } = {}): Promise<string[]> {
  return [
    ...(await structureProblems(page)),
    ...(tabWalk ? await focusWalkProblems(page) : []),
    ...(await focusRingProblems(page)),
    ...(await targetSizeProblems(page)),
    ...(await reflowProblems(page)),
    ...(textSpacing ? await textSpacingProblems(page) : []),
  ];
}

/** Opens each URL at each width and runs every check; a page that cannot be checked is a problem too. */
export async function auditUrls(browser: Browser, urls: readonly string[], options: AuditOptions = {}): Promise<string[]> {
  const { viewports = [NARROWEST, PHONE, DESKTOP], concurrency = 2 } = options;
  const problems: string[] = [];
  for (const viewport of viewports) {
    const queue = [...urls];
    // One browser context (a window of its own) per worker: a page in a background tab gets no animation frames,
    // so its client:visible islands would never load.
    const worker = async () => {
      const context = await browser.newContext({ viewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
      const page = await context.newPage();
      try {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const where = `${decodeURI(new URL(url).pathname + new URL(url).search)} @${viewport.width}px`;
          try {
            await page.goto(url, { waitUntil: 'domcontentloaded' });
            await settlePage(page);
            problems.push(...(await pageProblems(page, options)).map((problem) => `${where}: ${problem}`));
          } catch (error) {
            problems.push(`${where}: could not be checked: ${(error as Error).message.split('\n')[0]}`);
          }
        }
      } finally {
        await context.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  }
  return problems.sort();
}
