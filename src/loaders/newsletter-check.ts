/**
 * Newsletter issues read straight from content/ (no Astro), with their section references resolved:
 * for `npm run check:content` and the unit tests. The site reads the same through src/data/newsletter-issues.ts.
 */
import { ContentError } from './content-errors';
import { loadMarkdownCollection } from './content-files';
import { markdownCollections } from './content-model';
import { resolveNewsletterSections, type ResolvedSection } from '../lib/newsletter/references';
import type { Newsletter } from '../schemas/newsletter';

export interface CheckedNewsletter {
  slug: string;
  file: string;
  data: Newsletter;
  /** The opening letter, Markdown. */
  body: string;
  sections: ResolvedSection[];
}

/** Published issues whose references all resolve, and one error per issue that has a missing slug. Throws ContentErrors if a file itself is invalid. */
export function loadNewsletterIssues(root: string): { issues: CheckedNewsletter[]; errors: ContentError[] } {
  const collections = markdownCollections(root);
  const newsletters = loadMarkdownCollection({ root, ...collections.newsletters }).filter((n) => !n.data.draft);
  const catalog = {
    cardNews: loadMarkdownCollection({ root, ...collections.cardNews })
      .filter((c) => !c.data.draft)
      .map((c) => ({ slug: c.slug, ...c.data })),
    programs: loadMarkdownCollection({ root, ...collections.programs }).map((p) => ({ slug: p.slug, ...p.data })),
  };
  const issues: CheckedNewsletter[] = [];
  const errors: ContentError[] = [];
  for (const issue of newsletters) {
    try {
      issues.push({ ...issue, sections: resolveNewsletterSections(issue.file, issue.data, catalog) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return { issues, errors };
}
