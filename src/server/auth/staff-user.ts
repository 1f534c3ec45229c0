// Who a staff member is to the service functions: id, role, and whether a 상담원 sees every request.
import type { StaffRole } from '../db/schema';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** For a 상담원: sees all requests (true) or only those assigned to them. A 관리자 always sees all. */
  seesAll: boolean;
}

export const seesEveryRequest = (staff: StaffUser) => staff.role === '관리자' || staff.seesAll;
