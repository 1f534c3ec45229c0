/**
 * Names for the pages a correction links to ("지금 기준 보기: 배우자 출산전후휴가…"). Pages call this in
 * getStaticPaths, so the names are part of the page's props and of its cache key.
 */
import { GUIDE_RULES, guideChapterPath } from '../lib/urls';
import type { Correction } from '../schemas/corrections';
import { getGuideChapters } from './content';

export async function correctionLinkTitles(corrections: readonly Correction[] | undefined): Promise<Record<string, string>> {
  if (!corrections?.length) return {};
  const known = new Map<string, string>((await getGuideChapters()).map((chapter) => [guideChapterPath(chapter.id), chapter.data.title]));
  known.set(GUIDE_RULES, '이 안내의 기준');
  const titles: Record<string, string> = {};
  for (const { link } of corrections) {
    const title = known.get(link.split('#')[0]);
    if (title) titles[link] = title;
  }
  return titles;
}
