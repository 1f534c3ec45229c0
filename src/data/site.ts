/** Site settings and navigation, read from content/data/ through Astro's content layer. */
import { ABOUT, CARD_NEWS, COUNSELLING, GUIDE, NEWSLETTERS, PROGRAMS, SERVICES } from '../lib/urls';
import { getEntry } from 'astro:content';
import { loadDataFile } from '../loaders/content-files';
import { dataFiles } from '../loaders/content-model';
import { seoulDateTimeKey, seoulToday } from '../lib/dates/seoul-time';

export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/data/site.yaml을 읽지 못했습니다.');
  return entry.data;
}

// Read straight from the file: the content layer does not keep the order staff wrote the list in.
export async function getProgramCategories() {
  return loadDataFile(process.cwd(), dataFiles.programCategories.file, dataFiles.programCategories.schema);
}

export async function getCardNewsCategories() {
  return loadDataFile(process.cwd(), dataFiles.cardNewsCategories.file, dataFiles.cardNewsCategories.schema);
}

/** The build's "today" in Korea; SITE_TODAY=YYYY-MM-DD pins it for tests. */
export function buildToday(): string {
  return seoulToday(new Date(), process.env.SITE_TODAY);
}

/**
 * "Now" in Korea (`YYYY-MM-DDTHH:mm`) for a page the server renders on demand, from the service's clock; SITE_TODAY
 * pins the day as it pins the build's, so the e2e server and the site built for that day agree.
 */
export function siteNow(now: Date): string {
  return `${seoulToday(now, process.env.SITE_TODAY)}${seoulDateTimeKey(now).slice(10)}`;
}

/** `tel:` href of a Korean phone number as written (02-308-1220). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export const mainNavigation = [
  { href: ABOUT, label: '센터 소개' },
  { href: SERVICES, label: '사업 안내' },
  { href: COUNSELLING, label: '상담 안내' },
  { href: GUIDE, label: '모성보호 가이드' },
  { href: PROGRAMS, label: '교육·프로그램' },
  { href: CARD_NEWS, label: '카드뉴스' },
  { href: NEWSLETTERS, label: '뉴스레터' },
] as const;
