// Idempotent creation: look for what an earlier try with the same idempotency key stored; otherwise create it.
// When two tries race, the loser's insert hits the key's unique index and it answers with the winner's result.
import { isUniqueViolation } from './errors';

export async function onceByIdempotencyKey<T>(findExisting: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
  const existing = await findExisting();
  if (existing) return existing;
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findExisting();
      if (winner) return winner;
    }
    throw error;
  }
}
