/**
 * Issue 19's guards over the built site, KWCAG 2.2 and WCAG 2.2 AA (docs/accessibility.md says which check proves
 * which 검사항목): structure, focus rings, target sizes, reflow and text spacing on every page, and the Tab walk on
 * every template (support/accessibility-audit.ts). The tools that update in place are in announcements.test.ts.
 *
 * What runs where, to keep the run short:
 * - every page at 320px, where content breaks first (a long word, a wide table, a heading or a table staff wrote);
 * - one page per template (the file under src/pages that built it) at 360 and 1280px, with the Tab walk. Layout and
 *   controls come from the template; pages of one template differ only in content, which the 320px pass covers.
 * The Tab walk is not repeated at 320px: 320 and 360 share every media query (asserted below), so the order of stops
 * is the same, and their rings are checked on every page at 320px.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isEmailEdition } from '../../src/build/built-pages';
import { auditUrls, DESKTOP, NARROWEST, PHONE } from './support/accessibility-audit';
import { launchChromium } from './support/browser';
import { builtHtmlFiles, fileForUrlPath, isContentPage, onePagePerTemplate, readBuiltPage, urlPathOf } from './support/built-site';

const pages = builtHtmlFiles()
  .filter((file) => !isEmailEdition(file))
  .map((file) => ({ file, urlPath: urlPathOf(file) }))
  .filter(isContentPage);
/** The search page as people meet it: with a query, results and filled-in filter menus. */
const SEARCH_WITH_RESULTS = `/search/?q=${encodeURIComponent('육아휴직')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const urls = (paths: string[]) => paths.map((path) => `${inject('baseUrl')}${path}`);

it(`every page passes at ${NARROWEST.width}px: one h1, no skipped heading, named landmarks and tables, visible focus, big enough targets, no sideways scroll, no text cut off with WCAG text spacing`, async () => {
  expect(pages.length).toBeGreaterThan(100);
  const problems = await auditUrls(browser, urls([...pages.map((page) => page.urlPath), SEARCH_WITH_RESULTS]), { viewports: [NARROWEST] });
  expect(problems, problems.join('\n')).toEqual([]);
}, 900_000);

it(`one page per template passes at ${PHONE.width}px and ${DESKTOP.width}px, and walks with Tab from top to bottom: every control reached, focus always visible, never on <body>, never trapped; and asked for reduced motion, nothing moves`, async () => {
  const templates = onePagePerTemplate(pages).map((page) => (page.urlPath === '/search/' ? SEARCH_WITH_RESULTS : page.urlPath));
  expect(templates.length).toBeGreaterThan(20);
  // Reduced motion is asked for in these windows: nothing may scroll smoothly, animate or transition (the layout
  // checks hold either way, since nothing moves at rest).
  const problems = await auditUrls(browser, urls(templates), { viewports: [PHONE, DESKTOP], tabWalk: true, reducedMotion: true });
  expect(problems, problems.join('\n')).toEqual([]);
}, 900_000);

describe('what the coverage above relies on', () => {
  it(`has no media query between ${NARROWEST.width} and ${PHONE.width}px, so a ${PHONE.width}px page lays out as at ${NARROWEST.width}px`, () => {
    // The pages' own <style> blocks and every stylesheet they link.
    const html = pages.map((page) => readFileSync(page.file, 'utf8')).join('\n');
    const linked = new Set([...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]));
    const css = html + [...linked].map((href) => readFileSync(fileForUrlPath(href)!, 'utf8')).join('\n');
    const widths = [...css.matchAll(/\((?:min-|max-)?width\s*(?::|[<>]=?)\s*([\d.]+)(rem|em|px)\)/g)].map(([, value, unit]) => Number(value) * (unit === 'px' ? 1 : 16));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((width) => width > NARROWEST.width && width <= PHONE.width)).toEqual([]);
  });
});

/**
 * Checks on the HTML as built, for the 검사항목 that hold by what the site does not contain or says everywhere
 * (docs/accessibility.md): if a page adds a video, a timed refresh or a vague link, these fail.
 */
describe('in the HTML of every page', () => {
  const built = pages.map((page) => readBuiltPage(page.file));
  const each = (find: (page: (typeof built)[number]) => string[]) => built.flatMap((page) => find(page).map((problem) => `${page.urlPath}: ${problem}`));

  it('has no sound, video, frame, blinking or timed change (5.2.1, 5.4.2, 6.2.1, 6.2.2, 6.3.1 stay N/A)', () => {
    const stylesheets = [...new Set(built.flatMap(({ $ }) => $('link[rel="stylesheet"]').map((_, el) => $(el).attr('href')).get()))];
    const keyframes = stylesheets.filter((href) => readFileSync(fileForUrlPath(href)!, 'utf8').includes('@keyframes'));
    expect([...each(({ $ }) => $('video, audio, iframe, embed, object, marquee, blink, meta[http-equiv="refresh" i], [autoplay]').map((_, el) => `<${el.tagName}>`).get()), ...keyframes]).toEqual([]);
  });

  it('has a title of its own on every page (6.4.2)', () => {
    const titles = built.map(({ $ }) => $('title').text().trim());
    expect(each(({ $ }) => ($('title').text().trim() ? [] : ['no <title>']))).toEqual([]);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it('starts with a link that skips to the content, and keeps the phone number in the footer of every page (6.4.1, 7.2.2)', () => {
    expect(
      each(({ $ }) => [
        ...($('body a[href], body button, body input').first().attr('href') === '#main' && $('main#main').length === 1 ? [] : ['the first control is not the skip link to <main id="main">']),
        ...($('footer a[href^="tel:"]').length ? [] : ['no phone number in the footer']),
      ]),
    ).toEqual([]);
  });

  it('says which links open a new window, and names no link only "여기" or "더보기" (6.4.3, 7.2.1)', () => {
    const vague = /^(여기|이곳|클릭|바로가기|더보기|더 보기|자세히|자세히 보기|링크|click here|more)$/i;
    expect(
      each(({ $ }) =>
        $('a[href]')
          .toArray()
          .flatMap((el) => {
            const text = ($(el).attr('aria-label') ?? $(el).text()).replace(/\s+/g, ' ').trim();
            return [...(vague.test(text) ? [`a link says only "${text}"`] : []), ...($(el).attr('target') === '_blank' && !/새 창/.test(text) ? [`"${text}" opens a new window without saying so`] : [])];
          }),
      ),
    ).toEqual([]);
  });

  it('gives no control a name that leaves out the words on it (6.5.3)', () => {
    expect(
      each(({ $ }) =>
        $('a[aria-label], button[aria-label], summary[aria-label]')
          .toArray()
          .flatMap((el) => {
            const shown = $(el).text().replace(/\s+/g, ' ').trim();
            return shown && !($(el).attr('aria-label') ?? '').includes(shown) ? [`"${shown}" is named "${$(el).attr('aria-label')}"`] : [];
          }),
      ),
    ).toEqual([]);
  });
});
