/** /newsletters/<slug>/email.txt: the plain-text version of the email edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailEditionFor, newsletterIssuePaths, type NewsletterIssue } from '../../../data/newsletter-issues';
import { getSite } from '../../../data/site';

export const getStaticPaths = newsletterIssuePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { text } = await emailEditionFor(await getSite(), (props as { issue: NewsletterIssue }).issue);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
