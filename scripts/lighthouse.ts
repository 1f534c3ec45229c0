/**
 * `npm run lighthouse`: Lighthouse (npm package, mobile profile: simulated mid-range phone on slow 4G)
 * with Debian's Chromium on the built site in dist/ (run `npm run build` first). Five pages: home, a
 * card-news issue, a programmes month view, a guide chapter and a calculator. Prints a Markdown
 * table for BENCHMARKS.md and exits 1 if a page misses performance ≥ 95 or 100 in accessibility,
 * best practices or SEO. Nothing leaves the machine: the site is served on 127.0.0.1 and Chromium
 * runs with its background networking off. The server gzips text as any production host does
 * (astro preview does not, which would make pages look heavier than they are).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { staticDirOf } from '../src/build/built-pages';

const DIST = staticDirOf(path.resolve('dist'));
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;

/** The first built page under a folder whose name matches, e.g. the first card-news issue. */
function firstPage(folder: string, pattern: RegExp): string {
  const names = readdirSync(path.join(DIST, folder)).filter((name) => pattern.test(name) && existsSync(path.join(DIST, folder, name, 'index.html')));
  if (!names.length) throw new Error(`dist/${folder}/에 검사할 페이지가 없습니다. 먼저 npm run build를 실행하세요.`);
  return `/${folder}/${names.sort().at(-1)}/`;
}

/** The month view of the latest month that has one, e.g. /programs/2026/12/. */
function latestMonthView(): string {
  const years = readdirSync(path.join(DIST, 'programs')).filter((name) => /^\d{4}$/.test(name)).sort().reverse();
  for (const year of years) {
    const month = readdirSync(path.join(DIST, 'programs', year)).filter((m) => /^\d{2}$/.test(m) && existsSync(path.join(DIST, 'programs', year, m, 'index.html'))).sort().at(-1);
    if (month) return `/programs/${year}/${month}/`;
  }
  throw new Error('dist/programs/에 달력(월별) 페이지가 없습니다. 먼저 npm run build를 실행하세요.');
}

function pages(): [string, string][] {
  return [
    ['home', '/'],
    ['card-news issue', firstPage('card-news', /^\d{4}-\d{2}-\d{2}-/)],
    ['programmes month view', latestMonthView()],
    ['guide chapter', firstPage('guide', /^(?!calculators$|print$|my-timeline$)/)],
    ['calculator', firstPage('guide/calculators', /./)],
  ];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

/** A static server for dist/ with gzip for text, on a free port of 127.0.0.1. */
async function serveDist(): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    let file = path.join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(path.join(DIST, '404.html')));
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const compress = /text|javascript|json|svg|xml|wasm/.test(type) && /gzip/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}) }).end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/가 없습니다. 먼저 npm run build를 실행하세요.');
  const targets = pages();
  const { server, port } = await serveDist();
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--no-first-run', '--metrics-recording-only', '--mute-audio'],
  });
  const rows: string[] = [];
  const misses: string[] = [];
  try {
    for (const [name, urlPath] of targets) {
      const url = `http://127.0.0.1:${port}${urlPath}`;
      console.error(`Lighthouse: ${name} (${urlPath}) …`);
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS), formFactor: 'mobile' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (c: Category) => Math.round((categories[c]?.score ?? 0) * 100);
      for (const c of Object.keys(TARGETS) as Category[]) {
        if (score(c) < TARGETS[c]) {
          const failing = (categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id);
          misses.push(`${name} ${c} ${score(c)} < ${TARGETS[c]} (${failing.join(', ') || 'see report'})`);
        }
      }
      const metric = (id: string) => audits[id]?.displayValue ?? '–';
      rows.push(`| ${name} | \`${urlPath}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${metric('first-contentful-paint')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} | ${metric('cumulative-layout-shift')} |`);
    }
  } finally {
    chrome.kill();
    server.close();
  }
  console.log('| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(rows.join('\n'));
  if (misses.length) {
    console.error(`\nLighthouse targets missed:\n${misses.join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
