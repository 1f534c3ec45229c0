/** Text card: a heading and a short paragraph. */
import type { Slide } from '../../schemas/card-news';
import { text } from './elements';
import { contentCard, headingRule, type CardContext } from './frame';
import { type } from './theme';

type TextSlide = Extract<Slide, { kind: 'text' }>;

export function textCard(slide: TextSlide, context: CardContext) {
  const { brand } = context.site;
  return contentCard(context, [
    headingRule(brand.accent),
    text({ fontSize: type.heading, fontWeight: 700, lineHeight: 1.35, color: brand.primaryDark, marginBottom: 44 }, slide.heading),
    text({ fontSize: type.body, lineHeight: 1.6 }, slide.body),
  ]);
}
