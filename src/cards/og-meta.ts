/**
 * Reads a built page's social-preview tags back out of its HTML, so every page's OG image can be drawn
 * after the build from the same title and description the page announces.
 */
import { decodeEntities } from '../lib/html/escape';

export interface PageOgMeta {
  image: string;
  title: string;
  description: string;
}


function metaContent(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attributes = Object.fromEntries([...tag.matchAll(/([a-z:-]+)\s*=\s*"([^"]*)"/gi)].map((m) => [m[1].toLowerCase(), m[2]]));
    if (attributes[attribute] === key && attributes.content !== undefined) return decodeEntities(attributes.content);
  }
  return undefined;
}

/** og:image, og:title and og:description of a page; null when it announces no image. */
export function readOgMeta(html: string): PageOgMeta | null {
  const image = metaContent(html, 'property', 'og:image');
  if (!image) return null;
  return {
    image,
    title: metaContent(html, 'property', 'og:title') ?? '',
    description: metaContent(html, 'property', 'og:description') ?? metaContent(html, 'name', 'description') ?? '',
  };
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
