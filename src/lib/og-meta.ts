/**
 * Reads a built page's social-preview tags back out of its HTML, so every page's OG image can be drawn
 * after the build from the same title and description the page announces.
 */

export interface PageOgMeta {
  image: string;
  title: string;
  description: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

export function decodeHtmlAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

function metaContent(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attributes = Object.fromEntries([...tag.matchAll(/([a-z:-]+)\s*=\s*"([^"]*)"/gi)].map((m) => [m[1].toLowerCase(), m[2]]));
    if (attributes[attribute] === key && attributes.content !== undefined) return decodeHtmlAttribute(attributes.content);
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
