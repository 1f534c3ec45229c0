// What staff do with sign-ups: list a programme's sign-ups (the only place their personal data is decrypted, and
// logged in the 접속기록), mark attendance (logged), and close or reopen registration (state in the database).
import { and, asc, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/audit-log';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { decryptOptional } from '../crypto/field-cipher';
import type { Transaction } from '../db/client';
import { isUuid } from '../db/is-uuid';
import { programRegistration, programSignup, type SignupStatus } from '../db/schema';
import { ServiceError } from '../service-error';
import { signupFields } from './signup-fields';
import { countWithStatus, type SeatCounts } from './signup-program';
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
  await ctx.db.transaction((tx) => markOne(tx, ctx, staff, { signupId, attended }, clientIp));
}

export interface AttendanceMark {
  signupId: string;
  attended: boolean | null;
}

/**
 * The attendance form of one programme: every mark in one transaction, so a save is whole or not at all. Only
 * marks that change are written (and logged). Returns how many changed.
 */
export async function saveAttendance(ctx: ServiceContext, staff: StaffUser, slug: string, marks: readonly AttendanceMark[], clientIp: string): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    let changed = 0;
    for (const mark of marks) if (await markOne(tx, ctx, staff, mark, clientIp, slug)) changed += 1;
    return changed;
  });
}

/** One mark, inside the caller's transaction; false when it was already so. `slug`: the sign-up must be of that programme. */
async function markOne(tx: Transaction, ctx: ServiceContext, staff: StaffUser, { signupId, attended }: AttendanceMark, clientIp: string, slug?: string): Promise<boolean> {
  const [row] = isUuid(signupId)
    ? await tx
        .select({ status: programSignup.status, attended: programSignup.attended })
        .from(programSignup)
        .where(and(eq(programSignup.id, signupId), slug === undefined ? undefined : eq(programSignup.programSlug, slug)))
        .for('update')
    : [];
  if (!row) throw new ServiceError('not-found', '신청을 찾을 수 없습니다.');
  if (row.status !== '확정') throw new ServiceError('invalid', '확정된 신청만 출석을 표시할 수 있습니다.');
  if (row.attended === attended) return false;
  await recordAccess(tx, ctx, { staff, action: 'attendance', recordType: 'program_signup', recordId: signupId, clientIp });
  await tx.update(programSignup).set({ attended, updatedAt: ctx.clock() }).where(eq(programSignup.id, signupId));
  return true;
}

export interface ProgramSignupCounts extends SeatCounts {
  cancelled: number;
  /** Closed by staff. */
  closed: boolean;
}

/** Counts of every programme the service knows, by slug, for the staff list; no personal data, so not logged. */
export async function countSignupsByProgram(ctx: Pick<ServiceContext, 'db'>): Promise<Map<string, ProgramSignupCounts>> {
  const rows = await ctx.db
    .select({
      slug: programRegistration.slug,
      closed: programRegistration.closed,
      confirmed: countWithStatus('확정'),
      waitlisted: countWithStatus('대기'),
      cancelled: countWithStatus('취소'),
    })
    .from(programRegistration)
    .leftJoin(programSignup, eq(programSignup.programSlug, programRegistration.slug))
    .groupBy(programRegistration.slug, programRegistration.closed);
  return new Map(rows.map(({ slug, ...counts }) => [slug, counts]));
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
