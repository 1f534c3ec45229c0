/**
 * Card-news and OG image templates: pure functions that return Satori element trees. No Node APIs, no React,
 * so the same code renders PNGs in the build (src/cards/render/) and previews in the browser (the CMS).
 *
 * API
 * - `renderSlideTree(slide, context)` → element tree of one 1080×1350 card (`CARD_SIZE`).
 *   `context` = { site: cardSiteFrom(site.yaml), issue: { title, category, date }, number, total }.
 * - `ogCard({ section, title, description }, site)` (./og-card) → element tree of a 1200×630 OG image (`OG_SIZE`).
 * - `layoutSlide(satori, slide, context, fonts)` → `{ svg, overflow }`: renders the card to SVG and measures,
 *   in the same pass, whether its text fits. `overflow` is null when it fits; otherwise it says which text to cut
 *   and by how many characters (found by laying out shortened versions).
 * - `describeOverflow(overflow, { file, slideNumber, slide })` (./overflow) → one Korean sentence for staff.
 * Sizes, fonts and the site's colours come from ./theme.
 *
 * `satori` is passed in: the build passes `satori` from 'satori'; the browser passes the one from 'satori/standalone'
 * after `await init(wasm)`. `fonts` are the files in `CARD_FONT_FILES` (assets/fonts/) as Satori font objects:
 * `{ name: CARD_FONT_FAMILY, data: ArrayBuffer, weight }`.
 */
import type { Slide } from '../../schemas/card-news';
import { longestField, shortenLongestField, slideTextLength } from '../slide-text';
import { closingCard } from './closing-card';
import { coverCard } from './cover-card';
import type { CardElement } from './elements';
import type { CardContext } from './frame';
import { listCard } from './list-card';
import { numberCard } from './number-card';
import { measureCard, smallestFittingCut, type CardMeasure, type LaidOutCard, type SatoriRender } from './overflow';
import { qaCard } from './qa-card';
import { textCard } from './text-card';
import { CARD_SIZE, FIT_SCALES } from './theme';

/** The card's element tree with its text at `scale` (one of FIT_SCALES; layoutSlide picks it). */
export function renderSlideTree(slide: Slide, context: CardContext, scale = 1): CardElement {
  switch (slide.kind) {
    case 'cover':
      return coverCard(slide, context, scale);
    case 'text':
      return textCard(slide, context, scale);
    case 'list':
      return listCard(slide, context, scale);
    case 'qa':
      return qaCard(slide, context, scale);
    case 'number':
      return numberCard(slide, context, scale);
    case 'closing':
      return closingCard(slide, context, scale);
  }
}

const SMALLEST = FIT_SCALES.at(-1)!;

/**
 * The largest type that fits, by measuring: the first layout (at 1) tells how much room is left; text height grows
 * about with the square of the type size (more lines, each taller), so that gives the step to try next, and each
 * guess is checked by laying the card out again. Usually two layouts; short texts grow, long ones shrink.
 */
async function fittedLayout(satori: SatoriRender, slide: Slide, context: CardContext, fonts: unknown[]): Promise<CardMeasure> {
  const at = (scale: number) => measureCard(satori, renderSlideTree(slide, context, scale), CARD_SIZE, fonts);
  const base = await at(1);
  if (base.excess) {
    let smaller = base;
    for (const scale of FIT_SCALES.filter((step) => step < 1)) {
      smaller = await at(scale);
      if (!smaller.excess) break;
    }
    return smaller;
  }
  const room = Math.sqrt(base.availablePx / base.neededPx);
  for (const scale of FIT_SCALES.filter((step) => step > 1 && step <= room)) {
    const larger = await at(scale);
    if (!larger.excess) return larger;
  }
  return base;
}

/**
 * Lays the card out at the largest type that fits. When even the smallest does not fit, finds by further layouts (not
 * by counting) how many characters cut from the end of its longest text make it fit; if even removing that text is not
 * enough, estimates from the excess height.
 */
export async function layoutSlide(satori: SatoriRender, slide: Slide, context: CardContext, fonts: unknown[]): Promise<LaidOutCard> {
  const { svg, excess } = await fittedLayout(satori, slide, context, fonts);
  if (!excess) return { svg, overflow: null };
  const longest = longestField(slide);
  const fits = async (cut: number) => !(await measureCard(satori, renderSlideTree(shortenLongestField(slide, cut), context, SMALLEST), CARD_SIZE, fonts)).excess;
  const measured = await smallestFittingCut(longest.length, fits);
  const estimated = Math.max(1, Math.ceil((slideTextLength(slide) * excess.excessPx) / excess.neededPx));
  return { svg, overflow: { ...excess, field: measured === null ? '글 전체' : longest.label, cutChars: measured ?? estimated } };
}
