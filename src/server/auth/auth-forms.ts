// The staff sign-in pages are plain HTML forms (they work without JavaScript and allow pasting passwords and codes,
// KWCAG/WCAG 3.3.8). Each form post is handed to Better Auth's own endpoint, through the same route handler as its
// API (so its rate limits and checks apply), and Better Auth's Set-Cookie headers are passed back to the browser.
import { absoluteUrl, AUTH_API } from '../../lib/urls';
import type { Service } from '../service';

export interface AuthOutcome {
  ok: boolean;
  status: number;
  /** Set-Cookie headers to pass on. */
  cookies: string[];
  body: Record<string, unknown>;
}

async function callAuth(service: Service, browserRequest: Request, clientIp: string, endpoint: string, body: Record<string, unknown>): Promise<AuthOutcome> {
  const { publicUrl } = service.ctx.settings;
  const headers = new Headers({ 'content-type': 'application/json', origin: publicUrl });
  const cookie = browserRequest.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const userAgent = browserRequest.headers.get('user-agent');
  if (userAgent) headers.set('user-agent', userAgent);
  const response = await service.handleAuthRequest(
    new Request(absoluteUrl(`${AUTH_API}${endpoint}`, publicUrl), { method: 'POST', headers, body: JSON.stringify(body) }),
    clientIp,
  );
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // Not JSON: the status says enough.
  }
  return { ok: response.ok, status: response.status, cookies: response.headers.getSetCookie(), body: parsed };
}

/** A 303 to `location` that carries Better Auth's cookies (a new session, a pending second factor, a sign-out). */
export function redirectWithCookies(location: string, cookies: readonly string[]): Response {
  const headers = new Headers({ location });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** The message a failed sign-in step shows, in plain Korean and without saying which half was wrong. */
export function signInProblem(outcome: AuthOutcome): string {
  if (outcome.status === 429) return '로그인 시도가 너무 많습니다. 몇 분 뒤에 다시 해 주세요.';
  if (outcome.status === 403) return '사용할 수 없는 계정입니다. 관리자에게 문의하세요.';
  return '이메일 또는 비밀번호가 맞지 않습니다.';
}

export const signInWithPassword = (service: Service, request: Request, clientIp: string, email: string, password: string) =>
  callAuth(service, request, clientIp, '/sign-in/email', { email, password, rememberMe: false });

/** The second step when the account has TOTP: the 6-digit code from the authenticator app. */
export const verifyTotpCode = (service: Service, request: Request, clientIp: string, code: string) =>
  callAuth(service, request, clientIp, '/two-factor/verify-totp', { code, trustDevice: false });

export const signOut = (service: Service, request: Request, clientIp: string) => callAuth(service, request, clientIp, '/sign-out', {});

/** The one-time set-up (or reset) link's form. */
export const setNewPassword = (service: Service, request: Request, clientIp: string, token: string, newPassword: string) =>
  callAuth(service, request, clientIp, '/reset-password', { token, newPassword });

/** Turning TOTP on: the password again, then Better Auth returns the otpauth:// address to scan. */
export const startTotp = (service: Service, request: Request, clientIp: string, password: string) =>
  callAuth(service, request, clientIp, '/two-factor/enable', { password });

export const stopTotp = (service: Service, request: Request, clientIp: string, password: string) =>
  callAuth(service, request, clientIp, '/two-factor/disable', { password });
