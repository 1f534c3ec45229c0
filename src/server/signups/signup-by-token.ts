// What a sign-up's private link can do: show the sign-up (status, waitlist place, the programme) and cancel it.
// Cancelling a confirmed seat promotes the first waitlisted person in the same transaction, with their mail queued.
import { eq } from 'drizzle-orm';
import type { IcsEvent } from '../../lib/feeds/ics';
import type { ServiceContext } from '../context';
import { programRegistration, programSignup, type SignupStatus } from '../db/schema';
import type { RateRule } from '../rate-limit/rate-limit';
import { findByPrivateToken } from '../rate-limit/token-lookup';
import { ServiceError } from '../service-error';
import { signupFields } from './signup-fields';
import { lockProgramBySlug, waitlistPosition } from './signup-program';
import { promoteFromWaitlist } from './waitlist';

export const signupTokenRules = {
  /** Wrong tokens from one address: 20 per 15 minutes. */
  miss: { name: 'signup-token-miss', limit: 20, windowSeconds: 15 * 60 },
  /** Uses of one link: 120 per hour. */
  read: { name: 'signup-token-read', limit: 120, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

export interface SignupView {
  programSlug: string;
  event: IcsEvent | null;
  name: string;
  status: SignupStatus;
  position: number | null;
  createdAt: Date;
}

const noSuchSignup = () => new ServiceError('not-found', '이 링크로 찾을 수 있는 신청이 없습니다. 주소를 다시 확인해 주세요.');

const signupForToken = (ctx: ServiceContext, token: string, clientIp: string) =>
  findByPrivateToken(ctx, signupTokenRules, { token, clientIp, notFound: noSuchSignup }, async (tokenHash) => {
    const [row] = await ctx.db.select().from(programSignup).where(eq(programSignup.tokenHash, tokenHash));
    return row;
  });

export async function readSignupByToken(ctx: ServiceContext, token: string, clientIp: string): Promise<SignupView> {
  const row = await signupForToken(ctx, token, clientIp);
  const [registration] = await ctx.db.select({ event: programRegistration.event }).from(programRegistration).where(eq(programRegistration.slug, row.programSlug));
  return {
    programSlug: row.programSlug,
    event: registration?.event ?? null,
    name: ctx.cipher.decrypt(row.name, signupFields.name),
    status: row.status,
    position: row.status === '대기' ? await waitlistPosition(ctx.db, row.programSlug, row.seq) : null,
    createdAt: row.createdAt,
  };
}

/** Cancels through the private link. Cancelling twice is harmless. Returns how many waitlisted people moved up. */
export async function cancelSignup(ctx: ServiceContext, token: string, clientIp: string): Promise<{ promoted: number }> {
  const found = await signupForToken(ctx, token, clientIp);
  return ctx.db.transaction(async (tx) => {
    const registration = await lockProgramBySlug(tx, found.programSlug);
    const [row] = await tx.select({ status: programSignup.status }).from(programSignup).where(eq(programSignup.id, found.id)).for('update');
    if (!row || row.status === '취소') return { promoted: 0 };
    const now = ctx.clock();
    await tx.update(programSignup).set({ status: '취소', cancelledAt: now, updatedAt: now }).where(eq(programSignup.id, found.id));
    ctx.log.info(`program sign-up cancelled for ${found.programSlug}`);
    return { promoted: row.status === '확정' ? await promoteFromWaitlist(tx, ctx, registration) : 0 };
  });
}
