/**
 * Builds the Pagefind search index at `astro:build:done`, through Pagefind's Node API (as Starlight does).
 * Each page is given its Korean findable forms first (src/lib/search/page-forms.ts). The index goes to
 * <outDir>/pagefind/, never into public/ or Git. A build whose indexed pages are all unchanged reuses the
 * last index from .cache/search/.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadDataFile } from '../loaders/content-files';
import { dataFiles } from '../loaders/content-model';
import { replaceCacheEntry, writeFileAtomically } from '../build/atomic-files';
import { builtHtmlFiles, urlPathOf } from '../build/built-pages';
import { filesUnder, hashFiles } from '../build/file-digest';
import { linkTree } from '../build/hard-links';
import { stableJson } from '../build/stable-json';
import { createVocabulary, type GlossaryEntryInput, type SearchVocabulary } from '../lib/search/korean-search';
import { findableFormsOf, searchDocument, withForms, type FindableForms } from '../lib/search/page-forms';

export interface SearchIndexOptions {
  /** Folder of built HTML pages, e.g. dist/. */
  siteDir: string;
  /** Where to write the index, e.g. dist/pagefind. */
  outputPath: string;
  glossary: readonly GlossaryEntryInput[];
}

export interface SearchIndexReport {
  /** Pages indexed: those with a data-pagefind-body element. */
  pages: number;
  /** Of those, pages that received extra findable words. */
  pagesWithForms: number;
}


function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length) throw new Error(`검색 색인 만들기 실패(${step}): ${response.errors.join('; ')}`);
  return response;
}

interface SearchPage {
  /** Relative to the site folder, e.g. `guide/a/index.html`. */
  file: string;
  /** What Pagefind reads of it (searchDocument): head and `data-pagefind-body` element. */
  document: string;
  /** Its Korean forms, when already known (from the cache); otherwise they are worked out. */
  forms?: FindableForms;
}

/**
 * Every page under `siteDir` that has a `data-pagefind-body` element, in file order. Only content pages mark
 * their main text that way; lists, search and 404 stay out of the index.
 */
function searchPages(siteDir: string): SearchPage[] {
  return builtHtmlFiles(siteDir)
    .map((file) => path.relative(siteDir, file))
    .flatMap((file) => {
      const document = searchDocument(readFileSync(path.join(siteDir, file), 'utf8'));
      return document === null ? [] : [{ file, document }];
    });
}

/** Indexes the pages (by default every page under `siteDir`) with the Korean forms added, and writes the Pagefind bundle. */
export async function buildSearchIndex({ siteDir, outputPath, glossary }: SearchIndexOptions, pages = searchPages(siteDir)): Promise<SearchIndexReport> {
  const vocabulary = createVocabulary(glossary);
  let pagesWithForms = 0;
  try {
    // Korean for every page: one index, so language detection can never split it in two.
    // '+' is part of a word, so "6+6" (부모육아휴직제) is one word on both sides.
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'ko', includeCharacters: '+' }), 'createIndex');
    if (!index) throw new Error('검색 색인 만들기 실패: Pagefind가 색인을 만들지 못했습니다.');
    // Pages are sent without waiting for each answer: Pagefind indexes one page while the next one's forms
    // are worked out. They are still sent in order, so the index comes out the same every time.
    const added: Promise<unknown>[] = [];
    for (const { file, document, forms } of pages) {
      const found = forms ?? findableFormsOf(document, vocabulary);
      if (found.forms.length) pagesWithForms += 1;
      const html = withForms(document, found);
      added.push(index.addHTMLFile({ url: urlPathOf(siteDir, path.join(siteDir, file)), content: html }).then((response) => check(response, `addHTMLFile ${file}`)));
    }
    await Promise.all(added);
    check(await index.writeFiles({ outputPath }), 'writeFiles');
  } finally {
    await pagefind.close();
  }
  return { pages: pages.length, pagesWithForms };
}

/** The code that decides what goes into the index, besides Pagefind itself. */
const SEARCH_CODE_DIRS = ['src/lib/search'];
const SEARCH_CODE_FILES = ['src/integrations/search-index.ts', 'node_modules/pagefind/package.json'];

/** Changes with the glossary or the indexing code: what decides a page's forms besides its own HTML. */
function formsDigest(root: string, glossary: readonly GlossaryEntryInput[]): string {
  return hashFiles(createHash('sha256'), root, [...SEARCH_CODE_DIRS.flatMap((dir) => filesUnder(root, dir)), ...SEARCH_CODE_FILES]).update(stableJson(glossary)).digest('hex');
}

/**
 * Korean forms of each page, remembered in `cacheDir/forms.json` by the page's hash (see cachedSearchIndex):
 * after one page changes, only that page's forms are worked out again. Only this build's pages are written
 * back, so the file does not grow.
 */
function withCachedForms(cacheDir: string, pages: SearchPage[], pageHashes: string[], vocabulary: SearchVocabulary): SearchPage[] {
  const file = path.join(cacheDir, 'forms.json');
  let known: Record<string, FindableForms> = {};
  try {
    known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, FindableForms>;
  } catch {
    // No cache yet (or an unreadable one): every page's forms are worked out.
  }
  const used: Record<string, FindableForms> = {};
  const result = pages.map((page, i) => {
    used[pageHashes[i]] = known[pageHashes[i]] ?? findableFormsOf(page.document, vocabulary);
    return { ...page, forms: used[pageHashes[i]] };
  });
  writeFileAtomically(file, JSON.stringify(used));
  return result;
}

/**
 * The index in `cacheDir/index/<key>/`: when no indexed page changed since the last build, its files are
 * linked into `outputPath` instead of being indexed again. Only the last index is kept. When the index
 * must be made again, unchanged pages keep their Korean forms from `cacheDir/forms.json`.
 */
export async function cachedSearchIndex(root: string, cacheDir: string, options: SearchIndexOptions): Promise<SearchIndexReport & { reused: boolean }> {
  const indexes = path.join(cacheDir, 'index');
  const digest = formsDigest(root, options.glossary);
  const pages = searchPages(options.siteDir);
  // One hash per page (its document, the glossary and the indexing code), for its forms and for the index.
  const pageHashes = pages.map(({ document }) => createHash('sha256').update(digest).update(document).digest('hex'));
  const key = createHash('sha256');
  pages.forEach(({ file }, i) => key.update(file).update('\0').update(pageHashes[i]).update('\0'));
  const cached = path.join(indexes, key.digest('hex').slice(0, 32));
  if (existsSync(path.join(cached, 'report.json'))) {
    linkTree(path.join(cached, 'pagefind'), options.outputPath);
    return { ...(JSON.parse(readFileSync(path.join(cached, 'report.json'), 'utf8')) as SearchIndexReport), reused: true };
  }
  const report = await buildSearchIndex(options, withCachedForms(cacheDir, pages, pageHashes, createVocabulary(options.glossary)));
  await replaceCacheEntry(indexes, path.basename(cached), (folder) => {
    linkTree(options.outputPath, path.join(folder, 'pagefind'));
    writeFileSync(path.join(folder, 'report.json'), JSON.stringify(report));
  });
  return { ...report, reused: false };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'centre-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const root = process.cwd();
        const glossary = loadDataFile(root, dataFiles.glossary.file, dataFiles.glossary.schema);
        const report = await cachedSearchIndex(root, path.join(root, '.cache', 'search'), { siteDir, outputPath: path.join(siteDir, 'pagefind'), glossary });
        logger.info(`검색 색인${report.reused ? '(바뀐 페이지가 없어 지난 색인 그대로)' : ''}: 페이지 ${report.pages}개, 그중 ${report.pagesWithForms}개에 한국어 검색어 보강`);
      },
    },
  };
}
