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
import { motionProblems } from './motion';
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
  /** Windows that ask for reduced motion (prefers-reduced-motion: reduce), and a check that nothing moves. */
  reducedMotion?: boolean;
}

/**
 * Every check on the page as it is now. The text-spacing check goes last because it restyles the page; leave it
 * out to check the same page again at another width.
 */
export async function pageProblems(page: Page, { tabWalk = false, textSpacing = true, reducedMotion = false } = {}): Promise<string[]> {
  return [
    ...(await structureProblems(page)),
    ...(reducedMotion ? await motionProblems(page) : []),
    // The walk checks the ring at every stop and reports any control it cannot reach; without it, each control is
    // focused by script instead.
    ...(tabWalk ? await focusWalkProblems(page) : await focusRingProblems(page)),
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
      const context = await browser.newContext({ viewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul', reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference' });
      let page = await context.newPage();
      try {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const where = `${decodeURI(new URL(url).pathname + new URL(url).search)} @${viewport.width}px`;
          // A renderer that crashed (out of memory on a crowded machine) is replaced, and the page tried once more.
          for (let attempt = 1; ; attempt++) {
            try {
              await page.goto(url, { waitUntil: 'domcontentloaded' });
              await settlePage(page);
              problems.push(...(await pageProblems(page, options)).map((problem) => `${where}: ${problem}`));
              break;
            } catch (error) {
              const message = (error as Error).message.split('\n')[0];
              if (/crashed/i.test(message)) {
                await page.close().catch(() => undefined);
                page = await context.newPage();
                if (attempt < 2) continue;
              }
              problems.push(`${where}: could not be checked: ${message}`);
              break;
            }
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

/**
 * The error summary pattern of issue 19 (KWCAG 7.3.1, WCAG 3.3.1 and 3.3.3) on a page just answered after a failed
 * submit: a list at the top of the form that holds the focus and links to each field it names, and each field with
 * an error is marked invalid and named in the list.
 */
export function errorSummaryProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const summary = document.querySelector<HTMLElement>('.error-summary');
    if (!summary) return ['no error summary after a failed submit'];
    if (document.activeElement !== summary) problems.push(`focus is on ${document.activeElement?.tagName.toLowerCase()}, not on the error summary`);
    const form = summary.closest('main')?.querySelector('form:has([aria-invalid="true"])');
    if (form && !form.contains(summary) && summary.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_PRECEDING) problems.push('the error summary comes after the form, not at its top');
    const linked = new Set<Element>();
    for (const link of summary.querySelectorAll<HTMLAnchorElement>('li a[href^="#"]')) {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) problems.push(`"${link.textContent?.trim()}" links to ${link.hash}, which is not on the page`);
      else linked.add(target);
    }
    for (const field of document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
      // A group of radio buttons is linked at its first answer.
      const first = field instanceof HTMLInputElement && field.type === 'radio' ? document.querySelector(`input[name="${CSS.escape(field.name)}"]`) : field;
      if (![...linked].some((target) => target === first || target === field || target.contains(field))) problems.push(`the field ${field.id || field.getAttribute('name')} has an error the summary does not link to`);
    }
    if (!linked.size) problems.push('the error summary links to no field');
    return problems;
  });
}
