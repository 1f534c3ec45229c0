/** Reads what the images are drawn from: the card-news issues and the site settings (same loaders as Astro). */
import { readFileSync } from 'node:fs';
import { builtHtmlFiles, urlPathOf } from '../../build/built-pages';
import { cardSiteFrom, type CardSite } from '../templates/theme';
import { ogJobFor, slideJobsFor, type OgJob, type SlideJob } from '../jobs';
import { loadDataFile, loadMarkdownCollection } from '../../loaders/content-files';
import { dataFiles, markdownCollections } from '../../loaders/content-model';
import { ogSectionFor, readOgMeta } from '../og-meta';

export function loadCardSite(root: string): CardSite {
  return cardSiteFrom(loadDataFile(root, dataFiles.site.file, dataFiles.site.schema));
}

/** Every issue, with its cards parsed from its body. */
export function loadIssues(root: string) {
  return loadMarkdownCollection({ root, ...markdownCollections(root).cardNews });
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

/** OG jobs for every built page in `distDir`. */
export function planOgJobs(distDir: string, site: CardSite): OgJob[] {
  return builtHtmlFiles(distDir).flatMap((file) => {
    const pagePath = urlPathOf(distDir, file);
    const job = ogJobForPage(pagePath, readFileSync(file, 'utf8'), site);
    return job ? [job] : [];
  });
}
