/**
 * Each card template rendered for real (Satori → resvg) at the longest slide texts the writers may use:
 * size, not blank, text actually drawn, and the overflow guard measured from the layout.
 * The PNGs are also written to test-results/cards/ for looking at.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutSlide } from '../../src/cards/templates';
import type { CardContext } from '../../src/cards/templates/frame';
import { ogCard } from '../../src/cards/templates/og-card';
import { describeOverflow, type SatoriRender } from '../../src/cards/templates/overflow';
import { CARD_SIZE, OG_SIZE } from '../../src/cards/templates/theme';
import type { Slide } from '../../src/schemas/card-news';
import { loadCardFonts, renderImage, type FontList } from '../../src/cards/render/render-image';
import { issue, longestSlides, site } from '../fixtures/cards/longest-slides';

const render = satori as unknown as SatoriRender;
const outDir = path.resolve('test-results/cards');
let fonts: FontList;
beforeAll(() => {
  fonts = loadCardFonts(process.cwd());
  mkdirSync(outDir, { recursive: true });
});

const context = (number = 2, total = 6): CardContext => ({ site, issue, number, total });

function pngSize(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function pixels(slide: Slide) {
  const { svg } = await layoutSlide(render, slide, context(), fonts);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
}

/** Share of pixels (RGBA) that differ from `other` by more than a little. */
function differingShare(a: Uint8Array, b: Uint8Array): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 60) differing++;
  }
  return differing / (a.length / 4);
}

/** The same slide with every text replaced by a space: the template without words. */
function withoutWords(slide: Slide): Slide {
  const blank = (value: unknown): unknown => (typeof value === 'string' && value !== slide.kind ? ' ' : Array.isArray(value) ? value.map(blank) : value);
  return Object.fromEntries(Object.entries(slide).map(([key, value]) => [key, blank(value)])) as Slide;
}

describe.each(Object.values(longestSlides))('$kind card at the longest allowed text', { timeout: 30_000 }, (slide) => {
  it('renders a 1080×1350 PNG that fits', async () => {
    const outcome = await renderImage({ kind: 'slide', file: 'fixture.md', slug: 'fixture', slide, context: context(), url: '/x.png' }, fonts);
    expect(outcome.overflow).toBeUndefined();
    const png = outcome.png!;
    expect(pngSize(png)).toEqual(CARD_SIZE);
    writeFileSync(path.join(outDir, `${slide.kind}.png`), png);
  });

  it('is not blank and draws its words (ink against the same template without text)', async () => {
    const full = await pixels(slide);
    const empty = await pixels(withoutWords(slide));
    const background = full.subarray(0, 4);
    const flat = new Uint8Array(full.length).map((_, i) => background[i % 4]);
    expect(differingShare(full, flat)).toBeGreaterThan(0.05);
    // Text covers a few percent of a card; the empty template differs from the full one only where words are.
    expect(differingShare(full, empty)).toBeGreaterThan(0.02);
  });
});

describe('overflow guard', { timeout: 30_000 }, () => {
  it('catches text that does not fit and says which card and roughly how much to cut', async () => {
    const slide = { kind: 'text' as const, heading: '너무 긴 카드', body: longestSlides.text.kind === 'text' ? longestSlides.text.body.repeat(4) : '' };
    const { overflow } = await layoutSlide(render, slide, context(3, 6), fonts);
    expect(overflow).not.toBeNull();
    expect(overflow!.neededPx).toBeGreaterThan(overflow!.availablePx);
    expect(overflow!.field).toBe('본문');
    // The cut is measured: shortening the body by that much fits, by one character less does not.
    const shortened = (cut: number): Slide => ({ ...slide, body: slide.body.slice(0, slide.body.length - cut) });
    expect((await layoutSlide(render, shortened(overflow!.cutChars), context(3, 6), fonts)).overflow).toBeNull();
    expect((await layoutSlide(render, shortened(overflow!.cutChars - 1), context(3, 6), fonts)).overflow).not.toBeNull();
    const message = describeOverflow(overflow!, { file: 'content/card-news/2026-11-24-test.md', slideNumber: 3, slide });
    expect(message).toMatch(/^content\/card-news\/2026-11-24-test\.md: 3번째 카드\(text\)/);
    expect(message).toContain(`본문을(를) 약 ${overflow!.cutChars}자 줄이거나`);
  });

  it('measures the layout, not the character count: the same words overflow when the writer breaks every line', async () => {
    const body = longestSlides.text.kind === 'text' ? longestSlides.text.body : '';
    const fits: Slide = { kind: 'text', heading: '줄바꿈 시험', body };
    const tall: Slide = { kind: 'text', heading: '줄바꿈 시험', body: body.split(' ').join('\n') };
    expect((await layoutSlide(render, fits, context(), fonts)).overflow).toBeNull();
    expect((await layoutSlide(render, tall, context(), fonts)).overflow).not.toBeNull();
  });

  it('measures glyph widths: 400 narrow letters fit where 400 characters of Hangul do not', async () => {
    const narrow: Slide = { kind: 'text', heading: '글자 폭 시험', body: 'il '.repeat(133) };
    const wide: Slide = { kind: 'text', heading: '글자 폭 시험', body: '가나다라 '.repeat(80) };
    expect((await layoutSlide(render, narrow, context(), fonts)).overflow).toBeNull();
    expect((await layoutSlide(render, wide, context(), fonts)).overflow).not.toBeNull();
  });

  it('catches a list with more items than the card holds', async () => {
    const items = Array.from({ length: 6 }, () => '신청서 사본과 회사의 답변을 문자나 이메일로 받아 두고, 날짜와 함께 꼭 잘 보관해 두세요');
    const slide: Slide = { kind: 'list', heading: '근로시간 단축을 신청하기 전에 확인하세요', ordered: true, items };
    expect((await layoutSlide(render, slide, context(), fonts)).overflow).not.toBeNull();
  });
});

describe('correction band on a corrected issue', { timeout: 30_000 }, () => {
  const band = '2026.12.1 정정 · 최신 기준은 누리집에서';
  const corrected = (number = 2, total = 6): CardContext => ({ ...context(number, total), correction: band });
  const draw = async (slide: Slide, ctx: CardContext) => {
    const { svg } = await layoutSlide(render, slide, ctx, fonts);
    return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
  };
  /** Share of differing pixels between two renders, within rows [from, to). */
  const rowsDiffer = (a: Uint8Array, b: Uint8Array, from: number, to: number) =>
    differingShare(a.subarray(from * CARD_SIZE.width * 4, to * CARD_SIZE.width * 4), b.subarray(from * CARD_SIZE.width * 4, to * CARD_SIZE.width * 4));

  it.each(Object.values(longestSlides))('$kind: the band is drawn across the top and the longest text still fits', async (slide) => {
    const outcome = await renderImage({ kind: 'slide', file: 'fixture.md', slug: 'fixture', slide, context: corrected(), url: '/x.png' }, fonts);
    expect(outcome.overflow).toBeUndefined();
    writeFileSync(path.join(outDir, `${slide.kind}-corrected.png`), outcome.png!);
    const plain = await draw(slide, context());
    const withBand = await draw(slide, corrected());
    // The band (top 64px) is new ink: yellow with black words.
    expect(rowsDiffer(withBand, plain, 0, 64)).toBeGreaterThan(0.5);
    const [r, g, b] = withBand.subarray(8 * 4, 8 * 4 + 3);
    expect([r, g, b]).toEqual([0xff, 0xd4, 0x3b]);
  });

  it('leaves the text the same room: the overflow guard measures the same box with or without the band', async () => {
    const slide: Slide = { kind: 'text', heading: '너무 긴 카드', body: longestSlides.text.kind === 'text' ? longestSlides.text.body.repeat(4) : '' };
    const without = (await layoutSlide(render, slide, context(3, 6), fonts)).overflow;
    const withBand = (await layoutSlide(render, slide, corrected(3, 6), fonts)).overflow;
    expect(without).not.toBeNull();
    expect(withBand).toEqual(without);
  });

  it('a card without a correction has no band', async () => {
    const [r, g, b] = (await draw(longestSlides.text, context())).subarray(8 * 4, 8 * 4 + 3);
    expect([r, g, b]).not.toEqual([0xff, 0xd4, 0x3b]);
  });
});

describe('OG image', { timeout: 30_000 }, () => {
  it('renders 1200×630 with the title drawn', async () => {
    const input = { section: '카드뉴스', title: '출산전후휴가 90일, 이것만은 알아 두세요', description: '출산 뒤 45일 이상은 꼭 쉬어야 합니다.' };
    const outcome = await renderImage({ kind: 'og', input, site, url: '/og/x.png' }, fonts);
    expect(pngSize(outcome.png!)).toEqual(OG_SIZE);
    writeFileSync(path.join(outDir, 'og.png'), outcome.png!);
    const draw = async (title: string) =>
      new Resvg(await render(ogCard({ ...input, title }, site) as never, { ...OG_SIZE, fonts }), { font: { loadSystemFonts: false } }).render().pixels;
    expect(differingShare(await draw(input.title), await draw(' '))).toBeGreaterThan(0.02);
  });
});
