/**
 * The smallest possible stand-in for React.createElement: Satori accepts plain `{ type, props }` objects,
 * so templates need neither React nor a JSX build step, and run unchanged in Node and in the browser.
 */

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
 * A block of text that wraps at word boundaries, as Korean readers expect. Line breaks the writer typed start a
 * new line (Satori would otherwise draw them as spaces when words are kept whole).
 */
export function text(style: CardStyle, content: string): CardElement {
  const lines = content.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  const base = { wordBreak: 'keep-all', overflowWrap: 'break-word', ...style };
  if (lines.length < 2) return box(base, content.trim());
  return box({ ...base, flexDirection: 'column' }, lines.map((line) => box({}, line)));
}
