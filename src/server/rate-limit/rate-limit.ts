// Fixed-window rate limits counted in the database, so every instance behind a load balancer shares them. One
// atomic upsert per hit; the subject (an IP, a token) is stored only as a keyed hash.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { createLookupHash } from '../crypto/lookup-hash';
import { rateLimitCounter } from '../db/schema';

export interface RateRule {
  /** What is limited, e.g. `counselling-token-miss`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateState {
  allowed: boolean;
  count: number;
  /** When the window ends, for a Retry-After header. */
  resetAt: Date;
}

type RateContext = Pick<ServiceContext, 'db' | 'hmacKey' | 'clock'>;

function windowOf(ctx: RateContext, rule: RateRule, subject: string) {
  const now = ctx.clock().getTime();
  const size = rule.windowSeconds * 1000;
  const start = Math.floor(now / size) * size;
  return {
    keyHash: createLookupHash(ctx.hmacKey, 'rate-limit')(`${rule.name}\0${subject}`),
    windowStart: new Date(start),
    resetAt: new Date(start + size),
  };
}

/** Counts one attempt and says whether it is within the limit. */
export async function hitRateLimit(ctx: RateContext, rule: RateRule, subject: string): Promise<RateState> {
  const { keyHash, windowStart, resetAt } = windowOf(ctx, rule, subject);
  const [row] = await ctx.db
    .insert(rateLimitCounter)
    .values({ keyHash, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounter.keyHash, rateLimitCounter.windowStart],
      set: { count: sql`${rateLimitCounter.count} + 1` },
    })
    .returning({ count: rateLimitCounter.count });
  return { allowed: row!.count <= rule.limit, count: row!.count, resetAt };
}

/** Whether the limit is already used up, without counting an attempt. */
export async function peekRateLimit(ctx: RateContext, rule: RateRule, subject: string): Promise<RateState> {
  const { keyHash, windowStart, resetAt } = windowOf(ctx, rule, subject);
  const [row] = await ctx.db
    .select({ count: rateLimitCounter.count })
    .from(rateLimitCounter)
    .where(and(eq(rateLimitCounter.keyHash, keyHash), eq(rateLimitCounter.windowStart, windowStart)));
  const count = row?.count ?? 0;
  return { allowed: count < rule.limit, count, resetAt };
}

/** Windows that ended more than a day ago are of no use; returns how many were removed. */
export async function deleteOldRateLimitWindows(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<number> {
  const dayAgo = new Date(ctx.clock().getTime() - 24 * 60 * 60 * 1000);
  const deleted = await ctx.db
    .delete(rateLimitCounter)
    .where(lt(rateLimitCounter.windowStart, dayAgo))
    .returning({ keyHash: rateLimitCounter.keyHash });
  return deleted.length;
}
