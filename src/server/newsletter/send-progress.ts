// Where an issue's send stands, for the staff page and for the rules that depend on it: the test send, the round,
// and that round's deliveries (still queued, sent, skipped, refused by the recipient's server, given up after every
// retry). Each delivery job's unique key names its issue and round, so one round's jobs are counted apart.
import { and, count, eq, isNotNull, isNull, like } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import { alias } from 'drizzle-orm/pg-core';
import { job, newsletterSend, user } from '../db/schema';

export const NEWSLETTER_DELIVERY_JOB = 'newsletter-delivery';

/** One subscriber's copy of one round of an issue: enqueued at most once. */
export const deliveryKey = (issueSlug: string, round: number, subscriberId: string) => `newsletter:${issueSlug}:${round}:${subscriberId}`;
const roundKeys = (issueSlug: string, round: number) => like(job.uniqueKey, `newsletter:${issueSlug}:${round}:%`);

/** Delivery jobs of a round not yet sent nor given up (due later, or waiting to retry). */
export async function deliveriesQueued(db: Executor, issueSlug: string, round: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(job)
    .where(and(eq(job.kind, NEWSLETTER_DELIVERY_JOB), roundKeys(issueSlug, round), isNull(job.doneAt), isNull(job.failedAt)));
  return row?.n ?? 0;
}

async function deliveriesFailed(db: Executor, issueSlug: string, round: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(job).where(and(eq(job.kind, NEWSLETTER_DELIVERY_JOB), roundKeys(issueSlug, round), isNotNull(job.failedAt)));
  return row?.n ?? 0;
}

export interface SendRecord {
  issueSlug: string;
  subject: string;
  testSentAt: Date | null;
  testSentByName: string | null;
  startedAt: Date | null;
  startedByName: string | null;
  /** Sends started; 0 before the first. */
  round: number;
  recipients: number | null;
  /** The current round's outcomes so far: sent, skipped (unsubscribed or bounced before their turn), refused by the recipient's server. */
  delivered: number;
  skipped: number;
  bounced: number;
}

export interface SendProgress extends SendRecord {
  queued: number;
  /** Given up after every retry (the mail server kept failing). Counted from the job table, which keeps them 30 days. */
  failed: number;
}

const tester = alias(user, 'tester');
const starter = alias(user, 'starter');

function sendRecords(db: Executor) {
  return db
    .select({
      issueSlug: newsletterSend.issueSlug,
      subject: newsletterSend.subject,
      testSentAt: newsletterSend.testSentAt,
      testSentByName: tester.name,
      startedAt: newsletterSend.startedAt,
      startedByName: starter.name,
      round: newsletterSend.round,
      recipients: newsletterSend.recipients,
      delivered: newsletterSend.delivered,
      skipped: newsletterSend.skipped,
      bounced: newsletterSend.bounced,
    })
    .from(newsletterSend)
    .leftJoin(tester, eq(tester.id, newsletterSend.testSentBy))
    .leftJoin(starter, eq(starter.id, newsletterSend.startedBy));
}

/** Every issue that was test-sent or sent, by slug (the list needs only whether and when). */
export async function listSendRecords(ctx: Pick<ServiceContext, 'db'>): Promise<Map<string, SendRecord>> {
  return new Map((await sendRecords(ctx.db)).map((row) => [row.issueSlug, row]));
}

/** One issue's send with its current round's deliveries; null before its first test send. */
export async function readSendProgress(ctx: Pick<ServiceContext, 'db'>, issueSlug: string): Promise<SendProgress | null> {
  const [record] = await sendRecords(ctx.db).where(eq(newsletterSend.issueSlug, issueSlug));
  if (!record) return null;
  const [queued, failed] = record.round
    ? await Promise.all([deliveriesQueued(ctx.db, issueSlug, record.round), deliveriesFailed(ctx.db, issueSlug, record.round)])
    : [0, 0];
  return { ...record, queued, failed };
}

/** One line for the staff lists: 발송 전, 시험 발송 (when), or sent (when, to how many, which round). */
export function sendStatusText(record: SendRecord | undefined, format: (instant: Date) => string): string {
  if (!record?.testSentAt) return '발송 전';
  if (!record.startedAt) return `시험 발송 ${format(record.testSentAt)}`;
  const again = record.round > 1 ? ` (${record.round}번째)` : '';
  return `발송 ${format(record.startedAt)} · ${(record.recipients ?? 0).toLocaleString('ko-KR')}명${again}`;
}
