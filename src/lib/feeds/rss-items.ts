/**
 * RSS items for the three feeds (card news, newsletters, programmes), built from content entries.
 * Links are absolute; dates are the Korean dates as instants, so feed readers show the right day.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { CardNews } from '../../schemas/card-news';
import type { Newsletter } from '../../schemas/newsletter';
import { programTags, programUrl, type ProgramRef } from '../programs/event';
import { absoluteUrl, cardNewsPath, newsletterPath } from '../urls';
import { locationText } from '../programs/place';
import { formatKoreanRange, seoulToInstant } from '../dates/seoul-time';
import { escapeHtml } from '../html/escape';

interface Entry<T> {
  id: string;
  data: T;
}


export function cardNewsFeedItems(list: readonly Entry<CardNews>[], siteUrl: string): RSSFeedItem[] {
  return list.map(({ id, data }) => ({
    title: data.title,
    link: absoluteUrl(cardNewsPath(id), siteUrl),
    pubDate: seoulToInstant(data.date),
    description: data.summary,
    categories: [data.category, ...data.tags],
  }));
}

/** The summary, plus the table of contents as HTML so readers see what is inside. */
export function newsletterFeedItems(list: readonly Entry<Newsletter>[], siteUrl: string): RSSFeedItem[] {
  return list.map(({ id, data }) => {
    const link = absoluteUrl(newsletterPath(id), siteUrl);
    const contents = data.sections.map((section) => `<li>${escapeHtml(section.title)}</li>`).join('');
    return {
      title: `제${data.number}호 ${data.title}`,
      link,
      pubDate: seoulToInstant(data.date),
      description: data.summary,
      content: `<p>${escapeHtml(data.summary)}</p><ul>${contents}</ul><p><a href="${link}">뉴스레터 전체 읽기</a></p>`,
    };
  });
}

/**
 * Programmes have no publication date, so an item is dated when registration opens (or, without one,
 * when the programme starts). The description leads with when, where and the status on the build day.
 */
export function programFeedItems(list: readonly ProgramRef[], siteUrl: string): RSSFeedItem[] {
  return list.map(({ slug, data, status }) => ({
    title: status === '취소' ? `[취소] ${data.title}` : data.title,
    link: programUrl(slug, siteUrl),
    pubDate: seoulToInstant(data.registration?.opensAt ?? data.start),
    description: `${formatKoreanRange(data.start, data.end)} · ${locationText(data.location)} · ${status}. ${data.summary}`,
    categories: programTags(data),
  }));
}
