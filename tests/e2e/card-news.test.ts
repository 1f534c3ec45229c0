/**
 * Card news on the built site: cover list, slide viewer (keyboard, focus kept at either end, URL position, no autoplay,
 * works without JS, under 2 KB of script), lossless WebP on the page with PNG downloads, alt text and the text version
 * (the same Markdown the cards come from), ZIP downloads, and an og:image on every page that really is a 1200×630 PNG.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtHtmlFiles, readBuiltPage } from './support/built-site';
import { axeViolations } from './support/axe';
import { launchChromium, openPage, saveScreenshot } from './support/browser';

let browser: Browser;
let baseUrl: string;
let issuePath: string;
beforeAll(async () => {
  browser = await launchChromium();
  baseUrl = inject('baseUrl');
  // The newest issue, whatever the content writers have published.
  const { page, close } = await openPage(browser, `${baseUrl}/card-news/`);
  issuePath = (await page.locator('.card-news-item h2 a').first().getAttribute('href'))!;
  await close();
});
afterAll(async () => {
  await browser?.close();
});

async function pngSize(url: string) {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type')).toContain('image/png');
  const bytes = new Uint8Array(await response.arrayBuffer());
  const view = new DataView(bytes.buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('card-news list', () => {
  it('shows each issue with its cover image, sized and lazy-loaded below the fold', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${baseUrl}/card-news/`, { width: 360, height: 800 });
    const covers = page.locator('.card-news-item img');
    expect(await covers.count()).toBeGreaterThan(0);
    for (const cover of await covers.all()) {
      expect(await cover.getAttribute('width')).toBe('1080');
      expect(await cover.getAttribute('height')).toBe('1350');
    }
    if ((await covers.count()) > 1) expect(await covers.nth(1).getAttribute('loading')).toBe('lazy');
    const firstCover = await covers.first().getAttribute('src');
    expect(await pngSize(`${baseUrl}${firstCover}`)).toEqual({ width: 1080, height: 1350 });
    await saveScreenshot(page, 'card-news-list-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(page, 'card-news-list-1280');
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('a corrected issue (published before the rule changed)', () => {
  // content/card-news/2026-09-08-spouse-maternity-leave.md: 120 days from the birth, changed on 2026-09-18.
  const corrected = '/card-news/2026-09-08-spouse-maternity-leave/';

  it('keeps its text and shows a dated correction near the top that links to the current rule', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${baseUrl}${corrected}`, { width: 360, height: 800 });
    const note = page.getByTestId('correction');
    expect(await note.count()).toBe(1);
    expect(await note.getByRole('heading').innerText()).toBe('정정 안내 (2026년 12월 1일)');
    expect(await note.innerText()).toContain('2026년 9월 18일');
    // Near the top: above the cards and the full text.
    const noteBox = (await note.boundingBox())!;
    const viewerBox = (await page.locator('.card-viewer__slide').first().boundingBox())!;
    expect(noteBox.y).toBeLessThan(viewerBox.y);
    // The issue still says what it said on 2026-09-08.
    expect(await page.locator('.card-news__text').innerText()).toContain('출산일부터 120일 안에');
    // Every card says it was corrected, in its alt text as on the image.
    for (const alt of await page.locator('.card-viewer__slide img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt') ?? ''))) {
      expect(alt.startsWith('2026.12.1 정정 · 최신 기준은 누리집에서.')).toBe(true);
    }
    await saveScreenshot(page, 'card-news-corrected-360');
    expect(await axeViolations(page)).toEqual([]);
    // The link opens the chapter with the rule as it is now.
    const link = note.getByRole('link', { name: /지금 기준 보기/ }).first();
    expect(await link.getAttribute('href')).toBe('/guide/spouse-leave/');
    await link.click();
    await page.waitForURL(`${baseUrl}/guide/spouse-leave/`);
    expect(await page.locator('h1').innerText()).toContain('배우자 출산전후휴가');
    expect(await page.locator('main').innerText()).toContain('출산 예정일 50일 전부터');
    expect(consoleErrors).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goBack();
    await saveScreenshot(page, 'card-news-corrected-1280');
    await close();
  });

  it('is marked as corrected in the list, and an issue without corrections has no note', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/card-news/`);
    const item = page.locator('.card-news-item', { has: page.locator(`a[href="${corrected}"]`) });
    expect(await item.locator('.card-news-item__corrected').innerText()).toBe('2026년 12월 1일 정정');
    await page.goto(`${baseUrl}/card-news/2026-11-03-unpaid-wages/`);
    expect(await page.getByTestId('correction').count()).toBe(0);
    expect(await page.locator('.card-viewer__slide img').first().getAttribute('alt')).not.toContain('정정');
    await close();
  });
});

describe('card-news issue', () => {
  it('gives every card alt text from its slide and puts the text version, one h3 per card under 글로 읽기, beside the cards', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}`);
    const images = page.locator('.card-viewer__slide img');
    const count = await images.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (const image of await images.all()) expect((await image.getAttribute('alt'))!.length).toBeGreaterThan(4);
    expect(await page.locator('#full-text').textContent()).toBe('글로 읽기');
    // The text version is the text the cards are drawn from: each card's heading is an h3 under the h2.
    expect(await page.locator('.card-news__text h3').count()).toBe(count);
    expect(await page.locator('.card-news__text h2').count()).toBe(1);
    const closingHeading = (await page.locator('.card-news__text h3').last().innerText()).trim();
    expect((await images.last().getAttribute('alt'))!.startsWith(closingHeading)).toBe(true);
    expect((await page.locator('.card-news__text').innerText()).length).toBeGreaterThan(200);
    await saveScreenshot(page, 'card-news-issue-1280');
    await close();
  });

  it('moves with the arrow keys and buttons, keeps the position in the URL and never moves by itself', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${baseUrl}${issuePath}`, { width: 360, height: 800 });
    const status = page.locator('[data-status]');
    const total = await page.locator('.card-viewer__slide').count();
    await expect.poll(() => status.textContent()).toBe(`1 / ${total}`);
    await page.waitForTimeout(1500);
    expect(await status.textContent()).toBe(`1 / ${total}`);

    await page.locator('[data-track]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).toBe(`2 / ${total}`);
    expect(new URL(page.url()).hash).toBe('#card-2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => status.textContent()).toBe(`1 / ${total}`);
    await page.getByRole('button', { name: '다음 카드' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#card-2');
    // Only the card in view can take focus: its download link is reachable, the others are inert.
    expect(await page.locator('#card-2').getAttribute('inert')).toBeNull();
    expect(await page.locator('#card-1').getAttribute('inert')).toBe('');
    // Settled exactly on card 2, not half-way.
    const offset = () => page.locator('[data-track]').evaluate((track) => Math.abs(track.scrollLeft - track.clientWidth));
    await expect.poll(offset).toBeLessThan(2);
    await saveScreenshot(page, 'card-news-viewer-360');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('keeps keyboard focus on the button at either end, and says so (KWCAG: focus never falls to <body>)', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}`, { width: 360, height: 800 });
    const total = await page.locator('.card-viewer__slide').count();
    const next = page.getByRole('button', { name: '다음 카드' });
    const previous = page.getByRole('button', { name: '이전 카드' });
    await expect.poll(() => previous.getAttribute('aria-disabled')).toBe('true');
    await next.focus();
    for (let i = 1; i < total + 1; i++) await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`${total} / ${total}`);
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('다음 카드');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`${total - 1} / ${total}`);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('이전 카드');
    // The live region was in the page from the start (not created with the first move).
    expect(await page.locator('[data-status][aria-live="polite"]').count()).toBe(1);
    await close();
  });

  it('shows lossless WebP with srcset (PNG kept for downloads) and runs under 2 KB of script', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}`, { width: 360, height: 800 });
    const first = page.locator('.card-viewer__slide img').first();
    await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(/\.webp$/);
    expect(await page.locator('.card-viewer__slide source[type="image/webp"]').first().getAttribute('srcset')).toMatch(/\.webp 1080w$/);
    const webp = await fetch(`${baseUrl}${await first.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)}`);
    expect(webp.headers.get('content-type')).toContain('image/webp');
    const bytes = Buffer.from(await webp.arrayBuffer());
    // A lossless (VP8L) WebP of the full card: its size is in the 14-bit fields after the signature byte.
    expect([bytes.toString('latin1', 0, 4), bytes.toString('latin1', 8, 16)]).toEqual(['RIFF', 'WEBPVP8L']);
    const bits = bytes.readUInt32LE(21);
    expect([(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1]).toEqual([1080, 1350]);
    // Every script the page runs, inline or fetched, in bytes as served (uncompressed).
    const scripts = await page.evaluate(() => [...document.scripts].filter((script) => !/json/.test(script.type)).map((script) => ({ src: script.src, inline: script.text })));
    const sizes = await Promise.all(scripts.map(async ({ src, inline }) => (src ? (await (await fetch(`${baseUrl}${new URL(src).pathname}`)).arrayBuffer()).byteLength : Buffer.byteLength(inline))));
    expect(scripts.length).toBeGreaterThan(0);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(2048);
    await close();
  });

  it('follows a swipe: when the track settles on another card, that card becomes current', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}`, { width: 360, height: 800 });
    const total = await page.locator('.card-viewer__slide').count();
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`1 / ${total}`);
    // A finger swipe ends as a native scroll of the snapping track; scroll it the same way.
    await page.locator('[data-track]').evaluate((track) => track.scrollTo({ left: 2 * track.clientWidth, behavior: 'instant' }));
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`3 / ${total}`);
    expect(new URL(page.url()).hash).toBe('#card-3');
    await close();
  });

  it('opens at the card named in the URL', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}#card-3`);
    const total = await page.locator('.card-viewer__slide').count();
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`3 / ${total}`);
    await expect.poll(() => page.locator('[data-track]').evaluate((track) => Math.round(track.scrollLeft / track.clientWidth))).toBe(2);
    await close();
  });

  it('works without JavaScript as a plain list of every card', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${issuePath}`);
    expect(await page.locator('[data-controls]').isVisible()).toBe(false);
    const slides = page.locator('.card-viewer__slide img');
    for (const slide of await slides.all()) expect(await slide.isVisible()).toBe(true);
    const boxes = await Promise.all((await slides.all()).slice(0, 2).map((slide) => slide.boundingBox()));
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
    await saveScreenshot(page, 'card-news-issue-no-js-360');
    await context.close();
  });

  it('offers every card as a PNG and the whole issue as a ZIP', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}`);
    const pngLinks = await page.locator('.card-viewer__slide a[download]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(pngLinks.length).toBe(await page.locator('.card-viewer__slide').count());
    for (const href of pngLinks) expect(await pngSize(`${baseUrl}${href}`)).toEqual({ width: 1080, height: 1350 });
    const zipHref = await page.locator('a[href$=".zip"]').getAttribute('href');
    const zip = await fetch(`${baseUrl}${zipHref}`);
    expect(zip.status).toBe(200);
    const bytes = new Uint8Array(await zip.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    // One local file header per card.
    const headers = [...Buffer.from(bytes).toString('latin1').matchAll(/PK\x03\x04/g)].length;
    expect(headers).toBe(pngLinks.length);
    await close();
  });
});

describe('OG images', () => {
  it('every built page has og:image and twitter:card pointing at a generated 1200×630 PNG', async () => {
    // Web pages only: not the CMS, and not the newsletter's email-ready HTML (…/email.html), which is not a page.
    const pages = builtHtmlFiles()
      .map(readBuiltPage)
      .filter((page) => !page.urlPath.startsWith('/admin') && (page.urlPath.endsWith('/') || page.urlPath === '/404.html'));
    expect(pages.length).toBeGreaterThan(5);
    const missing = pages.filter((page) => !page.$('meta[property="og:image"]').attr('content') || page.$('meta[name="twitter:card"]').attr('content') !== 'summary_large_image');
    expect(missing.map((page) => page.urlPath)).toEqual([]);
    const sample = ['/', '/card-news/', issuePath, ...pages.map((page) => page.urlPath).filter((p) => /^\/(guide|programs|newsletters|about)\//.test(p)).slice(0, 6)];
    for (const urlPath of new Set(sample)) {
      const page = pages.find((candidate) => candidate.urlPath === urlPath);
      if (!page) continue;
      const image = new URL(page.$('meta[property="og:image"]').attr('content')!);
      expect(await pngSize(`${baseUrl}${image.pathname}`)).toEqual({ width: 1200, height: 630 });
    }
  });
});
