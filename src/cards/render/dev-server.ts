/**
 * `astro dev`: card PNGs, issue ZIPs and OG images are drawn when the browser asks for them (and cached),
 * so starting the dev server stays instant however many issues there are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../../build/atomic-files';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeOverflow } from '../templates/overflow';
import type { ImageJob } from '../jobs';
import { pagePathForOgImage, parseCardImagePath } from '../../lib/urls';
import { cacheFile, jobCacheKey, rendererFingerprint, webpBeside } from './cache';
import { loadCardSite, ogJobForPage, planSlideJobs } from './plan';
import { loadCardFonts, renderImage } from './render-image';
import { issueZip } from './zip';

/** Draws one job in this process unless it is cached; returns the cached PNG's path. */
async function renderOne(root: string, cacheDir: string, job: ImageJob): Promise<string> {
  const cached = cacheFile(cacheDir, jobCacheKey(job, rendererFingerprint(root)));
  if (existsSync(cached) && (job.kind !== 'slide' || existsSync(webpBeside(cached)))) return cached;
  const outcome = await renderImage(job, loadCardFonts(root));
  if (outcome.overflow) {
    if (job.kind !== 'slide') throw new Error(`${job.url}: 글이 넘칩니다.`);
    throw new Error(describeOverflow(outcome.overflow, { file: job.file, slideNumber: job.context.number, slide: job.slide }));
  }
  if (outcome.webp) writeFileAtomically(webpBeside(cached), outcome.webp);
  writeFileAtomically(cached, outcome.png);
  return cached;
}

function send(response: ServerResponse, type: string, body: Uint8Array) {
  response.statusCode = 200;
  response.setHeader('content-type', type);
  response.setHeader('cache-control', 'no-cache');
  response.end(body);
}

/** Answers image URLs; returns false for anything else, so the dev server handles it. */
export async function handleDevImageRequest(root: string, cacheDir: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const { pathname } = new URL(request.url ?? '/', 'http://dev.invalid');
  const card = parseCardImagePath(pathname);
  if (card) {
    const jobs = planSlideJobs(root).filter((job) => job.slug === card.slug);
    if ('zip' in card) {
      if (!jobs.length) return false;
      const files = [];
      for (const job of jobs) files.push({ url: job.url, cached: await renderOne(root, cacheDir, job) });
      send(response, 'application/zip', issueZip(files));
      return true;
    }
    const job = jobs.find((candidate) => candidate.context.number === card.number);
    if (!job) return false;
    const cached = await renderOne(root, cacheDir, job);
    send(response, card.webp ? 'image/webp' : 'image/png', readFileSync(card.webp ? webpBeside(cached) : cached));
    return true;
  }
  const pagePath = pagePathForOgImage(pathname);
  if (pagePath) {
    // The page itself says what its preview shows: ask this dev server for it and read its meta tags.
    const page = await fetch(new URL(pagePath, `http://${request.headers.host}`));
    if (!page.ok) return false;
    const job = ogJobForPage(pagePath, await page.text(), loadCardSite(root));
    if (!job) return false;
    send(response, 'image/png', readFileSync(await renderOne(root, cacheDir, job)));
    return true;
  }
  return false;
}
