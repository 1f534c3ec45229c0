// The daily reminder run (a job the worker queues for 09:00 in Seoul): every confirmed sign-up with an email, for
// a programme that starts the next day in Seoul, gets one reminder. Each mail's unique key makes a second run, or
// a second instance, send nothing more.
import { and, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { seoulDateKey, seoulToInstant } from '../../lib/dates/seoul-time';
import type { ServiceContext } from '../context';
import { programRegistration, programSignup } from '../db/schema';
import { enqueueMail } from '../mail/mail-queue';
import { signupFields, signupToken } from './signup-fields';
import { reminderMail } from './signup-mail';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Queues tomorrow's reminders; returns how many were new. */
export async function queueSignupReminders(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock();
  const tomorrow = seoulToInstant(seoulDateKey(new Date(now.getTime() + DAY_MS)));
  const rows = await ctx.db
    .select({ id: programSignup.id, name: programSignup.name, email: programSignup.email, event: programRegistration.event })
    .from(programSignup)
    .innerJoin(programRegistration, eq(programRegistration.slug, programSignup.programSlug))
    .where(
      and(
        eq(programSignup.status, '확정'),
        isNotNull(programSignup.email),
        gte(programRegistration.startsAt, tomorrow),
        lt(programRegistration.startsAt, new Date(tomorrow.getTime() + DAY_MS)),
      ),
    );
  let queued = 0;
  for (const row of rows) {
    if (!row.event) continue;
    const message = reminderMail(
      ctx.settings,
      { to: ctx.cipher.decrypt(row.email!, signupFields.email), name: ctx.cipher.decrypt(row.name, signupFields.name), event: row.event, token: signupToken(ctx, row.id) },
      now,
    );
    if (await enqueueMail(ctx, ctx.db, message, `signup-reminder:${row.id}`)) queued += 1;
  }
  ctx.log.info(`signup reminders: ${queued} queued`);
  return queued;
}
