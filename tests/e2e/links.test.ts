/**
 * Link check of the whole built site, without a browser: every internal href, src, srcset and
 * og:image resolves to a file in the static half, or else the running service answers it (the
 * on-demand pages such as the counselling form), every #fragment to an id on its target page, and
 * every link to another site carries rel="noopener".
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { COUNSELLING_REQUEST } from '../../src/lib/urls';
import { builtHtmlFiles, fileForUrlPath, readBuiltPage, type BuiltPage } from './support/built-site';

const siteSettings = parse(readFileSync('content/data/site.yaml', 'utf8'));
const siteUrl = new URL(siteSettings.url as string);
/** In newsletter email editions the mailing service swaps this href for the reader's unsubscribe link. */
const unsubscribePlaceholder = siteSettings.newsletter.unsubscribePlaceholder as string;
const pages = builtHtmlFiles().map(readBuiltPage);

interface Reference {
  page: string;
  tag: string;
  attribute: string;
  value: string;
}

function referencesOf({ $, urlPath }: BuiltPage): Reference[] {
  const found: Reference[] = [];
  const add = (tag: string, attribute: string, value: string | undefined) => {
    if (value !== undefined) found.push({ page: urlPath, tag, attribute, value });
  };
  $('[href]').each((_, el) => add(el.tagName, 'href', $(el).attr('href')));
  $('[src]').each((_, el) => add(el.tagName, 'src', $(el).attr('src')));
  $('[srcset]').each((_, el) => {
    for (const candidate of ($(el).attr('srcset') ?? '').split(',')) add(el.tagName, 'srcset', candidate.trim().split(/\s+/)[0]);
  });
  $('meta[property="og:image"], meta[name="twitter:image"]').each((_, el) => add('meta', 'content', $(el).attr('content')));
  return found;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { $ } = readBuiltPage(file);
    ids = new Set($('[id], a[name]').map((_, el) => $(el).attr('id') ?? $(el).attr('name') ?? '').get());
    idCache.set(file, ids);
  }
  return ids;
}

/** Paths with no file that the real server answers without an error: its on-demand pages. */
const onDemandPaths = new Set<string>();

/** One line per broken reference, or null when it is fine. */
function problemWith(ref: Reference): string | null {
  const where = `${ref.page}: <${ref.tag} ${ref.attribute}="${ref.value}">`;
  const value = ref.value.trim();
  if (value === '') return `${where} 주소가 비어 있습니다`;
  if (/^\s*(javascript|vbscript):/i.test(value)) return `${where} 스크립트 주소는 쓸 수 없습니다`;
  if (/^(mailto|tel|sms|data|blob):/i.test(value) || value === unsubscribePlaceholder) return null;
  let url: URL;
  try {
    url = new URL(value, new URL(ref.page, siteUrl));
  } catch {
    return `${where} 주소 형식이 잘못되었습니다`;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  if (url.host !== siteUrl.host) return null;
  const target = fileForUrlPath(url.pathname);
  if (!target) return onDemandPaths.has(url.pathname) ? null : `${where} → dist${decodeURIComponent(url.pathname)}에 파일이 없습니다`;
  const fragment = url.hash.slice(1);
  if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
    return `${where} → ${url.pathname}에 id="${decodeURIComponent(fragment)}"가 없습니다`;
  }
  return null;
}

const references = pages.flatMap(referencesOf);

/** Asks the service about every internal path that has no file; a redirect (a staff page's login) counts as an answer. */
async function findOnDemandPaths() {
  const paths = new Set<string>();
  for (const ref of references) {
    try {
      const url = new URL(ref.value.trim(), new URL(ref.page, siteUrl));
      if (url.host === siteUrl.host && /^https?:$/.test(url.protocol) && !fileForUrlPath(url.pathname)) paths.add(url.pathname);
    } catch {
      // problemWith reports the malformed address
    }
  }
  for (const pathname of paths) {
    const response = await fetch(new URL(pathname, inject('baseUrl')), { redirect: 'manual' });
    await response.body?.cancel();
    if (response.status < 400) onDemandPaths.add(pathname);
  }
}

describe('links across the built site', () => {
  beforeAll(findOnDemandPaths, 60_000);

  it('finds pages and links to check', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(references.some((ref) => ref.tag === 'a')).toBe(true);
  });

  it('resolves every internal link, image, script and anchor', () => {
    const problems = [...new Set(references.map(problemWith).filter((p): p is string => p !== null))];
    expect(problems.slice(0, 60), `${problems.length} broken references`).toEqual([]);
  });

  it('opens links to other sites with rel="noopener"', () => {
    const missing = pages.flatMap(({ $, urlPath }) =>
      $('a[href]')
        .toArray()
        .filter((el) => {
          const href = $(el).attr('href') ?? '';
          if (!/^(https?:)?\/\//i.test(href)) return false;
          const external = new URL(href, siteUrl).host !== siteUrl.host;
          return external && !($(el).attr('rel') ?? '').split(/\s+/).includes('noopener');
        })
        .map((el) => `${urlPath}: ${$(el).attr('href')}`),
    );
    expect(missing).toEqual([]);
  });

  it('catches a broken link, a missing anchor and a script address, and finds the on-demand pages (self-check)', () => {
    const page = pages[0].urlPath;
    const check = (value: string) => problemWith({ page, tag: 'a', attribute: 'href', value });
    expect(check('/no-such-page-anywhere/')).toMatch(/파일이 없습니다/);
    expect(check(`${page}#no-such-id-anywhere`)).toMatch(/id="no-such-id-anywhere"가 없습니다/);
    expect(check('javascript:alert(1)')).toMatch(/스크립트/);
    expect(check(page)).toBeNull();
    expect(check(COUNSELLING_REQUEST)).toBeNull();
  });
});
