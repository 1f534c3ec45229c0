/** /newsletters/<slug>/email.html: the email edition staff paste or upload into the mailing service. */
import type { APIRoute, GetStaticPaths } from 'astro';
import mjml2html from 'mjml';
import { emailInputFor, newsletterIssuePaths, type NewsletterIssue } from '../../../data/newsletter-issues';
import { getSite } from '../../../data/site';
import { renderNewsletterEmail } from '../../../lib/newsletter/email';

export const getStaticPaths = newsletterIssuePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const html = await renderNewsletterEmail(emailInputFor(await getSite(), (props as { issue: NewsletterIssue }).issue), mjml2html);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
