/** /newsletters/<slug>/email.html: the email edition: what the service mails, and what a mailing service is given. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailEditionFor, newsletterIssuePaths, type NewsletterIssue } from '../../../data/newsletter-issues';
import { getSite } from '../../../data/site';

export const getStaticPaths = newsletterIssuePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { html } = await emailEditionFor(await getSite(), (props as { issue: NewsletterIssue }).issue);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
