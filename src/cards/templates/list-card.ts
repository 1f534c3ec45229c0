/** List card: an icon, a heading and 2–6 items, as numbered steps (`1. 항목`) or bullets (`- 항목`). */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { accentEmphasis, contentCard, type CardContext } from './frame';
import { icon } from './icons';
import { typeAt } from './theme';

type ListSlide = Extract<Slide, { kind: 'list' }>;

export function listCard(slide: ListSlide, context: CardContext, scale: number) {
  const { brand } = context.site;
  const size = typeAt(scale);
  // The marker is about one line of item text tall, so the first line sits beside it.
  const markerSize = Math.round(size.item * 1.4);
  const marker = (index: number) =>
    slide.ordered
      ? box(
          { width: markerSize, height: markerSize, flexShrink: 0, borderRadius: 999, backgroundColor: brand.primary, color: '#ffffff', fontSize: Math.round(size.item * 0.75), fontWeight: 700, justifyContent: 'center', alignItems: 'center' },
          String(index + 1),
        )
      : box({ width: markerSize, height: markerSize, flexShrink: 0, justifyContent: 'center', alignItems: 'center' }, [
          box({ width: Math.round(size.item * 0.42), height: Math.round(size.item * 0.42), borderRadius: 999, backgroundColor: brand.accent }),
        ]);
  return contentCard(context, [
    icon(slide.ordered ? 'steps' : 'list', 76, brand.accent, { marginBottom: 28 }),
    text({ fontSize: size.heading, fontWeight: 700, lineHeight: 1.32, letterSpacing: -1, color: brand.primaryDark, marginBottom: Math.round(size.heading * 0.7) }, slide.heading, accentEmphasis(context)),
    box(
      { flexDirection: 'column', gap: Math.round(size.item * 0.55) },
      slide.items.map((item, index) =>
        box({ alignItems: 'flex-start', gap: 26 }, [marker(index), text({ flexGrow: 1, flexShrink: 1, fontSize: size.item, lineHeight: 1.4 }, item, accentEmphasis(context))]),
      ),
    ),
  ]);
}
