/**
 * The overflow guard, measured from Satori's own layout (not a character count): every content card puts its text
 * inside a box that takes the space left in the card (CONTENT_BOX_KEY) and an inner box that never shrinks
 * (CONTENT_KEY). Satori reports both heights through `onNodeDetected`; if the inner one is taller, the text does not fit.
 */
import type { Slide } from '../schemas/card-news';
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
  /** Rough number of characters to cut: the slide's text length in proportion to the excess height. */
  cutChars: number;
}

export interface LaidOutCard {
  svg: string;
  overflow: SlideOverflow | null;
}

/** Renders `tree` to SVG and measures, in the same Satori pass, whether its content fits. */
export async function layoutCard(
  satori: SatoriRender,
  tree: CardElement,
  size: { width: number; height: number },
  fonts: unknown[],
  textLength: number,
): Promise<LaidOutCard> {
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
  if (available === undefined || needed === undefined) return { svg, overflow: null };
  // Half a pixel of slack for Yoga's rounding.
  if (needed <= available + 0.5) return { svg, overflow: null };
  const excessPx = Math.ceil(needed - available);
  return {
    svg,
    overflow: { neededPx: Math.ceil(needed), availablePx: Math.floor(available), excessPx, cutChars: Math.max(1, Math.ceil((textLength * excessPx) / needed)) },
  };
}

/** One sentence for staff: which file, which card, how much to cut. */
export function describeOverflow(overflow: SlideOverflow, where: { file: string; slideNumber: number; slide: Slide }): string {
  const percent = Math.ceil((overflow.excessPx / overflow.neededPx) * 100);
  return (
    `${where.file}: ${where.slideNumber}번째 카드(${where.slide.kind})의 글이 카드에 들어가지 않습니다 ` +
    `(필요 ${overflow.neededPx}px, 자리 ${overflow.availablePx}px). 글을 약 ${overflow.cutChars}자(${percent}%) 줄이거나 카드를 둘로 나누세요.`
  );
}


