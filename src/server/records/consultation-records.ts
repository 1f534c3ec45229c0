// Consultation records: one per consultation through any channel, with no personal data (day, channel, kind,
// company size, outcome). Staff write them for phone, visit, outreach and KakaoTalk consultations; an online
// counselling request writes its own in the transaction that stores it, and closing the request closes it.
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import { seoulDateKey } from '../../lib/dates/seoul-time';
import { seoulDate } from '../../schemas/fields';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import { isUuid } from '../db/is-uuid';
import {
  companySizes,
  consultationChannels,
  consultationKinds,
  consultationOutcomes,
  consultationRecord,
  type CompanySize,
  type ConsultationKind,
} from '../db/schema';
import { ServiceError } from '../service-error';

export const consultationRecordInput = z.object({
  consultedOn: seoulDate(),
  channel: z.enum(consultationChannels, { error: '상담 경로를 고르세요.' }),
  kind: z.enum(consultationKinds, { error: '상담 내용을 고르세요.' }),
  companySize: z.enum(companySizes, { error: '회사 규모를 고르세요. 모르면 "모름"을 고르세요.' }),
  outcome: z.enum(consultationOutcomes, { error: '상담 결과를 고르세요.' }),
});
export type ConsultationRecordInput = z.output<typeof consultationRecordInput>;
export type ConsultationRecord = typeof consultationRecord.$inferSelect;

export async function recordConsultation(ctx: ServiceContext, staff: StaffUser, input: ConsultationRecordInput): Promise<ConsultationRecord> {
  const now = ctx.clock();
  const [row] = await ctx.db
    .insert(consultationRecord)
    .values({ ...consultationRecordInput.parse(input), recordedBy: staff.id, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** Corrects a record, or sets its outcome when a case ends (e.g. 사적조정, 권리구제). */
export async function updateConsultationRecord(
  ctx: ServiceContext,
  staff: StaffUser,
  recordId: string,
  changes: Partial<ConsultationRecordInput>,
): Promise<ConsultationRecord> {
  const valid = consultationRecordInput.partial().parse(changes);
  const uuid = isUuid(recordId);
  const [row] = uuid
    ? await ctx.db
        .update(consultationRecord)
        .set({ ...valid, recordedBy: staff.id, updatedAt: ctx.clock() })
        .where(eq(consultationRecord.id, recordId))
        .returning()
    : [];
  if (!row) throw new ServiceError('not-found', '상담 기록을 찾을 수 없습니다.');
  return row;
}

/** A month's records (or a year's, without `month`), oldest first. */
export async function listConsultationRecords(ctx: ServiceContext, query: { year: number; month?: number }): Promise<ConsultationRecord[]> {
  const from = query.month ? `${query.year}-${String(query.month).padStart(2, '0')}-01` : `${query.year}-01-01`;
  const next = query.month
    ? query.month === 12
      ? `${query.year + 1}-01-01`
      : `${query.year}-${String(query.month + 1).padStart(2, '0')}-01`
    : `${query.year + 1}-01-01`;
  return ctx.db
    .select()
    .from(consultationRecord)
    .where(and(gte(consultationRecord.consultedOn, from), lt(consultationRecord.consultedOn, next)))
    .orderBy(asc(consultationRecord.consultedOn), asc(consultationRecord.createdAt));
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
