/** The site's RSS feeds, announced with <link rel="alternate"> on every page. */
export const siteFeeds = [
  { title: '카드뉴스', href: '/feeds/card-news.xml', type: 'application/rss+xml' },
  { title: '뉴스레터', href: '/feeds/newsletters.xml', type: 'application/rss+xml' },
  { title: '교육·프로그램', href: '/feeds/programs.xml', type: 'application/rss+xml' },
] as const;
