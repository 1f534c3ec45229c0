// Headers every page rendered on demand carries, and the Content-Security-Policy the static pages get at build
// time (src/build/content-security-policy.ts), computed from the same HTML rules: scripts only from the site and
// the page's exact inline scripts. Pages with personal data (staff pages, private links, forms) are never cached
// or indexed and never send their address to another site (a private link's token is its path).
import { policyFor } from '../../build/content-security-policy';

export interface ResponsePolicy {
  /** The page shows or takes personal data: no caching, no indexing, no Referer. */
  personal: boolean;
}

export function applyResponsePolicy(headers: Headers, pathname: string, html: string | null, policy: ResponsePolicy): void {
  if (html !== null) headers.set('Content-Security-Policy', `${policyFor(pathname, html, { formOrigins: [] })}; frame-ancestors 'none'`);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts, which the origin check
  // must refuse. Other sites still never see a private link's address.
  headers.set('Referrer-Policy', policy.personal ? 'same-origin' : 'strict-origin-when-cross-origin');
  if (policy.personal) {
    headers.set('Cache-Control', 'no-store');
    headers.set('X-Robots-Tag', 'noindex, nofollow');
  }
}
