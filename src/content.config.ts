/**
 * The content contract. Schemas live in src/schemas/ (one per concern); loaders in src/loaders/.
 * A bad file stops the build with a message naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { glossaryTermSchema } from './schemas/glossary';
import { categorySchema } from './schemas/site';
import { dataFiles, markdownCollections } from './lib/content-model';
import { dataFileLoader, markdownLoader } from './loaders/content-loader';

const root = process.cwd();
const markdown = markdownCollections(root);

// Generic over the schema itself, so each collection keeps its own entry type.
const fromMarkdown = <S extends z.ZodType>({ dir, schema }: { dir: string; schema: S }) =>
  defineCollection({ loader: markdownLoader(root, dir, schema), schema });

export const collections = {
  cardNews: fromMarkdown(markdown.cardNews),
  newsletters: fromMarkdown(markdown.newsletters),
  guide: fromMarkdown(markdown.guide),
  programs: fromMarkdown(markdown.programs),
  pages: fromMarkdown(markdown.pages),
  site: defineCollection({ loader: dataFileLoader(root, dataFiles.site.file, dataFiles.site.schema, 'site'), schema: dataFiles.site.schema }),
  programCategories: defineCollection({
    loader: dataFileLoader(root, dataFiles.programCategories.file, dataFiles.programCategories.schema, 'program-categories'),
    schema: categorySchema,
  }),
  cardNewsCategories: defineCollection({
    loader: dataFileLoader(root, dataFiles.cardNewsCategories.file, dataFiles.cardNewsCategories.schema, 'card-news-categories'),
    schema: categorySchema,
  }),
  performance: defineCollection({
    loader: dataFileLoader(root, dataFiles.performance2021.file, dataFiles.performance2021.schema, '2021'),
    schema: dataFiles.performance2021.schema,
  }),
  glossary: defineCollection({
    loader: dataFileLoader(root, dataFiles.glossary.file, dataFiles.glossary.schema, 'glossary'),
    schema: glossaryTermSchema,
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
