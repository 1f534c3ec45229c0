// How a subscriber's address is stored and found: encrypted in `newsletter_subscriber.email`, looked up by its
// HMAC; and the one-click unsubscribe token, derived from the subscriber's id and confirmation time (only its hash
// is stored), so every issue's mail can carry it and a new opt-in makes the old links stop working.
import type { ServiceContext } from '../context';
import { createLookupHash, normaliseEmail } from '../crypto/lookup-hash';

export const subscriberEmailField = 'newsletter_subscriber.email';

export const subscriberEmailHash = (ctx: Pick<ServiceContext, 'hmacKey'>, email: string) =>
  createLookupHash(ctx.hmacKey, 'newsletter-email')(normaliseEmail(email));

export const unsubscribeToken = (ctx: Pick<ServiceContext, 'hmacKey'>, subscriber: { id: string; confirmedAt: Date }) =>
  createLookupHash(ctx.hmacKey, 'newsletter-unsubscribe')(`${subscriber.id}:${subscriber.confirmedAt.getTime()}`);
