/**
 * Plans the site's own Pretendard subsets. Pretendard's generic Korean subsets made one Korean page
 * pull 17 font files (≈200 KB). Instead, the build cuts the font down to exactly the characters the
 * site uses, in chunks ordered by how many pages use each character: the characters of the header,
 * footer and menus go in the first chunk, every page needs it; rarer characters go in later chunks,
 * and `unicode-range` lets the browser fetch only the chunks a page uses.
 */

export interface FontChunk {
  /** Code points in this chunk, ascending. */
  codePoints: number[];
}

export interface ChunkPlan {
  /** Characters on at least this share of pages go in the first chunk. */
  commonShare: number;
  /** Most characters in any later chunk. */
  chunkSize: number;
}

const DEFAULT_PLAN: ChunkPlan = { commonShare: 0.5, chunkSize: 80 };

/**
 * OpenType features kept in the subsets: those browsers apply by default (so text looks exactly as
 * with the full font), plus `tnum`, which the tables turn on with font-variant-numeric.
 * If a stylesheet starts using another feature (e.g. `ss01`), add it here.
 */
export const KEPT_FEATURES = ['ccmp', 'locl', 'rlig', 'rclt', 'liga', 'clig', 'calt', 'curs', 'dist', 'kern', 'mark', 'mkmk', 'abvm', 'blwm', 'ljmo', 'vjmo', 'tjmo', 'tnum'];

/** Printable ASCII: always in the first chunk, so Latin text and digits never wait for a second file. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i);

/** Characters a font can draw: not controls, not whitespace other than the space. */
const drawable = (cp: number) => cp === 0x20 || (cp > 0x20 && !(cp >= 0x7f && cp <= 0x9f) && !/\s/u.test(String.fromCodePoint(cp)));

/** Scratch marks for codePointsOf, one per Unicode code point; always left all zero. */
const marks = new Uint8Array(0x110000);

/** The distinct drawable code points in a text. */
export function codePointsOf(text: string): Set<number> {
  // The build runs this over every page (tens of millions of characters), so the distinct code points
  // are found with a typed array rather than a Set, and each distinct one is tested for drawability once.
  const distinct: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (marks[cp] === 0) {
      marks[cp] = 1;
      distinct.push(cp);
    }
  }
  for (const cp of distinct) marks[cp] = 0;
  return new Set(distinct.filter(drawable));
}

/**
 * Splits the characters of all pages into chunks. `pages` holds each page's characters; `extra` holds
 * characters that may appear without being in any page's HTML (text drawn by islands).
 */
export function planChunks(pages: Set<number>[], extra: Set<number> = new Set(), plan: ChunkPlan = DEFAULT_PLAN): FontChunk[] {
  const pageCount = new Map<number, number>();
  for (const page of pages) for (const cp of page) pageCount.set(cp, (pageCount.get(cp) ?? 0) + 1);
  for (const cp of extra) if (!pageCount.has(cp)) pageCount.set(cp, 0);

  const threshold = Math.max(1, Math.ceil(pages.length * plan.commonShare));
  const common = new Set(ASCII);
  for (const [cp, count] of pageCount) if (count >= threshold) common.add(cp);

  const rest = [...pageCount.entries()]
    .filter(([cp]) => !common.has(cp))
    .sort(([a, countA], [b, countB]) => countB - countA || a - b)
    .map(([cp]) => cp);
  const chunks: FontChunk[] = [{ codePoints: [...common].sort((a, b) => a - b) }];
  for (let i = 0; i < rest.length; i += plan.chunkSize) {
    chunks.push({ codePoints: rest.slice(i, i + plan.chunkSize).sort((a, b) => a - b) });
  }
  return chunks;
}

/** `[0x41, 0x42, 0x43, 0xac00]` → `U+41-43, U+AC00`. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const hex = (cp: number) => cp.toString(16).toUpperCase();
    ranges.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i])}`);
  }
  return ranges.join(', ');
}

export interface FontFaceFile {
  family: string;
  weight: number;
  /** Public URL of the woff2 file. */
  url: string;
  codePoints: readonly number[];
}

/** One @font-face rule per file; `font-display: swap` as in fonts.css, so text never waits for a font. */
/**
 * `font-display: optional`: Pretendard is used when it is there by the time text is first drawn (preloaded, see
 * preloadLinks; always on later pages, from the cache), and otherwise the page keeps the phone's own Korean font
 * instead of swapping mid-read. Swapping moved the text of every template by 0.12–0.32 CLS on slow 4G.
 */
export function fontFaceCss(files: readonly FontFaceFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:${JSON.stringify(f.family)};font-style:normal;font-weight:${f.weight};font-display:optional;` +
        `src:url(${f.url}) format("woff2");unicode-range:${unicodeRange(f.codePoints)}}`,
    )
    .join('');
}

/**
 * `<link rel=preload>` for the font files a page's characters fall in, so they arrive with the stylesheet, in time for
 * the first drawing of text (which `font-display: optional` needs).
 */
export function preloadLinks(files: readonly FontFaceFile[], pageCodePoints: ReadonlySet<number>): string {
  return files
    .filter((file) => file.codePoints.some((cp) => pageCodePoints.has(cp)))
    .map((file) => `<link rel="preload" href="${file.url}" as="font" type="font/woff2" crossorigin>`)
    .join('');
}

/** Removes every @font-face rule of `family` from a (minified or not) stylesheet. */
export function withoutFontFaces(css: string, family: string): string {
  const names = new RegExp(`font-family\\s*:\\s*["']?${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[;}]`, 'i');
  return css.replace(/@font-face\s*\{[^}]*\}/gi, (rule) => (names.test(rule) ? '' : rule));
}
