/**
 * Card-news image URLs for pages outside /card-news/ (e.g. the home page's latest issue).
 * The files are drawn by src/cards/render at build time and served on demand by `astro dev`.
 */
import { CARD_SIZE } from './templates/theme';
import { issueZipPath, slideImagePath } from '../lib/urls';

export interface CardImage {
  src: string;
  width: number;
  height: number;
}

/** The cover (first card) of an issue, with its intrinsic size for `<img width height>`. */
export function coverImageFor(slug: string): CardImage {
  return slideImageFor(slug, 1);
}

export function slideImageFor(slug: string, number: number): CardImage {
  return { src: slideImagePath(slug, number), ...CARD_SIZE };
}

export { issueZipPath };
