/**
 * Markdown → HTML outside Astro's pipeline (the newsletter edition, the CMS previews), under the same policy
 * as the site's own Markdown (./safe-markdown.ts): raw HTML is dropped and unsafe addresses (javascript: …)
 * lose their link, so what staff preview is what the site will publish, and nothing in a content file runs
 * in the admin. Browser-safe: no Node APIs.
 */
import { Marked, type RendererObject } from 'marked';
import { isSafeUrl } from './safe-markdown';

/** Renderer parts every output shares: raw HTML is dropped, and so are links to unsafe addresses. */
export const safeRenderer: RendererObject = {
  html: () => '',
  link({ href, tokens }) {
    return isSafeUrl(href) ? false : this.parser.parseInline(tokens);
  },
  image({ href }) {
    return isSafeUrl(href) ? false : '';
  },
};

/** Markdown → HTML for a web page or preview. Links stay as staff wrote them. */
export function markdownToHtml(markdown: string): string {
  return new Marked({ gfm: true }).use({ renderer: safeRenderer }).parse(markdown ?? '', { async: false });
}
