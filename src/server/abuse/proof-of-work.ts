// ALTCHA proof of work, self-hosted (no third party sees anything): the server hands out a signed PBKDF2
// challenge, the browser's widget solves it in a worker, and the form carries the solution. Each solved challenge
// counts once: its id is marked used in the database (shared by every instance), so a payload cannot be replayed.
import { createChallenge, randomInt } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { verify } from 'altcha-lib/frameworks/shared';
import type { ServiceContext } from '../context';
import { createLookupHash } from '../crypto/lookup-hash';
import { hitRateLimit } from '../rate-limit/rate-limit';

/** A challenge a phone solves in a second or two; it is valid for 10 minutes. */
const COST = 5_000;
const EXPIRES_SECONDS = 10 * 60;
/** Used challenge ids are remembered for a day, far longer than a challenge lives. */
const USED = { name: 'altcha-used', limit: 1, windowSeconds: 24 * 60 * 60 };

function secrets(ctx: Pick<ServiceContext, 'hmacKey'>) {
  const derive = createLookupHash(ctx.hmacKey, 'altcha');
  return { hmacSignatureSecret: derive('challenge'), hmacKeySignatureSecret: derive('key') };
}

export async function createProofOfWorkChallenge(ctx: Pick<ServiceContext, 'hmacKey' | 'clock'>) {
  return createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: COST,
    counter: randomInt(COST, COST * 2),
    deriveKey,
    expiresAt: new Date(ctx.clock().getTime() + EXPIRES_SECONDS * 1000),
    ...secrets(ctx),
  });
}

/** True when `payload` (the widget's hidden field) solves a challenge of ours that was not used before. */
export async function verifyProofOfWork(ctx: Pick<ServiceContext, 'db' | 'hmacKey' | 'clock'>, payload: string): Promise<boolean> {
  const { hmacSignatureSecret, hmacKeySignatureSecret } = secrets(ctx);
  const store = {
    setIfAbsent: async (id: string) => (await hitRateLimit(ctx, USED, id)).allowed,
    get: async () => undefined,
    set: async () => undefined,
  };
  const { error } = await verify(payload, deriveKey, hmacSignatureSecret, hmacKeySignatureSecret, store as never);
  return error === null;
}
