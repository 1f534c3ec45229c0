/** Signing out: Better Auth ends the session in the database and clears the cookie. */
import type { APIRoute } from 'astro';
import { STAFF_LOGIN } from '../../../lib/urls';
import { redirectWithCookies, signOut } from '../../../server/auth/auth-forms';
import { clientAddressOf } from '../../../server/http/client-address';
import { getService } from '../../../server/service';

export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress }) => {
  const outcome = await signOut(await getService(), request, clientAddressOf(request, clientAddress));
  return redirectWithCookies(STAFF_LOGIN, outcome.cookies);
};
