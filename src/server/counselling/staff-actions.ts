// What staff do to a request: assign, reply, keep a note, close. Each runs in one transaction with the request row
// locked, and writes its 접속기록 row in that transaction.
import { eq } from 'drizzle-orm';
import { recordAccess } from '../audit/audit-log';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import type { Transaction } from '../db/client';
import { counsellingMessage, counsellingNote, counsellingRequest, user, type AuditAction } from '../db/schema';
import { enqueueMail } from '../mail/mail-queue';
import { closeOnlineRequestRecord } from '../records/consultation-records';
import { ServiceError } from '../service-error';
import { answerMail } from './counselling-mail';
import { counsellingFields } from './fields';
import { lockVisibleRequest } from './staff-access';

type LockedRequest = Awaited<ReturnType<typeof lockVisibleRequest>>;

async function act<T>(
  ctx: ServiceContext,
  staff: StaffUser,
  requestId: string,
  clientIp: string,
  action: AuditAction,
  work: (tx: Transaction, row: LockedRequest, now: Date) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockVisibleRequest(tx, staff, requestId);
    if (row.status === '종결') throw new ServiceError('closed', '종결된 상담입니다.');
    await recordAccess(tx, ctx, { staff, action, recordType: 'counselling_request', recordId: row.id, clientIp });
    return work(tx, row, ctx.clock());
  });
}

/**
 * A 관리자 assigns to anyone; a 상담원 who sees all requests may take one for themselves; others cannot assign.
 */
export async function assignRequest(ctx: ServiceContext, staff: StaffUser, requestId: string, assigneeId: string, clientIp: string): Promise<void> {
  if (staff.role !== '관리자' && !(staff.seesAll && assigneeId === staff.id))
    throw new ServiceError('forbidden', '이 요청을 배정할 권한이 없습니다.');
  await act(ctx, staff, requestId, clientIp, 'assign', async (tx, row, now) => {
    const [assignee] = await tx.select({ disabled: user.disabled }).from(user).where(eq(user.id, assigneeId));
    if (!assignee || assignee.disabled) throw new ServiceError('invalid', '배정할 수 없는 담당자입니다.');
    await tx
      .update(counsellingRequest)
      .set({ assignedTo: assigneeId, status: row.status === '접수' ? '배정' : row.status, updatedAt: now })
      .where(eq(counsellingRequest.id, row.id));
  });
}

/** The answer the requester reads through the link, and gets by mail when they chose email. */
export async function replyToRequest(ctx: ServiceContext, staff: StaffUser, requestId: string, body: string, clientIp: string): Promise<void> {
  await act(ctx, staff, requestId, clientIp, 'reply', async (tx, row, now) => {
    await tx.insert(counsellingMessage).values({
      requestId: row.id,
      author: 'staff',
      staffUserId: staff.id,
      body: ctx.cipher.encrypt(body, counsellingFields.message),
      createdAt: now,
    });
    await tx
      .update(counsellingRequest)
      .set({ status: '답변 완료', assignedTo: row.assignedTo ?? staff.id, updatedAt: now })
      .where(eq(counsellingRequest.id, row.id));
    if (row.answerMethod === 'email' && row.email) {
      const to = ctx.cipher.decrypt(row.email, counsellingFields.email);
      const question = ctx.cipher.decrypt(row.situation, counsellingFields.situation);
      await enqueueMail(ctx, tx, answerMail(to, { receiptNumber: row.receiptNumber, question, body }));
    }
  });
}

export async function addNote(ctx: ServiceContext, staff: StaffUser, requestId: string, body: string, clientIp: string): Promise<void> {
  await act(ctx, staff, requestId, clientIp, 'note', async (tx, row, now) => {
    await tx.insert(counsellingNote).values({
      requestId: row.id,
      staffUserId: staff.id,
      body: ctx.cipher.encrypt(body, counsellingFields.note),
      createdAt: now,
    });
  });
}

/** Closing starts the 3-year retention period and ends the request's consultation record as 상담 종결. */
export async function closeRequest(ctx: ServiceContext, staff: StaffUser, requestId: string, clientIp: string): Promise<void> {
  await act(ctx, staff, requestId, clientIp, 'close', async (tx, row, now) => {
    await tx
      .update(counsellingRequest)
      .set({ status: '종결', closedAt: now, updatedAt: now })
      .where(eq(counsellingRequest.id, row.id));
    await closeOnlineRequestRecord(tx, ctx, row.id);
  });
}
