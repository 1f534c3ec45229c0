// The daily retention run (a job, queued once per day by the worker): deletes what has outlived its period and
// logs the counts, never the contents.
import { lt } from 'drizzle-orm';
import { deleteExpiredAuditLog } from './audit/audit-log';
import type { ServiceContext } from './context';
import { deleteExpiredCounsellingRequests } from './counselling/retention';
import { session, verification } from './db/schema';
import { deleteFinishedJobs } from './jobs/queue';
import { deleteExpiredSubscribers } from './newsletter/newsletter-retention';
import { deleteOldRateLimitWindows } from './rate-limit/rate-limit';
import { deleteExpiredSignups } from './signups/signup-retention';

export type RetentionCounts = Record<string, number>;

export async function runRetention(ctx: ServiceContext): Promise<RetentionCounts> {
  const now = ctx.clock();
  const counts: RetentionCounts = {
    counsellingRequests: await deleteExpiredCounsellingRequests(ctx),
    programSignups: await deleteExpiredSignups(ctx),
    ...(await deleteExpiredSubscribers(ctx)),
    auditLog: await deleteExpiredAuditLog(ctx),
    rateLimitWindows: await deleteOldRateLimitWindows(ctx),
    jobs: await deleteFinishedJobs(ctx),
    expiredSessions: (await ctx.db.delete(session).where(lt(session.expiresAt, now)).returning({ id: session.id })).length,
    expiredVerifications: (await ctx.db.delete(verification).where(lt(verification.expiresAt, now)).returning({ id: verification.id })).length,
  };
  ctx.log.info(`retention: ${Object.entries(counts).map(([what, count]) => `${what}=${count}`).join(' ')}`);
  return counts;
}
