/** Where the site's feeds live. The RSS feeds are announced with <link rel="alternate"> on every page. */
export const feedPaths = {
  cardNews: '/feeds/card-news.xml',
  newsletters: '/feeds/newsletters.xml',
  programs: '/feeds/programs.xml',
  /** Every programme, to subscribe to in a calendar app. */
  programsIcs: '/feeds/programs.ics',
  programCategoryIcs: (categorySlug: string) => `/feeds/programs/${categorySlug}.ics`,
};

export const siteFeeds = [
  { title: '카드뉴스', href: feedPaths.cardNews, type: 'application/rss+xml' },
  { title: '뉴스레터', href: feedPaths.newsletters, type: 'application/rss+xml' },
  { title: '교육·프로그램', href: feedPaths.programs, type: 'application/rss+xml' },
] as const;
