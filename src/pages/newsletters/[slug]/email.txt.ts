/** /newsletters/<slug>/email.txt: the plain-text version of the email edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailInputFor, getNewsletterIssues, type NewsletterIssue } from '../../../data/newsletter-issues';
import { getSite } from '../../../data/site';
import { renderNewsletterText } from '../../../lib/newsletter-text';

export const getStaticPaths = (async () =>
  (await getNewsletterIssues()).map((issue) => ({ params: { slug: issue.slug }, props: { issue } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const text = renderNewsletterText(emailInputFor(await getSite(), (props as { issue: NewsletterIssue }).issue));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
