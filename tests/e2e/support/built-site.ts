/** Reads the built site in dist/client/ (after the e2e global setup has built it), without a browser. */
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/**
 * One page per template, to keep browser tests short: pages are grouped by their first path
 * segment and depth (/guide/a/ and /guide/b/ share one), and the first of each group is kept.
 */
export function onePagePerTemplate<T extends Pick<BuiltPage, 'urlPath'>>(pages: T[]): T[] {
  const seen = new Map<string, T>();
  for (const page of pages) {
    const segments = page.urlPath.split('/').filter(Boolean);
    const key = `${segments[0] ?? ''}/${segments.length}/${page.urlPath.endsWith('.html')}`;
    if (!seen.has(key)) seen.set(key, page);
  }
  return [...seen.values()];
}
