/**
 * The search index cache, with the real Pagefind: an unchanged site reuses the last index (the same files),
 * and a change to one indexed page, or to the glossary, indexes again.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, cachedSearchIndex } from '../../src/integrations/search-index';

const work = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const root = path.join(work, 'project');
for (const file of ['src/integrations/search-index.ts', 'src/lib/search/page-forms.ts', 'src/lib/search/korean-search.ts', 'node_modules/pagefind/package.json']) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  cpSync(path.resolve(file), path.join(root, file));
}
// Not made beforehand: the first build starts without a cache folder.
const cacheDir = path.join(root, '.cache', 'search');

const page = (title: string, text: string) =>
  `<!doctype html><html lang="ko"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
const glossary = [{ term: '육아휴직', aliases: ['육휴'] }];

/** A fresh built site, as each build makes one. */
function site(name: string, leaveText: string) {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'guide', 'leave'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="ko"><body>목록</body></html>');
  writeFileSync(path.join(dir, 'guide', 'leave', 'index.html'), page('육아휴직', leaveText));
  // A page that never changes: its forms come from the cache once the other page is edited.
  mkdirSync(path.join(dir, 'guide', 'spouse'), { recursive: true });
  writeFileSync(path.join(dir, 'guide', 'spouse', 'index.html'), page('배우자 출산휴가', '출산한 날부터 120일 안에 20일을 쓸 수 있습니다.'));
  return { siteDir: dir, outputPath: path.join(dir, 'pagefind'), glossary };
}

const indexFiles = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)).toString('base64')]));

describe('search index cache', () => {
  it('reuses the last index for unchanged pages and indexes again after a change', { timeout: 60_000 }, async () => {
    const first = await cachedSearchIndex(root, cacheDir, site('build-1', '아이가 8세 이하이면 신청할 수 있습니다.'));
    expect(first).toMatchObject({ reused: false, pages: 2 });

    const second = site('build-2', '아이가 8세 이하이면 신청할 수 있습니다.');
    expect(await cachedSearchIndex(root, cacheDir, second)).toMatchObject({ reused: true, pages: 2 });
    expect(indexFiles(second.outputPath)).toEqual(indexFiles(path.join(work, 'build-1', 'pagefind')));

    const edited = site('build-3', '아이가 8세 이하이거나 초등학교 2학년 이하이면 신청할 수 있습니다.');
    expect(await cachedSearchIndex(root, cacheDir, edited)).toMatchObject({ reused: false });
    expect(indexFiles(edited.outputPath)).not.toEqual(indexFiles(second.outputPath));
    // Made with the unchanged pages' forms from the cache, it is the index a build from scratch makes.
    await buildSearchIndex({ ...edited, outputPath: path.join(work, 'from-scratch') });
    expect(indexFiles(edited.outputPath)).toEqual(indexFiles(path.join(work, 'from-scratch')));

    const newGlossary = { ...site('build-4', '아이가 8세 이하이거나 초등학교 2학년 이하이면 신청할 수 있습니다.'), glossary: [{ term: '육아휴직', aliases: ['육휴', '육아 휴직'] }] };
    expect(await cachedSearchIndex(root, cacheDir, newGlossary)).toMatchObject({ reused: false });
    // Only the newest index is kept, and the forms of this build's pages.
    expect(readdirSync(path.join(cacheDir, 'index'))).toHaveLength(1);
    expect(Object.keys(JSON.parse(readFileSync(path.join(cacheDir, 'forms.json'), 'utf8')))).toHaveLength(2);
  });
});
