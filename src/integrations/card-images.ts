/**
 * Astro integration for card-news and OG images.
 * - build: draws every card before the pages (stopping on overflow), then after the pages draws each page's
 *   OG image from its meta tags, and links PNGs and ZIPs from the cache (.cache/cards) into dist/.
 * - dev: serves the same URLs on demand from the same cache.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SlideJob } from '../cards/jobs';
import { issueZipPath } from '../lib/urls';
import { linkOrCopy } from '../build/hard-links';
import { pruneCache, webpBeside } from '../cards/render/cache';
import { handleDevImageRequest } from '../cards/render/dev-server';
import { loadCardSite, planOgJobs, planSlideJobs } from '../cards/render/plan';
import { overflowMessages, renderImages, type RenderedImage, type RenderResult } from '../cards/render/render-pool';
import { cachedIssueZip } from '../cards/render/zip';

export class CardOverflowError extends Error {
  constructor(result: Pick<RenderResult, 'overflows'>) {
    super(`카드뉴스 글이 카드에 들어가지 않아 빌드를 멈췄습니다.\n${overflowMessages(result.overflows).join('\n')}`);
    this.name = 'CardOverflowError';
  }
}

/** Draws all cards; throws CardOverflowError naming every card that does not fit. */
async function renderAllSlides(root: string, cacheDir: string, workers?: number): Promise<RenderedImage[]> {
  const result = await renderImages(planSlideJobs(root), { root, cacheDir, workers, label: '카드뉴스 이미지' });
  if (result.overflows.length) throw new CardOverflowError(result);
  return result.images;
}

/** Places every image, and one ZIP per issue; returns the cache files used (ZIPs included). */
function placeInto(dist: string, cacheDir: string, images: RenderedImage[], slides: RenderedImage[]): string[] {
  for (const { job, cached } of images) linkOrCopy(cached, path.join(dist, job.url));
  for (const { job, cached } of slides) linkOrCopy(webpBeside(cached), path.join(dist, job.url.replace(/\.png$/, '.webp')));
  const zips = [...Map.groupBy(slides, (image) => (image.job as SlideJob).slug)].map(([slug, issueImages]) => {
    const zip = cachedIssueZip(cacheDir, issueImages.map((image) => ({ url: image.job.url, cached: image.cached })));
    linkOrCopy(zip, path.join(dist, issueZipPath(slug)));
    return zip;
  });
  return [...images.map((image) => image.cached), ...slides.map((image) => webpBeside(image.cached)), ...zips];
}

export default function cardImages(): AstroIntegration {
  let root = process.cwd();
  let slides: RenderedImage[] = [];
  const cacheDir = () => path.join(root, '.cache/cards');
  return {
    name: 'card-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        slides = await renderAllSlides(root, cacheDir());
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        const og = await renderImages(planOgJobs(dist, loadCardSite(root)), { root, cacheDir: cacheDir(), label: 'OG 이미지' });
        pruneCache(cacheDir(), placeInto(dist, cacheDir(), [...slides, ...og.images], slides));
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          handleDevImageRequest(root, cacheDir(), request, response).then(
            (handled) => handled || next(),
            (error: unknown) => {
              logger.error(error instanceof Error ? error.message : String(error));
              response.statusCode = 500;
              response.setHeader('content-type', 'text/plain; charset=utf-8');
              response.end(error instanceof Error ? error.message : String(error));
            },
          );
        });
      },
    },
  };
}
