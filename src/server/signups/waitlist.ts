// The waitlist (대기): when seats are free — after a cancellation, or when content raised the capacity — the first
// waitlisted people, in order of arrival, are confirmed and mailed. Runs inside a transaction that holds the
// programme's lock.
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import type { Transaction } from '../db/client';
import { programSignup } from '../db/schema';
import { enqueueMail } from '../mail/mail-queue';
import { signupFields, signupToken } from './signup-fields';
import { promotionMail } from './signup-mail';
import { countSeats, type ProgramRegistration } from './signup-program';

/** Returns how many were promoted. */
export async function promoteFromWaitlist(tx: Transaction, ctx: ServiceContext, registration: ProgramRegistration): Promise<number> {
  const { confirmed } = await countSeats(tx, registration.slug);
  const free = registration.capacity === null ? Number.MAX_SAFE_INTEGER : registration.capacity - confirmed;
  if (free <= 0) return 0;
  const now = ctx.clock();
  const next = await tx
    .select()
    .from(programSignup)
    .where(and(eq(programSignup.programSlug, registration.slug), eq(programSignup.status, '대기')))
    .orderBy(asc(programSignup.seq))
    .limit(Math.min(free, 1000));
  for (const row of next) {
    await tx.update(programSignup).set({ status: '확정', promotedAt: now, updatedAt: now }).where(eq(programSignup.id, row.id));
    if (row.email && registration.event) {
      const to = ctx.cipher.decrypt(row.email, signupFields.email);
      const name = ctx.cipher.decrypt(row.name, signupFields.name);
      await enqueueMail(ctx, tx, promotionMail(ctx.settings, { to, name, event: registration.event, token: signupToken(ctx, row.id) }, now));
    }
  }
  if (next.length > 0) ctx.log.info(`program sign-up: ${next.length} promoted from the waitlist of ${registration.slug}`);
  return next.length;
}
