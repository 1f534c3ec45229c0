// What staff do with sign-ups: list a programme's sign-ups (the only place their personal data is decrypted, and
// logged in the 접속기록), mark attendance (logged), and close or reopen registration (state in the database).
import { asc, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/audit-log';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { decryptOptional } from '../crypto/field-cipher';
import { isUuid } from '../db/is-uuid';
import { programRegistration, programSignup, type SignupStatus } from '../db/schema';
import { ServiceError } from '../service-error';
import { signupFields } from './signup-fields';
import type { SignupAnswers } from './signup-questions';

export interface StaffSignup {
  id: string;
  status: SignupStatus;
  name: string;
  email: string | null;
  phone: string | null;
  answers: SignupAnswers;
  consentVersion: string;
  attended: boolean | null;
  createdAt: Date;
  promotedAt: Date | null;
  cancelledAt: Date | null;
}

/** Every sign-up of a programme in order of arrival, decrypted; one 'view' row in the 접속기록. */
export async function listSignups(ctx: ServiceContext, staff: StaffUser, slug: string, clientIp: string): Promise<StaffSignup[]> {
  return ctx.db.transaction(async (tx) => {
    await recordAccess(tx, ctx, { staff, action: 'view', recordType: 'program_signups', recordId: slug, clientIp });
    const rows = await tx.select().from(programSignup).where(eq(programSignup.programSlug, slug)).orderBy(asc(programSignup.seq));
    const { cipher } = ctx;
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      name: cipher.decrypt(row.name, signupFields.name),
      email: decryptOptional(cipher, row.email, signupFields.email),
      phone: decryptOptional(cipher, row.phone, signupFields.phone),
      answers: JSON.parse(cipher.decrypt(row.answers, signupFields.answers)) as SignupAnswers,
      consentVersion: row.consentVersion,
      attended: row.attended,
      createdAt: row.createdAt,
      promotedAt: row.promotedAt,
      cancelledAt: row.cancelledAt,
    }));
  });
}

/** Attended (true), absent (false) or not yet marked (null); only for confirmed sign-ups. */
export async function markAttendance(ctx: ServiceContext, staff: StaffUser, signupId: string, attended: boolean | null, clientIp: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const uuid = isUuid(signupId);
    const [row] = uuid ? await tx.select({ status: programSignup.status }).from(programSignup).where(eq(programSignup.id, signupId)).for('update') : [];
    if (!row) throw new ServiceError('not-found', '신청을 찾을 수 없습니다.');
    if (row.status !== '확정') throw new ServiceError('invalid', '확정된 신청만 출석을 표시할 수 있습니다.');
    await recordAccess(tx, ctx, { staff, action: 'attendance', recordType: 'program_signup', recordId: signupId, clientIp });
    await tx.update(programSignup).set({ attended, updatedAt: ctx.clock() }).where(eq(programSignup.id, signupId));
  });
}

/** Closes (or reopens) a programme's registration early, whatever content says; new sign-ups are refused. */
export async function setRegistrationClosed(ctx: ServiceContext, staff: StaffUser, slug: string, closed: boolean): Promise<void> {
  const now = ctx.clock();
  await ctx.db
    .insert(programRegistration)
    .values({ slug, closed, updatedAt: now })
    .onConflictDoUpdate({ target: programRegistration.slug, set: { closed, updatedAt: now } });
  ctx.log.info(`program registration of ${slug} ${closed ? 'closed' : 'reopened'} by staff ${staff.id}`);
}
