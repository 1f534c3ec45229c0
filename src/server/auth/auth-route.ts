// The body of the /api/auth/[...all] route: hands the request to Better Auth with the client address Astro saw
// in a header only the server sets, so Better Auth's sign-in limits count per address and cannot be spoofed.
import { CLIENT_IP_HEADER, type StaffAuth } from './auth';

export function handleAuthRequest(auth: StaffAuth, request: Request, clientIp: string): Promise<Response> {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_IP_HEADER, clientIp);
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, body: request.body, duplex: 'half' };
  return auth.handler(new Request(request.url, init));
}
