// The worker loop each server process runs: every few seconds it queues today's daily jobs (idempotent, one per
// day across all instances), claims due jobs and runs their handlers. State is in the job table only.
import { randomUUID } from 'node:crypto';
import { seoulDateKey, seoulToInstant } from '../../lib/dates/seoul-time';
import type { ServiceContext } from '../context';
import { claimJobs, completeJob, enqueueJob, failJob } from './queue';

export type JobHandler = (payload: unknown) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface Worker {
  /** One pass: schedule the daily jobs, then run what is due. Returns how many jobs ran. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export const RETENTION_JOB = 'retention';
export const SIGNUP_REMINDERS_JOB = 'signup-reminders';

/** Jobs run once a day, from the given hour in Seoul. */
const DAILY_JOBS = [
  { kind: RETENTION_JOB, hour: '00' },
  { kind: SIGNUP_REMINDERS_JOB, hour: '09' },
];

/** Queues today's daily jobs (date in Seoul); a second call the same day, from any instance, does nothing. */
export async function enqueueDailyJobs(ctx: ServiceContext): Promise<void> {
  const today = seoulDateKey(ctx.clock());
  for (const { kind, hour } of DAILY_JOBS)
    await enqueueJob(ctx, ctx.db, { kind, payload: null, runAt: seoulToInstant(`${today}T${hour}:00`), uniqueKey: `${kind}:${today}` });
}

export function createWorker(ctx: ServiceContext, handlers: JobHandlers, options: { pollMs?: number; batch?: number } = {}): Worker {
  const workerId = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function runOnce(): Promise<number> {
    await enqueueDailyJobs(ctx);
    const claimed = await claimJobs(ctx, { workerId, limit: options.batch ?? 10 });
    for (const job of claimed) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job.payload);
        await completeJob(ctx, job.id);
      } catch (error) {
        ctx.log.error(`job ${job.id} (${job.kind}) failed on attempt ${job.attempts}: ${error instanceof Error ? error.name : 'error'}`);
        await failJob(ctx, job, error);
      }
    }
    return claimed.length;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((error) => ctx.log.error(`worker pass failed: ${error instanceof Error ? error.name : 'error'}`))
        .finally(schedule);
    }, options.pollMs ?? 2000);
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
