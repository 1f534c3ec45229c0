/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses a page from the
 * previous build when its code and its cacheKey are unchanged. The key is a hash of everything the page
 * shows that is not code: the inputs every page shares (settings, category lists, the build day) and the
 * page's own params and props. A page that reads more than that must not get a key, or it goes stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stableJson } from './stable-json';

/** Staff-owned data any page may show: site settings, categories, glossary, benefit rules. */
const SHARED_DATA_DIR = 'content/data';

export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(stableJson(parts)).digest('hex');
}

/** A hash of every file in content/data/ and of the build day, which decides programme statuses. */
export function sharedInputsDigest(root: string, today: string): string {
  const hash = createHash('sha256').update(today);
  const files = readdirSync(path.join(root, SHARED_DATA_DIR), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) hash.update('\0').update(file).update('\0').update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

/** Adds a cacheKey to each of getStaticPaths' results, from the shared inputs and the path's params and props. */
export function withCacheKeys<T extends { params: object; props?: object }>(sharedInputs: string, paths: readonly T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(sharedInputs, path.params, path.props) }));
}
