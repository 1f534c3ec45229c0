/** A fresh proof-of-work challenge for the ALTCHA widget on the service's forms. */
import type { APIRoute } from 'astro';
import { createProofOfWorkChallenge } from '../../../../server/abuse/proof-of-work';
import { getService } from '../../../../server/service';

export const prerender = false;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await createProofOfWorkChallenge((await getService()).ctx)), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
