/** Worker thread: draws the jobs the pool sends, writes each PNG into the cache, reports back. */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImageJob } from '../../src/lib/card-jobs';
import { loadCardFonts, renderImage } from './render-image';

export interface WorkerRequest {
  id: number;
  job: ImageJob;
  outFile: string;
}
export type WorkerReply = { id: number; ok: true } | { id: number; ok: false; overflow?: import('../../src/cards').SlideOverflow; error?: string };

const fonts = loadCardFonts((workerData as { root: string }).root);

parentPort!.on('message', async ({ id, job, outFile }: WorkerRequest) => {
  try {
    const outcome = await renderImage(job, fonts);
    if (outcome.overflow) {
      parentPort!.postMessage({ id, ok: false, overflow: outcome.overflow } satisfies WorkerReply);
      return;
    }
    // Write then rename, so a crash never leaves a half-written PNG under its final cache name.
    const temporary = `${outFile}.${process.pid}.${id}.tmp`;
    writeFileSync(temporary, outcome.png);
    renameSync(temporary, outFile);
    parentPort!.postMessage({ id, ok: true } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
