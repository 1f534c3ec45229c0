/** The pure helpers around card images: URLs, alt text, OG meta parsing, viewer position, progress lines, jobs. */
import { describe, expect, it } from 'vitest';
import { jobPixelInputs, slideJobsFor } from '../../src/cards/jobs';
import { stableJson } from '../../src/build/stable-json';
import { ogSectionFor } from '../../src/cards/og-meta';
import { issueZipPath, ogImagePath, pagePathForOgImage, parseCardImagePath, slideImagePath, slideWebpPath } from '../../src/lib/urls';
import { readOgMeta } from '../../src/cards/og-meta';
import { formatProgress, formatSummary } from '../../src/cards/render/progress';
import { moveSlide, slideAnchor, slideIndexFromHash } from '../../src/cards/slide-position';
import { longestField, shortenLongestField, slideAltText, slideTextLength } from '../../src/cards/slide-text';
import { site } from '../fixtures/cards/longest-slides';

describe('card URLs', () => {
  it('names each card after its issue and reads the URL back', () => {
    expect(slideImagePath('2026-09-01-maternity-leave', 3)).toBe('/card-news/2026-09-01-maternity-leave/2026-09-01-maternity-leave-03.png');
    expect(parseCardImagePath(slideImagePath('a-b', 12))).toEqual({ slug: 'a-b', number: 12, webp: false });
    expect(parseCardImagePath(slideWebpPath('a-b', 12))).toEqual({ slug: 'a-b', number: 12, webp: true });
    expect(parseCardImagePath(issueZipPath('a-b'))).toEqual({ slug: 'a-b', zip: true });
    expect(parseCardImagePath('/card-news/a-b/other-01.png')).toBeNull();
    expect(parseCardImagePath('/card-news/a-b/')).toBeNull();
  });

  it('maps every page to one OG image and back', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/guide/maternity-leave/')).toBe('/og/guide/maternity-leave.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
    for (const page of ['/', '/about/', '/card-news/2026-09-01-maternity-leave/', '/programs/2/']) {
      expect(pagePathForOgImage(ogImagePath(page))).toBe(page);
    }
    expect(pagePathForOgImage('/card-news/x/x-01.png')).toBeNull();
    expect(ogSectionFor('/newsletters/2026-11/')).toBe('뉴스레터');
    expect(ogSectionFor('/about/')).toBe('');
  });
});

describe('slide text', () => {
  it('makes alt text of everything a card says', () => {
    expect(slideAltText({ kind: 'list', heading: '준비물', ordered: true, items: ['진단서', '신청서'] })).toBe('준비물. 1. 진단서. 2. 신청서.');
    expect(slideAltText({ kind: 'list', heading: '준비물', ordered: false, items: ['진단서', '신청서'] })).toBe('준비물. 진단서. 신청서.');
    expect(slideAltText({ kind: 'qa', question: '해고될 수 있나요?', answer: '아니요' })).toBe('질문: 해고될 수 있나요? 답변: 아니요.');
    expect(slideAltText({ kind: 'closing', heading: '전화 주세요' }, { name: '서북권직장맘지원센터', phone: '02-308-1220' })).toBe(
      '전화 주세요. 상담 문의 서북권직장맘지원센터 02-308-1220.',
    );
    expect(slideAltText({ kind: 'cover', title: '출산휴가', subtitle: '90일!' })).toBe('출산휴가. 90일!');
  });

  it('finds the longest text and shortens only it', () => {
    const list = { kind: 'list' as const, heading: '짧은 제목', ordered: false, items: ['하나', '두 번째 항목이 가장 깁니다', '셋'] };
    expect(longestField(list)).toEqual({ label: '2번째 항목', length: 15 });
    expect(shortenLongestField(list, 4)).toEqual({ ...list, items: ['하나', '두 번째 항목이 가장', '셋'] });
    const qa = { kind: 'qa' as const, question: '질문', answer: '답변이 더 깁니다' };
    expect(longestField(qa).label).toBe('답변');
    expect(shortenLongestField(qa, 100)).toEqual({ ...qa, answer: ' ' });
  });

  it('counts characters without spaces', () => {
    expect(slideTextLength({ kind: 'text', heading: '가 나', body: '다라 마' })).toBe(5);
  });
});

describe('OG meta', () => {
  it('reads og:image, title and description with entities decoded', () => {
    const html = `<head><meta property="og:title" content="&quot;육아휴직&quot; &amp; 복직"><meta name="description" content="설명 &#39;하나&#x27;">
      <meta property="og:image" content="https://nw.workingmom.example/og/about.png"></head>`;
    expect(readOgMeta(html)).toEqual({ image: 'https://nw.workingmom.example/og/about.png', title: '"육아휴직" & 복직', description: "설명 '하나'" });
    expect(readOgMeta('<meta property="og:title" content="x">')).toBeNull();
  });
});

describe('slide viewer position', () => {
  it('reads #card-N as a 0-based index within the issue', () => {
    expect(slideAnchor(3)).toBe('card-3');
    expect(slideIndexFromHash('#card-3', 6)).toBe(2);
    expect(slideIndexFromHash('card-1', 6)).toBe(0);
    expect(slideIndexFromHash('#card-7', 6)).toBeNull();
    expect(slideIndexFromHash('#card-0', 6)).toBeNull();
    expect(slideIndexFromHash('#full-text', 6)).toBeNull();
  });

  it('stops at the first and last card instead of wrapping', () => {
    expect(moveSlide(0, -1, 6)).toBe(0);
    expect(moveSlide(5, 1, 6)).toBe(5);
    expect(moveSlide(2, 1, 6)).toBe(3);
  });
});

describe('progress lines', () => {
  it('shows done/total, rate and time left', () => {
    expect(formatProgress('카드', 120, 600, 15_000)).toBe('카드 120/600 · 8.0장/초 · 남은 시간 약 1분 0초');
    expect(formatProgress('카드', 0, 600, 0)).toBe('카드 0/600 · 0.0장/초 · 남은 시간 약 계산 중');
  });

  it('sums a run up in one line', () => {
    expect(formatSummary('OG 이미지', { total: 10, rendered: 4, cached: 6 }, 2000, 2)).toBe('OG 이미지 10장: 새로 그림 4, 캐시 6 · 2.0초 (2.0장/초, 작업자 2개)');
    expect(formatSummary('OG 이미지', { total: 10, rendered: 0, cached: 10 }, 30, 0)).toBe('OG 이미지 10장: 새로 그림 0, 캐시 10 · 0.0초');
  });
});

describe('image jobs', () => {
  const issue = (draft: boolean) => ({
    slug: 'a',
    file: 'content/card-news/a.md',
    data: { title: 'A', category: '노동권', date: '2026-11-24', draft, slides: [{ kind: 'cover' as const, title: 'A' }, { kind: 'closing' as const, heading: '끝' }] },
  });

  it('makes one job per card of published issues, numbered n / total', () => {
    const jobs = slideJobsFor([issue(false), { ...issue(true), slug: 'b' }], site);
    expect(jobs.map((job) => [job.url, job.context.number, job.context.total])).toEqual([
      ['/card-news/a/a-01.png', 1, 2],
      ['/card-news/a/a-02.png', 2, 2],
    ]);
  });

  it('hashes the same data the same way whatever the key order, and ignores where it is stored', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    const [job] = slideJobsFor([issue(false)], site);
    expect(stableJson(jobPixelInputs(job))).toBe(stableJson(jobPixelInputs({ ...job, file: 'elsewhere.md', url: '/x.png' })));
  });
});

describe('the card pipeline\'s browser half stays browser-safe', () => {
  it('src/cards (all but render/, which is Node-only) imports only src/cards, pure src/lib helpers, types and browser packages', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const files = readdirSync('src/cards', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.startsWith('render'));
    const imports = files.flatMap((file) =>
      [...readFileSync(`src/cards/${file}`, 'utf8').matchAll(/^(?:import|export) (type )?(?:\{[^}]*\}|\* as \w+|\w+)(?:, \{[^}]*\})? from '([^']+)';$/gm)].map((m) => ({
        file,
        typeOnly: Boolean(m[1]),
        target: m[2].startsWith('.') ? path.posix.join('src/cards', path.posix.dirname(file), m[2]) : m[2],
      })),
    );
    expect(imports.length).toBeGreaterThan(10);
    const allowed = (target: string) =>
      (target.startsWith('src/cards/') && !target.startsWith('src/cards/render')) ||
      target.startsWith('src/lib/') ||
      // The zod schemas: pure, and the CMS already bundles them.
      target.startsWith('src/schemas/') ||
      ['satori', 'lucide-static'].some((name) => target.startsWith(name)) ||
      target.startsWith('assets/fonts/');
    expect(imports.filter((i) => !i.typeOnly && !allowed(i.target))).toEqual([]);
    expect(imports.filter((i) => i.target.startsWith('node:'))).toEqual([]);
  });
});

