/**
 * Cache files and folders that appear whole or not at all: each is made beside its real name and renamed
 * into place, so a build killed half-way never leaves a truncated file or half a folder under a valid name.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

// Process and thread: the card renderer's worker threads write into the same cache at once.
const partialPathFor = (target: string) => `${target}.${process.pid}-${threadId}.partial`;

export function writeFileAtomically(file: string, data: string | Uint8Array) {
  const partial = partialPathFor(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/**
 * Makes `dir/name` with `fill` (given the folder to fill) and then makes it the only entry of `dir`: a cache
 * that keeps just its newest entry.
 */
export async function replaceCacheEntry(dir: string, name: string, fill: (folder: string) => unknown): Promise<string> {
  const target = path.join(dir, name);
  const partial = partialPathFor(target);
  mkdirSync(dir, { recursive: true });
  rmSync(partial, { recursive: true, force: true });
  await fill(partial);
  for (const entry of readdirSync(dir)) {
    if (entry !== path.basename(partial)) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  renameSync(partial, target);
  return target;
}
