// Sign-ups are deleted 1 year after their programme ended (the period the privacy page states). The programme's
// row (public content and the closed flag) stays.
import { inArray, lt } from 'drizzle-orm';
import { yearsBefore } from '../clock';
import type { ServiceContext } from '../context';
import { programRegistration, programSignup } from '../db/schema';

export const SIGNUP_RETENTION_YEARS = 1;

export async function deleteExpiredSignups(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<number> {
  const cutoff = yearsBefore(ctx.clock(), SIGNUP_RETENTION_YEARS);
  const ended = ctx.db.select({ slug: programRegistration.slug }).from(programRegistration).where(lt(programRegistration.endsAt, cutoff));
  const deleted = await ctx.db.delete(programSignup).where(inArray(programSignup.programSlug, ended)).returning({ id: programSignup.id });
  return deleted.length;
}
