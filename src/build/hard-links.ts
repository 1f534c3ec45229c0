/**
 * Putting cached build artefacts into dist/ as hard links: thousands of files appear at once instead of being
 * copied on every build. Nothing edits files in dist/ in place, so the cache stays intact. Where a link is
 * impossible (dist/ on another disk), the file is copied.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export function linkOrCopy(source: string, target: string) {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Every file under `from`, at the same place under `to`. */
export function linkTree(from: string, to: string) {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    linkOrCopy(file, path.join(to, path.relative(from, file)));
  }
}
