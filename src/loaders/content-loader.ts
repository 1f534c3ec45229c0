/**
 * Astro content loaders over content/. They read files with our own parser (dates stay as written,
 * not js-yaml Dates) and stop the build with one readable message per bad file.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { loadDataFile, loadMarkdownCollection, type LoadOptions } from './content-files';

function watchFolder(context: LoaderContext, folder: string, reload: () => Promise<void>) {
  context.watcher?.add(folder);
  context.watcher?.on('all', (_event, changed) => {
    if (path.resolve(changed).startsWith(path.resolve(folder))) reload().catch((error) => context.logger.error(String(error.message ?? error)));
  });
}

/** A Markdown collection as src/loaders/content-model.ts describes it. */
export type MarkdownModel = Omit<LoadOptions<z.ZodType, unknown>, 'root' | 'fromBody'> & {
  fromBody?: (data: never, body: string, file: string) => unknown;
  pageMarkdown?: (body: string) => string;
};

/** One entry per Markdown file in `dir`, with its body (or the page text made from it) rendered by Astro's Markdown pipeline. */
export function markdownLoader(root: string, model: MarkdownModel): Loader {
  const { dir, pageMarkdown = (body: string) => body } = model;
  return {
    name: 'centre-markdown-loader',
    load: async (context) => {
      const sync = async () => {
        const files = loadMarkdownCollection({ root, ...model } as LoadOptions<z.ZodType, unknown>);
        context.store.clear();
        for (const entry of files) {
          const fileURL = pathToFileURL(path.join(root, entry.file));
          const data = await context.parseData({ id: entry.slug, data: entry.data as Record<string, unknown>, filePath: entry.file });
          context.store.set({
            id: entry.slug,
            data,
            body: entry.body,
            filePath: entry.file,
            digest: context.generateDigest({ data: entry.data as Record<string, unknown>, body: entry.body }),
            rendered: await context.renderMarkdown(pageMarkdown(entry.body), { fileURL }),
          });
        }
      };
      await sync();
      watchFolder(context, path.join(root, dir), sync);
    },
  };
}

/** A YAML file under content/data/: a list becomes one entry per item (by `slug`), anything else one entry `id`. */
export function dataFileLoader(root: string, file: string, schema: z.ZodType, id: string): Loader {
  return {
    name: 'centre-data-loader',
    load: async (context) => {
      const sync = async () => {
        const value = loadDataFile(root, file, schema);
        context.store.clear();
        const items: [string, Record<string, unknown>][] = Array.isArray(value)
          ? value.map((item: Record<string, unknown>) => [String(item.slug), item])
          : [[id, value as Record<string, unknown>]];
        for (const [entryId, data] of items) {
          context.store.set({ id: entryId, data: await context.parseData({ id: entryId, data, filePath: file }), filePath: file });
        }
      };
      await sync();
      watchFolder(context, path.join(root, file), sync);
    },
  };
}
