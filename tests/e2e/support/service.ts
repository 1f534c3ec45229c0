/**
 * The service side of the e2e tests: a second service instance on the same database as the server under test (for
 * setting up staff and reading what was stored), staff accounts with passwords, and the sign-in form.
 */
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { addStaff, requestSetupLink, setSeesAll } from '../../../src/server/auth/staff-accounts';
import type { StaffRole } from '../../../src/server/db/schema';
import { startService, type Service } from '../../../src/server/service';
import { mailsIn } from '../../support/service-server';

const setupLinks = new Map<string, string>();

/** The same database and keys as the server under test, without its job worker. */
export function openServiceForTests(clock?: () => Date): Promise<Service> {
  return startService({
    env: inject('serviceEnv'),
    startWorker: false,
    clock,
    log: { info: () => undefined, warn: () => undefined, error: (message) => console.error(message) },
    deliverPasswordLink: async (email, url) => void setupLinks.set(email, url),
  });
}

/** A staff account made as `npm run staff -- add` makes it, with its password set through its one-time link. */
export async function makeStaff(service: Service, email: string, role: StaffRole, password: string, seesAll = false) {
  await addStaff(service.ctx, service.auth, 'command-line', { email, role, name: email.split('@')[0] });
  if (seesAll) await setSeesAll(service.ctx, 'command-line', email, true);
  await requestSetupLink(service.ctx, service.auth, 'command-line', email);
  const token = new URL(setupLinks.get(email)!).pathname.split('/').pop()!;
  await service.auth.api.resetPassword({ body: { token, newPassword: password } });
}

/** Signs in through the real form, with the keyboard. */
export async function signIn(page: Page, email: string, password: string, next = '/staff/') {
  await page.goto(`${inject('baseUrl')}/staff/login/?next=${encodeURIComponent(next)}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('#password').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/staff/login/'));
}

/** The mails the server under test wrote, oldest first. */
export const serverMails = () => mailsIn(inject('serviceEnv').MAIL_DIR);
