// The 접속기록 cannot be edited: the database itself refuses UPDATE, TRUNCATE and DELETE of rows younger than two
// years; the retention job removes older rows (tested with a fake clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { deleteExpiredAuditLog, readAuditLog, recordAccess } from '../../src/server/audit/audit-log';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { auditLog } from '../../src/server/db/schema';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';
import { makeStaff } from './support/staff-fixtures';

describe.each(engines)('접속기록 on %s', (engine) => {
  const clock = fakeClock('2022-03-01T09:00:00Z');
  let h: Harness;
  let admin: StaffUser;
  beforeAll(async () => {
    h = await startHarness(engine, { clock });
    admin = await makeStaff(h.service, 'admin@centre.test', '관리자');
  });
  afterAll(() => h.close());

  const entry = (recordId: string) => ({ staff: admin, action: 'view' as const, recordType: 'counselling_request', recordId, clientIp: '192.0.2.1' });

  it('refuses UPDATE, DELETE of young rows and TRUNCATE', async () => {
    const { db } = h.service.ctx;
    clock.set(new Date());
    await recordAccess(db, h.service.ctx, entry('young'));
    await expect(db.update(auditLog).set({ clientIp: '0.0.0.0' })).rejects.toThrow();
    await expect(db.delete(auditLog)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await readAuditLog(h.service.ctx, admin, { recordId: 'young' })).map((row) => row.clientIp)).toEqual(['192.0.2.1']);
  });

  it('the retention run deletes rows older than 2 years and keeps the rest', async () => {
    clock.set('2022-03-01T09:00:00Z');
    await recordAccess(h.service.ctx.db, h.service.ctx, entry('old'));
    clock.set('2023-06-01T09:00:00Z');
    await recordAccess(h.service.ctx.db, h.service.ctx, entry('kept'));
    clock.set('2025-03-02T09:00:00Z');
    expect(await deleteExpiredAuditLog(h.service.ctx)).toBe(1);
    expect(await readAuditLog(h.service.ctx, admin, { recordId: 'old' })).toEqual([]);
    expect(await readAuditLog(h.service.ctx, admin, { recordId: 'kept' })).toHaveLength(1);
  });
});
