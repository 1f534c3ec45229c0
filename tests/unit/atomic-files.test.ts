/** Cache entries appear whole: a file is renamed into place, and a cache folder keeps only its newest entry. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceCacheEntry, writeFileAtomically } from '../../src/build/atomic-files';

const work = mkdtempSync(path.join(tmpdir(), 'atomic-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('atomic cache files', () => {
  it('writes a file into a folder that does not exist yet, leaving nothing beside it', () => {
    const file = path.join(work, 'new', 'forms.json');
    writeFileAtomically(file, '{"a":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(path.dirname(file))).toEqual(['forms.json']);
  });

  it('fills a new cache entry, then keeps it as the only one', async () => {
    const dir = path.join(work, 'admin');
    await replaceCacheEntry(dir, 'old', (folder) => writeFileAtomically(path.join(folder, 'app.js'), 'old'));
    const entry = await replaceCacheEntry(dir, 'new', (folder) => writeFileAtomically(path.join(folder, 'app.js'), 'new'));
    expect(readdirSync(dir)).toEqual(['new']);
    expect(readFileSync(path.join(entry, 'app.js'), 'utf8')).toBe('new');
  });

  it('leaves the old entry in place when filling the new one fails', async () => {
    const dir = path.join(work, 'search');
    await replaceCacheEntry(dir, 'kept', (folder) => writeFileAtomically(path.join(folder, 'report.json'), '{}'));
    const failing = replaceCacheEntry(dir, 'broken', (folder) => {
      writeFileAtomically(path.join(folder, 'half.json'), '{');
      throw new Error('index failed');
    });
    await expect(failing).rejects.toThrow('index failed');
    expect(existsSync(path.join(dir, 'kept', 'report.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'broken'))).toBe(false);
  });
});
