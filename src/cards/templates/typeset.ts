/**
 * Korean line breaking that Satori honours. With `word-break: keep-all` Satori may break a line at every boundary
 * Intl.Segmenter finds between "words", and punctuation, hyphens and brackets are words of their own: that is how
 * "02-308-" ended one line and "." began the next. Satori never breaks inside an inline span with
 * `white-space: nowrap`, nor right after one, so every run of text that must stay whole goes into such a span and
 * only the spaces between runs stay breakable. The result is the rules of Korean typesetting:
 * - no line starts with closing punctuation and none ends with an opening bracket or quote (they stick to their word);
 * - numbers keep their parts and units (02-308-1220, 250만원, 제19조, and "제 19 조" or "3 개월" typed with spaces);
 * - Latin words are never split.
 * `**굵게**` marks emphasis, drawn in the given colour. Pure code: the build and the CMS preview share it.
 */
import type { CardElement, CardNode, CardStyle } from './elements';

/** Characters that may not start a line; a space before one of them is not a break. */
const CLOSING = new Set([...'.,!?)]}」』’”…%:;、。〉》']);
/** Characters that may not end a line; a space after one of them is not a break. */
const OPENING = new Set([...'([{「『‘“〈《']);
/** Units and parts a number is written with, when staff put a space between them (3 개월, 19 조). */
const UNIT_AFTER_NUMBER = /^(?:[만천억]?원|일|개월|주|시간|분|초|명|세|살|회|번|개|장|조|항|호|배|년|월|시|%)/;

export interface StyledRun {
  text: string;
  strong: boolean;
}

/** `이 중 **45일**은` → runs, with the emphasis markers removed. An unpaired `**` is kept as written. */
export function emphasisRuns(text: string): StyledRun[] {
  const parts = text.split('**');
  if (parts.length % 2 === 0) return [{ text, strong: false }];
  return parts.map((part, index) => ({ text: part, strong: index % 2 === 1 })).filter((run) => run.text);
}

/** The text without emphasis markers: what a reader (and the alt text) gets. */
export function plainText(text: string): string {
  return emphasisRuns(text).map((run) => run.text).join('');
}

/** Whether the space at `index` of `text` may end a line. */
function isBreakableSpace(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  const after = text.slice(index + 1).trimStart();
  if (!before || !after) return true;
  if (CLOSING.has(after[0]) || OPENING.has(before.at(-1)!)) return false;
  if (/\d$/.test(before) && (UNIT_AFTER_NUMBER.test(after) || /^\d/.test(after))) return false;
  if (/(?:^|\s)제$/.test(before) && /^\d/.test(after)) return false;
  return true;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Whether Satori (which splits keep-all text with Intl.Segmenter) could break inside `chunk`. */
function hasInnerBreak(chunk: string): boolean {
  let count = 0;
  for (const _ of wordSegmenter.segment(chunk)) if (++count > 1) return true;
  return false;
}

interface Chunk {
  runs: StyledRun[];
  /** Text between this chunk and the next: one space that may break, or nothing at the end. */
  protect: boolean;
}

/** Splits one line of text into the runs that must stay whole, at the spaces where a line may break. */
function chunksOf(line: string): Chunk[] {
  const runs = emphasisRuns(line.replace(/\s+/g, ' ').trim());
  const plain = runs.map((run) => run.text).join('');
  const strongAt = runs.flatMap((run) => [...run.text].map(() => run.strong));
  const chunks: Chunk[] = [];
  let start = 0;
  const chars = [...plain];
  const close = (end: number) => {
    if (end <= start) return;
    const chunkRuns: StyledRun[] = [];
    for (let i = start; i < end; i++) {
      const last = chunkRuns.at(-1);
      if (last && last.strong === strongAt[i]) last.text += chars[i];
      else chunkRuns.push({ text: chars[i], strong: strongAt[i] });
    }
    chunks.push({ runs: chunkRuns, protect: hasInnerBreak(chars.slice(start, end).join('')) });
  };
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === ' ' && isBreakableSpace(chars.join(''), i)) {
      close(i);
      start = i + 1;
    }
  }
  close(chars.length);
  return chunks;
}

const span = (style: CardStyle, children: CardNode | CardNode[]): CardElement => ({ type: 'span', props: { style, children } });

/**
 * The children of one typeset line: plain strings where Satori's own breaks are right, nowrap spans where a run must
 * stay whole, accent-coloured spans for emphasis. Neighbouring plain text is merged so the tree stays small.
 */
export function typesetLine(line: string, emphasis: CardStyle): CardNode[] {
  const nodes: CardNode[] = [];
  const pushText = (text: string) => {
    if (typeof nodes.at(-1) === 'string') nodes[nodes.length - 1] += text;
    else nodes.push(text);
  };
  chunksOf(line).forEach((chunk, index) => {
    if (index > 0) pushText(' ');
    const inner = chunk.runs.map((run) => (run.strong ? span(emphasis, run.text) : run.text));
    if (chunk.protect) nodes.push(span({ display: 'inline-block', whiteSpace: 'nowrap' }, inner));
    else inner.forEach((node) => (typeof node === 'string' ? pushText(node) : nodes.push(node)));
  });
  return nodes;
}
