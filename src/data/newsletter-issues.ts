/**
 * Published newsletter issues with their section references resolved. The issue page, email.html and
 * email.txt all read issues through here, so a missing card-news or programme slug stops the build once,
 * with the newsletter file, the section and the slug in the message.
 */
import mjml2html from 'mjml';
import { newsletterSubject, renderNewsletterEmail, type NewsletterEmailInput } from '../lib/newsletter/email';
import { renderNewsletterText } from '../lib/newsletter/text';
import { resolveNewsletterSections, type ReferenceCatalog, type ResolvedSection } from '../lib/newsletter/references';
import type { Newsletter } from '../schemas/newsletter';
import type { SiteSettings } from '../schemas/site';
import { getCardNewsList, getNewsletterList, getProgramList } from './content';
import { keyedPaths } from './page-cache';

export interface NewsletterIssue {
  slug: string;
  data: Newsletter;
  /** The opening letter, Markdown. */
  letter: string;
  sections: ResolvedSection[];
}

async function referenceCatalog(): Promise<ReferenceCatalog> {
  const [cardNews, programs] = await Promise.all([getCardNewsList(), getProgramList()]);
  return {
    cardNews: cardNews.map((entry) => ({ slug: entry.id, ...entry.data })),
    programs: programs.map((entry) => ({ slug: entry.id, ...entry.data })),
  };
}

/** Newest first; drafts left out. */
export async function getNewsletterIssues(): Promise<NewsletterIssue[]> {
  const [list, catalog] = await Promise.all([getNewsletterList(), referenceCatalog()]);
  return list.map((entry) => ({
    slug: entry.id,
    data: entry.data,
    letter: entry.body ?? '',
    sections: resolveNewsletterSections(entry.filePath ?? `content/newsletters/${entry.id}.md`, entry.data, catalog),
  }));
}

/** One path per issue, for the email editions (email.html, email.txt). */
export async function newsletterIssuePaths() {
  return keyedPaths((await getNewsletterIssues()).map((issue) => ({ params: { slug: issue.slug }, props: { issue } })));
}

function emailInputFor(site: SiteSettings, issue: NewsletterIssue): NewsletterEmailInput {
  return { site, slug: issue.slug, newsletter: issue.data, letter: issue.letter, sections: issue.sections };
}

/**
 * What the service mails for an issue (the staff newsletter page): the same HTML and text as the built email.html and
 * email.txt, made by the same functions from the same content, and the subject line.
 */
export async function emailEditionFor(site: SiteSettings, issue: NewsletterIssue) {
  const input = emailInputFor(site, issue);
  return {
    subject: newsletterSubject(site, issue.data),
    html: await renderNewsletterEmail(input, mjml2html),
    text: renderNewsletterText(input),
    unsubscribePlaceholder: site.newsletter.unsubscribePlaceholder,
  };
}
