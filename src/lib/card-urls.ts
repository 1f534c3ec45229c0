/**
 * Where card-news images, ZIPs and OG images live on the site. Pages, the renderer, the dev server and the
 * home page all build their URLs here, so the convention is written down once.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `/card-news/<slug>/<slug>-01.png`: the file name alone tells staff which issue and card it is. */
export function slideImagePath(slug: string, number: number): string {
  return `/card-news/${slug}/${slug}-${pad(number)}.png`;
}

/** Every card of one issue in one ZIP, for posting to SNS. */
export function issueZipPath(slug: string): string {
  return `/card-news/${slug}/${slug}-cards.zip`;
}

const SLIDE_RE = /^\/card-news\/([a-z0-9]+(?:-[a-z0-9]+)*)\/\1-(\d{2})\.png$/;
const ZIP_RE = /^\/card-news\/([a-z0-9]+(?:-[a-z0-9]+)*)\/\1-cards\.zip$/;

/** Reads a URL made by slideImagePath / issueZipPath back; null for any other URL. */
export function parseCardImagePath(pathname: string): { slug: string; number: number } | { slug: string; zip: true } | null {
  const slide = SLIDE_RE.exec(pathname);
  if (slide) return { slug: slide[1], number: Number(slide[2]) };
  const zip = ZIP_RE.exec(pathname);
  return zip ? { slug: zip[1], zip: true } : null;
}

/** The generated OG image of a page: `/` → `/og/index.png`, `/guide/leave/` → `/og/guide/leave.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${trimmed || 'index'}.png`;
}

/** The page an OG image belongs to (inverse of ogImagePath); null if the URL is not an OG image. */
export function pagePathForOgImage(imagePath: string): string | null {
  const match = /^\/og\/(.+)\.png$/.exec(imagePath);
  if (!match) return null;
  return match[1] === 'index' ? '/' : `/${match[1]}/`;
}

/** Section label on an OG image, from the first path segment; plain pages get none. */
const sections: Record<string, string> = {
  'card-news': '카드뉴스',
  newsletters: '뉴스레터',
  guide: '모성보호 가이드',
  programs: '교육·프로그램',
};

export function ogSectionFor(pagePath: string): string {
  return sections[pagePath.split('/').filter(Boolean)[0] ?? ''] ?? '';
}
