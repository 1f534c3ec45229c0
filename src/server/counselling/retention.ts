// Counselling requests are deleted 3 years after they were closed (the period the privacy page states); their
// messages and notes go with them.
import { lt } from 'drizzle-orm';
import { yearsBefore } from '../clock';
import type { ServiceContext } from '../context';
import { counsellingRequest } from '../db/schema';

export const COUNSELLING_RETENTION_YEARS = 3;

export async function deleteExpiredCounsellingRequests(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<number> {
  const cutoff = yearsBefore(ctx.clock(), COUNSELLING_RETENTION_YEARS);
  const deleted = await ctx.db
    .delete(counsellingRequest)
    .where(lt(counsellingRequest.closedAt, cutoff))
    .returning({ id: counsellingRequest.id });
  return deleted.length;
}
