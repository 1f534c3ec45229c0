/** /feeds/card-news.xml: RSS 2.0 of the weekly card news, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCardNewsList } from '../../data/content';
import { getSite } from '../../data/site';
import { cardNewsFeedItems } from '../../lib/feeds/rss-items';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return rss({
    title: `${site.shortName} 카드뉴스`,
    description: '모성보호와 일하는 부모의 권리를 카드 몇 장으로 쉽게 풀어 드립니다.',
    site: site.url,
    items: cardNewsFeedItems(await getCardNewsList(), site.url),
    customData: '<language>ko</language>',
  });
};
