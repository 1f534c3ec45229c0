/** The RSS feeds announced with <link rel="alternate"> on every page. */
import { feedPaths } from '../lib/urls';

export const siteFeeds = [
  { title: '카드뉴스', href: feedPaths.cardNews, type: 'application/rss+xml' },
  { title: '뉴스레터', href: feedPaths.newsletters, type: 'application/rss+xml' },
  { title: '교육·프로그램', href: feedPaths.programs, type: 'application/rss+xml' },
] as const;
