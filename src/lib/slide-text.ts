/**
 * A card's words as plain text: the alt text of its image (DESIGN: alt text is the slide text),
 * and the length the overflow guard uses to say roughly how many characters to cut.
 */
import type { Slide } from '../schemas/card-news';

/** The texts a slide draws, in reading order. */
export function slideTexts(slide: Slide): string[] {
  switch (slide.kind) {
    case 'cover':
      return [slide.title, slide.subtitle ?? ''].filter(Boolean);
    case 'text':
      return [slide.heading, slide.body];
    case 'list':
      return [slide.heading, ...slide.items];
    case 'qa':
      return [slide.question, slide.answer];
    case 'closing':
      return [slide.heading, slide.body ?? ''].filter(Boolean);
  }
}

/** Characters of text on the card, not counting spaces. */
export function slideTextLength(slide: Slide): number {
  return slideTexts(slide).join('').replace(/\s/g, '').length;
}

/** Alt text for a card image: everything the card says, so nothing is lost without the picture. */
export function slideAltText(slide: Slide, contact?: { name: string; phone: string }): string {
  const sentence = (s: string) => (/[.?!。…]$/.test(s) ? s : `${s}.`);
  switch (slide.kind) {
    case 'list':
      return [sentence(slide.heading), ...slide.items.map((item, i) => sentence(slide.ordered ? `${i + 1}. ${item}` : item))].join(' ');
    case 'qa':
      return `질문: ${sentence(slide.question)} 답변: ${sentence(slide.answer)}`;
    case 'closing':
      return [...slideTexts(slide).map(sentence), ...(contact ? [`상담 문의 ${contact.name} ${contact.phone}.`] : [])].join(' ');
    default:
      return slideTexts(slide).map(sentence).join(' ');
  }
}
