import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/loaders/content-errors';
import { resolveNewsletterSections, type ReferenceCatalog } from '../../src/lib/newsletter/references';

const catalog: ReferenceCatalog = {
  cardNews: [
    { slug: '2026-09-22-parental-leave', title: '육아휴직 급여', date: '2026-09-22', summary: '급여 상한 정리', category: '모성보호' },
    { slug: '2026-10-13-family-care-leave', title: '가족돌봄휴가', date: '2026-10-13', summary: '열흘 쓰는 법', category: '일가정양립' },
  ],
  programs: [{ slug: '2026-12-lunch', title: '런치노동법 12월', start: '2026-12-10T12:00', end: '2026-12-10T13:00', summary: '점심 강의', category: '런치노동법' }],
};

const section = (title: string, cardNews: string[] = [], programs: string[] = []) => ({ title, body: '', cardNews, programs });

describe('resolveNewsletterSections', () => {
  it('turns slugs into linked cards, card news first, in the order staff listed them', () => {
    const [resolved] = resolveNewsletterSections('content/newsletters/a.md', { sections: [section('이달의 카드뉴스', ['2026-10-13-family-care-leave', '2026-09-22-parental-leave'], ['2026-12-lunch'])] }, catalog);
    expect(resolved.cards.map((c) => c.href)).toEqual(['/card-news/2026-10-13-family-care-leave/', '/card-news/2026-09-22-parental-leave/', '/programs/2026-12-lunch/']);
    expect(resolved.cards[0]).toMatchObject({ kind: 'cardNews', label: '카드뉴스 · 일가정양립', title: '가족돌봄휴가', when: '2026년 10월 13일(화)' });
    expect(resolved.cards[2]).toMatchObject({ kind: 'program', label: '프로그램 · 런치노동법', when: '2026년 12월 10일(목) 12:00–13:00' });
  });

  it('keeps sections without references as they are', () => {
    const sections = resolveNewsletterSections('content/newsletters/a.md', { sections: [{ title: '인사', body: '안녕하세요', cardNews: [], programs: [] }] }, catalog);
    expect(sections).toEqual([{ title: '인사', body: '안녕하세요', cards: [] }]);
  });

  it('stops on a missing slug, naming the file, the section, the field and the slug', () => {
    const run = () =>
      resolveNewsletterSections('content/newsletters/2026-11.md', { sections: [section('인사'), section('다가오는 교육', [], ['2026-12-lunch', '2026-12-lunh'])] }, catalog);
    expect(run).toThrow(ContentError);
    try {
      run();
    } catch (error) {
      const e = error as ContentError;
      expect(e.file).toBe('content/newsletters/2026-11.md');
      expect(e.problems).toEqual([
        "'sections › 2번째 › programs › 2번째' 필드 (섹션 '다가오는 교육'): 프로그램 '2026-12-lunh'이(가) 없습니다. content/programs/2026-12-lunh.md의 파일 이름과 철자를 확인하세요.",
      ]);
      expect(e.message).toMatch(/^content\/newsletters\/2026-11\.md: /);
    }
  });

  it('lists every missing slug of an issue at once', () => {
    try {
      resolveNewsletterSections('content/newsletters/x.md', { sections: [section('카드뉴스', ['nope'], ['gone'])] }, catalog);
      expect.unreachable();
    } catch (error) {
      const problems = (error as ContentError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toContain("카드뉴스 'nope'");
      expect(problems[1]).toContain("프로그램 'gone'");
    }
  });
});
