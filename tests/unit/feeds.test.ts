/** Feeds are rendered with @astrojs/rss exactly as the endpoints do, then read back with rss-parser. */
import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { cardNewsFeedItems, newsletterFeedItems, programFeedItems } from '../../src/lib/feeds/rss-items';
import type { CardNews } from '../../src/schemas/card-news';
import type { Newsletter } from '../../src/schemas/newsletter';
import type { Program } from '../../src/schemas/program';

const site = 'https://nw.workingmom.example';
const parser = new Parser();

async function roundTrip(items: Parameters<typeof getRssString>[0]['items']) {
  const xml = await getRssString({ title: '피드 & 제목', description: '설명', site, items, trailingSlash: true });
  return parser.parseString(xml);
}

describe('card news feed', () => {
  it('has absolute links, Korean dates as instants, categories and escaped text', async () => {
    const cardNews = { title: '출산휴가 <90일> & 급여', date: '2026-11-20', category: '모성보호', tags: ['출산휴가'], summary: '요약 & 정리', slides: [], draft: false } as unknown as CardNews;
    const feed = await roundTrip(cardNewsFeedItems([{ id: 'maternity-leave', data: cardNews }], site));
    expect(feed.title).toBe('피드 & 제목');
    const [item] = feed.items;
    expect(item.title).toBe('출산휴가 <90일> & 급여');
    expect(item.link).toBe('https://nw.workingmom.example/card-news/maternity-leave/');
    expect(new Date(item.pubDate!).toISOString()).toBe('2026-11-19T15:00:00.000Z'); // 00:00 KST
    expect(item.categories).toEqual(['모성보호', '출산휴가']);
    expect(item.contentSnippet ?? item.content).toContain('요약 & 정리');
  });
});

describe('newsletter feed', () => {
  it('carries the summary and the issue contents as HTML', async () => {
    const issue = {
      number: 12,
      date: '2026-11-02',
      title: '11월호',
      summary: '이달의 소식',
      sections: [{ title: '노동법 Q&A', body: '', cardNews: [], programs: [] }, { title: '12월 프로그램', body: '', cardNews: [], programs: [] }],
      draft: false,
      corrections: [],
    } as Newsletter;
    const feed = await roundTrip(newsletterFeedItems([{ id: '2026-11', data: issue }], site));
    const [item] = feed.items;
    expect(item.title).toBe('제12호 11월호');
    expect(item.link).toBe('https://nw.workingmom.example/newsletters/2026-11/');
    expect(item['content:encoded']).toContain('<li>노동법 Q&amp;A</li>');
    expect(item['content:encoded']).toContain('href="https://nw.workingmom.example/newsletters/2026-11/"');
  });
});

describe('programme feed', () => {
  it('dates an item by its registration opening and says when, where and the status', async () => {
    const program = {
      title: '런치노동법 12월',
      category: '런치노동법',
      series: '런치노동법',
      start: '2026-12-17T12:00',
      end: '2026-12-17T13:00',
      allDay: false,
      location: { type: 'online', platform: 'ZOOM' },
      registration: { opensAt: '2026-12-01T09:00' },
      audience: '직장맘',
      fee: 0,
      summary: '육아휴직을 알아봅니다.',
    } as Program;
    const feed = await roundTrip(programFeedItems([{ slug: '2026-12-lunch', data: program, status: '모집 예정' }], site));
    const [item] = feed.items;
    expect(item.link).toBe('https://nw.workingmom.example/programs/2026-12-lunch/');
    expect(new Date(item.pubDate!).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(item.contentSnippet ?? item.content).toBe('2026년 12월 17일(목) 12:00–13:00 · 온라인 (ZOOM) · 모집 예정. 육아휴직을 알아봅니다.');
    expect(item.categories).toEqual(['런치노동법']); // series equal to the category is not repeated
  });
});
