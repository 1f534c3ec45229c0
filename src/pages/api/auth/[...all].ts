/**
 * Better Auth's endpoints (/api/auth/*), rendered on demand; the client address is the one the server saw. The site
 * adds a trailing slash to every address (trailingSlash: 'always'), Better Auth's routes have none: it is removed.
 */
import type { APIRoute } from 'astro';
import { clientAddressOf } from '../../../server/http/client-address';
import { getService } from '../../../server/service';

export const prerender = false;

export const ALL: APIRoute = async ({ request, clientAddress }) => {
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/\/+$/, '');
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers, body: request.body, duplex: 'half' };
  return (await getService()).handleAuthRequest(new Request(url, init), clientAddressOf(request, clientAddress));
};
