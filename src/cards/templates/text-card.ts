/** Text card: a heading and a short paragraph; `**굵게**` in either takes the accent colour. */
import type { Slide } from '../../schemas/card-news';
import { text } from './elements';
import { accentEmphasis, contentCard, headingRule, type CardContext } from './frame';
import { typeAt } from './theme';

type TextSlide = Extract<Slide, { kind: 'text' }>;

export function textCard(slide: TextSlide, context: CardContext, scale: number) {
  const { brand } = context.site;
  const size = typeAt(scale);
  return contentCard(context, [
    headingRule(brand.accent),
    text({ fontSize: size.heading, fontWeight: 700, lineHeight: 1.32, letterSpacing: -1, color: brand.primaryDark, marginBottom: Math.round(size.heading * 0.6) }, slide.heading, accentEmphasis(context)),
    text({ fontSize: size.body, lineHeight: 1.6 }, slide.body, accentEmphasis(context)),
  ]);
}
