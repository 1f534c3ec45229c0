/**
 * Adds a page's findable forms (see korean-search.ts) to its HTML just before Pagefind reads it.
 * They go into a hidden metadata field, not into the text: Pagefind searches metadata words too,
 * but builds result excerpts from the text only, so extra words never show up in what readers see.
 * The HTML on disk is not changed.
 */
import { findableForms, type SearchVocabulary } from './korean-search';
import { escapeHtml } from '../html/escape';

/** The metadata field holding the extra words. Results carry it; the UI never shows it. */
export const FINDABLE_FIELD = 'forms';
/** The extra words of the title alone, so they can weigh as much as the title itself ("돌봄" in "가족돌봄휴가"). */
export const FINDABLE_TITLE_FIELD = 'titleforms';

const BODY_OPEN_RE = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/i;

/**
 * Where the `data-pagefind-body` element's content starts and ends, or null when the page has none;
 * `openTag` is the element's opening tag as written, `tag` its name.
 */
export function findSearchBody(html: string): { start: number; end: number; openTag: string; tag: string } | null {
  const open = BODY_OPEN_RE.exec(html);
  if (!open) return null;
  const tag = open[1].toLowerCase();
  const start = open.index + open[0].length;
  const tagRe = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tagRe.lastIndex = start;
  let depth = 1;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { start, end: m.index, openTag: open[0], tag };
  }
  return { start, end: html.length, openTag: open[0], tag };
}

/**
 * What Pagefind reads of a page: its <head> (language, title) and the `data-pagefind-body` element.
 * Pagefind ignores the rest (header, menus, footer) anyway, so leaving it out gives the same index from
 * a third less HTML. Null when the page has no such element.
 */
export function searchDocument(html: string): string | null {
  const body = findSearchBody(html);
  if (!body) return null;
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd === -1 ? '' : html.slice(0, headEnd + '</head>'.length);
  return `${head}<body>${body.openTag}${html.slice(body.start, body.end)}</${body.tag}></body></html>`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·' };

/** The readable text of an HTML fragment: no tags, scripts, styles or ignored parts. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}


const metaTag = (field: string, words: string[]) =>
  words.length ? `<meta data-pagefind-meta="${field}[content]" content="${escapeHtml(words.join(' '))}">` : '';

export interface FindableForms {
  /** Extra words for the whole text of the page's `data-pagefind-body` element. */
  forms: string[];
  /** Extra words for its title (its first <h1>) alone. */
  titleForms: string[];
}

/** The findable forms of a page: those of its `data-pagefind-body` text and those of its title. */
export function findableFormsOf(html: string, vocabulary: SearchVocabulary): FindableForms {
  const body = findSearchBody(html);
  if (!body) return { forms: [], titleForms: [] };
  const bodyHtml = html.slice(body.start, body.end);
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(bodyHtml);
  return {
    forms: findableForms(htmlToText(bodyHtml), vocabulary),
    titleForms: title ? findableForms(htmlToText(title[1]), vocabulary) : [],
  };
}

/** The page's HTML with the forms as hidden Pagefind metadata fields; unchanged if there are none. */
export function withForms(html: string, { forms, titleForms }: FindableForms): string {
  const body = findSearchBody(html);
  const meta = metaTag(FINDABLE_FIELD, forms) + metaTag(FINDABLE_TITLE_FIELD, titleForms);
  return body && meta ? html.slice(0, body.start) + meta + html.slice(body.start) : html;
}

/** Both at once: the page's forms, and its HTML with them as hidden metadata fields. */
export function withFindableForms(html: string, vocabulary: SearchVocabulary): { html: string } & FindableForms {
  const found = findableFormsOf(html, vocabulary);
  return { html: withForms(html, found), ...found };
}
