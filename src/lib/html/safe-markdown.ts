/**
 * Our policy on HTML inside Markdown: we SANITISE by dropping it. Content comes from staff through
 * the CMS, and a page must never run code that arrived in a content file. So, in Astro's Markdown
 * pipeline (astro.config.mjs → markdown.processor):
 * - raw HTML (`<script>`, `<img onerror=…>`, `<iframe>`, comments …) is removed, never rendered;
 * - a link or image whose address is not http(s), mailto, tel or a path on this site
 *   (e.g. `javascript:`, `data:`, `vbscript:`) loses its address;
 * - a link to another site gets rel="noopener noreferrer".
 * Everything Markdown itself can express (headings, lists, tables, links, images) is kept.
 */
import type { Element } from 'hast';
import type { HastVisitorContext, HastVisitorInstance } from 'satteri';
import { isExternalLink } from './external-links';

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** True for addresses a reader can safely follow: http(s), mailto, tel, or a relative path or #anchor. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`), so we do too.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return scheme ? SAFE_SCHEMES.has(scheme[1].toLowerCase() + ':') : true;
}

function urlProperty(node: Readonly<Element>, name: 'href' | 'src'): string | undefined {
  const value = node.properties?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The Sätteri HAST plugin that applies the policy above. */
export function safeMarkdown(options: { siteHost: string }): HastVisitorInstance & { name: string } {
  return {
    name: 'centre-safe-markdown',
    raw(node, ctx: HastVisitorContext) {
      ctx.removeNode(node);
    },
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const name = node.tagName === 'a' ? 'href' : 'src';
        const url = urlProperty(node, name);
        if (url === undefined) return;
        if (!isSafeUrl(url)) {
          ctx.setProperty(node, name, null);
          return;
        }
        if (node.tagName === 'a' && isExternalLink(url, options.siteHost)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  };
}
