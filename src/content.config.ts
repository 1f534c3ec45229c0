/**
 * The content contract. Schemas live in src/schemas/ (one per concern); loaders in src/loaders/.
 * A bad file stops the build with a message naming the file and the field. Lists whose order staff
 * decide (categories, glossary) are not collections: the content store does not keep a list's order,
 * so src/data/ reads them straight from their files, through the same loader and checks.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { dataFiles, markdownCollections } from './loaders/content-model';
import { dataFileLoader, markdownLoader } from './loaders/content-loader';
import type { UniqueField } from './loaders/content-files';

const root = process.cwd();
const markdown = markdownCollections(root);

// Generic over the schema itself, so each collection keeps its own entry type.
const fromMarkdown = <S extends z.ZodType>({ dir, schema, unique, headingShift }: { dir: string; schema: S; unique?: readonly UniqueField[]; headingShift?: number }) =>
  defineCollection({ loader: markdownLoader(root, dir, schema, unique, headingShift), schema });

export const collections = {
  cardNews: fromMarkdown(markdown.cardNews),
  newsletters: fromMarkdown(markdown.newsletters),
  guide: fromMarkdown(markdown.guide),
  programs: fromMarkdown(markdown.programs),
  pages: fromMarkdown(markdown.pages),
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
