/**
 * Links to other sites open without handing them our window (`rel="noopener"`). Markdown links get
 * it from src/lib/html/safe-markdown.ts; scripts/build.ts applies withNoopener to every built page, so
 * links written in templates are covered too.
 */
import { decodeEntities } from './escape';

/** True for http(s) links to another host; `siteHost` is this site's host. */
export function isExternalLink(url: string, siteHost: string): boolean {
  const trimmed = url.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  try {
    return new URL(trimmed, `https://${siteHost}/`).host !== siteHost;
  } catch {
    return false;
  }
}

// One <a …> start tag; attribute values may hold '>' inside quotes.
const ANCHOR_TAG_RE = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);

/** Adds `noopener` to the rel of every <a> that points to another site. */
export function withNoopener(html: string, siteHost: string): string {
  return html.replace(ANCHOR_TAG_RE, (tag, attributes: string) => {
    const href = attribute(attributes, 'href');
    const url = href ? (href[1] ?? href[2] ?? href[3]) : undefined;
    if (!url || !isExternalLink(decodeEntities(url), siteHost)) return tag;
    const rel = attribute(attributes, 'rel');
    if (!rel) return `<a${attributes} rel="noopener">`;
    const tokens = (rel[1] ?? rel[2] ?? rel[3]).split(/\s+/).filter(Boolean);
    if (tokens.includes('noopener')) return tag;
    return `<a${attributes.replace(rel[0], ` rel="${[...tokens, 'noopener'].join(' ')}"`)}>`;
  });
}
