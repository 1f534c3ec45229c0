// Sending an issue's email edition (HTML and text made by the caller from content): first a test send to the
// staff member's own address, then the real send of that same edition, which queues one delivery job per
// confirmed, unbounced subscriber, spaced to NEWSLETTER_RATE_PER_MINUTE. Starting twice queues nothing more.
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { newsletterSend, newsletterSubscriber } from '../db/schema';
import { enqueueJob } from '../jobs/queue';
import { enqueueMail } from '../mail/mail-queue';
import { ServiceError } from '../service-error';
import { NEWSLETTER_DELIVERY_JOB, type NewsletterDelivery } from './newsletter-delivery';
import { issueMail, type IssueEdition } from './newsletter-mail';

export interface NewsletterEdition extends IssueEdition {
  /** The issue's slug in content, e.g. 2026-11. */
  issueSlug: string;
}

const contentHashOf = (edition: IssueEdition) =>
  createHash('sha256').update(JSON.stringify([edition.subject, edition.html, edition.text, edition.unsubscribePlaceholder])).digest('hex');

function checkEdition(edition: NewsletterEdition) {
  if (!edition.html.includes(edition.unsubscribePlaceholder) || !edition.text.includes(edition.unsubscribePlaceholder))
    throw new ServiceError('invalid', `이메일판 HTML과 텍스트 모두에 수신거부 자리(${edition.unsubscribePlaceholder})가 있어야 보낼 수 있습니다.`);
}

const alreadySent = () => new ServiceError('conflict', '이미 발송을 시작한 호입니다.');

/** Mails the edition to the staff member themselves, marked 시험 발송. */
export async function sendTestIssue(ctx: ServiceContext, staff: StaffUser, edition: NewsletterEdition): Promise<void> {
  checkEdition(edition);
  const now = ctx.clock();
  const values = {
    subject: edition.subject,
    html: edition.html,
    text: edition.text,
    unsubscribePlaceholder: edition.unsubscribePlaceholder,
    contentHash: contentHashOf(edition),
    testSentAt: now,
    testSentBy: staff.id,
  };
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(newsletterSend)
      .values({ issueSlug: edition.issueSlug, ...values })
      .onConflictDoUpdate({ target: newsletterSend.issueSlug, set: values, setWhere: isNull(newsletterSend.startedAt) })
      .returning({ issueSlug: newsletterSend.issueSlug });
    if (!row) throw alreadySent();
    const test = issueMail(ctx.settings, edition, staff.email, 'test-send-unsubscribe-link');
    await enqueueMail(ctx, tx, { ...test, subject: `[시험 발송] ${test.subject}` });
  });
}

export interface SendStarted {
  recipients: number;
  /** When the last mail is due, at the configured rate. */
  lastDueAt: Date;
}

/** The real send, of exactly the edition that was test-sent. */
export async function startIssueSend(ctx: ServiceContext, staff: StaffUser, edition: NewsletterEdition): Promise<SendStarted> {
  checkEdition(edition);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(newsletterSend).where(eq(newsletterSend.issueSlug, edition.issueSlug)).for('update');
    if (!row?.testSentAt || row.contentHash !== contentHashOf(edition))
      throw new ServiceError('conflict', '먼저 이 내용 그대로 시험 발송을 해서 확인해 주세요.');
    if (row.startedAt) throw alreadySent();
    const now = ctx.clock();
    const subscribers = await tx
      .select({ id: newsletterSubscriber.id })
      .from(newsletterSubscriber)
      .where(and(eq(newsletterSubscriber.status, '구독'), isNull(newsletterSubscriber.bouncedAt)))
      .orderBy(asc(newsletterSubscriber.confirmedAt), asc(newsletterSubscriber.id));
    const rate = ctx.settings.newsletterRatePerMinute;
    let lastDueAt = now;
    for (const [index, subscriber] of subscribers.entries()) {
      lastDueAt = new Date(now.getTime() + Math.floor(index / rate) * 60_000);
      const payload: NewsletterDelivery = { issueSlug: edition.issueSlug, subscriberId: subscriber.id };
      await enqueueJob(ctx, tx, { kind: NEWSLETTER_DELIVERY_JOB, payload, runAt: lastDueAt, uniqueKey: `newsletter:${edition.issueSlug}:${subscriber.id}` });
    }
    await tx.update(newsletterSend).set({ startedAt: now, startedBy: staff.id, recipients: subscribers.length }).where(eq(newsletterSend.issueSlug, edition.issueSlug));
    ctx.log.info(`newsletter ${edition.issueSlug}: ${subscribers.length} deliveries queued`);
    return { recipients: subscribers.length, lastDueAt };
  });
}
