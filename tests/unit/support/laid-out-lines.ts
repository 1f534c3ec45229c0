/**
 * The lines Satori actually laid out, read back from the SVG it draws with `embedFont: false`: every word is then a
 * `<text x y width font-size>` at its place. Words on one baseline, close together, are one line of one text block;
 * a wide gap (a badge beside a question, the counter across the top bar) starts another.
 */
import { decodeEntities } from '../../../src/lib/html/escape';

export interface LaidOutLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
}

interface Word {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

const attribute = (tag: string, name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? NaN);

export function laidOutLines(svg: string): LaidOutLine[] {
  const words: Word[] = [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
    .map(([, tag, content]) => ({ text: decodeEntities(content), x: attribute(tag, 'x'), y: attribute(tag, 'y'), width: attribute(tag, 'width'), fontSize: attribute(tag, 'font-size') }))
    .filter((word) => word.text.trim());
  words.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: LaidOutLine[] = [];
  let line: LaidOutLine | undefined;
  for (const word of words) {
    const gap = line ? word.x - (line.x + line.width) : Infinity;
    if (line && Math.abs(word.y - line.y) < 1 && gap < word.fontSize * 0.6) {
      // A gap of about a space's width is a space between words; touching words (해요 + .) are one word.
      line.text += (gap > word.fontSize * 0.12 ? ' ' : '') + word.text;
      line.width = word.x + word.width - line.x;
    } else {
      line = { ...word };
      lines.push(line);
    }
  }
  return lines;
}

interface TreeNode {
  props?: { style?: Record<string, unknown>; children?: unknown };
}

/** The whole text of every text block in a card's element tree (a block's spans joined), as the writer typed it. */
export function textBlocks(node: unknown): string[] {
  if (typeof node === 'string' || !node || typeof node !== 'object') return [];
  const { style, children } = (node as TreeNode).props ?? {};
  const list = Array.isArray(children) ? children : children === undefined ? [] : [children];
  const joined = (child: unknown): string =>
    typeof child === 'string' ? child : Array.isArray(child) ? child.map(joined).join('') : joined((child as TreeNode)?.props?.children ?? '');
  if (style?.display === 'block' || list.some((child) => typeof child === 'string')) return [list.map(joined).join('')];
  return list.flatMap(textBlocks);
}
