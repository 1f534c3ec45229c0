/** /feeds/newsletters.xml: RSS 2.0 of the monthly newsletter, newest issue first, with each issue's contents. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNewsletterList } from '../../data/content';
import { getSite } from '../../data/site';
import { newsletterFeedItems } from '../../lib/feeds/rss-items';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return rss({
    title: `${site.shortName} 뉴스레터`,
    description: '매달 보내 드리는 센터 소식과 노동법 정보',
    site: site.url,
    items: newsletterFeedItems(await getNewsletterList(), site.url),
    customData: '<language>ko</language>',
  });
};
