// Newsletter records that have outlived their use: pending opt-ins never confirmed (7 days) and the consent
// records of unsubscribed addresses (which hold no address, only its hash), 1 year after unsubscribing.
import { and, eq, lt } from 'drizzle-orm';
import { yearsBefore } from '../clock';
import type { ServiceContext } from '../context';
import { newsletterSubscriber } from '../db/schema';

export const UNSUBSCRIBED_RETENTION_YEARS = 1;

export async function deleteExpiredSubscribers(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<{ pendingSubscribers: number; unsubscribedSubscribers: number }> {
  const now = ctx.clock();
  const pending = await ctx.db
    .delete(newsletterSubscriber)
    .where(and(eq(newsletterSubscriber.status, '확인 대기'), lt(newsletterSubscriber.confirmExpiresAt, now)))
    .returning({ id: newsletterSubscriber.id });
  const unsubscribed = await ctx.db
    .delete(newsletterSubscriber)
    .where(and(eq(newsletterSubscriber.status, '해지'), lt(newsletterSubscriber.unsubscribedAt, yearsBefore(now, UNSUBSCRIBED_RETENTION_YEARS))))
    .returning({ id: newsletterSubscriber.id });
  return { pendingSubscribers: pending.length, unsubscribedSubscribers: unsubscribed.length };
}
