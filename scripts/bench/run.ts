/**
 * `npm run bench`: builds ten years of synthetic content (see corpus.ts) in a temporary folder and
 * measures the real build (scripts/build.ts: Astro, card and OG images, Pagefind, fonts, CSP)
 * against a bare Astro project over the same Markdown (floor.ts): cold, warm and after editing one
 * card-news issue; plus card images/s, pages/s, dist and Pagefind sizes, the bytes of a first
 * search in Chromium, and peak memory. Prints a Markdown table for BENCHMARKS.md.
 *
 * `npm run bench -- --quick` (or `npm run bench:quick`) does the same on a tiny corpus to check the
 * script still works: it asserts the steps produce output, never how long they take.
 *
 * `npm run bench -- --size` generates the same corpus and runs only the cold build, then prints the
 * size of the built static site by kind of file (card PNGs, WebPs, ZIPs, pages, the rest).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { FULL, generateCorpus, QUICK } from './corpus';
import { writeFloorProject } from './floor';
import { staticDirOf } from '../../src/build/built-pages';

const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const sizeOnly = process.argv.includes('--size');
const size = quick ? QUICK : FULL;
const projectRoot = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'centre-bench-'));
const siteDir = path.join(work, 'site');
const floorDir = path.join(work, 'floor');
const started = Date.now();

const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

/**
 * node_modules as a folder of links to the project's packages: packages are shared, but Astro's and
 * Vite's caches (node_modules/.astro, .vite) belong to this copy, so "cold" really is cold.
 */
function linkNodeModules(dir: string) {
  const target = path.join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(target, name));
  }
}

function sizeOf(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

const countFiles = (dir: string, suffix: string) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length : 0;

interface Run {
  seconds: number;
  /** Largest resident set of any process of the build, in MB (GNU time %M). */
  peakMb: number;
  output: string;
}

/** Runs a build under /usr/bin/time, printing a progress line every 10 s. */
function timed(label: string, cwd: string, command: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  log(`${label} …`);
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const child = spawn('/usr/bin/time', ['-f', '__TIME__ %M %e', ...command], {
      cwd,
      env: { ...process.env, SITE_TODAY: '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1', CI: '1', ...extraEnv },
    });
    let output = '';
    let lastLine = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const lines = text.split(/[\r\n]+/).filter((l) => l.trim() && !l.startsWith('__TIME__'));
      if (lines.length) lastLine = lines.at(-1)!.replace(/\x1b\[[0-9;]*m/g, '').trim();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const ticker = setInterval(() => log(`  ${label}: ${((Date.now() - startedAt) / 1000).toFixed(0)}s · ${lastLine.slice(0, 100)}`), 10_000);
    child.on('close', (code) => {
      clearInterval(ticker);
      const time = /__TIME__ (\d+) ([\d.]+)/.exec(output);
      if (code !== 0 || !time) {
        reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-3000)}`));
        return;
      }
      const run = { seconds: Number(time[2]), peakMb: Number(time[1]) / 1024, output };
      log(`${label}: ${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB`);
      resolve(run);
    });
  });
}

/** Parses the card renderer's summary line: `카드뉴스 이미지 3120장: 새로 그림 3120, 캐시 0 · 150.2초`. */
function imageSummary(output: string, label: string) {
  const match = new RegExp(`${label} (\\d+)장: 새로 그림 (\\d+), 캐시 (\\d+) · ([\\d.]+)초`).exec(output);
  return match ? { total: Number(match[1]), drawn: Number(match[2]), cached: Number(match[3]), seconds: Number(match[4]) } : null;
}

/** Bytes a first search fetches from /pagefind/ in Chromium: script, WebAssembly, index chunks, results. */
async function firstSearchBytes(): Promise<{ bytes: number; requests: number }> {
  const { preview } = await import('astro');
  const { launchChromium } = await import('../../tests/e2e/support/browser');
  const { freePort } = await import('../../tests/support/service-server');
  // The Node adapter's preview reports the port it was given, so it gets a free one rather than 0.
  const port = await freePort();
  const server = await preview({ root: siteDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      requests++;
      pending.push(response.body().then((body) => void (bytes += body.length), () => undefined));
    });
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent('육아휴직')}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-results] li', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { bytes, requests };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Files that differ between two built sites (missing on one side, or different bytes), relative paths. */
function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  const inB = new Set(list(b));
  const differing = list(a).filter((file) => {
    if (!inB.delete(file)) return true;
    const [statA, statB] = [statSync(path.join(a, file)), statSync(path.join(b, file))];
    if (statA.ino === statB.ino) return false; // the same hard-linked card image
    return statA.size !== statB.size || !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)));
  });
  return [...differing, ...inB].sort();
}

/** Edits the text of one card: the first `##` card of a synthetic issue is a text card (corpus.ts). */
function editOneIssue(slug: string) {
  const file = path.join(siteDir, 'content', 'card-news', `${slug}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n## [^\n]+\n\n)(.)/, '$1(수정) $2'));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The built static site's bytes by kind of file: what makes `dist` large. */
function sizeByKind(dir: string): [string, number][] {
  const kinds: Record<string, number> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    const kind = relative.startsWith('og/')
      ? 'OG images'
      : relative.startsWith('card-news/') && /\.(png|webp|zip)$/.test(entry.name)
        ? `card ${path.extname(entry.name).slice(1).toUpperCase()}s`
        : entry.name.endsWith('.html')
          ? 'pages (HTML)'
          : 'everything else';
    kinds[kind] = (kinds[kind] ?? 0) + statSync(file).size;
  }
  return Object.entries(kinds).sort((a, b) => b[1] - a[1]);
}

async function main() {
  log(`${quick ? 'quick' : 'full'} benchmark in ${work}`);
  mkdirSync(siteDir);
  for (const entry of ['src', 'scripts', 'public', 'assets', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(projectRoot, entry), path.join(siteDir, entry), { recursive: true });
  }
  linkNodeModules(siteDir);
  const { cardNewsSlugs } = generateCorpus(projectRoot, siteDir, size);
  const contentCounts = Object.fromEntries(['card-news', 'newsletters', 'programs', 'guide', 'pages'].map((d) => [d, countFiles(path.join(siteDir, 'content', d), '.md')]));
  log(`corpus: ${JSON.stringify(contentCounts)}`);
  mkdirSync(floorDir);
  linkNodeModules(floorDir);
  writeFloorProject(floorDir, path.join(siteDir, 'content'));

  const ours = ['tsx', 'scripts/build.ts'];
  const floor = ['astro', 'build'];
  if (sizeOnly) {
    const cold = await timed('site: cold build', siteDir, ours);
    const dist = staticDirOf(path.join(siteDir, 'dist'));
    const rows = sizeByKind(dist);
    const lines = ['| built static site | size |', '| --- | ---: |', ...rows.map(([kind, bytes]) => `| ${kind} | ${mb(bytes)} |`), `| **dist size** | **${mb(sizeOf(dist))}** |`];
    console.log(`\n${lines.join('\n')}\n\ncold build ${cold.seconds.toFixed(1)} s\n`);
    writeFileSync(path.join(work, 'result.md'), lines.join('\n'));
    return;
  }
  const floorCold = await timed('floor: cold build', floorDir, floor);
  const cold = await timed('site: cold build', siteDir, ours);
  const floorWarm = await timed('floor: warm build', floorDir, floor);
  const warm = await timed('site: warm build', siteDir, ours);
  editOneIssue(cardNewsSlugs[Math.floor(cardNewsSlugs.length / 2)]);
  const floorEdit = await timed('floor: one issue edited', floorDir, floor);
  const edit = await timed('site: one issue edited', siteDir, ours);
  // The edit build reused pages and images from earlier builds; everything drawn afresh must be the same site.
  await timed('site: the same, everything rendered again (--force)', siteDir, [...ours, '--force'], { BUILD_OUT_DIR: 'dist-full' });
  // The static half is what visitors get; the server bundle's chunk names differ between any two builds.
  const stale = differingFiles(staticDirOf(path.join(siteDir, 'dist')), staticDirOf(path.join(siteDir, 'dist-full')));
  log(stale.length ? `incremental build differs from a full one in ${stale.length} files: ${stale.slice(0, 10).join(', ')}` : 'incremental build = full build, byte for byte');

  const dist = staticDirOf(path.join(siteDir, 'dist'));
  const pages = countFiles(dist, '.html');
  const cards = imageSummary(cold.output, '카드뉴스 이미지');
  const og = imageSummary(cold.output, 'OG 이미지');
  const editCards = imageSummary(edit.output, '카드뉴스 이미지');
  log('first search in Chromium …');
  const search = await firstSearchBytes();

  const ratio = (a: Run, b: Run) => `${(a.seconds / b.seconds).toFixed(1)}×`;
  const rows = [
    ['cold build', cold, floorCold],
    ['warm build (no change)', warm, floorWarm],
    ['one card-news issue edited', edit, floorEdit],
  ] as const;
  const lines = [
    `Corpus: ${contentCounts['card-news']} card-news issues × ${size.slidesPerIssue} slides, ${contentCounts.newsletters} newsletters, ${contentCounts.programs} programmes, ${contentCounts.guide} guide chapters, ${contentCounts.pages} pages.`,
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform}.`,
    '',
    '| build | ours | bare Astro floor | ours ÷ floor | peak memory (ours) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(([name, a, b]) => `| ${name} | ${a.seconds.toFixed(1)} s | ${b.seconds.toFixed(1)} s | ${ratio(a, b)} | ${a.peakMb.toFixed(0)} MB |`),
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| pages (HTML files) | ${pages} |`,
    `| pages/s, cold | ${(pages / cold.seconds).toFixed(1)} |`,
    `| card images, cold | ${cards ? `${cards.drawn} drawn in ${cards.seconds.toFixed(1)} s = ${(cards.drawn / cards.seconds).toFixed(1)} images/s` : 'not reported'} |`,
    `| OG images, cold | ${og ? `${og.drawn} drawn in ${og.seconds.toFixed(1)} s = ${(og.drawn / og.seconds).toFixed(1)} images/s` : 'not reported'} |`,
    `| one-edit build = full \`--force\` build, byte for byte | ${stale.length ? `no: ${stale.length} files differ` : 'yes'} |`,
    `| card images redrawn after the edit | ${editCards ? `${editCards.drawn} of ${editCards.total}` : 'not reported'} |`,
    `| dist size | ${mb(sizeOf(dist))} |`,
    `| Pagefind index (dist/pagefind) | ${mb(sizeOf(path.join(dist, 'pagefind')))} |`,
    `| first search '육아휴직' (bytes from /pagefind/) | ${(search.bytes / 1024).toFixed(0)} KB in ${search.requests} requests |`,
    `| peak memory (largest process, cold) | ${cold.peakMb.toFixed(0)} MB |`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
  writeFileSync(path.join(work, 'result.md'), lines.join('\n'));

  if (quick) {
    const problems = [
      pages < contentCounts['card-news'] + contentCounts.programs && `only ${pages} pages were built`,
      !cards && 'the card renderer reported no summary',
      cards && cards.total !== contentCounts['card-news'] * size.slidesPerIssue && `expected ${contentCounts['card-news'] * size.slidesPerIssue} card images, got ${cards.total}`,
      editCards && editCards.drawn > size.slidesPerIssue && `the one-issue edit redrew ${editCards.drawn} card images`,
      sizeOf(path.join(dist, 'pagefind')) === 0 && 'no Pagefind index',
      search.bytes === 0 && 'the first search fetched nothing',
      stale.length && `the incremental build differs from a full build in ${stale.join(', ').slice(0, 500)}`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`quick benchmark: ${problems.join('; ')}`);
    log('quick benchmark: every step worked');
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    if (keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  });
