// Form fields several service forms share (counselling, sign-ups, newsletter): the idempotency key, a contact
// email or phone number, and the rule that a blank optional field counts as not given. Messages are plain Korean.
import { z } from 'zod';

/** A random key the form carries (crypto.randomUUID() or ≥16 random bytes as base64url). */
export const idempotencyKeySchema = z
  .string({ error: '양식을 새로 고친 뒤 다시 보내 주세요.' })
  .regex(/^[A-Za-z0-9_-]{22,64}$/, { error: '양식을 새로 고친 뒤 다시 보내 주세요.' });

/** Trimmed; a blank field counts as not given. */
export const optionalText = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim() || undefined : value), schema.optional());

export const emailField = z.email({ error: '이메일 주소를 확인해 주세요. 예: name@example.com' }).max(254);

export const phoneField = z.string().regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$/, { error: '전화번호를 확인해 주세요. 예: 010-1234-5678' });
