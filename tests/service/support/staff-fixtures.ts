// Staff accounts for service tests, made the way `npm run staff -- add` makes them.
import { addStaff, setSeesAll } from '../../../src/server/auth/staff-accounts';
import type { StaffUser } from '../../../src/server/auth/staff-user';
import type { StaffRole } from '../../../src/server/db/schema';
import type { Service } from '../../../src/server/service';

export async function makeStaff(service: Service, email: string, role: StaffRole, seesAll = false): Promise<StaffUser> {
  const account = await addStaff(service.ctx, service.auth, 'command-line', { email, role });
  if (seesAll) await setSeesAll(service.ctx, 'command-line', email, true);
  return { id: account.id, email: account.email, name: account.name, role: account.role, seesAll };
}
