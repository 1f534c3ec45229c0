/**
 * Decap CMS is megabytes of JavaScript. It must reach staff at /admin and no one else: no public page's
 * HTML, and no script such a page loads (directly or through imports), may contain CMS code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtmlFiles, urlPathOf } from './support/built-site';

const CMS_MARKERS = ['decap-cms', 'DecapCms', 'CmsApp'];
const HTML_REFERENCES = /(?:src|href|component-url|renderer-url|before-hydration-url)="(\/[^"]+\.m?js)"/g;
const JS_IMPORTS = /(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.m?js|\/_astro\/[^"'`]+\.m?js)["'`]/g;

/** Every script file a page can load: the ones it names, and everything those import. */
function scriptsOf(html: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...html.matchAll(HTML_REFERENCES)].map((m) => path.join(DIST, m[1]));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    seen.set(file, code);
    for (const [, spec] of code.matchAll(JS_IMPORTS)) queue.push(spec.startsWith('/') ? path.join(DIST, spec) : path.resolve(path.dirname(file), spec));
  }
  return seen;
}

const hasCmsCode = (text: string) => CMS_MARKERS.some((marker) => text.includes(marker));

describe('CMS code stays in /admin', () => {
  const pages = builtHtmlFiles().map((file) => ({ urlPath: urlPathOf(file), html: readFileSync(file, 'utf8') }));

  it('the admin page does load it (so the check below can see it)', () => {
    const admin = pages.find((p) => p.urlPath === '/admin/')!;
    expect(admin.html).toContain('noindex');
    expect(admin.html).not.toContain('data-pagefind-body');
    expect([...scriptsOf(admin.html).values()].some(hasCmsCode)).toBe(true);
  });

  it('no public page references or imports it', () => {
    const offenders = pages
      .filter((p) => !p.urlPath.startsWith('/admin/'))
      .flatMap((p) => [
        ...(hasCmsCode(p.html) ? [`${p.urlPath}: HTML`] : []),
        ...[...scriptsOf(p.html)].filter(([, code]) => hasCmsCode(code)).map(([file]) => `${p.urlPath}: ${path.relative(DIST, file)}`),
      ]);
    expect(pages.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('is bundled once, under /admin/app/, and not again with the site’s own scripts', () => {
    const siteScripts = readdirSync(path.join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
    const withCms = siteScripts.filter((name) => /decap-cms|DecapCms/.test(readFileSync(path.join(DIST, '_astro', name), 'utf8')));
    expect(siteScripts.length).toBeGreaterThan(0);
    expect(withCms).toEqual([]);
    expect(readdirSync(path.join(DIST, 'admin', 'app'))).toHaveLength(1);
  });

  it('the sitemap leaves /admin out', () => {
    const xml = ['sitemap-0.xml', 'sitemap-index.xml']
      .map((name) => path.join(DIST, name))
      .filter(existsSync)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(xml).toContain('<loc>');
    expect(xml).not.toContain('/admin');
  });
});
