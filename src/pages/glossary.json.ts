/**
 * The glossary for the search island, which expands queries with it in the browser.
 * Fetched only by the /search/ page.
 */
import type { APIRoute } from 'astro';
import { getGlossary } from '../data/glossary';

export const GET: APIRoute = async () => {
  const terms = (await getGlossary()).map(({ slug, term, parts, aliases }) => ({ slug, term, parts, aliases }));
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
