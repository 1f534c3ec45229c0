// Keyed hashes (HMAC-SHA-256) for finding or counting a value without storing it: an address in a consent record,
// an IP in a rate-limit key. Without the key a hash cannot be checked against a list of guesses.
import { createHmac } from 'node:crypto';

export type LookupHash = (value: string) => string;

export function createLookupHash(hmacKey: Buffer, purpose: string): LookupHash {
  return (value) => createHmac('sha256', hmacKey).update(`${purpose}\0${value}`).digest('base64url');
}

/** Addresses compare the way mail servers treat them in practice: trimmed and lower-cased. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
