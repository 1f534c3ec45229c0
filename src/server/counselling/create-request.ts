// Taking a counselling request: one transaction stores the encrypted request, its consent record, its
// consultation record (for the yearly figures) and its mails, or nothing. The form's idempotency key makes a retry
// return the same request (and the same token, which is derived from the key with the server's HMAC key and never
// stored), never a second one.
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { encryptOptional } from '../crypto/field-cipher';
import { createLookupHash } from '../crypto/lookup-hash';
import { hashPrivateToken } from '../crypto/private-token';
import { onceByIdempotencyKey } from '../db/idempotent';
import { counsellingRequest } from '../db/schema';
import { enqueueMail } from '../mail/mail-queue';
import { recordOnlineRequest } from '../records/consultation-records';
import { newRequestNotice, requesterConfirmation } from './counselling-mail';
import { counsellingFields } from './fields';
import { nextReceiptNumber } from './receipt-number';
import type { CounsellingRequestInput } from './request-input';

export interface CreatedCounsellingRequest {
  requestId: string;
  /** 접수번호, e.g. 2026-000123. */
  receiptNumber: string;
  /** The private link's token: show it once ("이 링크를 저장하세요"); only its hash is stored. */
  token: string;
  /** False when this was a retry of a request already stored. */
  created: boolean;
}

const tokenFor = (ctx: Pick<ServiceContext, 'hmacKey'>, idempotencyKey: string) =>
  createLookupHash(ctx.hmacKey, 'counselling-token')(idempotencyKey);

/** The request an earlier try with this key stored, if any (a retry is answered with it before any limit counts). */
export async function findByIdempotencyKey(ctx: ServiceContext, idempotencyKey: string): Promise<CreatedCounsellingRequest | null> {
  const [row] = await ctx.db
    .select({ id: counsellingRequest.id, receiptNumber: counsellingRequest.receiptNumber })
    .from(counsellingRequest)
    .where(eq(counsellingRequest.idempotencyKeyHash, hashPrivateToken(idempotencyKey)));
  return row ? { requestId: row.id, receiptNumber: row.receiptNumber, token: tokenFor(ctx, idempotencyKey), created: false } : null;
}

export async function createCounsellingRequest(ctx: ServiceContext, input: CounsellingRequestInput): Promise<CreatedCounsellingRequest> {
  const token = tokenFor(ctx, input.idempotencyKey);
  return onceByIdempotencyKey(
    () => findByIdempotencyKey(ctx, input.idempotencyKey),
    () =>
      ctx.db.transaction(async (tx) => {
        const now = ctx.clock();
        const receiptNumber = await nextReceiptNumber(tx, 'counselling', now);
        const [row] = await tx
          .insert(counsellingRequest)
          .values({
            receiptNumber,
            tokenHash: hashPrivateToken(token),
            idempotencyKeyHash: hashPrivateToken(input.idempotencyKey),
            category: input.category,
            companySize: input.companySize,
            answerMethod: input.answerMethod,
            situation: ctx.cipher.encrypt(input.situation, counsellingFields.situation),
            email: encryptOptional(ctx.cipher, input.email, counsellingFields.email),
            phone: encryptOptional(ctx.cipher, input.phone, counsellingFields.phone),
            callbackWindow: encryptOptional(ctx.cipher, input.callbackWindow, counsellingFields.callbackWindow),
            consentVersion: input.consentVersion,
            consentedAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: counsellingRequest.id });
        const requestId = row!.id;
        // Every online request counts in the yearly figures: its consultation record is written with it.
        await recordOnlineRequest(tx, ctx, { requestId, kind: input.category, companySize: input.companySize, at: now });
        await enqueueMail(ctx, tx, newRequestNotice(ctx.settings, { id: requestId, receiptNumber, category: input.category }));
        if (input.email) await enqueueMail(ctx, tx, requesterConfirmation(ctx.settings, input.email, receiptNumber, token));
        ctx.log.info(`counselling request ${receiptNumber} stored`);
        return { requestId, receiptNumber, token, created: true };
      }),
  );
}
