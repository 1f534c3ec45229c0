/** Q&A card: a reader's question and the centre's answer. */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { contentCard, type CardContext } from './frame';
import { type } from './theme';

type QaSlide = Extract<Slide, { kind: 'qa' }>;

function badge(letter: string, background: string) {
  return box(
    { width: 84, height: 84, flexShrink: 0, borderRadius: 20, backgroundColor: background, color: '#ffffff', fontSize: 50, fontWeight: 700, justifyContent: 'center', alignItems: 'center' },
    letter,
  );
}

export function qaCard(slide: QaSlide, context: CardContext) {
  const { brand } = context.site;
  return contentCard(context, [
    box({ gap: 30, alignItems: 'flex-start', marginBottom: 48 }, [
      badge('Q', brand.accent),
      text({ flexGrow: 1, flexShrink: 1, fontSize: type.question, fontWeight: 700, lineHeight: 1.4, color: brand.primaryDark }, slide.question),
    ]),
    box({ gap: 30, alignItems: 'flex-start', backgroundColor: '#ffffff', borderRadius: 28, padding: 40, boxSizing: 'border-box' }, [
      badge('A', brand.primary),
      text({ flexGrow: 1, flexShrink: 1, fontSize: type.answer, lineHeight: 1.6 }, slide.answer),
    ]),
  ]);
}
