/** Reads the built site in dist/client/ (after the e2e global setup has built it), without a browser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { builtHtmlFiles as builtPageFiles, staticDirOf, urlPathOf as servedPathOf } from '../../../src/build/built-pages';

/** The static half of the build: what a CDN serves (src/build/built-pages.ts). */
export const DIST = staticDirOf(path.resolve('dist'));

export interface BuiltPage {
  /** e.g. dist/guide/a/index.html */
  file: string;
  /** The URL path it is served at, e.g. /guide/a/ */
  urlPath: string;
  html: string;
  $: CheerioAPI;
}

/** Every page of dist/, through the build's own walker (src/build/built-pages.ts). */
export const builtHtmlFiles = (dir = DIST) => builtPageFiles(dir);
export const urlPathOf = (file: string, dir = DIST) => servedPathOf(dir, file);

export function readBuiltPage(file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  return { file, urlPath: urlPathOf(file), html, $: load(html) };
}

/** The file in dist/ a URL path is served from, or undefined if there is none. */
export function fileForUrlPath(urlPath: string, dir = DIST): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const full = path.join(dir, decoded);
  if (!full.startsWith(dir)) return undefined;
  if (decoded.endsWith('/')) return existsSync(path.join(full, 'index.html')) ? path.join(full, 'index.html') : undefined;
  return existsSync(full) && statSync(full).isFile() ? full : undefined;
}

/** Content pages: everything except the CMS, which is an app, not content. */
export const isContentPage = (page: Pick<BuiltPage, 'urlPath'>) => !page.urlPath.startsWith('/admin/');

const routesByDir = new Map<string, { file: string; segments: string[] }[]>();

/** The .astro files under src/pages, each as its route segments (`guide/[slug].astro` → ['guide', '[slug]']). */
function pageRoutes(pagesDir: string): { file: string; segments: string[] }[] {
  if (!routesByDir.has(pagesDir)) {
    const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
    routesByDir.set(pagesDir, files.map((file) => ({ file, segments: file.replace(/\.astro$/, '').split(path.sep).filter((s, i, all) => !(s === 'index' && i === all.length - 1)) })));
  }
  return routesByDir.get(pagesDir)!;
}

const isParam = (segment: string) => segment.startsWith('[');

/**
 * The page file that built a URL path, the way Astro routes: `/guide/rules/` → guide/rules.astro,
 * `/guide/parental-leave/` → guide/[slug].astro. A route with more fixed segments wins, and `[...rest]` comes last.
 */
export function sourcePageOf(urlPath: string, pagesDir = path.resolve('src/pages')): string | undefined {
  const parts = urlPath.replace(/\.html$/, '').split('/').filter(Boolean);
  const matches = pageRoutes(pagesDir).filter(({ segments }) => {
    const spread = segments.findIndex((s) => s.startsWith('[...'));
    if (spread === -1 ? segments.length !== parts.length : parts.length < spread) return false;
    return segments.slice(0, spread === -1 ? undefined : spread).every((s, i) => isParam(s) || s === parts[i]);
  });
  const rank = ({ segments }: { segments: string[] }) => segments.filter((s) => !isParam(s)).length * 2 - (segments.some((s) => s.startsWith('[...')) ? 1 : 0);
  return matches.sort((a, b) => rank(b) - rank(a))[0]?.file;
}

/**
 * One page per template, to keep browser tests short: pages built by the same file under src/pages share one,
 * and the first of each is kept.
 */
export function onePagePerTemplate<T extends Pick<BuiltPage, 'urlPath'>>(pages: T[]): T[] {
  const seen = new Map<string, T>();
  for (const page of pages) {
    const key = sourcePageOf(page.urlPath) ?? page.urlPath;
    if (!seen.has(key)) seen.set(key, page);
  }
  return [...seen.values()];
}
