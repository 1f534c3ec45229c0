/**
 * Draws every image job that is not in the cache yet, on worker threads across the cores,
 * with a progress line on a terminal and one summary line otherwise (CI).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeOverflow, type SlideOverflow } from '../templates/overflow';
import type { ImageJob, SlideJob } from '../jobs';
import { formatProgress, formatSummary, type RenderCounts } from './progress';
import { cacheFile, jobCacheKey, rendererFingerprint, webpBeside } from './cache';
import type { WorkerReply, WorkerRequest } from './render-worker';

export interface RenderOptions {
  root: string;
  cacheDir: string;
  /** Worker threads; defaults to one per core. */
  workers?: number;
  /** Shown in progress and summary lines. */
  label?: string;
  /** Where progress goes; defaults to stderr. Pass null for silence. */
  log?: ((line: string, final: boolean) => void) | null;
}

export interface RenderedImage {
  job: ImageJob;
  /** The PNG in the cache. */
  cached: string;
}

export interface RenderResult extends RenderCounts {
  images: RenderedImage[];
  overflows: { job: ImageJob; overflow: SlideOverflow }[];
  elapsedMs: number;
  workers: number;
}

/** One sentence per card that does not fit: file, card, which text and how many characters to cut. */
export function overflowMessages(overflows: RenderResult['overflows']): string[] {
  return overflows.map(({ job, overflow }) => {
    const slide = job as SlideJob;
    return describeOverflow(overflow, { file: slide.file, slideNumber: slide.context.number, slide: slide.slide });
  });
}

const interactive = () => Boolean(process.stderr.isTTY) && !process.env.CI;

function defaultLog(line: string, final: boolean) {
  if (interactive()) process.stderr.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
  else if (final) process.stderr.write(`${line}\n`);
}

export async function renderImages(jobs: readonly ImageJob[], options: RenderOptions): Promise<RenderResult> {
  const { root, cacheDir, label = '이미지', log = defaultLog } = options;
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const fingerprint = rendererFingerprint(root);
  const images = jobs.map((job) => ({ job, cached: cacheFile(cacheDir, jobCacheKey(job, fingerprint)) }));
  // Two jobs with the same pixels (same key) are drawn once.
  const drawn = (image: RenderedImage) => existsSync(image.cached) && (image.job.kind !== 'slide' || existsSync(webpBeside(image.cached)));
  const todo = [...new Map(images.filter((image) => !drawn(image)).map((image) => [image.cached, image])).values()];
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), todo.length));
  const overflows: RenderResult['overflows'] = [];
  const failures: string[] = [];

  if (todo.length) {
    let next = 0;
    let done = 0;
    let lastLog = 0;
    const report = () => {
      const now = performance.now();
      if (log && interactive() && now - lastLog > 100) {
        lastLog = now;
        log(formatProgress(label, done, todo.length, now - started), false);
      }
    };
    const pool = Array.from({ length: workers }, () =>
      new Worker(new URL('./render-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { root } }),
    );
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= todo.length) return void worker.terminate().then(() => resolve());
              const id = next++;
              worker.postMessage({ id, job: todo[id].job, outFile: todo[id].cached } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              done++;
              if (!reply.ok && reply.overflow) overflows.push({ job: todo[reply.id].job, overflow: reply.overflow });
              else if (!reply.ok) failures.push(`${todo[reply.id].job.url}: ${reply.error}`);
              report();
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  }
  if (failures.length) throw new Error(`이미지를 그리지 못했습니다:\n${failures.join('\n')}`);
  const elapsedMs = performance.now() - started;
  const counts = { total: images.length, rendered: todo.length - overflows.length, cached: images.length - todo.length };
  log?.(formatSummary(label, counts, elapsedMs, todo.length ? workers : 0), true);
  return { ...counts, images, overflows, elapsedMs, workers };
}
