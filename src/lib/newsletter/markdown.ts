/**
 * Markdown written in the CMS (the opening letter and section bodies of a newsletter) turned into
 * mail-client-safe HTML for the email edition and plain text for email.txt; the web page uses
 * markdownToHtml from ../html/browser-markdown. Browser-safe (no Node APIs), so the CMS preview can use it
 * too, and under the same policy: raw HTML is dropped and unsafe addresses (javascript: …) lose their link.
 */
import { Marked, type RendererObject, type Tokens } from 'marked';
import { safeRenderer } from '../html/browser-markdown';
import { decodeEntities, escapeHtml } from '../html/escape';
import { absoluteUrl } from '../urls';

/** Inline styles of the email body text; mail clients drop <style>, so every element carries its own. */
export const emailText = {
  color: '#1b1f24',
  link: '#1d4f91',
  muted: '#4a5361',
  border: '#c9d3e0',
  fontSize: '16px',
  lineHeight: '1.7',
} as const;

/** Markdown → HTML with inline styles and absolute URLs, for the inside of an MJML <mj-text>. */
export function markdownToEmailHtml(markdown: string, siteUrl: string): string {
  const renderer: RendererObject = {
    paragraph({ tokens }) {
      return `<p style="margin:0 0 16px;">${this.parser.parseInline(tokens)}</p>\n`;
    },
    heading({ tokens, depth }) {
      const size = depth <= 2 ? '20px' : '18px';
      return `<h${depth} style="margin:24px 0 12px;font-size:${size};line-height:1.4;font-weight:700;">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    list(token) {
      const tag = token.ordered ? 'ol' : 'ul';
      const items = token.items.map((item) => `<li style="margin:0 0 6px;">${this.parser.parse(item.tokens)}</li>`).join('');
      return `<${tag} style="margin:0 0 16px;padding:0 0 0 24px;">${items}</${tag}>\n`;
    },
    blockquote({ tokens }) {
      return `<blockquote style="margin:0 0 16px;padding:4px 0 4px 16px;border-left:4px solid ${emailText.border};color:${emailText.muted};">${this.parser.parse(tokens)}</blockquote>\n`;
    },
    hr() {
      return `<hr style="border:0;border-top:1px solid ${emailText.border};margin:24px 0;">\n`;
    },
    link({ href, tokens }) {
      const url = absoluteUrl(href, siteUrl);
      // Same rule as the site's pages: links to other sites get rel="noopener" (webmail opens them in a tab).
      const rel = /^https?:/i.test(url) && new URL(url).host !== new URL(siteUrl).host ? ' rel="noopener noreferrer"' : '';
      return `<a href="${escapeHtml(url)}"${rel} style="color:${emailText.link};text-decoration:underline;">${this.parser.parseInline(tokens)}</a>`;
    },
    image({ href, text }) {
      return `<img src="${escapeHtml(absoluteUrl(href, siteUrl))}" alt="${escapeHtml(text)}" width="552" style="display:block;max-width:100%;height:auto;border:0;">`;
    },
  };
  return new Marked({ gfm: true }).use({ renderer }, { renderer: safeRenderer }).parse(markdown, { async: false });
}

/** Markdown → plain text: links become "text (https://…)", lists "- item" or "1. item". */
export function markdownToPlainText(markdown: string, siteUrl: string): string {
  const renderer: RendererObject = {
    space: () => '',
    code: ({ text }) => `${text}\n\n`,
    heading({ tokens }) {
      return `${this.parser.parseInline(tokens)}\n\n`;
    },
    paragraph({ tokens }) {
      return `${this.parser.parseInline(tokens)}\n\n`;
    },
    blockquote({ tokens }) {
      return `${this.parser.parse(tokens).trim().split('\n').map((line) => `> ${line}`.trimEnd()).join('\n')}\n\n`;
    },
    hr: () => '----\n\n',
    list(token) {
      const lines = token.items.map((item: Tokens.ListItem, i: number) => {
        const marker = token.ordered ? `${Number(token.start || 1) + i}. ` : '- ';
        const text = this.parser.parse(item.tokens).trim().replace(/\n+/g, '\n   ');
        return `${marker}${text}`;
      });
      return `${lines.join('\n')}\n\n`;
    },
    table(token) {
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => this.parser.parseInline(cell.tokens)).join(' | ');
      return `${[row(token.header), ...token.rows.map(row)].join('\n')}\n\n`;
    },
    strong({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    em({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    del({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    codespan: ({ text }) => text,
    br: () => '\n',
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      const url = absoluteUrl(href, siteUrl).replace(/^mailto:/, '');
      return text === url || text === href ? url : `${text} (${url})`;
    },
    image: ({ text }) => (text ? `[그림: ${text}]` : ''),
    text(token) {
      return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
    },
  };
  const text = new Marked({ gfm: true }).use({ renderer }, { renderer: safeRenderer }).parse(markdown, { async: false });
  return decodeEntities(text).replace(/\n{3,}/g, '\n\n').trim();
}
