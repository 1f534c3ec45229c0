// Taking a programme sign-up. One transaction locks the programme's row, counts the confirmed seats, stores the
// encrypted sign-up as 확정 or (when full) 대기, and queues its mail, or does nothing. The form's idempotency key
// makes a retry answer with the same sign-up and its private token.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { encryptOptional } from '../crypto/field-cipher';
import { hashPrivateToken } from '../crypto/private-token';
import { onceByIdempotencyKey } from '../db/idempotent';
import { programSignup, type SignupStatus } from '../db/schema';
import { enqueueMail } from '../mail/mail-queue';
import type { SignupInput } from './signup-input';
import { confirmationMail, waitlistMail } from './signup-mail';
import { signupFields, signupToken } from './signup-fields';
import { closedForSignup, countSeats, lockProgramForSignup, waitlistPosition, type SignupProgram } from './signup-program';
import { promoteFromWaitlist } from './waitlist';

export interface CreatedSignup {
  signupId: string;
  status: SignupStatus;
  /** Place on the waitlist (1 = next), when 대기. */
  position: number | null;
  /** The private link's token: shown once on the completion page and mailed; only its hash is stored. */
  token: string;
  /** False when this was a retry of a sign-up already stored. */
  created: boolean;
}


async function findByIdempotencyKey(ctx: ServiceContext, idempotencyKey: string): Promise<CreatedSignup | null> {
  const [row] = await ctx.db
    .select({ id: programSignup.id, status: programSignup.status, slug: programSignup.programSlug, seq: programSignup.seq })
    .from(programSignup)
    .where(eq(programSignup.idempotencyKeyHash, hashPrivateToken(idempotencyKey)));
  if (!row) return null;
  const position = row.status === '대기' ? await waitlistPosition(ctx.db, row.slug, row.seq) : null;
  return { signupId: row.id, status: row.status, position, token: signupToken(ctx, row.id), created: false };
}

/** `program` comes from content (its derived status must be 모집 중); `input` is the parsed `signupInput(program.questions)`. */
export async function createSignup(ctx: ServiceContext, program: SignupProgram, input: SignupInput): Promise<CreatedSignup> {
  const id = randomUUID();
  const token = signupToken(ctx, id);
  return onceByIdempotencyKey(
    () => findByIdempotencyKey(ctx, input.idempotencyKey),
    async () => {
      if (program.status !== '모집 중' || program.data.registration?.url) throw closedForSignup();
      return ctx.db.transaction(async (tx) => {
        const now = ctx.clock();
        const registration = await lockProgramForSignup(tx, ctx, program);
        if (registration.closed) throw closedForSignup();
        // Seats that content added since the last sign-up go to the waitlist first, in order.
        await promoteFromWaitlist(tx, ctx, registration);
        const { confirmed } = await countSeats(tx, program.slug);
        const status: SignupStatus = registration.capacity === null || confirmed < registration.capacity ? '확정' : '대기';
        const [row] = await tx
          .insert(programSignup)
          .values({
            id,
            programSlug: program.slug,
            tokenHash: hashPrivateToken(token),
            idempotencyKeyHash: hashPrivateToken(input.idempotencyKey),
            status,
            name: ctx.cipher.encrypt(input.name, signupFields.name),
            email: encryptOptional(ctx.cipher, input.email, signupFields.email),
            phone: encryptOptional(ctx.cipher, input.phone, signupFields.phone),
            answers: ctx.cipher.encrypt(JSON.stringify(input.answers), signupFields.answers),
            consentVersion: input.consentVersion,
            consentedAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: programSignup.id, seq: programSignup.seq });
        const position = status === '대기' ? await waitlistPosition(tx, program.slug, row!.seq) : null;
        if (input.email) {
          const mailInput = { to: input.email, name: input.name, event: registration.event!, token };
          await enqueueMail(ctx, tx, position === null ? confirmationMail(ctx.settings, mailInput, now) : waitlistMail(ctx.settings, { ...mailInput, position }, now));
        }
        ctx.log.info(`program sign-up stored for ${program.slug}: ${status}`);
        return { signupId: row!.id, status, position, token, created: true };
      });
    },
  );
}
