/** Worker thread: draws the jobs the pool sends, writes each PNG into the cache, reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeFileAtomically } from '../../build/atomic-files';
import type { ImageJob } from '../jobs';
import { loadCardFonts, renderImage } from './render-image';
import { webpBeside } from './cache';

export interface WorkerRequest {
  id: number;
  job: ImageJob;
  outFile: string;
}
export type WorkerReply = { id: number; ok: true } | { id: number; ok: false; overflow?: import('../templates/overflow').SlideOverflow; error?: string };

const fonts = loadCardFonts((workerData as { root: string }).root);

parentPort!.on('message', async ({ id, job, outFile }: WorkerRequest) => {
  try {
    const outcome = await renderImage(job, fonts);
    if (outcome.overflow) {
      parentPort!.postMessage({ id, ok: false, overflow: outcome.overflow } satisfies WorkerReply);
      return;
    }
    // Whole or not at all, so a crash never leaves a half-written image under its final cache name. The WebP first:
    // a PNG in the cache means the card is done.
    if (outcome.webp) writeFileAtomically(webpBeside(outFile), outcome.webp);
    writeFileAtomically(outFile, outcome.png);
    parentPort!.postMessage({ id, ok: true } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
