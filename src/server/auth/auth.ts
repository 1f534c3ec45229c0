// Staff sign-in with Better Auth: email + password (scrypt, memory-hard: N=16384, r=16 → 32 MiB per hash), no
// public sign-up, sessions in the database expiring after 8 idle hours, optional TOTP, sign-in rate limits in the
// database. Mounted by one catch-all route through `handleAuthRequest` (auth-route.ts), which passes the client
// address Astro saw, so the sign-in limits count per address.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import * as schema from '../db/schema';
import { AUTH_API } from '../../lib/urls';

export const SESSION_HOURS = 8;
/** Set by handleAuthRequest from Astro's clientAddress; a copy sent by the client is dropped first. */
export const CLIENT_IP_HEADER = 'x-service-client-ip';

export interface AuthOptions {
  /** Better Auth's secret (BETTER_AUTH_SECRET). */
  secret: string;
  /** Where a set-up or reset link goes: a mail from the server, the terminal from `npm run staff`. */
  deliverPasswordLink(email: string, url: string): Promise<void>;
}

export function createAuth(ctx: Pick<ServiceContext, 'db' | 'settings'>, options: AuthOptions) {
  return betterAuth({
    appName: '서북권직장맘지원센터',
    baseURL: ctx.settings.publicUrl,
    basePath: AUTH_API,
    secret: options.secret,
    trustedOrigins: [ctx.settings.publicUrl],
    telemetry: { enabled: false },
    database: drizzleAdapter(ctx.db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        twoFactor: schema.twoFactor,
        rateLimit: schema.rateLimit,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 24 * 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, url }) => options.deliverPasswordLink(user.email, url),
    },
    // Set-up and reset tokens are stored hashed.
    verification: { storeIdentifier: 'hashed' },
    session: { expiresIn: SESSION_HOURS * 60 * 60, updateAge: 15 * 60 },
    rateLimit: { enabled: true, storage: 'database', window: 60, max: 100 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: '상담원', input: false },
        seesAll: { type: 'boolean', required: false, defaultValue: false, input: false },
        disabled: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const [row] = await ctx.db.select({ disabled: schema.user.disabled }).from(schema.user).where(eq(schema.user.id, session.userId));
            if (!row || row.disabled) throw new APIError('FORBIDDEN', { message: '사용이 중지된 계정입니다.' });
          },
        },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [twoFactor({ issuer: '서북권직장맘지원센터' })],
  });
}

export type StaffAuth = ReturnType<typeof createAuth>;
