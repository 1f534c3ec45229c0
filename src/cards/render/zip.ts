/** One ZIP per issue with all its cards, for staff to post to SNS. PNGs are already compressed, so they are stored. */
import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../build/atomic-files';

export function issueZip(files: { url: string; cached: string }[]): Uint8Array {
  // A fixed timestamp keeps the ZIP identical across builds of the same cards.
  const mtime = new Date('2020-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map((file) => [path.posix.basename(file.url), [readFileSync(file.cached), { level: 0, mtime }]])));
}

/**
 * The issue's ZIP in the card cache, written only when its cards changed. Card files are named by the hash
 * of their pixels, so the ZIP's name is a hash of those names and the names inside the ZIP.
 */
export function cachedIssueZip(cacheDir: string, files: { url: string; cached: string }[]): string {
  const key = createHash('sha256');
  for (const file of files) key.update(path.posix.basename(file.url)).update('\0').update(path.basename(file.cached)).update('\0');
  const target = path.join(cacheDir, `${key.digest('hex').slice(0, 40)}.zip`);
  if (!existsSync(target)) writeFileAtomically(target, issueZip(files));
  return target;
}
