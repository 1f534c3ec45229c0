/**
 * Card news on the built site: cover list, slide viewer (keyboard, URL position, no autoplay, works without JS),
 * alt text and full text, PNG and ZIP downloads, and an og:image on every page that really is a 1200×630 PNG.
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
  it('gives every card alt text from its slide and puts the full text beside the cards', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${issuePath}`);
    const images = page.locator('.card-viewer__slide img');
    const count = await images.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (const image of await images.all()) expect((await image.getAttribute('alt'))!.length).toBeGreaterThan(4);
    // The cover's alt text is the cover title, which the full text does not need to repeat word for word.
    expect(await page.locator('#full-text').textContent()).toBe('글로 읽기');
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
