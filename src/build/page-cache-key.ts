/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses a page from the
 * previous build when its code and its cacheKey are unchanged. The key is a hash of everything the page
 * shows that is not code: the inputs every page shares (settings, category lists, the build day) and the
 * page's own params and props. A page that reads more than that must not get a key, or it goes stale.
 */
import { createHash } from 'node:crypto';
import { filesUnder, hashFiles } from './file-digest';
import { stableJson } from './stable-json';

/** Staff-owned data any page may show: site settings, categories, glossary, benefit rules. */
const SHARED_DATA_DIR = 'content/data';

export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(stableJson(parts)).digest('hex');
}

/** A hash of every file in content/data/ and of the build day, which decides programme statuses. */
export function sharedInputsDigest(root: string, today: string): string {
  return hashFiles(createHash('sha256').update(today), root, filesUnder(root, SHARED_DATA_DIR)).digest('hex');
}

/** Adds a cacheKey to each of getStaticPaths' results, from the shared inputs and the path's params and props. */
export function withCacheKeys<T extends { params: object; props?: object }>(sharedInputs: string, paths: readonly T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(sharedInputs, path.params, path.props) }));
}
