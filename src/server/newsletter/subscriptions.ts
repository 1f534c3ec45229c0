// Newsletter subscription with double opt-in. Subscribing stores a pending record (address encrypted, found by its
// HMAC; consent: when, the text's version and SHA-256) and queues a confirmation mail; only the link in it
// subscribes, within 7 days. The one-click unsubscribe link ends it; coming back needs a new opt-in. Bounces are
// recorded by address. Answers never tell whether an address is on the list.
import { createHash } from 'node:crypto';
import { and, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ServiceContext } from '../context';
import { hashPrivateToken, newPrivateToken } from '../crypto/private-token';
import { newsletterSubscriber } from '../db/schema';
import { emailField } from '../form-fields';
import { enqueueMail } from '../mail/mail-queue';
import { hitRateLimit, type RateRule } from '../rate-limit/rate-limit';
import { findByPrivateToken, tooManyRequests } from '../rate-limit/token-lookup';
import { ServiceError } from '../service-error';
import { CONFIRM_DAYS, confirmSubscriptionMail } from './newsletter-mail';
import { subscriberEmailField, subscriberEmailHash, unsubscribeToken } from './subscriber-fields';

export const subscribeInput = z.object({
  email: z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), emailField),
  consent: z.literal(true, { error: '개인정보 수집·이용에 동의해야 구독을 신청할 수 있습니다.' }),
});
export type SubscribeInput = z.output<typeof subscribeInput>;

/** The consent text the form showed, from content: its version and the exact words. */
export interface ConsentText {
  version: string;
  text: string;
}

export const newsletterRules = {
  /** Subscribe requests from one address: 10 per hour. */
  perClient: { name: 'newsletter-subscribe-client', limit: 10, windowSeconds: 60 * 60 },
  /** Confirmation mails to one mailbox: 3 per day, so the form cannot be used to flood someone. */
  perMailbox: { name: 'newsletter-confirm-mail', limit: 3, windowSeconds: 24 * 60 * 60 },
  /** Wrong confirm or unsubscribe tokens from one address, and uses of one link. */
  miss: { name: 'newsletter-token-miss', limit: 20, windowSeconds: 15 * 60 },
  read: { name: 'newsletter-token-read', limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

const DAY_MS = 24 * 60 * 60 * 1000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Always answers the same way ("check your mail"), whether the address was new, pending or already subscribed. */
export async function subscribe(ctx: ServiceContext, input: SubscribeInput, consent: ConsentText, clientIp: string): Promise<void> {
  if (!(await hitRateLimit(ctx, newsletterRules.perClient, clientIp)).allowed) throw tooManyRequests();
  const emailHash = subscriberEmailHash(ctx, input.email);
  if (!(await hitRateLimit(ctx, newsletterRules.perMailbox, emailHash)).allowed) return;
  const token = newPrivateToken();
  const now = ctx.clock();
  const pending = {
    email: ctx.cipher.encrypt(input.email, subscriberEmailField),
    status: '확인 대기' as const,
    confirmTokenHash: hashPrivateToken(token),
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_DAYS * DAY_MS),
    consentVersion: consent.version,
    consentTextHash: sha256(consent.text),
    consentedAt: now,
    confirmedAt: null,
    unsubscribedAt: null,
    unsubscribeTokenHash: null,
  };
  await ctx.db.transaction(async (tx) => {
    // One statement: a new address is inserted; a pending or unsubscribed one starts a new opt-in; a subscribed
    // one is left alone (and gets no mail).
    const stored = await tx
      .insert(newsletterSubscriber)
      .values({ emailHash, ...pending, createdAt: now })
      .onConflictDoUpdate({ target: newsletterSubscriber.emailHash, set: pending, setWhere: ne(newsletterSubscriber.status, '구독') })
      .returning({ id: newsletterSubscriber.id });
    if (stored.length > 0) await enqueueMail(ctx, tx, confirmSubscriptionMail(ctx.settings, input.email, token));
  });
}

const noSuchLink = () => new ServiceError('not-found', '이 링크로 찾을 수 있는 구독 신청이 없습니다. 주소를 다시 확인해 주세요.');

const subscriberFor = (ctx: ServiceContext, token: string, clientIp: string, column: 'confirmTokenHash' | 'unsubscribeTokenHash') =>
  findByPrivateToken(ctx, newsletterRules, { token, clientIp, notFound: noSuchLink }, async (tokenHash) => {
    const [row] = await ctx.db.select().from(newsletterSubscriber).where(eq(newsletterSubscriber[column], tokenHash));
    return row;
  });

/** The link in the confirmation mail. Confirming twice is harmless; an expired link asks for a new sign-up. */
export async function confirmSubscription(ctx: ServiceContext, token: string, clientIp: string): Promise<void> {
  const row = await subscriberFor(ctx, token, clientIp, 'confirmTokenHash');
  if (row.status === '구독') return;
  const now = ctx.clock();
  if (row.status !== '확인 대기' || !row.confirmExpiresAt || row.confirmExpiresAt < now)
    throw new ServiceError('closed', `확인 링크의 기한(${CONFIRM_DAYS}일)이 지났습니다. 구독을 다시 신청해 주세요.`);
  const unsubscribeTokenHash = hashPrivateToken(unsubscribeToken(ctx, { id: row.id, confirmedAt: now }));
  await ctx.db
    .update(newsletterSubscriber)
    .set({ status: '구독', confirmedAt: now, confirmExpiresAt: null, unsubscribeTokenHash, bouncedAt: null })
    .where(and(eq(newsletterSubscriber.id, row.id), eq(newsletterSubscriber.status, '확인 대기')));
}

/** One click (RFC 8058 POST, or the page's button): no more mail, and the address itself is erased. */
export async function unsubscribe(ctx: ServiceContext, token: string, clientIp: string): Promise<void> {
  const row = await subscriberFor(ctx, token, clientIp, 'unsubscribeTokenHash');
  if (row.status === '해지') return;
  await ctx.db
    .update(newsletterSubscriber)
    .set({ status: '해지', email: null, unsubscribedAt: ctx.clock(), confirmTokenHash: null })
    .where(eq(newsletterSubscriber.id, row.id));
}

/** A hard bounce reported by the mail server: that address gets no more issues. True when it was on the list. */
export async function recordBounce(ctx: Pick<ServiceContext, 'db' | 'hmacKey' | 'clock'>, email: string): Promise<boolean> {
  const updated = await ctx.db
    .update(newsletterSubscriber)
    .set({ bouncedAt: ctx.clock() })
    .where(eq(newsletterSubscriber.emailHash, subscriberEmailHash(ctx, email)))
    .returning({ id: newsletterSubscriber.id });
  return updated.length > 0;
}

/** Subscribers confirmed at a moment (for the yearly figures): confirmed before it and not unsubscribed by then. */
export async function countSubscribersAt(ctx: Pick<ServiceContext, 'db'>, instant: Date): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(newsletterSubscriber)
    .where(
      and(
        lte(newsletterSubscriber.confirmedAt, instant),
        or(isNull(newsletterSubscriber.unsubscribedAt), gt(newsletterSubscriber.unsubscribedAt, instant)),
      ),
    );
  return row?.n ?? 0;
}
