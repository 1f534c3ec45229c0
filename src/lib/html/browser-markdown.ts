/**
 * Markdown → HTML outside Astro's pipeline (the newsletter edition, the CMS previews), under the same policy
 * as the site's own Markdown (./safe-markdown.ts): raw HTML is dropped and unsafe addresses (javascript: …)
 * lose their link, so what staff preview is what the site will publish, and nothing in a content file runs
 * in the admin. Browser-safe: no Node APIs.
 */
import { Marked, type MarkedExtension, type RendererObject } from 'marked';
import { isSafeUrl } from './safe-markdown';
import { captionHtml, tableCaptionText } from './table-captions';

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

/**
 * Each table gets the caption the site's own Markdown gives it (./table-captions.ts). Tables come out in the order
 * their tokens were walked, and raw HTML is dropped, so the n-th `<table>` is the n-th table token.
 */
function captionedTables(): MarkedExtension {
  const captions: string[] = [];
  let heading: string | undefined;
  return {
    walkTokens(token) {
      if (token.type === 'heading') heading = token.text;
      if (token.type === 'table') captions.push(tableCaptionText(heading, token.header.map((cell: { text: string }) => cell.text)));
    },
    hooks: { postprocess: (html) => html.replace(/<table>/g, () => `<table>\n${captionHtml(captions.shift() ?? '표')}`) },
  };
}

/** Markdown → HTML for a web page or preview. Links stay as staff wrote them. */
export function markdownToHtml(markdown: string): string {
  return new Marked({ gfm: true }).use({ renderer: safeRenderer }, captionedTables()).parse(markdown ?? '', { async: false });
}
