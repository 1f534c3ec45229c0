/**
 * Cover card: the issue's headline, as large as it fits, on the brand colour so it stands out in a feed; emphasis in
 * the highlight colour; the centre's name and the date above Instagram's bottom strip.
 */
import type { Slide } from '../../schemas/card-news';
import { formatKoreanDate } from '../../lib/dates/seoul-time';
import { box, text } from './elements';
import { cardRoot, contentBox, correctionBand, pageCounter, safeBottom, topBarPadding, type CardContext } from './frame';
import { padding, type, typeAt } from './theme';

type CoverSlide = Extract<Slide, { kind: 'cover' }>;

export function coverCard(slide: CoverSlide, context: CardContext, scale: number) {
  const { site } = context;
  const { brand } = site;
  const size = typeAt(scale);
  const emphasis = { color: brand.highlight, fontWeight: 700 };
  return cardRoot({ backgroundColor: brand.primary, color: '#ffffff' }, [
    box({ justifyContent: 'space-between', alignItems: 'center', padding: topBarPadding(context) }, [
      text({ fontSize: type.meta, fontWeight: 700, color: brand.primaryDark, backgroundColor: '#ffffff', padding: '10px 26px', borderRadius: 999 }, `카드뉴스 · ${context.issue.category}`),
      pageCounter(context, '#ffffff'),
    ]),
    contentBox([
      box({ width: 140, height: 16, backgroundColor: brand.highlight, borderRadius: 8, marginBottom: 56, flexShrink: 0 }),
      text({ fontSize: size.coverTitle, fontWeight: 700, lineHeight: 1.22, letterSpacing: -Math.round(size.coverTitle * 0.025) }, slide.title, emphasis),
      ...(slide.subtitle ? [text({ fontSize: size.coverSubtitle, lineHeight: 1.5, marginTop: Math.round(size.coverSubtitle * 1.1), color: brand.background }, slide.subtitle, emphasis)] : []),
    ]),
    box({ justifyContent: 'space-between', alignItems: 'flex-end', margin: `0 ${padding}px`, padding: '26px 0 0', borderTop: '3px solid #ffffff' }, [
      text({ fontSize: type.meta, fontWeight: 700 }, site.shortName),
      // A new issue in the CMS has no date yet; its cover is still drawn.
      text({ fontSize: type.meta }, /^\d{4}-\d{2}-\d{2}$/.test(context.issue.date) ? formatKoreanDate(context.issue.date) : ''),
    ]),
    safeBottom(brand.primary, brand.highlight),
    ...correctionBand(context),
  ]);
}
