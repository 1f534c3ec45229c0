/** Hashing source and data files for the build's caches: a file's path and its bytes both count. */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (relative to `root`), as sorted paths relative to `root`; none if `dir` is missing. */
export function filesUnder(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Feeds each file's path and bytes into `hash`; files are paths relative to `root`. */
export function hashFiles(hash: Hash, root: string, files: readonly string[]): Hash {
  for (const file of files) hash.update('\0').update(file).update('\0').update(readFileSync(path.join(root, file)));
  return hash;
}
