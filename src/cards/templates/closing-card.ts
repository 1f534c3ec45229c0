/** Closing card: a last word and how to reach the centre (name, phone, hours from site.yaml), with a phone icon. */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { accentEmphasis, contentCard, headingRule, type CardContext } from './frame';
import { icon } from './icons';
import { type, typeAt } from './theme';

type ClosingSlide = Extract<Slide, { kind: 'closing' }>;

export function closingCard(slide: ClosingSlide, context: CardContext, scale: number) {
  const { site } = context;
  const { brand } = site;
  const size = typeAt(scale);
  return contentCard(context, [
    headingRule(brand.accent),
    text({ fontSize: size.heading, fontWeight: 700, lineHeight: 1.32, letterSpacing: -1, color: brand.primaryDark }, slide.heading, accentEmphasis(context)),
    ...(slide.body ? [text({ fontSize: size.body, lineHeight: 1.6, marginTop: Math.round(size.body * 0.8) }, slide.body, accentEmphasis(context))] : []),
    box({ flexDirection: 'column', marginTop: 56, padding: '44px 48px', borderRadius: 28, backgroundColor: brand.primary, color: '#ffffff', gap: 10 }, [
      box({ alignItems: 'center', gap: 14 }, [icon('phone', 40, '#ffffff'), text({ fontSize: type.meta, fontWeight: 700 }, '상담 문의')]),
      text({ fontSize: 80, fontWeight: 700, letterSpacing: 1 }, site.phone),
      text({ fontSize: type.meta, lineHeight: 1.5 }, site.hours),
      text({ fontSize: type.meta, fontWeight: 700, marginTop: 12 }, site.name),
    ]),
  ]);
}
