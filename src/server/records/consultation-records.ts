// Consultation records: one per consultation through any channel, with no personal data (day, channel, kind,
// company size, outcome, and a short memo). Staff write them for phone, visit, outreach and KakaoTalk consultations;
// an online counselling request writes its own in the transaction that stores it, and closing the request closes it.
// The memo must not name anyone; it is encrypted all the same, in case one slips past the check below.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { seoulDateKey } from '../../lib/dates/seoul-time';
import { seoulDate } from '../../schemas/fields';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { decryptOptional, encryptOptional } from '../crypto/field-cipher';
import { hashPrivateToken } from '../crypto/private-token';
import type { Executor } from '../db/client';
import { onceByIdempotencyKey } from '../db/idempotent';
import { isUuid } from '../db/is-uuid';
import { queryRows } from '../db/raw';
import {
  companySizes,
  consultationChannels,
  consultationKinds,
  consultationOutcomes,
  consultationRecord,
  type CompanySize,
  type ConsultationChannel,
  type ConsultationKind,
} from '../db/schema';
import { idempotencyKeySchema, optionalText } from '../form-fields';
import { ServiceError } from '../service-error';

const memoField = 'consultation_record.memo';
export const MEMO_MAX = 200;

/** The channels staff pick: online consultations come from the counselling service and record themselves. */
export const staffChannels = consultationChannels.filter((channel) => channel !== '온라인') as [ConsultationChannel, ...ConsultationChannel[]];

/** What most often identifies someone in a note: an email address, a phone number, a resident registration number. */
const personalDataPatterns = [/[^\s@]+@[^\s@]+\.[^\s@]+/, /0\d{1,2}[-.\s]?\d{3,4}[-.\s]?\d{4}/, /\d{6}\s?-\s?[1-4]\d{6}/];

/** A record as staff enter it; `today` is the Seoul day, after which no consultation can have happened. */
export const consultationRecordInput = (today: string) =>
  z.object({
    consultedOn: seoulDate().refine((day) => day <= today, { error: '상담한 날이 오늘보다 뒤입니다. 날짜를 확인하세요.' }),
    channel: z.enum(staffChannels, { error: '상담 경로를 고르세요.' }),
    kind: z.enum(consultationKinds, { error: '상담 내용을 고르세요.' }),
    companySize: z.enum(companySizes, { error: '회사 규모를 고르세요. 모르면 "잘 모르겠음"을 고르세요.' }),
    outcome: z.enum(consultationOutcomes, { error: '상담 결과를 고르세요.' }),
    memo: optionalText(
      z
        .string()
        .max(MEMO_MAX, { error: `메모는 ${MEMO_MAX}자까지 쓸 수 있습니다.` })
        .refine((memo) => !personalDataPatterns.some((pattern) => pattern.test(memo)), {
          error: '메모에 전화번호, 이메일 주소, 주민등록번호 같은 개인정보를 쓰지 마세요.',
        }),
    ),
  });
export type ConsultationRecordInput = z.input<ReturnType<typeof consultationRecordInput>>;

/** A record as pages show it: the memo in plain text, the idempotency key's hash left out. */
export type ConsultationRecord = Omit<typeof consultationRecord.$inferSelect, 'idempotencyKeyHash'>;

const today = (ctx: Pick<ServiceContext, 'clock'>) => seoulDateKey(ctx.clock());

function shown(ctx: Pick<ServiceContext, 'cipher'>, row: typeof consultationRecord.$inferSelect): ConsultationRecord {
  const { idempotencyKeyHash: _hash, ...record } = row;
  return { ...record, memo: decryptOptional(ctx.cipher, row.memo, memoField) };
}

async function findByIdempotencyKey(ctx: ServiceContext, idempotencyKey: string): Promise<ConsultationRecord | null> {
  const [row] = await ctx.db.select().from(consultationRecord).where(eq(consultationRecord.idempotencyKeyHash, hashPrivateToken(idempotencyKey)));
  return row ? shown(ctx, row) : null;
}

/**
 * Stores a record staff entered. With the form's idempotency key, a retry (a double press, an answer lost in a
 * crash) returns the record the first try stored instead of counting the consultation twice.
 */
export async function recordConsultation(
  ctx: ServiceContext,
  staff: StaffUser,
  input: ConsultationRecordInput & { idempotencyKey?: string },
): Promise<ConsultationRecord> {
  const { idempotencyKey, memo, ...valid } = consultationRecordInput(today(ctx)).extend({ idempotencyKey: idempotencyKeySchema.optional() }).parse(input);
  const insert = async () => {
    const now = ctx.clock();
    const [row] = await ctx.db
      .insert(consultationRecord)
      .values({
        ...valid,
        memo: encryptOptional(ctx.cipher, memo, memoField),
        idempotencyKeyHash: idempotencyKey ? hashPrivateToken(idempotencyKey) : null,
        recordedBy: staff.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return shown(ctx, row!);
  };
  return idempotencyKey ? onceByIdempotencyKey(() => findByIdempotencyKey(ctx, idempotencyKey), insert) : insert();
}

export async function readConsultationRecord(ctx: ServiceContext, recordId: string): Promise<ConsultationRecord> {
  const [row] = isUuid(recordId) ? await ctx.db.select().from(consultationRecord).where(eq(consultationRecord.id, recordId)) : [];
  if (!row) throw new ServiceError('not-found', '상담 기록을 찾을 수 없습니다.');
  return shown(ctx, row);
}

/**
 * Corrects a record, or sets its outcome when a case ends (e.g. 사적조정, 권리구제). A `memo` key that is blank
 * clears the memo. An online request's record keeps its channel: it counts the request, whatever staff change.
 */
export async function updateConsultationRecord(
  ctx: ServiceContext,
  staff: StaffUser,
  recordId: string,
  changes: Partial<ConsultationRecordInput>,
): Promise<ConsultationRecord> {
  const { memo, ...valid } = consultationRecordInput(today(ctx)).partial().parse(changes);
  const current = await readConsultationRecord(ctx, recordId);
  if (current.channel === '온라인' && valid.channel && valid.channel !== current.channel) {
    throw new ServiceError('invalid', '온라인 상담 신청에서 온 기록은 상담 경로를 바꿀 수 없습니다.');
  }
  const [row] = await ctx.db
    .update(consultationRecord)
    .set({ ...valid, ...('memo' in changes ? { memo: encryptOptional(ctx.cipher, memo, memoField) } : {}), recordedBy: staff.id, updatedAt: ctx.clock() })
    .where(eq(consultationRecord.id, current.id))
    .returning();
  return shown(ctx, row!);
}

/** A month's records (or a year's, without `month`), oldest first. */
export async function listConsultationRecords(ctx: ServiceContext, query: { year: number; month?: number }): Promise<ConsultationRecord[]> {
  const from = query.month ? `${query.year}-${String(query.month).padStart(2, '0')}-01` : `${query.year}-01-01`;
  const next = query.month
    ? query.month === 12
      ? `${query.year + 1}-01-01`
      : `${query.year}-${String(query.month + 1).padStart(2, '0')}-01`
    : `${query.year + 1}-01-01`;
  const rows = await ctx.db
    .select()
    .from(consultationRecord)
    .where(and(gte(consultationRecord.consultedOn, from), lt(consultationRecord.consultedOn, next)))
    .orderBy(asc(consultationRecord.consultedOn), asc(consultationRecord.createdAt));
  return rows.map((row) => shown(ctx, row));
}

/** The years that have records, newest first: the yearly reports staff can open. */
export async function listRecordYears(ctx: Pick<ServiceContext, 'db'>): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    ctx.db,
    sql`select distinct extract(year from ${consultationRecord.consultedOn})::int as year from ${consultationRecord} order by year desc`,
  );
  return rows.map((row) => row.year);
}

/** The record of a new online request, written inside the transaction that stores the request. */
export async function recordOnlineRequest(
  tx: Executor,
  ctx: Pick<ServiceContext, 'clock'>,
  request: { requestId: string; kind: ConsultationKind; companySize: CompanySize; at: Date },
): Promise<void> {
  await tx.insert(consultationRecord).values({
    consultedOn: seoulDateKey(request.at),
    channel: '온라인',
    kind: request.kind,
    companySize: request.companySize,
    outcome: '진행 중',
    counsellingRequestId: request.requestId,
    createdAt: ctx.clock(),
    updatedAt: ctx.clock(),
  });
}

/** Closing a request ends its record as 상담 종결, unless staff already gave it another outcome. */
export async function closeOnlineRequestRecord(tx: Executor, ctx: Pick<ServiceContext, 'clock'>, requestId: string): Promise<void> {
  await tx
    .update(consultationRecord)
    .set({ outcome: '상담 종결', updatedAt: ctx.clock() })
    .where(and(eq(consultationRecord.counsellingRequestId, requestId), eq(consultationRecord.outcome, '진행 중')));
}
