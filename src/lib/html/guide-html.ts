/**
 * Small transforms of a guide chapter's rendered HTML. Staff mark an unconfirmed item in Markdown as a
 * blockquote that begins "확인 필요:"; here it becomes a labelled note box, so it can never read as settled fact.
 */

const UNCONFIRMED_RE = /<blockquote>\s*<p>\s*확인 필요\s*[:：]\s*([\s\S]*?)<\/blockquote>/g;

export function markUnconfirmed(html: string): string {
  return html.replace(
    UNCONFIRMED_RE,
    (_match, rest: string) => `<aside class="unconfirmed" role="note" aria-label="확인 필요"><p><strong class="unconfirmed__label">확인 필요</strong> ${rest.trim()}</aside>`,
  );
}

/** Counts the 확인 필요 notes in a chapter's Markdown, for the chapter list. */
export function countUnconfirmed(markdown: string): number {
  return [...markdown.matchAll(/^>\s*확인 필요\s*[:：]/gm)].length;
}

/** Heading ids made unique on a page that holds several chapters: `id="신청-방법"` → `id="pregnancy-신청-방법"`. */
export function prefixHeadingIds(html: string, prefix: string): string {
  return html.replace(/(<h[1-6][^>]*\bid=")([^"]+)"/g, (_m, start: string, id: string) => `${start}${prefix}-${id}"`);
}

/** Moves every heading one level down (h2 → h3 …), for chapters nested under a chapter title. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
