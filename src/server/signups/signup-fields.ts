// The encrypted columns of a sign-up and the names the cipher binds them to (also listed for key rotation in
// src/server/db/encrypted-columns.ts), and its private-link token, derived from its id with the HMAC key (only the
// token's hash is stored), so confirmation, promotion and reminder mails can all carry the link.
import type { ServiceContext } from '../context';
import { createLookupHash } from '../crypto/lookup-hash';

export const signupFields = {
  name: 'program_signup.name',
  email: 'program_signup.email',
  phone: 'program_signup.phone',
  answers: 'program_signup.answers',
} as const;

export const signupToken = (ctx: Pick<ServiceContext, 'hmacKey'>, signupId: string) => createLookupHash(ctx.hmacKey, 'signup-token')(signupId);
