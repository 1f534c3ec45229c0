// Staff sign-in through Better Auth's own HTTP handler (as the catch-all route will call it), on both engines:
// set-up link, no public sign-up, scrypt hashes, 8-hour sessions in the database, disabling, TOTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { SESSION_HOURS } from '../../src/server/auth/auth';
import { requestSetupLink, setStaffDisabled } from '../../src/server/auth/staff-accounts';
import { account, session, user } from '../../src/server/db/schema';
import { engines, startHarness, type Harness } from './support/service-harness';
import { makeStaff } from './support/staff-fixtures';

const ORIGIN = 'http://localhost:4321';
const PASSWORD = '긴 비밀번호 correct horse 2026';

describe.each(engines)('staff auth on %s', (engine) => {
  let h: Harness;
  let ip = 0;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(() => h.close());

  /** A POST to Better Auth's handler, from a fresh address each time (its sign-in limit is per address). */
  const post = (path: string, body: unknown, cookie?: string) =>
    h.service.handleAuthRequest(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
      `10.1.0.${++ip}`,
    );
  const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const withCookie = (cookie: string) => new Request(`${ORIGIN}/staff/`, { headers: { cookie } });

  async function setUp(email: string): Promise<void> {
    await requestSetupLink(h.service.ctx, h.service.auth, 'command-line', email);
    await h.drainJobs();
    const mail = h.mails().filter((m) => m.to === email).at(-1)!;
    const token = /reset-password\/([A-Za-z0-9]+)/.exec(mail.text)![1]!;
    expect((await post('/reset-password', { token, newPassword: PASSWORD })).status).toBe(200);
    expect((await post('/reset-password', { token, newPassword: 'another long password' })).status).toBe(400);
  }

  async function signIn(email: string, password = PASSWORD) {
    return post('/sign-in/email', { email, password });
  }

  it('a set-up link sets the password once; sign-in gives an 8-hour session the helper recognises', async () => {
    const staff = await makeStaff(h.service, 'counsellor@centre.test', '상담원');
    await setUp(staff.email);
    const [stored] = await h.service.ctx.db.select({ password: account.password }).from(account).where(eq(account.userId, staff.id));
    expect(stored!.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // scrypt salt:key
    expect((await signIn(staff.email, 'wrong password, long enough')).status).toBe(401);
    const response = await signIn(staff.email);
    expect(response.status).toBe(200);
    const current = await h.service.getStaffSession(withCookie(cookiesOf(response)));
    expect(current?.staff).toEqual({ id: staff.id, email: staff.email, name: staff.name, role: '상담원', seesAll: false });
    const hours = (current!.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(SESSION_HOURS - 0.1);
    expect(hours).toBeLessThanOrEqual(SESSION_HOURS);
    expect(await h.service.getStaffSession(withCookie('better-auth.session_token=forged'))).toBeNull();
    expect(await h.service.getStaffSession(new Request(`${ORIGIN}/staff/`))).toBeNull();
  });

  it('sign-in attempts from one address are limited, whatever address header the client sends', async () => {
    const attempt = () =>
      h.service.handleAuthRequest(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-service-client-ip': `10.9.9.${++ip}` },
          body: JSON.stringify({ email: 'nobody@centre.test', password: 'guess guess guess' }),
        }),
        '203.0.113.66',
      );
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('there is no public sign-up', async () => {
    const response = await post('/sign-up/email', { email: 'intruder@example.com', password: PASSWORD, name: 'x' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await h.service.ctx.db.select().from(user).where(eq(user.email, 'intruder@example.com'))).toEqual([]);
  });

  it('a role cannot be set through the API', async () => {
    const staff = await makeStaff(h.service, 'climber@centre.test', '상담원');
    await setUp(staff.email);
    const cookie = cookiesOf(await signIn(staff.email));
    await post('/update-user', { role: '관리자', seesAll: true }, cookie);
    const [row] = await h.service.ctx.db.select({ role: user.role, seesAll: user.seesAll }).from(user).where(eq(user.id, staff.id));
    expect(row).toEqual({ role: '상담원', seesAll: false });
  });

  it('disabling ends the sessions and stops sign-in', async () => {
    const staff = await makeStaff(h.service, 'leaver@centre.test', '상담원');
    await setUp(staff.email);
    const cookie = cookiesOf(await signIn(staff.email));
    expect(await h.service.getStaffSession(withCookie(cookie))).not.toBeNull();
    await setStaffDisabled(h.service.ctx, 'command-line', staff.email, true);
    expect(await h.service.getStaffSession(withCookie(cookie))).toBeNull();
    expect((await signIn(staff.email)).status).toBe(403);
    expect(await h.service.ctx.db.select().from(session).where(eq(session.userId, staff.id))).toEqual([]);
  });

  it('with TOTP on, a password alone gives no session; the code does', async () => {
    const staff = await makeStaff(h.service, 'totp@centre.test', '관리자');
    await setUp(staff.email);
    const cookie = cookiesOf(await signIn(staff.email));
    const enabled = (await (await post('/two-factor/enable', { password: PASSWORD }, cookie)).json()) as { totpURI: string };
    const secret = base32.decode(new URL(enabled.totpURI).searchParams.get('secret')!);
    const code = () => createOTP(secret).totp();
    expect((await post('/two-factor/verify-totp', { code: await code() }, cookie)).status).toBe(200);

    const first = await signIn(staff.email);
    expect(await first.json()).toMatchObject({ twoFactorRedirect: true });
    expect(await h.service.getStaffSession(withCookie(cookiesOf(first)))).toBeNull();
    expect((await post('/two-factor/verify-totp', { code: '000000' }, cookiesOf(first))).status).toBe(401);
    const verified = await post('/two-factor/verify-totp', { code: await code() }, cookiesOf(first));
    expect(verified.status).toBe(200);
    expect((await h.service.getStaffSession(withCookie(cookiesOf(verified))))?.staff.role).toBe('관리자');
  });
});
