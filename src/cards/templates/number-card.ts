/** Big-number card: one figure (18개월, 250만원) drawn as large as the card allows, and a caption saying what it is. */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { accentEmphasis, contentCard, headingRule, type CardContext } from './frame';
import { padding, CARD_SIZE, typeAt } from './theme';

type NumberSlide = Extract<Slide, { kind: 'number' }>;

/** Width of `value` in em of Pretendard Bold, near enough: Hangul is square, digits and Latin about 0.62 em. */
function emWidth(value: string): number {
  return [...value].reduce((sum, char) => sum + (/[\u3131-\uD7A3]/.test(char) ? 1 : /[\s.,]/.test(char) ? 0.3 : 0.62), 0);
}

export function numberCard(slide: NumberSlide, context: CardContext, scale: number) {
  const { brand } = context.site;
  const size = typeAt(scale);
  // As big as the type scale allows, and never wider than the card: the figure stays on one line.
  const fontSize = Math.floor(Math.min(size.number, (CARD_SIZE.width - 2 * padding) / Math.max(1, emWidth(slide.value) * 1.04)));
  return contentCard(context, [
    headingRule(brand.accent),
    box({ fontSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -Math.round(fontSize * 0.03), color: brand.accent, whiteSpace: 'nowrap' }, slide.value),
    text({ fontSize: size.caption, fontWeight: 700, lineHeight: 1.42, letterSpacing: -1, color: brand.primaryDark, marginTop: 36 }, slide.caption, accentEmphasis(context)),
  ]);
}
