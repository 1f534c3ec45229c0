/**
 * Dated corrections of dated publications (card news, newsletters): the shared schema, the helpers the pages
 * and card images use, and the corrections staff added on 2026-12-01 after the rules changed.
 */
import { describe, expect, it } from 'vitest';
import { slideJobsFor } from '../../src/cards/jobs';
import { loadMarkdownCollection } from '../../src/loaders/content-files';
import { markdownCollections } from '../../src/loaders/content-model';
import { formatDottedDay, formatKoreanDay } from '../../src/lib/dates/seoul-time';
import { correctionBandText, correctionGroups, latestCorrectionDate } from '../../src/lib/publications/corrections';
import { cardNewsSchema } from '../../src/schemas/card-news';
import { correctionSchema } from '../../src/schemas/corrections';
import { newsletterSchema } from '../../src/schemas/newsletter';
import { site } from '../fixtures/cards/longest-slides';

const spouse = { date: '2026-12-01', text: '2026년 9월 18일부터 출산 예정일 50일 전부터 쓸 수 있습니다.', link: '/guide/spouse-leave/' };

describe('the corrections schema', () => {
  it('accepts a dated correction with a link inside the site', () => {
    expect(correctionSchema.parse(spouse)).toEqual(spouse);
    expect(correctionSchema.parse({ ...spouse, link: '/guide/rules/#spouse' }).link).toBe('/guide/rules/#spouse');
  });

  it('refuses a link to another site, a date with a time, an empty text and unknown fields', () => {
    expect(correctionSchema.safeParse({ ...spouse, link: 'https://www.moel.go.kr/' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...spouse, date: '2026-12-01T09:00' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...spouse, text: '  ' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...spouse, title: '정정' }).success).toBe(false);
  });

  it('is optional on card news and newsletters, and refuses a correction older than the issue', () => {
    const card = {
      title: '배우자 출산휴가',
      date: '2026-09-08',
      category: '모성보호',
      summary: '요약',
    };
    const schema = cardNewsSchema(['모성보호']);
    expect(schema.parse(card).corrections).toEqual([]);
    expect(schema.parse({ ...card, corrections: [spouse] }).corrections).toEqual([spouse]);
    // Same day as the issue is allowed (a same-day fix); the day before is not.
    expect(schema.safeParse({ ...card, corrections: [{ ...spouse, date: '2026-09-08' }] }).success).toBe(true);
    const early = schema.safeParse({ ...card, corrections: [{ ...spouse, date: '2026-09-07' }] });
    expect(early.success).toBe(false);
    expect(early.error!.issues[0].path).toEqual(['corrections', 0, 'date']);

    const letter = { number: 2, date: '2026-10-01', title: '10월호', summary: '요약', sections: [{ title: '이달의 소식' }] };
    expect(newsletterSchema.parse(letter).corrections).toEqual([]);
    expect(newsletterSchema.safeParse({ ...letter, corrections: [{ ...spouse, date: '2026-09-30' }] }).success).toBe(false);
  });
});

describe('showing a correction', () => {
  it('writes dates as the centre does', () => {
    expect(formatKoreanDay('2026-12-01')).toBe('2026년 12월 1일');
    expect(formatKoreanDay('2026-09-18')).toBe('2026년 9월 18일');
    expect(formatDottedDay('2026-12-01')).toBe('2026.12.1');
  });

  it('groups corrections by day, newest first, with the day in the heading', () => {
    const later = { ...spouse, date: '2027-01-05', text: '2027년 상한이 고시되었습니다.' };
    const groups = correctionGroups([spouse, later, { ...spouse, text: '둘째 정정' }]);
    expect(groups.map((g) => g.heading)).toEqual(['정정 안내 (2027년 1월 5일)', '정정 안내 (2026년 12월 1일)']);
    expect(groups[1].items.map((i) => i.text)).toEqual([spouse.text, '둘째 정정']);
    expect(correctionGroups([])).toEqual([]);
    expect(correctionGroups(undefined)).toEqual([]);
  });

  it('prints the newest correction day on the card band, and nothing on an uncorrected issue', () => {
    expect(latestCorrectionDate([spouse, { date: '2026-12-15' }, { date: '2026-10-01' }])).toBe('2026-12-15');
    expect(correctionBandText([spouse])).toBe('2026.12.1 정정 · 최신 기준은 누리집에서');
    expect(correctionBandText([])).toBeUndefined();
    expect(correctionBandText(undefined)).toBeUndefined();
  });

  it('gives every card of a corrected issue the band, and leaves other issues’ card jobs as they were', () => {
    const slides = [{ kind: 'cover' as const, title: 'A' }, { kind: 'closing' as const, heading: '끝' }];
    const base = { title: 'A', category: '모성보호', date: '2026-09-08', draft: false, slides };
    const jobs = slideJobsFor(
      [
        { slug: 'a', file: 'content/card-news/a.md', data: { ...base, corrections: [spouse] } },
        { slug: 'b', file: 'content/card-news/b.md', data: base },
      ],
      site,
    );
    expect(jobs.map((job) => job.context.correction)).toEqual(['2026.12.1 정정 · 최신 기준은 누리집에서', '2026.12.1 정정 · 최신 기준은 누리집에서', undefined, undefined]);
    expect('correction' in jobs[2].context).toBe(false);
  });
});

describe('the corrections published on 2026-12-01', () => {
  const root = process.cwd();
  const models = markdownCollections(root);
  const cardNews = new Map(loadMarkdownCollection({ root, ...models.cardNews }).map((e) => [e.slug, e.data]));
  const newsletters = new Map(loadMarkdownCollection({ root, ...models.newsletters }).map((e) => [e.slug, e.data]));
  const linksOf = (data: { corrections: { date: string; link: string }[] } | undefined) => (data?.corrections ?? []).map((c) => `${c.date} ${c.link}`);

  it('the spouse-leave issue (2026-09-08) says the window changed on 2026-09-18 and links to the chapter', () => {
    const data = cardNews.get('2026-09-08-spouse-maternity-leave')!;
    expect(linksOf(data)).toContain('2026-12-01 /guide/spouse-leave/');
    expect(data.corrections.map((c) => c.text).join(' ')).toMatch(/2026년 9월 18일/);
  });

  it('the reduced-hours issue corrects the formula, and the unfair-dismissal issue the article', () => {
    const reduced = cardNews.get('2026-10-06-childcare-reduced-hours')!;
    expect(linksOf(reduced)).toContain('2026-12-01 /guide/childcare-reduced-hours/');
    expect(reduced.corrections.map((c) => c.text).join(' ')).toContain('625,000원');
    const dismissal = cardNews.get('2026-10-27-unfair-dismissal')!;
    expect(dismissal.corrections.map((c) => c.text).join(' ')).toMatch(/제11조/);
  });

  it('every correction links to a guide chapter that exists, or to the rules page', () => {
    const chapters = new Set(loadMarkdownCollection({ root, ...models.guide }).map((e) => `/guide/${e.slug}/`));
    chapters.add('/guide/rules/');
    const links = [...cardNews.values(), ...newsletters.values()].flatMap((d) => d.corrections.map((c) => c.link.split('#')[0]));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !chapters.has(link))).toEqual([]);
  });
});
