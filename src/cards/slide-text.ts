/**
 * A card's words as plain text: the alt text of its image (DESIGN: alt text is the slide text),
 * and the length the overflow guard uses to say roughly how many characters to cut.
 */
import type { Slide } from '../schemas/card-news';
import { plainText } from './templates/typeset';

/** The texts a slide draws, in reading order, without emphasis markers. */
function slideTexts(slide: Slide): string[] {
  return rawTexts(slide).map(plainText);
}

function rawTexts(slide: Slide): string[] {
  switch (slide.kind) {
    case 'cover':
      return [slide.title, slide.subtitle ?? ''].filter(Boolean);
    case 'text':
      return [slide.heading, slide.body];
    case 'list':
      return [slide.heading, ...slide.items];
    case 'qa':
      return [slide.question, slide.answer];
    case 'number':
      return [slide.value, slide.caption];
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
      return [sentence(plainText(slide.heading)), ...slide.items.map((item, i) => sentence(plainText(slide.ordered ? `${i + 1}. ${item}` : item)))].join(' ');
    case 'qa':
      return `질문: ${sentence(plainText(slide.question))} 답변: ${sentence(plainText(slide.answer))}`;
    case 'number':
      return `${plainText(slide.value)}: ${sentence(plainText(slide.caption))}`;
    case 'closing':
      return [...slideTexts(slide).map(sentence), ...(contact ? [`상담 문의 ${contact.name} ${contact.phone}.`] : [])].join(' ');
    default:
      return slideTexts(slide).map(sentence).join(' ');
  }
}

const fieldLabels: Record<string, string> = { title: '제목', subtitle: '부제', heading: '제목', body: '본문', question: '질문', answer: '답변', value: '숫자', caption: '숫자 설명' };

/** The slide's longest text, named as staff know it (e.g. 본문, 3번째 항목). */
export function longestField(slide: Slide): { label: string; length: number } {
  const fields: { label: string; text: string }[] = Object.entries(slide).flatMap(([key, value]) => {
    if (typeof value === 'string' && key in fieldLabels) return [{ label: fieldLabels[key], text: value }];
    if (Array.isArray(value)) return value.map((text: string, i) => ({ label: `${i + 1}번째 항목`, text }));
    return [];
  });
  const longest = fields.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return { label: longest.label, length: longest.text.length };
}

/** The same slide with `cut` characters taken off the end of its longest text: what would fit if staff cut that much. */
export function shortenLongestField(slide: Slide, cut: number): Slide {
  const { label } = longestField(slide);
  const shorten = (text: string) => text.slice(0, Math.max(0, text.length - cut)) || ' ';
  const copy = structuredClone(slide) as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy)) {
    if (typeof value === 'string' && fieldLabels[key] === label) {
      copy[key] = shorten(value);
      return copy as Slide;
    }
    if (Array.isArray(value)) {
      const index = value.findIndex((_, i) => `${i + 1}번째 항목` === label);
      if (index >= 0) {
        copy[key] = value.map((item: string, i) => (i === index ? shorten(item) : item));
        return copy as Slide;
      }
    }
  }
  return copy as Slide;
}
