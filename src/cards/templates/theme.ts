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

/** Type scale in px. Body text stays at 42px or more: about 17px on a phone showing the card 430px wide. */
export const type = {
  coverTitle: 88,
  coverSubtitle: 46,
  heading: 62,
  body: 46,
  item: 44,
  question: 54,
  answer: 44,
  meta: 34,
} as const;

export const padding = 84;
