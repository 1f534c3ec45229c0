// Sending an issue's email edition (HTML and text the build made from content): first a test send to the staff
// member's own address, then the real send of that same edition, which queues one delivery job per confirmed,
// unbounced subscriber, spaced to NEWSLETTER_RATE_PER_MINUTE. Only a 관리자 sends. An issue goes out once; sending
// it again must be asked for (`force`) and waits until the last round has finished, so a round's jobs always read
// the edition they were queued for.
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import type { Transaction } from '../db/client';
import { newsletterSend, newsletterSubscriber } from '../db/schema';
import { enqueueJob } from '../jobs/queue';
import { enqueueMail } from '../mail/mail-queue';
import { ServiceError } from '../service-error';
import type { NewsletterDelivery } from './newsletter-delivery';
import { issueMail, type IssueEdition } from './newsletter-mail';
import { NEWSLETTER_DELIVERY_JOB, deliveriesQueued, deliveryKey } from './send-progress';

export interface NewsletterEdition extends IssueEdition {
  /** The issue's slug in content, e.g. 2026-11. */
  issueSlug: string;
}

export interface SendOptions {
  /** Send an issue that already went out once more (the 관리자 ticked 다시 보내기). */
  force?: boolean;
}

const contentHashOf = (edition: IssueEdition) =>
  createHash('sha256').update(JSON.stringify([edition.subject, edition.html, edition.text, edition.unsubscribePlaceholder])).digest('hex');

function checkSender(staff: StaffUser) {
  if (staff.role !== '관리자') throw new ServiceError('forbidden', '뉴스레터는 관리자만 보낼 수 있습니다.');
}

function checkEdition(edition: NewsletterEdition) {
  if (!edition.html.includes(edition.unsubscribePlaceholder) || !edition.text.includes(edition.unsubscribePlaceholder))
    throw new ServiceError('invalid', `이메일판 HTML과 텍스트 모두에 수신거부 자리(${edition.unsubscribePlaceholder})가 있어야 보낼 수 있습니다.`);
}

const alreadySent = () => new ServiceError('conflict', '이미 발송한 호입니다. 다시 보내려면 "다시 보내기"를 고르세요.');
const stillSending = () => new ServiceError('conflict', '지난 발송이 아직 끝나지 않았습니다. 모두 보낸 뒤에 다시 보낼 수 있습니다.');

type SendRow = typeof newsletterSend.$inferSelect;

/** The issue's row, locked for this transaction, after the once-only rule: a sent issue needs `force` and a finished round. */
async function lockForSending(tx: Transaction, issueSlug: string, options: SendOptions): Promise<SendRow | undefined> {
  const [row] = await tx.select().from(newsletterSend).where(eq(newsletterSend.issueSlug, issueSlug)).for('update');
  if (row?.startedAt) {
    if (!options.force) throw alreadySent();
    if ((await deliveriesQueued(tx, issueSlug, row.round)) > 0) throw stillSending();
  }
  return row;
}

/** Mails the edition to the staff member themselves, marked 시험 발송; the real send must be of exactly this edition. */
export async function sendTestIssue(ctx: ServiceContext, staff: StaffUser, edition: NewsletterEdition, options: SendOptions = {}): Promise<void> {
  checkSender(staff);
  checkEdition(edition);
  const values = {
    subject: edition.subject,
    html: edition.html,
    text: edition.text,
    unsubscribePlaceholder: edition.unsubscribePlaceholder,
    contentHash: contentHashOf(edition),
    testSentAt: ctx.clock(),
    testSentBy: staff.id,
  };
  await ctx.db.transaction(async (tx) => {
    const row = await lockForSending(tx, edition.issueSlug, options);
    if (row) await tx.update(newsletterSend).set(values).where(eq(newsletterSend.issueSlug, edition.issueSlug));
    else {
      // Two first test sends at once: the second finds the row taken and is asked to look again.
      const inserted = await tx.insert(newsletterSend).values({ issueSlug: edition.issueSlug, ...values }).onConflictDoNothing().returning();
      if (inserted.length === 0) throw new ServiceError('conflict', '다른 직원이 방금 이 호를 시험 발송했습니다. 화면을 새로 고쳐 확인하세요.');
    }
    const test = issueMail(ctx.settings, edition, staff.email, 'test-send-unsubscribe-link');
    await enqueueMail(ctx, tx, { ...test, subject: `[시험 발송] ${test.subject}` });
  });
}

export interface SendStarted {
  recipients: number;
  /** When the last mail is due, at the configured rate. */
  lastDueAt: Date;
}

/** Confirmed subscribers the real send goes to (bounced addresses left out). */
export async function countRecipients(ctx: Pick<ServiceContext, 'db'>): Promise<number> {
  return ctx.db.$count(newsletterSubscriber, and(eq(newsletterSubscriber.status, '구독'), isNull(newsletterSubscriber.bouncedAt)));
}

/** The real send, of exactly the edition that was test-sent. */
export async function startIssueSend(ctx: ServiceContext, staff: StaffUser, edition: NewsletterEdition, options: SendOptions = {}): Promise<SendStarted> {
  checkSender(staff);
  checkEdition(edition);
  return ctx.db.transaction(async (tx) => {
    const row = await lockForSending(tx, edition.issueSlug, options);
    if (!row?.testSentAt || row.contentHash !== contentHashOf(edition))
      throw new ServiceError('conflict', '먼저 이 내용 그대로 시험 발송을 해서 확인해 주세요.');
    const now = ctx.clock();
    const round = row.round + 1;
    const subscribers = await tx
      .select({ id: newsletterSubscriber.id })
      .from(newsletterSubscriber)
      .where(and(eq(newsletterSubscriber.status, '구독'), isNull(newsletterSubscriber.bouncedAt)))
      .orderBy(asc(newsletterSubscriber.confirmedAt), asc(newsletterSubscriber.id));
    const rate = ctx.settings.newsletterRatePerMinute;
    let lastDueAt = now;
    for (const [index, subscriber] of subscribers.entries()) {
      lastDueAt = new Date(now.getTime() + Math.floor(index / rate) * 60_000);
      const payload: NewsletterDelivery = { issueSlug: edition.issueSlug, round, subscriberId: subscriber.id };
      await enqueueJob(ctx, tx, { kind: NEWSLETTER_DELIVERY_JOB, payload, runAt: lastDueAt, uniqueKey: deliveryKey(edition.issueSlug, round, subscriber.id) });
    }
    await tx
      .update(newsletterSend)
      .set({ startedAt: now, startedBy: staff.id, recipients: subscribers.length, round, delivered: 0, skipped: 0, bounced: 0 })
      .where(eq(newsletterSend.issueSlug, edition.issueSlug));
    ctx.log.info(`newsletter ${edition.issueSlug} round ${round}: ${subscribers.length} deliveries queued`);
    return { recipients: subscribers.length, lastDueAt };
  });
}
