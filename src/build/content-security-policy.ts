/**
 * The Content-Security-Policy of every built page, added as a <meta> tag by scripts/build.ts after
 * `astro build`. It lives here, not in Astro's `security.csp`, because /admin (Decap CMS) needs a
 * looser policy than the public pages, chosen by path without touching the CMS's own files.
 */
import { createHash } from 'node:crypto';
import { ADMIN } from '../lib/urls';
import { escapeHtml } from '../lib/html/escape';

// Inline <script> blocks the browser runs: not JSON-LD or other data blocks, not external files.
const INLINE_SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_BLOCK_TYPE_RE = /\btype\s*=\s*["']?(?!module|text\/javascript|application\/javascript)[^"'\s>]+/i;

/** sha256 sources for each inline script in `html`, so exactly those scripts may run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, code] of html.matchAll(INLINE_SCRIPT_RE)) {
    if (/\bsrc\s*=/i.test(attributes) || DATA_BLOCK_TYPE_RE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for one page, by its URL path (e.g. `/guide/maternity-leave/`) and its HTML. */
export function policyFor(pathname: string, html: string): string {
  if (pathname.startsWith(ADMIN)) {
    // Decap CMS builds its editor at run time: inline styles, eval in some widgets, blob: previews,
    // and calls to the Git host's API or the local decap-server.
    return serialise({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'blob:', 'data:', 'https:', 'http://127.0.0.1:8081', 'http://localhost:8081'],
      'frame-src': ["'self'", 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
    });
  }
  return serialise({
    'default-src': ["'self'"],
    // Pagefind's search runs WebAssembly; islands' loader scripts are inline and allowed by hash.
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes(html)],
    // Styles cannot run code; Astro inlines small stylesheets and components use style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // Every form, the subscribe box included, posts to the site itself.
    'form-action': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
  });
}


/**
 * Puts the policy first in <head> (after <meta charset>), so it covers every script and style
 * that follows. A page that already has a policy keeps it.
 */
export function withCspMeta(html: string, policy: string): string {
  if (/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`;
  const charset = /<meta\s+charset[^>]*>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return html;
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
