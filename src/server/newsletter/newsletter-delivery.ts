// One subscriber's copy of an issue, sent by a job at its turn. The address is read (and decrypted) only then, so
// someone who unsubscribed or bounced after the send started gets nothing.
import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { newsletterSend, newsletterSubscriber } from '../db/schema';
import type { MailTransport } from '../mail/mail-transport';
import { issueMail } from './newsletter-mail';
import { subscriberEmailField, unsubscribeToken } from './subscriber-fields';

export const NEWSLETTER_DELIVERY_JOB = 'newsletter-delivery';

export interface NewsletterDelivery {
  issueSlug: string;
  subscriberId: string;
}

export async function deliverNewsletter(ctx: ServiceContext, transport: MailTransport, payload: unknown): Promise<void> {
  const { issueSlug, subscriberId } = payload as NewsletterDelivery;
  const [subscriber] = await ctx.db
    .select()
    .from(newsletterSubscriber)
    .where(and(eq(newsletterSubscriber.id, subscriberId), eq(newsletterSubscriber.status, '구독')));
  if (!subscriber?.email || !subscriber.confirmedAt || subscriber.bouncedAt) return;
  const [edition] = await ctx.db.select().from(newsletterSend).where(eq(newsletterSend.issueSlug, issueSlug));
  if (!edition) return;
  const to = ctx.cipher.decrypt(subscriber.email, subscriberEmailField);
  await transport.send(issueMail(ctx.settings, edition, to, unsubscribeToken(ctx, { id: subscriber.id, confirmedAt: subscriber.confirmedAt })));
}
