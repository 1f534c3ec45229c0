/**
 * The overflow guard, measured from Satori's own layout (not a character count): every content card puts its text
 * inside a box that takes the space left in the card (CONTENT_BOX_KEY) and an inner box that never shrinks
 * (CONTENT_KEY). Satori reports both heights through `onNodeDetected`; if the inner one is taller, the text does not fit.
 */
import type { Slide } from '../../schemas/card-news';
import type { CardElement } from './elements';
import { CONTENT_BOX_KEY, CONTENT_KEY } from './frame';

/** The `satori` function (Node build or the browser's standalone/wasm build), narrowed to what we call. */
export type SatoriRender = (
  element: never,
  options: {
    width: number;
    height: number;
    fonts: unknown[];
    onNodeDetected?: (node: { key?: string | number; height: number }) => void;
  },
) => Promise<string>;

export interface SlideOverflow {
  /** Height the text needs, and the height the card leaves for it, in card pixels. */
  neededPx: number;
  availablePx: number;
  excessPx: number;
  /** The slide's longest text (e.g. 본문), and how many characters cut from its end make the card fit (measured). */
  field: string;
  cutChars: number;
}

export interface CardMeasure {
  svg: string;
  /** Height the content needs and the height the card leaves for it (0 when the card has no content box). */
  neededPx: number;
  availablePx: number;
  /** null when the content fits. */
  excess: { neededPx: number; availablePx: number; excessPx: number } | null;
}

/** Renders `tree` to SVG and measures, in the same Satori pass, whether its content fits. */
export async function measureCard(satori: SatoriRender, tree: CardElement, size: { width: number; height: number }, fonts: unknown[]): Promise<CardMeasure> {
  const heights = new Map<string, number>();
  const svg = await satori(tree as never, {
    ...size,
    fonts,
    onNodeDetected: (node) => {
      if (node.key === CONTENT_BOX_KEY || node.key === CONTENT_KEY) heights.set(String(node.key), node.height);
    },
  });
  const available = heights.get(CONTENT_BOX_KEY);
  const needed = heights.get(CONTENT_KEY);
  if (available === undefined || needed === undefined) return { svg, neededPx: 0, availablePx: 0, excess: null };
  const measured = { neededPx: Math.ceil(needed), availablePx: Math.floor(available) };
  // Half a pixel of slack for Yoga's rounding.
  if (needed <= available + 0.5) return { svg, ...measured, excess: null };
  return { svg, ...measured, excess: { ...measured, excessPx: Math.ceil(needed - available) } };
}

/**
 * The smallest cut in 1…max for which `fits(cut)` is true, by bisection (a handful of layouts);
 * null when even `max` does not fit.
 */
export async function smallestFittingCut(max: number, fits: (cut: number) => Promise<boolean>): Promise<number | null> {
  if (max < 1 || !(await fits(max))) return null;
  let low = 0; // known not to fit
  let high = max; // known to fit
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await fits(middle)) high = middle;
    else low = middle;
  }
  return high;
}

export interface LaidOutCard {
  svg: string;
  overflow: SlideOverflow | null;
}

/** One sentence for staff: which file, which card, which text and how much to cut. */
export function describeOverflow(overflow: SlideOverflow, where: { file: string; slideNumber: number; slide: Slide }): string {
  return (
    `${where.file}: ${where.slideNumber}번째 카드(${where.slide.kind})의 글이 카드에 들어가지 않습니다 ` +
    `(필요 ${overflow.neededPx}px, 자리 ${overflow.availablePx}px). ${overflow.field}을(를) 약 ${overflow.cutChars}자 줄이거나 카드를 둘로 나누세요.`
  );
}
