/**
 * `npm run bench:search`: how big the search index is, and how many bytes a first search downloads,
 * for a corpus of 1,200 Korean pages (well past the 1,000 the site may reach).
 *
 * 1. Builds the corpus in a temp folder from the real content: the paragraphs and headings of
 *    content/**\/*.md, recombined with a fixed seed, with the same filters and metadata as real pages.
 * 2. Indexes it with the site's own pipeline (src/integrations/search-index.ts), once without the Korean
 *    forms (plain Pagefind) and once with them.
 * 3. Puts the built /search/ page, its JS and CSS and glossary.json (from dist/) beside the index, opens
 *    /search/?q=… in Chromium and counts every byte fetched until the results are on screen.
 *
 * Needs a built site (npm run build). Writes test-results/search-bench.json. Options: BENCH_PAGES=1200.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { parseMarkdownFile } from '../../src/loaders/content-errors';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { CHROMIUM_PATH } from '../../tests/e2e/support/browser';
import { escapeHtml } from '../../src/lib/html/escape';
import { staticDirOf } from '../../src/build/built-pages';

const root = process.cwd();
const PAGES = Number(process.env.BENCH_PAGES ?? 1200);
const QUERIES = ['육아휴직', '출산휴가', '월급 못 받음', '단축'];
const dist = staticDirOf(path.join(root, 'dist'));

// ── 1. corpus ────────────────────────────────────────────────────────────────────────────────────
interface SourceDoc {
  title: string;
  type: string;
  category?: string;
  blocks: { heading?: string; text: string }[];
}

const TYPES: Record<string, string> = { 'card-news': '카드뉴스', newsletters: '뉴스레터', guide: '가이드', programs: '프로그램', pages: '안내' };

function plain(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readSources(): SourceDoc[] {
  return Object.entries(TYPES).flatMap(([folder, type]) => {
    const dir = path.join(root, 'content', folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((file) => {
        const { data, body } = parseMarkdownFile(readFileSync(path.join(dir, file), 'utf8'), file);
        const blocks: SourceDoc['blocks'] = [];
        let heading: string | undefined;
        for (const chunk of body.split(/\n{2,}/).map((c) => c.trim())) {
          if (chunk.startsWith('#')) {
            heading = plain(chunk);
            continue;
          }
          if (plain(chunk)) blocks.push({ heading, text: plain(chunk) });
          heading = undefined;
        }
        const summary = typeof data.summary === 'string' ? [{ text: data.summary }] : [];
        return { title: String(data.title), type, category: data.category as string | undefined, blocks: [...summary, ...blocks] };
      })
      .filter((doc) => doc.blocks.length);
  });
}

/** Small seeded generator, so every run builds the same corpus. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}


function corpusPage(i: number, docs: SourceDoc[], next: () => number): string {
  const doc = docs[i % docs.length];
  const others = [0, 1, 2].map(() => docs[Math.floor(next() * docs.length)]);
  const year = 2017 + Math.floor(next() * 10);
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const blocks = [...doc.blocks, ...others.flatMap((o) => o.blocks.slice(0, 3))];
  const body = blocks
    .map((b, k) => `${b.heading ? `<h2 id="s${k}">${escapeHtml(b.heading)}</h2>` : ''}<p>${escapeHtml(b.text)}</p>`)
    .join('\n');
  const title = `${doc.title} (${i + 1})`;
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<header><a href="/">서울특별시 서북권직장맘지원센터</a></header>
<main><article data-pagefind-body>
<span hidden data-pagefind-filter="type[data-value]" data-value="${doc.type}"></span>
${doc.category ? `<span hidden data-pagefind-filter="category[data-value]" data-value="${escapeHtml(doc.category)}"></span>` : ''}
<span hidden data-pagefind-filter="year[data-value]" data-value="${year}"></span><span hidden data-pagefind-meta="date[data-value]" data-value="${date}"></span>
<h1>${escapeHtml(title)}</h1>
<p>${date.replace(/-/g, '.')} 작성 · 문서 번호 ${1000 + i}</p>
${body}
</article></main><footer>02-308-1220</footer></body></html>`;
}

// ── 2. index sizes ───────────────────────────────────────────────────────────────────────────────
function filesUnder(dir: string, pattern: RegExp) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => statSync(path.join(e.parentPath, e.name)).size);
}
function indexSizes(bundle: string) {
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
  const chunks = filesUnder(bundle, /\.pf_index$/);
  const fragments = filesUnder(bundle, /\.pf_fragment$/);
  return {
    wordIndexChunks: chunks.length,
    wordIndexBytes: sum(chunks),
    largestChunkBytes: Math.max(0, ...chunks),
    metaBytes: sum(filesUnder(bundle, /\.pf_meta$/)),
    filterBytes: sum(filesUnder(bundle, /\.pf_filter$/)),
    fragments: fragments.length,
    fragmentBytes: sum(fragments),
    // What sits on the server for search, all of it (runtime JS and WebAssembly included).
    bundleBytes: sum(filesUnder(bundle, /./)),
  };
}

// ── 3. first search in Chromium ──────────────────────────────────────────────────────────────────
const TEXT = /\.(html|js|css|json)$/;
function category(pathname: string): string {
  if (pathname.endsWith('.pf_index')) return 'wordIndex';
  if (pathname.endsWith('.pf_meta')) return 'indexMeta';
  if (pathname.endsWith('.pf_filter')) return 'filters';
  if (pathname.endsWith('.pf_fragment')) return 'resultFragments';
  if (pathname.startsWith('/pagefind/')) return 'pagefindRuntime';
  if (pathname === '/glossary.json') return 'glossary';
  if (pathname.endsWith('.js')) return 'searchIsland';
  return 'page';
}

async function measureFirstSearch(siteDir: string, query: string) {
  const server = http
    .createServer((req, res) => {
      let p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (p.endsWith('/')) p += 'index.html';
      try {
        const body = readFileSync(path.join(siteDir, p));
        const type = p.endsWith('.js') ? 'text/javascript' : p.endsWith('.html') ? 'text/html; charset=utf-8' : p.endsWith('.css') ? 'text/css' : p.endsWith('.json') ? 'application/json' : 'application/octet-stream';
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    })
    .listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const bytes: Record<string, { files: number; bytes: number }> = {};
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => {
            const pathname = new URL(response.url()).pathname;
            // A web server sends text gzipped; Pagefind's own index files are gzipped already.
            const size = TEXT.test(pathname) ? gzipSync(body).length : body.length;
            const c = (bytes[category(pathname)] ??= { files: 0, bytes: 0 });
            c.files += 1;
            c.bytes += size;
          })
          .catch(() => undefined),
      );
    });
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /건|없습니다/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    const status = await page.textContent('[data-search-status]');
    await Promise.all(pending);
    const search = Object.entries(bytes).filter(([k]) => k !== 'page').reduce((n, [, v]) => n + v.bytes, 0);
    return { query, status, searchBytes: search, byPart: bytes };
  } finally {
    await browser.close();
    server.close();
  }
}

// ── run ──────────────────────────────────────────────────────────────────────────────────────────
async function main() {
  if (!statSync(path.join(dist, 'search', 'index.html'), { throwIfNoEntry: false })) {
    throw new Error('dist/search/index.html이 없습니다. 먼저 npm run build를 실행하세요.');
  }
  const glossary = loadDataFile(root, dataFiles.glossary.file, dataFiles.glossary.schema);
  const work = mkdtempSync(path.join(tmpdir(), 'search-bench-'));
  try {
    const docs = readSources();
    const next = random(20261124);
    const site = path.join(work, 'site');
    for (let i = 0; i < PAGES; i++) {
      const dir = path.join(site, 'bench', String(i + 1));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), corpusPage(i, docs, next));
    }
    const corpusBytes = filesUnder(site, /\.html$/).reduce((a, b) => a + b, 0);

    const plainBundle = path.join(work, 'plain-pagefind');
    const plainReport = await buildSearchIndex({ siteDir: site, outputPath: plainBundle, glossary: [] });
    const koreanBundle = path.join(site, 'pagefind');
    const koreanReport = await buildSearchIndex({ siteDir: site, outputPath: koreanBundle, glossary });

    // The real search page and its assets, served next to the benchmark index.
    cpSync(path.join(dist, 'search'), path.join(site, 'search'), { recursive: true });
    cpSync(path.join(dist, '_astro'), path.join(site, '_astro'), { recursive: true });
    cpSync(path.join(dist, 'glossary.json'), path.join(site, 'glossary.json'));
    const firstSearches = [];
    for (const query of QUERIES) firstSearches.push(await measureFirstSearch(site, query));

    const result = {
      pages: plainReport.pages,
      pagesWithKoreanForms: koreanReport.pagesWithForms,
      corpusHtmlBytes: corpusBytes,
      plainPagefind: indexSizes(plainBundle),
      withKoreanForms: indexSizes(koreanBundle),
      firstSearches,
    };
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    writeFileSync(path.join(root, 'test-results', 'search-bench.json'), JSON.stringify(result, null, 2));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
