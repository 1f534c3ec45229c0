/** List card: a heading and 2–6 items, as numbered steps (`ordered: true`) or bullets. */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { contentCard, headingRule, type CardContext } from './frame';
import { type } from './theme';

type ListSlide = Extract<Slide, { kind: 'list' }>;

const MARKER = 64;

export function listCard(slide: ListSlide, context: CardContext) {
  const { brand } = context.site;
  const marker = (index: number) =>
    slide.ordered
      ? box(
          { width: MARKER, height: MARKER, flexShrink: 0, borderRadius: 999, backgroundColor: brand.primary, color: '#ffffff', fontSize: 34, fontWeight: 700, justifyContent: 'center', alignItems: 'center' },
          String(index + 1),
        )
      : box({ width: MARKER, height: MARKER, flexShrink: 0, justifyContent: 'center', alignItems: 'center' }, [
          box({ width: 20, height: 20, borderRadius: 999, backgroundColor: brand.accent }),
        ]);
  return contentCard(context, [
    headingRule(brand.accent),
    text({ fontSize: type.heading, fontWeight: 700, lineHeight: 1.35, color: brand.primaryDark, marginBottom: 44 }, slide.heading),
    box(
      { flexDirection: 'column', gap: 22 },
      slide.items.map((item, index) =>
        box({ alignItems: 'flex-start', gap: 26 }, [
          marker(index),
          // The marker is 64px tall, about one line of item text, so the first line sits beside it.
          text({ flexGrow: 1, flexShrink: 1, fontSize: type.item, lineHeight: 1.4 }, item),
        ]),
      ),
    ),
  ]);
}
