// The staff queue: four views (새 요청, 내 담당, 답변 대기, 완료) with a category filter, listing no personal data;
// and opening one request, which decrypts it and writes the 접속기록 in the same transaction.
import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAccess } from '../audit/audit-log';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { decryptOptional } from '../crypto/field-cipher';
import {
  counsellingMessage,
  counsellingNote,
  counsellingRequest,
  user,
  type AnswerMethod,
  type CompanySize,
  type CounsellingCategory,
  type CounsellingStatus,
} from '../db/schema';
import { counsellingFields } from './fields';
import { lockVisibleRequest, scopeOf } from './staff-access';

export const queueViews = ['새 요청', '내 담당', '답변 대기', '완료'] as const;
export type QueueView = (typeof queueViews)[number];

export interface QueueItem {
  id: string;
  receiptNumber: string;
  category: CounsellingCategory;
  companySize: CompanySize;
  answerMethod: AnswerMethod;
  status: CounsellingStatus;
  assignedTo: string | null;
  assignedToName: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

export interface QueueQuery {
  view: QueueView;
  category?: CounsellingCategory;
  limit?: number;
  offset?: number;
}

function viewCondition(view: QueueView, staff: StaffUser): SQL {
  switch (view) {
    case '새 요청':
      return eq(counsellingRequest.status, '접수');
    case '내 담당':
      return and(eq(counsellingRequest.assignedTo, staff.id), ne(counsellingRequest.status, '종결'))!;
    case '답변 대기':
      return eq(counsellingRequest.status, '배정');
    case '완료':
      return inArray(counsellingRequest.status, ['답변 완료', '종결']);
  }
}

export async function listQueue(ctx: ServiceContext, staff: StaffUser, query: QueueQuery): Promise<QueueItem[]> {
  const assignee = alias(user, 'assignee');
  const order = query.view === '완료' ? desc(counsellingRequest.updatedAt) : asc(counsellingRequest.createdAt);
  return ctx.db
    .select({
      id: counsellingRequest.id,
      receiptNumber: counsellingRequest.receiptNumber,
      category: counsellingRequest.category,
      companySize: counsellingRequest.companySize,
      answerMethod: counsellingRequest.answerMethod,
      status: counsellingRequest.status,
      assignedTo: counsellingRequest.assignedTo,
      assignedToName: assignee.name,
      createdAt: counsellingRequest.createdAt,
      updatedAt: counsellingRequest.updatedAt,
      closedAt: counsellingRequest.closedAt,
    })
    .from(counsellingRequest)
    .leftJoin(assignee, eq(assignee.id, counsellingRequest.assignedTo))
    .where(
      and(
        viewCondition(query.view, staff),
        scopeOf(staff),
        query.category ? eq(counsellingRequest.category, query.category) : undefined,
      ),
    )
    .orderBy(order, asc(counsellingRequest.id))
    .limit(Math.min(query.limit ?? 50, 200))
    .offset(query.offset ?? 0);
}

export interface StaffRequestView extends QueueItem {
  situation: string;
  email: string | null;
  phone: string | null;
  callbackWindow: string | null;
  consentVersion: string;
  consentedAt: Date;
  messages: { author: 'requester' | 'staff'; staffName: string | null; body: string; createdAt: Date }[];
  notes: { staffName: string; body: string; createdAt: Date }[];
}

/** Opens a request with its personal data; logged as a 'view' in the 접속기록. */
export async function openRequest(ctx: ServiceContext, staff: StaffUser, requestId: string, clientIp: string): Promise<StaffRequestView> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockVisibleRequest(tx, staff, requestId);
    await recordAccess(tx, ctx, { staff, action: 'view', recordType: 'counselling_request', recordId: row.id, clientIp });
    const author = alias(user, 'author');
    const messages = await tx
      .select({ author: counsellingMessage.author, staffName: author.name, body: counsellingMessage.body, createdAt: counsellingMessage.createdAt })
      .from(counsellingMessage)
      .leftJoin(author, eq(author.id, counsellingMessage.staffUserId))
      .where(eq(counsellingMessage.requestId, row.id))
      .orderBy(asc(counsellingMessage.createdAt));
    const notes = await tx
      .select({ staffName: author.name, body: counsellingNote.body, createdAt: counsellingNote.createdAt })
      .from(counsellingNote)
      .innerJoin(author, eq(author.id, counsellingNote.staffUserId))
      .where(eq(counsellingNote.requestId, row.id))
      .orderBy(asc(counsellingNote.createdAt));
    const [assignee] = row.assignedTo ? await tx.select({ name: user.name }).from(user).where(eq(user.id, row.assignedTo)) : [];
    const { cipher } = ctx;
    return {
      id: row.id,
      receiptNumber: row.receiptNumber,
      category: row.category,
      companySize: row.companySize,
      answerMethod: row.answerMethod,
      status: row.status,
      assignedTo: row.assignedTo,
      assignedToName: assignee?.name ?? null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      closedAt: row.closedAt,
      situation: cipher.decrypt(row.situation, counsellingFields.situation),
      email: decryptOptional(cipher, row.email, counsellingFields.email),
      phone: decryptOptional(cipher, row.phone, counsellingFields.phone),
      callbackWindow: decryptOptional(cipher, row.callbackWindow, counsellingFields.callbackWindow),
      consentVersion: row.consentVersion,
      consentedAt: row.consentedAt,
      messages: messages.map((message) => ({ ...message, body: cipher.decrypt(message.body, counsellingFields.message) })),
      notes: notes.map((note) => ({ ...note, body: cipher.decrypt(note.body, counsellingFields.note) })),
    };
  });
}
