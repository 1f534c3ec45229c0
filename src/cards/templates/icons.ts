/**
 * Icons on the cards, from Lucide (lucide-static on npm, ISC licence): each is an SVG string that Satori draws as an
 * image, stroked in the card's colours. Only the few the templates use are imported, so the CMS bundle stays small.
 */
import { ListChecks, ListOrdered, MessageCircleQuestionMark, Phone } from 'lucide-static';
import type { CardElement } from './elements';

const icons = { list: ListChecks, steps: ListOrdered, question: MessageCircleQuestionMark, phone: Phone } as const;
export type CardIcon = keyof typeof icons;

/** An icon `size` px square, drawn with lines of `colour`. Decorative: the card's words say everything. */
export function icon(name: CardIcon, size: number, colour: string, style: Record<string, string | number> = {}): CardElement {
  const svg = icons[name].replace(/<!--.*?-->/s, '').replaceAll('currentColor', colour);
  return { type: 'img', props: { src: `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`, width: size, height: size, style: { flexShrink: 0, ...style } } };
}
