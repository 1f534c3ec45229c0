// Finding a record by its private-link token, with the guessing limits every link shares: wrong tokens are counted
// per address and refused past a limit (even a right one, then), and each record's reads have their own limit.
// Only the token's hash is ever looked up.
import type { ServiceContext } from '../context';
import { hashPrivateToken, isPrivateTokenShape } from '../crypto/private-token';
import { ServiceError } from '../service-error';
import { hitRateLimit, peekRateLimit, type RateRule } from './rate-limit';

export interface TokenRules {
  /** Wrong tokens from one address. */
  miss: RateRule;
  /** Uses of one record's link. */
  read: RateRule;
}

export const tooManyRequests = () => new ServiceError('rate-limited', '요청이 너무 많습니다. 잠시 뒤에 다시 시도해 주세요.');

export async function findByPrivateToken<Row extends { id: string }>(
  ctx: ServiceContext,
  rules: TokenRules,
  lookup: { token: string; clientIp: string; notFound: () => ServiceError },
  find: (tokenHash: string) => Promise<Row | undefined>,
): Promise<Row> {
  if (!(await peekRateLimit(ctx, rules.miss, lookup.clientIp)).allowed) throw tooManyRequests();
  const row = isPrivateTokenShape(lookup.token) ? await find(hashPrivateToken(lookup.token)) : undefined;
  if (!row) {
    await hitRateLimit(ctx, rules.miss, lookup.clientIp);
    throw lookup.notFound();
  }
  if (!(await hitRateLimit(ctx, rules.read, row.id)).allowed) throw tooManyRequests();
  return row;
}
