/** One ZIP per issue with all its cards, for staff to post to SNS. PNGs are already compressed, so they are stored. */
import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function issueZip(files: { url: string; cached: string }[]): Uint8Array {
  // A fixed timestamp keeps the ZIP identical across builds of the same cards.
  const mtime = new Date('2020-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map((file) => [path.posix.basename(file.url), [readFileSync(file.cached), { level: 0, mtime }]])));
}
