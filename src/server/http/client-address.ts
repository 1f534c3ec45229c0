// The address a request came from, for rate limits and the 접속기록. Astro's clientAddress is the socket's peer;
// behind a reverse proxy that is the proxy, so TRUSTED_PROXIES=1 (one proxy in front, e.g. nginx) takes the
// address that proxy appended to X-Forwarded-For. A client can write anything before it, so only the entries
// the trusted proxies added are believed.
export function clientAddressOf(request: Request, socketAddress: string, env: NodeJS.ProcessEnv = process.env): string {
  const trusted = Number(env.TRUSTED_PROXIES ?? 0);
  if (!Number.isInteger(trusted) || trusted < 1) return socketAddress;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded.at(-trusted) ?? socketAddress;
}
