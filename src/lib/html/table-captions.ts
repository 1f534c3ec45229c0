/**
 * KWCAG 5.3.1 (표의 구성): a data table has a title. Markdown cannot write a <caption>, so every table staff write
 * gets one here, in Astro's Markdown pipeline (astro.config.mjs, beside ./safe-markdown.ts) and in the pipeline for
 * newsletters (./browser-markdown.ts). Its text is the heading the table sits under; a table before any heading is
 * named after its columns. The caption is visually hidden, since that heading already shows right above the table.
 */
import type { Element, ElementContent, Parents, RootContent } from 'hast';
import type { HastNode, HastVisitorContext, HastVisitorInstance } from 'satteri';
import { escapeHtml } from './escape';

/** The caption of a table under `heading` (its text, if any) with these column headers. */
export function tableCaptionText(heading: string | undefined, columns: readonly string[]): string {
  const title = heading?.trim();
  if (title) return title;
  const named = columns.map((column) => column.trim()).filter(Boolean);
  return named.length ? `${named.join(', ')} 표` : '표';
}

/** The same caption as HTML, for pipelines that write HTML text (marked). */
export const captionHtml = (text: string) => `<caption class="visually-hidden">${escapeHtml(text)}</caption>`;

const isElement = (node: RootContent | ElementContent | undefined, ...names: string[]): node is Element =>
  node?.type === 'element' && names.includes(node.tagName);

/** The nearest heading before `node`: among its earlier siblings, then its parent's, and so on up. */
function headingBefore(node: Readonly<Element>, ctx: HastVisitorContext): Readonly<Element> | undefined {
  let current: Readonly<HastNode> = node;
  let parent: Readonly<Parents> | undefined = ctx.parent(current);
  while (parent) {
    for (let i = (ctx.indexOf(current) ?? 0) - 1; i >= 0; i--) {
      const sibling = parent.children[i];
      if (isElement(sibling, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')) return sibling;
    }
    current = parent;
    parent = ctx.parent(current);
  }
  return undefined;
}

function columnHeaders(table: Readonly<Element>, ctx: HastVisitorContext): string[] {
  const head = table.children.find((child) => isElement(child, 'thead'));
  const row = head?.type === 'element' ? head.children.find((child) => isElement(child, 'tr')) : undefined;
  return row?.type === 'element' ? row.children.filter((cell) => isElement(cell, 'th')).map((cell) => ctx.textContent(cell)) : [];
}

/** The Sätteri HAST plugin. */
export function tableCaptions(): HastVisitorInstance & { name: string } {
  return {
    name: 'centre-table-captions',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        if (node.children.some((child) => isElement(child, 'caption'))) return;
        const heading = headingBefore(node, ctx);
        const text = tableCaptionText(heading && ctx.textContent(heading), columnHeaders(node, ctx));
        ctx.prependChild(node, { type: 'element', tagName: 'caption', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: text }] });
      },
    },
  };
}
