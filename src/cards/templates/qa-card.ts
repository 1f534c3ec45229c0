/** Q&A card: a reader's question and the centre's answer. */
import type { Slide } from '../../schemas/card-news';
import { box, text } from './elements';
import { accentEmphasis, contentCard, type CardContext } from './frame';
import { typeAt } from './theme';

type QaSlide = Extract<Slide, { kind: 'qa' }>;

function badge(letter: string, background: string) {
  return box(
    { width: 84, height: 84, flexShrink: 0, borderRadius: 20, backgroundColor: background, color: '#ffffff', fontSize: 50, fontWeight: 700, justifyContent: 'center', alignItems: 'center' },
    letter,
  );
}

export function qaCard(slide: QaSlide, context: CardContext, scale: number) {
  const { brand } = context.site;
  const size = typeAt(scale);
  return contentCard(context, [
    box({ gap: 30, alignItems: 'flex-start', marginBottom: 48 }, [
      badge('Q', brand.accent),
      text({ flexGrow: 1, flexShrink: 1, fontSize: size.question, fontWeight: 700, lineHeight: 1.38, letterSpacing: -1, color: brand.primaryDark }, slide.question, accentEmphasis(context)),
    ]),
    box({ gap: 30, alignItems: 'flex-start', backgroundColor: '#ffffff', borderRadius: 28, padding: 44, boxSizing: 'border-box', border: `2px solid ${brand.primary}22` }, [
      badge('A', brand.primary),
      text({ flexGrow: 1, flexShrink: 1, fontSize: size.answer, lineHeight: 1.6 }, slide.answer, accentEmphasis(context)),
    ]),
  ]);
}
