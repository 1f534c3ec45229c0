/**
 * The content model in one place: which folder or file holds which kind of content, and its schema.
 * Category lists are staff-owned data, so schemas that check a category are built from them.
 */
import { z } from 'zod';
import { cardNewsSchema } from '../schemas/card-news';
import { benefitRulesSchema } from '../schemas/benefit-rules';
import { guideSchema } from '../schemas/guide';
import { leaveLettersSchema } from '../schemas/leave-letters';
import { newsletterSchema } from '../schemas/newsletter';
import { pageSchema } from '../schemas/page';
import { glossarySchema } from '../schemas/glossary';
import { performanceSchema } from '../schemas/performance';
import { programSchema } from '../schemas/program';
import { categoryListSchema, siteSchema } from '../schemas/site';
import { loadDataFile, type UniqueField } from './content-files';

export const dataFiles = {
  site: { file: 'content/data/site.yaml', schema: siteSchema },
  programCategories: { file: 'content/data/program-categories.yaml', schema: categoryListSchema },
  cardNewsCategories: { file: 'content/data/card-news-categories.yaml', schema: categoryListSchema },
  performance2021: { file: 'content/data/performance-2021.yaml', schema: performanceSchema },
  glossary: { file: 'content/data/glossary.yaml', schema: glossarySchema },
  benefitRules: { file: 'content/data/benefit-rules.yaml', schema: benefitRulesSchema },
  leaveLetters: { file: 'content/data/leave-letters.yaml', schema: leaveLettersSchema },
} as const;

export function readCategoryNames(root: string) {
  return {
    program: loadDataFile(root, dataFiles.programCategories.file, categoryListSchema).map((c) => c.name),
    cardNews: loadDataFile(root, dataFiles.cardNewsCategories.file, categoryListSchema).map((c) => c.name),
  };
}

/** The Markdown collections, keyed by the collection name used in Astro and the CMS. */
export function markdownCollections(root: string) {
  const categories = readCategoryNames(root);
  return {
    // The issue page shows the body under its "글로 읽기" h2, so the body's own `##` headings become h3 (KWCAG 6.4.2).
    cardNews: { dir: 'content/card-news', schema: cardNewsSchema(categories.cardNews), headingShift: 1 },
    newsletters: { dir: 'content/newsletters', schema: newsletterSchema, unique: [{ field: 'number', what: '호수' }] },
    guide: { dir: 'content/guide', schema: guideSchema, unique: [{ field: 'order', what: '순서' }] },
    programs: { dir: 'content/programs', schema: programSchema(categories.program) },
    pages: { dir: 'content/pages', schema: pageSchema },
  } satisfies Record<string, { dir: string; schema: z.ZodType; unique?: readonly UniqueField[]; headingShift?: number }>;
}
