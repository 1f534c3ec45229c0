/**
 * The frame every content card shares: a top bar (category, page counter), the content box, a footer line with the
 * centre's name and phone, and Instagram's bottom strip (SAFE_BOTTOM), kept free of words. The content box is where
 * text goes; its measured overflow is what the guard checks.
 */
import { box, text, type CardElement, type CardNode } from './elements';
import { CARD_FONT_FAMILY, CARD_SIZE, padding, SAFE_BOTTOM, type, type CardSite } from './theme';

/** Keys the overflow check looks for: the box's height is what is available, the content's is what is needed. */
export const CONTENT_BOX_KEY = 'card-content-box';
export const CONTENT_KEY = 'card-content';

export interface CardContext {
  site: CardSite;
  issue: { title: string; category: string; date: string };
  /** 1-based position of this card in the issue, and how many cards it has. */
  number: number;
  total: number;
  /**
   * Set on every card of an issue corrected after publication (correctionBandText() in src/lib/publications/corrections.ts):
   * `2026.12.1 정정 · 최신 기준은 누리집에서`, drawn as a band across the top of the card.
   */
  correction?: string;
}

/** The root every template returns: fixed size, border-box, Korean-safe line breaking. */
export function cardRoot(style: Record<string, string | number>, children: CardNode[]): CardElement {
  return box(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      fontFamily: CARD_FONT_FAMILY,
      wordBreak: 'keep-all',
      position: 'relative',
      ...style,
    },
    children,
  );
}

/**
 * Wraps content so its natural height can be measured: the outer box takes the space left in the card,
 * the inner one never shrinks, so when text is too long the inner box is taller than the outer.
 */
export function contentBox(children: CardNode[], align: 'center' | 'flex-start' = 'center'): CardElement {
  // Centred a little above the middle (more room below than above), where the eye expects the centre.
  return box(
    { flexGrow: 1, flexShrink: 1, minHeight: 0, flexDirection: 'column', justifyContent: align, overflow: 'hidden', padding: `16px ${padding}px 56px` },
    [box({ flexShrink: 0, flexDirection: 'column', width: '100%' }, children, CONTENT_KEY)],
    CONTENT_BOX_KEY,
  );
}

export function pageCounter(context: CardContext, colour: string): CardElement {
  return text({ fontSize: type.meta, color: colour, fontWeight: 700 }, `${context.number} / ${context.total}`);
}

/** Height of the correction band; it sits in the top bar's padding, so the text gets the same space with or without it. */
const CORRECTION_BAND_HEIGHT = 64;

/** Top padding of the bar under the band: the band plus a gap, taken from the bar's own padding (64 + 40 either way). */
export function topBarPadding(context: CardContext): string {
  return context.correction ? `${CORRECTION_BAND_HEIGHT + 16}px ${padding}px 24px` : `64px ${padding}px 40px`;
}

/**
 * The band on a corrected issue's cards: black on yellow, the centre's notice colours, bold at the meta size.
 * Absolutely placed over the top padding, so it changes no layout and the overflow guard measures the same box.
 */
export function correctionBand(context: CardContext): CardElement[] {
  if (!context.correction) return [];
  return [
    box(
      {
        position: 'absolute',
        top: 0,
        left: 0,
        width: CARD_SIZE.width,
        height: CORRECTION_BAND_HEIGHT,
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: '#ffd43b',
        borderBottom: '4px solid #1b1f24',
        boxSizing: 'border-box',
      },
      [text({ fontSize: type.meta, fontWeight: 700, color: '#1b1f24', letterSpacing: -0.5 }, context.correction)],
    ),
  ];
}

function topBar(context: CardContext): CardElement {
  const { brand } = context.site;
  return box({ justifyContent: 'space-between', alignItems: 'center', padding: topBarPadding(context) }, [
    text(
      { fontSize: type.meta, fontWeight: 700, color: '#ffffff', backgroundColor: brand.primary, padding: '10px 26px', borderRadius: 999 },
      context.issue.category,
    ),
    pageCounter(context, brand.primaryDark),
  ]);
}

function footerBar(site: CardSite): CardElement {
  return box({ justifyContent: 'space-between', alignItems: 'center', margin: `0 ${padding}px`, padding: '26px 0 0', borderTop: `3px solid ${site.brand.primary}`, color: site.brand.primaryDark }, [
    text({ fontSize: type.meta, fontWeight: 700 }, site.shortName),
    text({ fontSize: type.meta, fontWeight: 700 }, `전화 ${site.phone}`),
  ]);
}

/** The bottom strip Instagram may cover: no words, only a band of the brand colour at its foot. */
export function safeBottom(colour: string, band: string): CardElement {
  return box({ height: SAFE_BOTTOM, flexShrink: 0, flexDirection: 'column', justifyContent: 'flex-end', backgroundColor: colour }, [box({ height: 18, backgroundColor: band })]);
}

/** A content card: top bar, content, footer, the empty bottom strip. */
export function contentCard(context: CardContext, content: CardNode[], align: 'center' | 'flex-start' = 'center'): CardElement {
  const { brand } = context.site;
  return cardRoot({ backgroundColor: brand.background, color: brand.text }, [
    topBar(context),
    contentBox(content, align),
    footerBar(context.site),
    safeBottom(brand.background, brand.primary),
    ...correctionBand(context),
  ]);
}

/** The coloured bar above a heading. */
export function headingRule(colour: string): CardElement {
  return box({ width: 96, height: 10, backgroundColor: colour, borderRadius: 5, marginBottom: 36, flexShrink: 0 });
}

/** Emphasis (`**굵게**`) on a light card: the accent colour, bold. */
export function accentEmphasis(context: CardContext) {
  return { color: context.site.brand.accent, fontWeight: 700 };
}
