/**
 * The "bare Astro" floor: the same Markdown built by a plain Astro project with one page per entry,
 * Astro's own glob loader, no schemas, no images, no search, no fonts. Our build time over this
 * floor is what our features cost.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COLLECTIONS = ['card-news', 'newsletters', 'guide', 'programs', 'pages'];

/** Writes the floor project into `dir` (its node_modules set up by the caller), reading Markdown from `contentDir`. */
export function writeFloorProject(dir: string, contentDir: string) {
  mkdirSync(path.join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'astro.config.mjs'), `export default { trailingSlash: 'always', devToolbar: { enabled: false } };\n`);
  const collections = COLLECTIONS.map(
    (name) => `  '${name}': defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(path.join(contentDir, name))} }) }),`,
  ).join('\n');
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n${collections}\n};\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', '[collection]', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ${JSON.stringify(COLLECTIONS)};
  const lists = await Promise.all(names.map((name) => getCollection(name)));
  return lists.flatMap((entries, i) => entries.map((entry) => ({ params: { collection: names[i], slug: entry.id }, props: { entry } })));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>{entry.data.title ?? entry.id}</title></head>
<body><main><h1>{entry.data.title ?? entry.id}</h1><Content /></main></body></html>
`,
  );
}
