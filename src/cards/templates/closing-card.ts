/** Closing card: a last word and how to reach the centre (name, phone, hours from site.yaml). */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { contentCard, headingRule, type CardContext } from './frame';
import { type } from './theme';

type ClosingSlide = Extract<Slide, { kind: 'closing' }>;

export function closingCard(slide: ClosingSlide, context: CardContext) {
  const { site } = context;
  const { brand } = site;
  return contentCard(context, [
    headingRule(brand.accent),
    text({ fontSize: type.heading, fontWeight: 700, lineHeight: 1.35, color: brand.primaryDark }, slide.heading),
    ...(slide.body ? [text({ fontSize: type.body, lineHeight: 1.6, marginTop: 40 }, slide.body)] : []),
    box({ flexDirection: 'column', marginTop: 56, padding: '44px 48px', borderRadius: 28, backgroundColor: brand.primary, color: '#ffffff', gap: 10 }, [
      text({ fontSize: type.meta }, '상담 문의'),
      text({ fontSize: 72, fontWeight: 700, letterSpacing: 1 }, site.phone),
      text({ fontSize: type.meta, lineHeight: 1.5 }, site.hours),
      text({ fontSize: type.meta, fontWeight: 700, marginTop: 12 }, site.name),
    ]),
  ]);
}
