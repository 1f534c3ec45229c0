/** Cover card: the issue's headline on the brand colour, so it stands out in a feed. */
import type { Slide } from '../../schemas/card-news';
import { formatKoreanDate } from '../../lib/dates/seoul-time';
import { box, text } from './elements';
import { cardRoot, contentBox, correctionBand, pageCounter, topBarPadding, type CardContext } from './frame';
import { padding, type } from './theme';

type CoverSlide = Extract<Slide, { kind: 'cover' }>;

export function coverCard(slide: CoverSlide, context: CardContext) {
  const { site } = context;
  const { brand } = site;
  return cardRoot({ backgroundColor: brand.primary, color: '#ffffff' }, [
    box({ justifyContent: 'space-between', alignItems: 'center', padding: topBarPadding(context) }, [
      text({ fontSize: type.meta, fontWeight: 700, color: brand.primaryDark, backgroundColor: '#ffffff', padding: '10px 26px', borderRadius: 999 }, `카드뉴스 · ${context.issue.category}`),
      pageCounter(context, '#ffffff'),
    ]),
    contentBox([
      box({ width: 120, height: 14, backgroundColor: '#ffffff', borderRadius: 7, marginBottom: 48 }),
      text({ fontSize: type.coverTitle, fontWeight: 700, lineHeight: 1.3, letterSpacing: -1 }, slide.title),
      ...(slide.subtitle ? [text({ fontSize: type.coverSubtitle, lineHeight: 1.5, marginTop: 44 }, slide.subtitle)] : []),
    ]),
    box({ flexDirection: 'column', padding: `40px ${padding}px 72px`, gap: 8 }, [
      text({ fontSize: type.meta, fontWeight: 700 }, site.name),
      text({ fontSize: type.meta }, formatKoreanDate(context.issue.date)),
    ]),
    ...correctionBand(context),
  ]);
}
