// One subscriber's copy of an issue, sent by a job at its turn. The address is read (and decrypted) only then, so
// someone who unsubscribed or bounced after the send started gets nothing. A recipient's server that refuses the
// address for good (a hard bounce) marks it bounced: no later issue goes there. Each outcome is counted on the
// issue's round, for the staff page's progress.
import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { newsletterSend, newsletterSubscriber } from '../db/schema';
import { isRecipientRefused, type MailTransport } from '../mail/mail-transport';
import { issueMail } from './newsletter-mail';
import { subscriberEmailField, unsubscribeToken } from './subscriber-fields';
import { recordBounce } from './subscriptions';

export interface NewsletterDelivery {
  issueSlug: string;
  /** The send round the job was queued for (see newsletter-sending.ts). */
  round: number;
  subscriberId: string;
}

type Outcome = 'delivered' | 'skipped' | 'bounced';

export async function deliverNewsletter(ctx: ServiceContext, transport: MailTransport, payload: unknown): Promise<void> {
  const { issueSlug, round, subscriberId } = payload as NewsletterDelivery;
  const [edition] = await ctx.db.select().from(newsletterSend).where(and(eq(newsletterSend.issueSlug, issueSlug), eq(newsletterSend.round, round)));
  if (!edition) return;
  const count = (outcome: Outcome) =>
    ctx.db
      .update(newsletterSend)
      .set({ [outcome]: sql`${newsletterSend[outcome]} + 1` })
      .where(and(eq(newsletterSend.issueSlug, issueSlug), eq(newsletterSend.round, round)));
  const [subscriber] = await ctx.db
    .select()
    .from(newsletterSubscriber)
    .where(and(eq(newsletterSubscriber.id, subscriberId), eq(newsletterSubscriber.status, '구독')));
  if (!subscriber?.email || !subscriber.confirmedAt || subscriber.bouncedAt) return void (await count('skipped'));
  const to = ctx.cipher.decrypt(subscriber.email, subscriberEmailField);
  try {
    await transport.send(issueMail(ctx.settings, edition, to, unsubscribeToken(ctx, { id: subscriber.id, confirmedAt: subscriber.confirmedAt })));
  } catch (error) {
    // Anything else (the server down, a full mailbox) is tried again by the job queue.
    if (!isRecipientRefused(error)) throw error;
    await recordBounce(ctx, to);
    return void (await count('bounced'));
  }
  await count('delivered');
}
