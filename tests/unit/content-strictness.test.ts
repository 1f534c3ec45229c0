/**
 * Content loading stays strict where a schema alone cannot see the problem: text that looks the same is the same,
 * values that must be unique across files are, and numbers stay within what the real world allows.
 * Each case is one readable line naming the file and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataFile, loadMarkdownCollection } from '../../src/loaders/content-files';
import { dataFiles, markdownCollections } from '../../src/loaders/content-model';
import { errorOf } from './support/content-errors';

const realRoot = process.cwd();
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'strict-content-'));
  cpSync(path.join(realRoot, 'content'), path.join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const rewrite = (file: string, change: (text: string) => string) => writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));
const loadCollection = (name: keyof ReturnType<typeof markdownCollections>) =>
  loadMarkdownCollection({ root, ...(markdownCollections(root)[name] as Omit<Parameters<typeof loadMarkdownCollection>[0], 'root'>), publicDir: path.join(realRoot, 'public') });

describe('text that looks the same is the same', () => {
  it('reads Hangul saved decomposed (NFD, as macOS editors may), CRLF line ends, a BOM and no-break spaces as the plain text', () => {
    const file = 'content/guide/parental-leave.md';
    const plain = loadCollection('guide').find((c) => c.file === file)!;
    rewrite(file, (text) => `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n').replace(/육아휴직 급여/, '육아휴직\u00a0급여\u200b')}`);
    const saved = loadCollection('guide').find((c) => c.file === file)!;
    expect(saved.data).toEqual(plain.data);
    expect(saved.body).toBe(plain.body);
  });

  it('finds a glossary term typed decomposed as the same term, and refuses it as a duplicate', () => {
    const { file, schema } = dataFiles.glossary;
    rewrite(file, (text) => `${text}\n- slug: parental-leave-again\n  term: ${'육아휴직'.normalize('NFD')}\n  definition: 같은 용어를 다른 방식으로 저장한 것.\n`);
    expect(errorOf(() => loadDataFile(root, file, schema))).toMatch(/'육아휴직'가 \d+번째 용어와 겹칩니다/);
  });
});

describe('values unique across files', () => {
  it('refuses two newsletters with the same 호수, naming the later file', () => {
    rewrite('content/newsletters/2026-11.md', (text) => text.replace(/^number: \d+$/m, 'number: 1'));
    const message = errorOf(() => loadCollection('newsletters'));
    expect(message).toContain("content/newsletters/2026-11.md: 'number' 필드: 호수 1이(가) content/newsletters/2026-09.md와 겹칩니다.");
  });

  it('refuses two guide chapters in the same place', () => {
    rewrite('content/guide/spouse-leave.md', (text) => text.replace(/^order: \d+$/m, 'order: 1'));
    expect(errorOf(() => loadCollection('guide'))).toMatch(/content\/guide\/spouse-leave\.md: 'order' 필드: 순서 1이\(가\) content\/guide\/[a-z-]+\.md와 겹칩니다/);
  });
});

describe('numbers the real world allows', () => {
  it('a year typed wrong (2206 for 2026)', () => {
    rewrite('content/programs/2026-12-lunch-labour-law.md', (text) => text.replace(/^start: 2026/m, 'start: 2206').replace(/^end: 2026/m, 'end: 2206'));
    expect(errorOf(() => loadCollection('programs'))).toMatch(/2026-12-lunch-labour-law\.md: 'start' 필드: '2206-[^']+': 2206년은 잘못 쓴 연도 같습니다/);
  });

  it('a programme capacity above 5,000', () => {
    rewrite('content/programs/2026-12-lunch-labour-law.md', (text) => text.replace(/capacity: \d+/, 'capacity: 100000'));
    expect(errorOf(() => loadCollection('programs'))).toMatch(/'capacity' 필드: 정원\(capacity\)이 5,000명을 넘습니다/);
  });

  it('a report figure above ten million', () => {
    const { file, schema } = dataFiles.performance2021;
    rewrite(file, (text) => text.replace(/value: 1204\b/, 'value: 12040000'));
    expect(errorOf(() => loadDataFile(root, file, schema))).toMatch(/value' 필드: 값\(value\)이 1,000만을 넘습니다/);
  });
});
