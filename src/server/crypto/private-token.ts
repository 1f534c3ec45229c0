// Private-link tokens: 32 random bytes (256 bits) as base64url. The database keeps only their SHA-256.
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newPrivateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashPrivateToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A string that cannot be a token is refused before any lookup. */
export function isPrivateTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
