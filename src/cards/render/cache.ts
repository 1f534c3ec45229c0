/**
 * Content-addressed image cache in .cache/cards/: an image's file name is a hash of everything that decides
 * its pixels (template code, fonts, renderer versions, the job's data). Unchanged images are never drawn twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { jobPixelInputs, type ImageJob } from '../jobs';
import { filesUnder, hashFiles } from '../../build/file-digest';
import { stableJson } from '../../build/stable-json';

/**
 * Folders whose change must redraw every image: the whole card pipeline and the pure helpers it draws with
 * (dates, correction bands). Folders, not files, so moving a file inside them can never leave it out.
 */
const CODE_DIRS = ['src/cards', 'src/lib/dates', 'src/lib/publications'];
const PACKAGES = ['satori', '@resvg/resvg-js', 'sharp'];

/** One hash over template code, fonts and renderer versions. */
export function rendererFingerprint(root: string): string {
  const hash = hashFiles(createHash('sha256'), root, [...CODE_DIRS.flatMap((dir) => filesUnder(root, dir)), ...filesUnder(root, 'assets/fonts')]);
  for (const name of PACKAGES) {
    hash.update(name).update(String(JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version));
  }
  return hash.digest('hex');
}

export function jobCacheKey(job: ImageJob, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update(stableJson(jobPixelInputs(job))).digest('hex').slice(0, 40);
}

export function cacheFile(cacheDir: string, key: string): string {
  return path.join(cacheDir, `${key}.png`);
}

/** A card's WebP, beside its PNG in the cache. */
export function webpBeside(cachedPng: string): string {
  return cachedPng.replace(/\.png$/, '.webp');
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps the cache from growing forever: marks the images this build used as fresh, and deletes images no build has
 * used for `maxAgeDays` (long enough to switch branches and back without redrawing).
 */
export function pruneCache(cacheDir: string, used: Iterable<string>, maxAgeDays = 14, now = new Date()): number {
  const keep = new Set([...used].map((file) => path.resolve(file)));
  for (const file of keep) if (existsSync(file)) utimesSync(file, now, now);
  let removed = 0;
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    const file = path.resolve(cacheDir, name);
    if (!/\.(png|webp|zip)$/.test(name) || keep.has(file)) continue;
    if (now.getTime() - statSync(file).mtimeMs > maxAgeDays * DAY_MS) {
      rmSync(file);
      removed++;
    }
  }
  return removed;
}
