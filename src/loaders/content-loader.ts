/**
 * Astro content loaders over content/. They read files with our own parser (dates stay as written,
 * not js-yaml Dates) and stop the build with one readable message per bad file.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { demoteHeadings } from '../lib/html/guide-html';
import { loadDataFile, loadMarkdownCollection, type UniqueField } from './content-files';

function watchFolder(context: LoaderContext, folder: string, reload: () => Promise<void>) {
  context.watcher?.add(folder);
  context.watcher?.on('all', (_event, changed) => {
    if (path.resolve(changed).startsWith(path.resolve(folder))) reload().catch((error) => context.logger.error(String(error.message ?? error)));
  });
}

type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** The body's headings moved `levels` down (h2 → h3 for 1), for a page that shows the body under a heading of its own. */
function shiftHeadings(rendered: Rendered, levels: number): Rendered {
  let html = rendered.html;
  for (let i = 0; i < levels; i++) html = demoteHeadings(html);
  const headings = rendered.metadata?.headings?.map((heading) => ({ ...heading, depth: Math.min(heading.depth + levels, 6) }));
  return { ...rendered, html, metadata: { ...rendered.metadata, headings } };
}

/** One entry per Markdown file in `dir`, with its body rendered by Astro's Markdown pipeline. */
export function markdownLoader(root: string, dir: string, schema: z.ZodType, unique: readonly UniqueField[] = [], headingShift = 0): Loader {
  return {
    name: 'centre-markdown-loader',
    load: async (context) => {
      const sync = async () => {
        const files = loadMarkdownCollection({ root, dir, schema, unique });
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
            rendered: shiftHeadings(await context.renderMarkdown(entry.body, { fileURL }), headingShift),
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
