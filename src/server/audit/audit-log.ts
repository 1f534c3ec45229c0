// 접속기록: each staff view, reply, note, export … of personal data adds one row, in the same transaction as the
// access. Only a 관리자 reads the log. Rows are kept 2 years; the daily retention job deletes older ones.
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { yearsBefore } from '../clock';
import type { Executor } from '../db/client';
import { auditLog, type AuditAction } from '../db/schema';
import { ServiceError } from '../service-error';

export interface AccessEntry {
  staff: StaffUser;
  action: AuditAction;
  recordType: string;
  recordId: string;
  clientIp: string;
}

export const AUDIT_RETENTION_YEARS = 2;

export async function recordAccess(db: Executor, ctx: Pick<ServiceContext, 'clock'>, entry: AccessEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: ctx.clock(),
    staffUserId: entry.staff.id,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    clientIp: entry.clientIp,
  });
}

export interface AuditQuery {
  from?: Date;
  to?: Date;
  staffUserId?: string;
  recordType?: string;
  recordId?: string;
  limit?: number;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Newest first. Refused to anyone but a 관리자. */
export async function readAuditLog(ctx: ServiceContext, reader: StaffUser, query: AuditQuery = {}): Promise<AuditRow[]> {
  if (reader.role !== '관리자') throw new ServiceError('forbidden', '접속기록은 관리자만 볼 수 있습니다.');
  const conditions: SQL[] = [];
  if (query.from) conditions.push(gte(auditLog.at, query.from));
  if (query.to) conditions.push(lte(auditLog.at, query.to));
  if (query.staffUserId) conditions.push(eq(auditLog.staffUserId, query.staffUserId));
  if (query.recordType) conditions.push(eq(auditLog.recordType, query.recordType));
  if (query.recordId) conditions.push(eq(auditLog.recordId, query.recordId));
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(Math.min(query.limit ?? 500, 5000));
}

/** Deletes rows older than 2 years; returns how many. */
export async function deleteExpiredAuditLog(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<number> {
  const cutoff = yearsBefore(ctx.clock(), AUDIT_RETENTION_YEARS);
  const deleted = await ctx.db.delete(auditLog).where(lt(auditLog.at, cutoff)).returning({ id: auditLog.id });
  return deleted.length;
}
