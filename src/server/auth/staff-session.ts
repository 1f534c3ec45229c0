// `getStaffSession(request)` for staff routes: the signed-in, enabled staff member, or null (then answer 401 or
// redirect to the login page). Every staff route calls it before anything else.
import type { StaffRole } from '../db/schema';
import type { StaffAuth } from './auth';
import type { StaffUser } from './staff-user';

export interface StaffSession {
  staff: StaffUser;
  sessionId: string;
  expiresAt: Date;
}

export async function getStaffSession(auth: StaffAuth, request: Request): Promise<StaffSession | null> {
  const result = await auth.api.getSession({ headers: request.headers });
  if (!result || result.user.disabled) return null;
  const { user, session } = result;
  return {
    staff: { id: user.id, email: user.email, name: user.name, role: user.role as StaffRole, seesAll: Boolean(user.seesAll) },
    sessionId: session.id,
    expiresAt: session.expiresAt,
  };
}
