// Staff accounts, managed by a 관리자 (or from the command line, `npm run staff`): create without a password,
// send or print a one-time set-up link, change role and scope, disable (which also ends their sessions).
import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { session, user, type StaffRole, staffRoles } from '../db/schema';
import { ServiceError } from '../service-error';
import type { StaffAuth } from './auth';
import type { StaffUser } from './staff-user';
import { absoluteUrl, STAFF_SET_PASSWORD } from '../../lib/urls';

/** Who is changing accounts: a signed-in 관리자, or the administrator at the server's command line. */
export type AccountActor = StaffUser | 'command-line';


function requireAdmin(actor: AccountActor) {
  if (actor !== 'command-line' && actor.role !== '관리자') throw new ServiceError('forbidden', '관리자만 계정을 바꿀 수 있습니다.');
}

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value);
}

export interface StaffAccount extends StaffUser {
  disabled: boolean;
  twoFactorEnabled: boolean;
  createdAt: Date;
}

const accountColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  seesAll: user.seesAll,
  disabled: user.disabled,
  twoFactorEnabled: user.twoFactorEnabled,
  createdAt: user.createdAt,
};

const toAccount = (row: { twoFactorEnabled: boolean | null } & Omit<StaffAccount, 'twoFactorEnabled'>): StaffAccount => ({
  ...row,
  twoFactorEnabled: Boolean(row.twoFactorEnabled),
});

export async function listStaff(ctx: Pick<ServiceContext, 'db'>, actor: AccountActor): Promise<StaffAccount[]> {
  requireAdmin(actor);
  return (await ctx.db.select(accountColumns).from(user).orderBy(asc(user.email))).map(toAccount);
}

export async function findStaff(ctx: Pick<ServiceContext, 'db'>, email: string): Promise<StaffAccount | null> {
  const [row] = await ctx.db.select(accountColumns).from(user).where(eq(user.email, email.trim().toLowerCase()));
  return row ? toAccount(row) : null;
}

async function requireStaff(ctx: Pick<ServiceContext, 'db'>, email: string): Promise<StaffAccount> {
  const account = await findStaff(ctx, email);
  if (!account) throw new ServiceError('not-found', `${email} 계정이 없습니다.`);
  return account;
}

export async function addStaff(
  ctx: Pick<ServiceContext, 'db'>,
  auth: StaffAuth,
  actor: AccountActor,
  input: { email: string; role: StaffRole; name?: string },
): Promise<StaffAccount> {
  requireAdmin(actor);
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ServiceError('invalid', `${input.email}은(는) 이메일 주소가 아닙니다.`);
  if (await findStaff(ctx, email)) throw new ServiceError('conflict', `${email} 계정이 이미 있습니다.`);
  const internal = (await auth.$context).internalAdapter;
  await internal.createUser(
    { email, name: input.name ?? email.split('@')[0]!, emailVerified: true, role: input.role, seesAll: false, disabled: false },
    { method: 'admin' },
  );
  return requireStaff(ctx, email);
}

/** Asks Better Auth for a one-time set-up (password reset) link; it reaches the person through deliverPasswordLink. */
export async function requestSetupLink(ctx: Pick<ServiceContext, 'db' | 'settings'>, auth: StaffAuth, actor: AccountActor, email: string): Promise<void> {
  requireAdmin(actor);
  const account = await requireStaff(ctx, email);
  if (account.disabled) throw new ServiceError('closed', `${account.email} 계정은 사용이 중지되어 있습니다.`);
  await auth.api.requestPasswordReset({ body: { email: account.email, redirectTo: absoluteUrl(STAFF_SET_PASSWORD, ctx.settings.publicUrl) } });
}

export async function setStaffRole(ctx: Pick<ServiceContext, 'db'>, actor: AccountActor, email: string, role: StaffRole): Promise<void> {
  requireAdmin(actor);
  const account = await requireStaff(ctx, email);
  await ctx.db.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, account.id));
}

/** Whether a 상담원 sees every request or only the ones assigned to them. */
export async function setSeesAll(ctx: Pick<ServiceContext, 'db'>, actor: AccountActor, email: string, seesAll: boolean): Promise<void> {
  requireAdmin(actor);
  const account = await requireStaff(ctx, email);
  await ctx.db.update(user).set({ seesAll, updatedAt: new Date() }).where(eq(user.id, account.id));
}

/** Disabling also signs the person out everywhere; enabling again needs a new set-up link only if they forgot. */
export async function setStaffDisabled(ctx: Pick<ServiceContext, 'db'>, actor: AccountActor, email: string, disabled: boolean): Promise<void> {
  requireAdmin(actor);
  const account = await requireStaff(ctx, email);
  await ctx.db.transaction(async (tx) => {
    await tx.update(user).set({ disabled, updatedAt: new Date() }).where(eq(user.id, account.id));
    if (disabled) await tx.delete(session).where(eq(session.userId, account.id));
  });
}
