// The job queue: work that must survive a crash (mail, the daily retention run). Payloads are encrypted because a
// mail job holds an address and text.
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const job = pgTable(
  'job',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    /** Encrypted JSON; emptied once the job is done. */
    payload: text('payload'),
    /** Makes enqueueing idempotent, e.g. `retention:2026-05-01`. */
    uniqueKey: text('unique_key').unique(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    /** An error's name or code only, never its message (which may quote an address). */
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('job_due_idx').on(table.runAt)],
);
