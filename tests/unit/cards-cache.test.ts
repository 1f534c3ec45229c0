/**
 * The renderer's cache, for real (worker threads, resvg, a temporary cache folder): a second run draws nothing,
 * and editing one issue redraws exactly that issue's cards. Overflow stops with a message naming file and card.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardOverflowError } from '../../src/integrations/card-images';
import { renderImages } from '../../src/cards/render/render-pool';
import { slideJobsFor, type IssueSource } from '../../src/cards/jobs';
import { site } from '../fixtures/cards/longest-slides';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'cards-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const issue = (slug: string, heading: string): IssueSource => ({
  slug,
  file: `content/card-news/${slug}.md`,
  data: {
    title: `${slug} 제목`,
    category: '육아지원',
    date: '2026-11-24',
    draft: false,
    slides: [
      { kind: 'cover', title: `${slug} 표지` },
      { kind: 'text', heading, body: '육아휴직은 자녀가 만 8세 이하이거나 초등학교 2학년 이하일 때 쓸 수 있습니다.' },
      { kind: 'closing', heading: '센터에 전화 주세요' },
    ],
  },
});

const options = { root: process.cwd(), cacheDir, workers: 2, log: null };

// Real rendering on worker threads (each card fitted by measuring, then PNG and WebP): give a busy CI machine time.
describe('card image cache', { timeout: 120_000 }, () => {
  it('draws every image once, nothing on the second run, and only the edited issue after an edit', async () => {
    const issues = [issue('issue-a', '육아휴직 기간'), issue('issue-b', '육아휴직 급여'), issue('issue-c', '복직 후 권리')];
    const first = await renderImages(slideJobsFor(issues, site), options);
    expect(first).toMatchObject({ total: 9, rendered: 9, cached: 0 });

    const second = await renderImages(slideJobsFor(issues, site), options);
    expect(second).toMatchObject({ total: 9, rendered: 0, cached: 9 });

    // Edit one slide of issue B: its title is unchanged, but the card counter and context are per issue,
    // so exactly the one edited card is new.
    const edited = [issues[0], issue('issue-b', '육아휴직 급여는 얼마인가요'), issues[2]];
    const third = await renderImages(slideJobsFor(edited, site), options);
    expect(third).toMatchObject({ total: 9, rendered: 1, cached: 8 });

    // Adding a card to issue C changes every card's "n / total" in C, and nothing elsewhere.
    const grown = structuredClone(edited);
    grown[2].data.slides.splice(2, 0, { kind: 'qa', question: '복직하면 원래 자리로 돌아가나요?', answer: '네, 같은 업무나 같은 수준의 임금을 받는 자리로 복귀시켜야 합니다.' });
    const fourth = await renderImages(slideJobsFor(grown, site), options);
    expect(fourth).toMatchObject({ total: 10, rendered: 4, cached: 6 });
    expect(fourth.images.filter((image) => !third.images.some((old) => old.cached === image.cached)).every((image) => image.job.url.includes('issue-c'))).toBe(true);
  });

  it('reports cards that overflow instead of caching them, and the build error names file, card and how much to cut', async () => {
    const long = issue('issue-long', '너무 긴 본문');
    long.data.slides[1] = { kind: 'text', heading: '너무 긴 본문', body: '회사는 육아휴직을 이유로 불리한 처우를 할 수 없습니다. '.repeat(14) };
    const result = await renderImages(slideJobsFor([long], site), options);
    expect(result.overflows).toHaveLength(1);
    expect(result.rendered).toBe(2);
    const message = new CardOverflowError(result).message;
    expect(message).toMatch(/content\/card-news\/issue-long\.md: 2번째 카드\(text\)의 글이 카드에 들어가지 않습니다/);
    expect(message).toMatch(/본문을\(를\) 약 \d+자 줄이거나/);
    // Nothing was cached for the overflowing card, so it is checked again next time.
    expect((await renderImages(slideJobsFor([long], site), options)).overflows).toHaveLength(1);
  });
});

describe('cache pruning', () => {
  it('keeps what the build used and recent images, deletes images unused for two weeks', async () => {
    const { pruneCache } = await import('../../src/cards/render/cache');
    const { existsSync, utimesSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'cards-prune-'));
    const now = new Date('2026-11-24T12:00:00Z');
    const old = new Date('2026-11-01T12:00:00Z');
    const file = (name: string, mtime: Date) => {
      const full = path.join(dir, name);
      writeFileSync(full, 'png');
      utimesSync(full, mtime, mtime);
      return full;
    };
    const usedOld = file('used-old.png', old);
    const unusedOld = file('unused-old.png', old);
    const unusedRecent = file('unused-recent.png', new Date('2026-11-20T12:00:00Z'));
    const unusedOldZip = file('unused-old.zip', old);
    const unrelated = file('notes.txt', old);
    expect(pruneCache(dir, [usedOld], 14, now)).toBe(2);
    expect([usedOld, unusedOld, unusedRecent, unusedOldZip, unrelated].map((f) => existsSync(f))).toEqual([true, false, true, false, true]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('issue ZIPs in the cache', () => {
  it('writes an issue ZIP once, with its cards under their published names, and a new one when a card changes', async () => {
    const { cachedIssueZip } = await import('../../src/cards/render/zip');
    const { unzipSync } = await import('fflate');
    const { readFileSync, statSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'cards-zip-'));
    const card = (name: string, bytes: string) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const files = [
      { url: '/card-news/a/1.png', cached: card('aaa.png', 'first card') },
      { url: '/card-news/a/2.png', cached: card('bbb.png', 'second card') },
    ];
    const zip = cachedIssueZip(dir, files);
    const entries = unzipSync(readFileSync(zip));
    expect(Object.keys(entries)).toEqual(['1.png', '2.png']);
    expect(new TextDecoder().decode(entries['2.png'])).toBe('second card');

    const written = statSync(zip).mtimeMs;
    expect(cachedIssueZip(dir, files)).toBe(zip);
    expect(statSync(zip).mtimeMs).toBe(written);

    const edited = [files[0], { url: '/card-news/a/2.png', cached: card('ccc.png', 'edited card') }];
    const editedZip = cachedIssueZip(dir, edited);
    expect(editedZip).not.toBe(zip);
    expect(new TextDecoder().decode(unzipSync(readFileSync(editedZip))['2.png'])).toBe('edited card');
    rmSync(dir, { recursive: true, force: true });
  });
});
