/**
 * The content contract. Schemas live in src/schemas/ (one per concern); loaders in src/loaders/.
 * A bad file stops the build with a message naming the file and the field. Lists whose order staff
 * decide (categories, glossary) are not collections: the content store does not keep a list's order,
 * so src/data/ reads them straight from their files, through the same loader and checks.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { dataFiles, markdownCollections } from './loaders/content-model';
import { dataFileLoader, markdownLoader, type MarkdownModel } from './loaders/content-loader';

const root = process.cwd();
const markdown = markdownCollections(root);

// Generic over the entry's schema, so each collection keeps its own entry type. The loader checks the front matter
// with the model's own schema; card news entries then also carry the cards parsed from the body (`entrySchema`).
const fromMarkdown = <S extends z.ZodType>(model: MarkdownModel, schema: S) => defineCollection({ loader: markdownLoader(root, model), schema });

export const collections = {
  cardNews: fromMarkdown(markdown.cardNews, markdown.cardNews.entrySchema),
  newsletters: fromMarkdown(markdown.newsletters, markdown.newsletters.schema),
  guide: fromMarkdown(markdown.guide, markdown.guide.schema),
  programs: fromMarkdown(markdown.programs, markdown.programs.schema),
  pages: fromMarkdown(markdown.pages, markdown.pages.schema),
  site: defineCollection({ loader: dataFileLoader(root, dataFiles.site.file, dataFiles.site.schema, 'site'), schema: dataFiles.site.schema }),
  performance: defineCollection({
    loader: dataFileLoader(root, dataFiles.performance2021.file, dataFiles.performance2021.schema, '2021'),
    schema: dataFiles.performance2021.schema,
  }),
  benefitRules: defineCollection({
    loader: dataFileLoader(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema, 'benefit-rules'),
    schema: dataFiles.benefitRules.schema,
  }),
  leaveLetters: defineCollection({
    loader: dataFileLoader(root, dataFiles.leaveLetters.file, dataFiles.leaveLetters.schema, 'leave-letters'),
    schema: dataFiles.leaveLetters.schema,
  }),
};
