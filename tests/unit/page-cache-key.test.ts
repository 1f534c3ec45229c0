/**
 * Cache keys for Astro's incremental build: equal data gives the same key whatever the key order, and any
 * change a page could show (its props, a settings file, the build day) gives a new one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageCacheKey, sharedInputsDigest, withCacheKeys } from '../../src/build/page-cache-key';
import { stableJson } from '../../src/build/stable-json';

describe('stableJson', () => {
  it('writes Maps, Sets and Dates by value, so different ones never look alike', () => {
    expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson(new Map([['a', 2]])));
    expect(stableJson(new Set(['x']))).not.toBe(stableJson(new Set(['y'])));
    expect(stableJson({ at: new Date('2026-11-24T00:00:00Z') })).toBe('{"at":"2026-11-24T00:00:00.000Z"}');
  });
});

describe('page cache keys', () => {
  const issue = { id: 'a', data: { title: '육아휴직', slides: [{ kind: 'cover', title: '표지' }] }, body: '본문' };

  it('gives equal data the same key whatever the order of its keys', () => {
    expect(pageCacheKey({ b: 1, a: 2 })).toBe(pageCacheKey({ a: 2, b: 1 }));
  });

  it('changes the key when one slide of the props changes, and only for that path', () => {
    const edited = { ...issue, data: { ...issue.data, slides: [{ kind: 'cover', title: '표지(수정)' }] } };
    const before = withCacheKeys('shared', [{ params: { slug: 'a' }, props: { issue } }, { params: { slug: 'b' }, props: {} }]);
    const after = withCacheKeys('shared', [{ params: { slug: 'a' }, props: { issue: edited } }, { params: { slug: 'b' }, props: {} }]);
    expect(after[0].cacheKey).not.toBe(before[0].cacheKey);
    expect(after[1].cacheKey).toBe(before[1].cacheKey);
    expect(after[0]).toMatchObject({ params: { slug: 'a' }, props: { issue: edited } });
  });

  it('changes every key when the shared inputs change', () => {
    const paths = [{ params: { slug: 'a' }, props: { issue } }];
    expect(withCacheKeys('settings v2', paths)[0].cacheKey).not.toBe(withCacheKeys('settings v1', paths)[0].cacheKey);
  });
});

describe('shared inputs of every page', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'content', 'data'), { recursive: true });
  const write = (name: string, text: string) => writeFileSync(path.join(root, 'content', 'data', name), text);
  write('site.yaml', 'phone: 02-308-1220\n');
  write('program-categories.yaml', '- name: 런치노동법\n');

  it('change with any file in content/data/ and with the build day, and only then', () => {
    const first = sharedInputsDigest(root, '2026-11-24');
    expect(sharedInputsDigest(root, '2026-11-24')).toBe(first);
    expect(sharedInputsDigest(root, '2026-11-25')).not.toBe(first);
    write('site.yaml', 'phone: 02-308-1221\n');
    expect(sharedInputsDigest(root, '2026-11-24')).not.toBe(first);
    write('site.yaml', 'phone: 02-308-1220\n');
    write('glossary.yaml', '[]\n');
    expect(sharedInputsDigest(root, '2026-11-24')).not.toBe(first);
  });
});
