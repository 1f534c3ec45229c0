/** /feeds/programs.xml: RSS 2.0 of every programme, newest start first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPrograms } from '../../data/programs';
import { buildToday, getSite } from '../../data/site';
import { programFeedItems } from '../../lib/feeds/rss-items';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const programs = (await getPrograms(buildToday())).reverse();
  return rss({
    title: `${site.shortName} 교육·프로그램`,
    description: '런치노동법, 특화 기획강좌, 커뮤니티, 자녀돌봄 등 센터의 교육과 프로그램 일정',
    site: site.url,
    items: programFeedItems(programs, site.url),
    customData: '<language>ko</language>',
  });
};
