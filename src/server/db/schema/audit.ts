// 접속기록: who looked at or changed which personal record, when and from where. Append-only; the migration adds
// triggers that refuse UPDATE, TRUNCATE and DELETE of rows younger than 2 years.
import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const auditActions = ['view', 'reply', 'note', 'assign', 'close', 'export', 'attendance'] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    staffUserId: text('staff_user_id').notNull(),
    action: text('action').$type<AuditAction>().notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    clientIp: text('client_ip').notNull(),
  },
  (table) => [index('audit_log_at_idx').on(table.at), index('audit_log_record_idx').on(table.recordType, table.recordId)],
);
