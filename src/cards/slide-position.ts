/**
 * The slide viewer keeps its position in the URL as `#card-3` (1-based, as people count), so a link can
 * point at one card. The same ids exist without JavaScript, where the cards are a plain list.
 */

export function slideAnchor(number: number): string {
  return `card-${number}`;
}

/** 0-based index from a URL hash such as `#card-3`; null when the hash is not a card of this issue. */
export function slideIndexFromHash(hash: string, total: number): number | null {
  const match = /^#?card-(\d+)$/.exec(hash);
  if (!match) return null;
  const number = Number(match[1]);
  return number >= 1 && number <= total ? number - 1 : null;
}

/** Index after moving by `step` (±1), staying on the first or last card rather than wrapping. */
export function moveSlide(index: number, step: number, total: number): number {
  return Math.min(total - 1, Math.max(0, index + step));
}
