/**
 * Runs for the pages the Node server renders on demand (the service); prerendered pages pass straight through.
 * Staff pages need a signed-in staff member (else the login page), and every service response gets the site's
 * security headers and a CSP computed from its own HTML (src/server/http/response-policy.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { STAFF_LOGIN, STAFF_SET_PASSWORD, isStaffPath } from './lib/urls';
import { applyResponsePolicy } from './server/http/response-policy';
import { getService } from './server/service';

/** Staff pages a signed-out person may open. */
const openStaffPaths = [STAFF_LOGIN, STAFF_SET_PASSWORD];

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const { pathname } = context.url;
  if (isStaffPath(pathname) && !openStaffPaths.some((open) => pathname.startsWith(open))) {
    const session = await (await getService()).getStaffSession(context.request);
    if (!session) {
      if (context.request.method !== 'GET') return new Response('로그인이 필요합니다.', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      return context.redirect(`${STAFF_LOGIN}?next=${encodeURIComponent(pathname + context.url.search)}`, 303);
    }
    context.locals.staffSession = session;
  }
  const response = await next();
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  const html = isHtml ? await response.clone().text() : null;
  const headers = new Headers(response.headers);
  // Every on-demand page takes or shows something personal, or is an API: none is cached or indexed.
  applyResponsePolicy(headers, pathname, html, { personal: true });
  return new Response(html ?? response.body, { status: response.status, statusText: response.statusText, headers });
});
