/**
 * What every built page gets whoever wrote its template (Node-only, run by scripts/build.ts before the new
 * site replaces dist/): the site's own font subsets (public pages only), rel="noopener" on links to other
 * sites, Astro's island rule moved into <head>, and the Content-Security-Policy meta. Newsletter email editions go to a mailing service as MJML
 * wrote them, so they are left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withNoopener } from '../lib/html/external-links';
import { ADMIN } from '../lib/urls';
import { loadDataFile } from '../loaders/content-files';
import { dataFiles } from '../loaders/content-model';
import { builtHtmlFiles, isEmailEdition, urlPathOf } from './built-pages';
import { policyFor, withCspMeta } from './content-security-policy';
import { subsetSiteFonts } from './subset-fonts';

// Astro writes this rule just before the first island, inside <body>, where a <style> is invalid HTML.
const ISLAND_STYLE_RE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/** Moves Astro's island display rule from the body into <head>, where it means the same and is valid. */
export function withIslandStyleInHead(html: string): string {
  const match = ISLAND_STYLE_RE.exec(html);
  if (!match || html.indexOf('</head>') > match.index) return html;
  return html.replace(match[0], '').replace('</head>', `${match[0]}</head>`);
}

export async function finishPages(root: string, outDir: string) {
  const startedAt = Date.now();
  const site = loadDataFile(root, dataFiles.site.file, dataFiles.site.schema);
  const siteHost = new URL(site.url).host;
  const files = builtHtmlFiles(outDir).filter((file) => !isEmailEdition(file));
  const pages = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const publicPages = new Map([...pages].filter(([file]) => !urlPathOf(outDir, file).startsWith(ADMIN)));
  const fonts = await subsetSiteFonts(root, outDir, publicPages);
  console.log(`글꼴: 사이트에 쓰인 ${fonts.characters}자를 ${fonts.chunks}묶음 × 2굵기(${(fonts.bytes / 1024).toFixed(0)} KB)로 잘랐습니다.`);
  for (const [file, html] of publicPages) pages.set(file, html);
  for (const [file, html] of pages) {
    const linked = withNoopener(withIslandStyleInHead(html), siteHost);
    writeFileSync(file, withCspMeta(linked, policyFor(urlPathOf(outDir, file), linked)));
  }
  console.log(`마무리(글꼴·링크·CSP): 페이지 ${pages.size}개, ${((Date.now() - startedAt) / 1000).toFixed(1)}초`);
}
