/**
 * The one walk over a built site (Node-only): every HTML file under the output folder, in a stable order, and
 * the URL path each is served at. The build's finishing steps, the search index, the OG images and the tests all
 * list pages through here, so they agree on what a page is.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * With the Node adapter (for the service routes) the build writes what a CDN can serve to `<outDir>/client` and
 * the server to `<outDir>/server`: every static page, image, feed and the search index are under the former.
 */
export const staticDirOf = (outDir: string) => path.join(outDir, 'client');

/** Newsletter email editions (newsletters/<slug>/email.html) are files for a mailing service, not web pages. */
export const isEmailEdition = (file: string) => path.basename(file) === 'email.html';

/** Every `.html` file under `dir`, as absolute paths, sorted. */
export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** `dist/guide/a/index.html` → `/guide/a/`, `dist/404.html` → `/404.html`: the path the page is served at. */
export function urlPathOf(dir: string, file: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}
