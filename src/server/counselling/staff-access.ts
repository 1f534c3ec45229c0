// Which requests a staff member may touch: a 관리자 or a 상담원 who sees all → every request; any other 상담원 →
// only those assigned to them. A request outside someone's scope is "not found" to them, never "forbidden".
import { and, eq, type SQL } from 'drizzle-orm';
import { seesEveryRequest, type StaffUser } from '../auth/staff-user';
import type { Transaction } from '../db/client';
import { isUuid } from '../db/is-uuid';
import { counsellingRequest } from '../db/schema';
import { ServiceError } from '../service-error';

export const scopeOf = (staff: StaffUser): SQL | undefined =>
  seesEveryRequest(staff) ? undefined : eq(counsellingRequest.assignedTo, staff.id);

/** The request, locked for the rest of the transaction, if the staff member may see it. */
export async function lockVisibleRequest(tx: Transaction, staff: StaffUser, requestId: string) {
  const uuid = isUuid(requestId);
  const [row] = uuid
    ? await tx
        .select()
        .from(counsellingRequest)
        .where(and(eq(counsellingRequest.id, requestId), scopeOf(staff)))
        .for('update')
    : [];
  if (!row) throw new ServiceError('not-found', '상담 요청을 찾을 수 없습니다.');
  return row;
}
