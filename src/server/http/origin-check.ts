// Cross-site form posts are refused (CSRF), by the rule Astro's security.checkOrigin applies: a POST (or any unsafe
// method) whose Origin is not this site is refused when it is form-like or has no content type. Astro's own check is
// off (astro.config.mjs) because one route must take a POST without an Origin: RFC 8058 one-click unsubscribe, which
// the mail provider's server sends on the reader's behalf. That route is authenticated by the token in its path and
// only ever unsubscribes, so it alone is let through, and only without a query string, so no action can ride on it.
import { isNewsletterUnsubscribePath } from '../../lib/urls';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function isCrossSite(request: Request, url: URL): boolean {
  if (SAFE_METHODS.includes(request.method)) return false;
  if (request.headers.get('origin') === url.origin) return false;
  const contentType = request.headers.get('content-type');
  return contentType === null || FORM_CONTENT_TYPES.some((type) => contentType.toLowerCase().includes(type));
}

/** RFC 8058: `POST <List-Unsubscribe URL>` with the body `List-Unsubscribe=One-Click`. */
const isOneClickUnsubscribe = (request: Request, url: URL) => request.method === 'POST' && url.search === '' && isNewsletterUnsubscribePath(url.pathname);

/** True when an on-demand route must answer 403 without running. */
export const refusesCrossSite = (request: Request, url: URL) => isCrossSite(request, url) && !isOneClickUnsubscribe(request, url);
