// A job queue in the database: enqueue (optionally idempotent by a unique key), claim due jobs with
// FOR UPDATE SKIP LOCKED so several workers never take the same one, finish, or retry with backoff. A job whose
// worker died is claimed again once its lock runs out.
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import { job } from '../db/schema';

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt?: Date;
  uniqueKey?: string;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

type QueueContext = Pick<ServiceContext, 'cipher' | 'clock'>;

const PAYLOAD_FIELD = 'job.payload';

/** Adds a job (inside the caller's transaction when `db` is one). False when its unique key was already queued. */
export async function enqueueJob(ctx: QueueContext, db: Executor, newJob: NewJob): Promise<boolean> {
  const now = ctx.clock();
  const inserted = await db
    .insert(job)
    .values({
      kind: newJob.kind,
      payload: ctx.cipher.encrypt(JSON.stringify(newJob.payload ?? null), PAYLOAD_FIELD),
      uniqueKey: newJob.uniqueKey,
      runAt: newJob.runAt ?? now,
      maxAttempts: newJob.maxAttempts ?? 8,
      createdAt: now,
    })
    .onConflictDoNothing({ target: job.uniqueKey })
    .returning({ id: job.id });
  return inserted.length > 0;
}

export interface ClaimOptions {
  workerId: string;
  limit?: number;
  /** How long a claimed job stays invisible to other workers. */
  lockSeconds?: number;
}

export async function claimJobs(ctx: Pick<ServiceContext, 'db' | 'cipher' | 'clock'>, options: ClaimOptions): Promise<ClaimedJob[]> {
  const now = ctx.clock();
  const due = ctx.db
    .select({ id: job.id })
    .from(job)
    .where(
      and(
        isNull(job.doneAt),
        isNull(job.failedAt),
        lte(job.runAt, now),
        or(isNull(job.lockedUntil), lt(job.lockedUntil, now)),
      ),
    )
    .orderBy(asc(job.runAt), asc(job.id))
    .limit(options.limit ?? 10)
    .for('update', { skipLocked: true });
  const claimed = await ctx.db
    .update(job)
    .set({
      attempts: sql`${job.attempts} + 1`,
      lockedUntil: new Date(now.getTime() + (options.lockSeconds ?? 120) * 1000),
      lockedBy: options.workerId,
    })
    .where(inArray(job.id, due))
    .returning();
  return claimed
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id)
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      payload: JSON.parse(ctx.cipher.decrypt(row.payload!, PAYLOAD_FIELD)) as unknown,
      attempts: row.attempts,
      maxAttempts: row.maxAttempts,
    }));
}

/** Done: the payload (which may hold personal data) is dropped; the row stays a while for its unique key. */
export async function completeJob(ctx: Pick<ServiceContext, 'db' | 'clock'>, id: number): Promise<void> {
  await ctx.db.update(job).set({ doneAt: ctx.clock(), payload: null, lockedUntil: null, lastError: null }).where(eq(job.id, id));
}

/** Retries later with exponential backoff (30 s, 1 min, 2 min … at most 1 h), or gives up after maxAttempts. */
export async function failJob(ctx: Pick<ServiceContext, 'db' | 'clock'>, claimed: ClaimedJob, error: unknown): Promise<void> {
  const now = ctx.clock();
  const lastError = errorLabel(error);
  if (claimed.attempts >= claimed.maxAttempts) {
    await ctx.db.update(job).set({ failedAt: now, payload: null, lockedUntil: null, lastError }).where(eq(job.id, claimed.id));
    return;
  }
  const delay = Math.min(30_000 * 2 ** (claimed.attempts - 1), 3_600_000);
  await ctx.db
    .update(job)
    .set({ runAt: new Date(now.getTime() + delay), lockedUntil: null, lastError })
    .where(eq(job.id, claimed.id));
}

/** An error's name and code only: messages can quote an address. */
function errorLabel(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name}:${code}` : error.name;
}

/** Finished and given-up jobs older than 30 days are deleted; returns how many. */
export async function deleteFinishedJobs(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<number> {
  const cutoff = new Date(ctx.clock().getTime() - 30 * 24 * 60 * 60 * 1000);
  const deleted = await ctx.db
    .delete(job)
    .where(or(and(isNotNull(job.doneAt), lt(job.doneAt, cutoff)), and(isNotNull(job.failedAt), lt(job.failedAt, cutoff))))
    .returning({ id: job.id });
  return deleted.length;
}
