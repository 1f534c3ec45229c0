/**
 * Sizes, fonts and colours shared by every card. Colours come from content/data/site.yaml (`brand`),
 * so staff can change them without touching code.
 */
import type { SiteSettings } from '../../schemas/site';

/** Instagram's tallest feed format (4:5): see docs/architecture.md, "Card news and OG images", for why. */
export const CARD_SIZE = { width: 1080, height: 1350 } as const;
/** Open Graph / Twitter summary_large_image. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

export const CARD_FONT_FAMILY = 'Pretendard';
/** The committed fonts (assets/fonts/) each renderer must load and pass to Satori as `fonts`. */
export const CARD_FONT_FILES = [
  { file: 'Pretendard-Regular.otf', weight: 400 },
  { file: 'Pretendard-Bold.otf', weight: 700 },
] as const;

/** What the templates need to know about the centre: a subset of site.yaml. */
export type CardSite = Pick<SiteSettings, 'name' | 'shortName' | 'phone' | 'hours' | 'brand'>;

/** Picks the card-relevant fields, so unrelated site.yaml edits do not invalidate cached images. */
export function cardSiteFrom(site: CardSite): CardSite {
  return { name: site.name, shortName: site.shortName, phone: site.phone, hours: site.hours, brand: { ...site.brand } };
}

/**
 * Type scale in px at scale 1. Each card's text is drawn at the largest of FIT_SCALES that fits (src/cards/templates
 * index.ts): a short text grows to fill the card, a long one shrinks, never below 0.875 (body 42px: about 17px on a
 * phone showing the card 430px wide).
 */
export const type = {
  coverTitle: 100,
  coverSubtitle: 48,
  heading: 66,
  body: 48,
  item: 46,
  question: 56,
  answer: 46,
  number: 220,
  caption: 54,
  meta: 34,
} as const;

export const FIT_SCALES = [1.3, 1.2, 1.1, 1, 0.94, 0.875] as const;

/** The type scale at one fit step. */
export function typeAt(scale: number): Record<keyof typeof type, number> {
  return Object.fromEntries(Object.entries(type).map(([key, size]) => [key, key === 'meta' ? size : Math.round(size * scale)])) as Record<keyof typeof type, number>;
}

export const padding = 84;

/** Instagram lays its own controls over the bottom of a post: nothing that must be read goes in the bottom 130px. */
export const SAFE_BOTTOM = 130;
