/**
 * The smallest possible stand-in for React.createElement: Satori accepts plain `{ type, props }` objects,
 * so templates need neither React nor a JSX build step, and run unchanged in Node and in the browser.
 */
import { typesetLine } from './typeset';

/** CSS properties as Satori reads them (camelCase; numbers are px). */
export type CardStyle = Record<string, string | number>;

export type CardNode = CardElement | string;

export interface CardElement {
  type: string;
  /** Satori reports layout per key through `onNodeDetected`; the overflow check relies on it. */
  key?: string;
  props: { style?: CardStyle; children?: CardNode | CardNode[]; [attribute: string]: unknown };
}

/** A flex `div` (Satori needs `display: flex` on any element with more than one child). */
export function box(style: CardStyle, children: CardNode | CardNode[] = [], key?: string): CardElement {
  return { type: 'div', ...(key ? { key } : {}), props: { style: { display: 'flex', ...style }, children } };
}

/**
 * A block of text, typeset for Korean (./typeset): it wraps only where a Korean reader expects, and `**굵게**` takes
 * the `emphasis` style. Line breaks the writer typed start a new line.
 */
export function text(style: CardStyle, content: string, emphasis: CardStyle = {}): CardElement {
  const lines = content.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  const block = (line: string, lineStyle: CardStyle): CardElement => ({
    type: 'div',
    props: { style: { display: 'block', wordBreak: 'keep-all', ...lineStyle }, children: typesetLine(line, emphasis) },
  });
  if (lines.length < 2) return block(lines[0] ?? '', style);
  return box({ ...style, flexDirection: 'column' }, lines.map((line) => block(line, {})));
}
