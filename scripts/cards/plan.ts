/** Reads what the images are drawn from: the card-news issues and the site settings (same loaders as Astro). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cardSiteFrom, type CardSite } from '../../src/cards';
import { ogJobFor, slideJobsFor, type OgJob, type SlideJob } from '../../src/lib/card-jobs';
import { ogSectionFor } from '../../src/lib/card-urls';
import { loadDataFile, loadMarkdownCollection } from '../../src/lib/content-files';
import { dataFiles, markdownCollections } from '../../src/lib/content-model';
import { readOgMeta } from '../../src/lib/og-meta';

export function loadCardSite(root: string): CardSite {
  return cardSiteFrom(loadDataFile(root, dataFiles.site.file, dataFiles.site.schema));
}

export function loadIssues(root: string) {
  const { dir, schema } = markdownCollections(root).cardNews;
  return loadMarkdownCollection({ root, dir, schema });
}

/** One job per card of every published issue. */
export function planSlideJobs(root: string): SlideJob[] {
  return slideJobsFor(loadIssues(root), loadCardSite(root));
}

/** An OG job for a page's HTML, if the page points at a generated image under /og/. */
export function ogJobForPage(pagePath: string, html: string, site: CardSite): OgJob | null {
  const meta = readOgMeta(html);
  if (!meta) return null;
  const job = ogJobFor(pagePath, { section: ogSectionFor(pagePath), title: meta.title, description: meta.description }, site);
  return new URL(meta.image, 'http://site.invalid').pathname === job.url ? job : null;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** OG jobs for every built page in `distDir`. */
export function planOgJobs(distDir: string, site: CardSite): OgJob[] {
  return htmlFiles(distDir).flatMap((file) => {
    const relative = path.relative(distDir, file).split(path.sep).join('/');
    const pagePath = `/${relative.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
    const job = ogJobForPage(pagePath, readFileSync(file, 'utf8'), site);
    return job ? [job] : [];
  });
}
