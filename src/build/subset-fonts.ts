/**
 * Build step (run by scripts/build.ts on the fresh build, before it replaces dist/): cuts Pretendard
 * Regular and Bold down to the characters the public pages use, in chunks planned by
 * src/build/font-subsets.ts, writes them to _astro/fonts/, and points the pages' stylesheets at them
 * instead of Pretendard's generic subsets. /admin keeps the generic subsets: staff type any text there.
 * Subsets are cached in .cache/fonts/ by their content, so an unchanged site costs no subsetting.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { codePointsOf, fontFaceCss, KEPT_FEATURES, planChunks, preloadLinks, withoutFontFaces, type FontFaceFile } from './font-subsets';
import { decodeEntities } from '../lib/html/escape';
import { writeFileAtomically } from './atomic-files';

const FAMILY = 'Pretendard';
const WEIGHTS = [
  { weight: 400, source: 'assets/fonts/Pretendard-Regular.otf' },
  { weight: 700, source: 'assets/fonts/Pretendard-Bold.otf' },
];

export interface SubsetReport {
  chunks: number;
  files: number;
  bytes: number;
  characters: number;
  rewrittenStylesheets: number;
}

const hash = (data: string | Buffer, length = 10) => createHash('sha256').update(data).digest('hex').slice(0, length);

const attributeValues = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

/** JavaScript the public pages load, following relative imports, for the text islands draw. */
function scriptTexts(outDir: string, pages: string[]): string[] {
  const queue = pages.flatMap((html) =>
    attributeValues(html, /(?:src|component-url|renderer-url|href)="(\/_astro\/[^"]+\.js)"/g),
  );
  const seen = new Set<string>();
  const texts: string[] = [];
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = path.join(outDir, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    texts.push(code.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    for (const spec of attributeValues(code, /["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(url), spec));
  }
  return texts;
}

/** Only non-ASCII characters from scripts: their ASCII is code, and ASCII is always included. */
const nonAscii = (texts: string[]) => new Set([...codePointsOf(texts.join(''))].filter((cp) => cp > 0x7e));

async function subsetCached(root: string, source: Buffer, text: string): Promise<Buffer> {
  const cacheDir = path.join(root, '.cache', 'fonts');
  const cached = path.join(cacheDir, `${hash(source, 16)}-${hash(KEPT_FEATURES.join() + text, 24)}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const woff2 = await subsetFont(source, text, { targetFormat: 'woff2', keepFeatures: KEPT_FEATURES });
  writeFileAtomically(cached, woff2);
  return woff2;
}

/**
 * `pages` maps each public page's file to its HTML; the HTML is rewritten in place in that map
 * (stylesheet links, font preloads), and the caller writes it out.
 */
export async function subsetSiteFonts(root: string, outDir: string, pages: Map<string, string>): Promise<SubsetReport> {
  const htmls = [...pages.values()];
  const pageCodePoints = new Map([...pages].map(([file, html]) => [file, codePointsOf(decodeEntities(html))]));
  const chunks = planChunks([...pageCodePoints.values()], nonAscii(scriptTexts(outDir, htmls)));

  const faces: FontFaceFile[] = [];
  let bytes = 0;
  mkdirSync(path.join(outDir, '_astro', 'fonts'), { recursive: true });
  for (const { weight, source } of WEIGHTS) {
    const font = readFileSync(path.join(root, source));
    for (const chunk of chunks) {
      const woff2 = await subsetCached(root, font, String.fromCodePoint(...chunk.codePoints));
      const url = `/_astro/fonts/pretendard-${weight}-${hash(woff2)}.woff2`;
      writeFileSync(path.join(outDir, url), woff2);
      faces.push({ family: FAMILY, weight, url, codePoints: chunk.codePoints });
      bytes += woff2.length;
    }
  }

  // Each stylesheet that declares Pretendard gets the site's subsets instead, under a new name
  // (its content changed, so long-cached copies of the old name stay valid).
  const fontFaces = fontFaceCss(faces);
  const renamed = new Map<string, string>();
  for (const href of new Set(htmls.flatMap((html) => attributeValues(html, /href="(\/_astro\/[^"]+\.css)"/g)))) {
    const css = readFileSync(path.join(outDir, href), 'utf8');
    const stripped = withoutFontFaces(css, FAMILY);
    if (stripped === css) continue;
    const rewritten = fontFaces + stripped;
    const newHref = href.replace(/(\.[A-Za-z0-9_-]+)?\.css$/, `.${hash(rewritten, 8)}.css`);
    writeFileSync(path.join(outDir, newHref), rewritten);
    renamed.set(href, newHref);
  }
  for (const [file, html] of pages) {
    let updated = html;
    for (const [from, to] of renamed) updated = updated.split(`"${from}"`).join(`"${to}"`);
    // Before the stylesheets, so the fonts start downloading with them.
    const preloads = preloadLinks(faces, pageCodePoints.get(file)!);
    const firstStylesheet = updated.search(/<link rel="stylesheet"/);
    updated = firstStylesheet >= 0 ? updated.slice(0, firstStylesheet) + preloads + updated.slice(firstStylesheet) : updated.replace('</head>', `${preloads}</head>`);
    pages.set(file, updated);
  }

  return {
    chunks: chunks.length,
    files: faces.length,
    bytes,
    characters: chunks.reduce((n, c) => n + c.codePoints.length, 0),
    rewrittenStylesheets: renamed.size,
  };
}
