// `npm run staff -- <command>`: staff accounts and keys from the server's command line (see --help).
import { parseArgs } from 'node:util';
import {
  addStaff,
  isStaffRole,
  listStaff,
  requestSetupLink,
  setSeesAll,
  setStaffDisabled,
  setStaffRole,
} from '../src/server/auth/staff-accounts';
import { rotateEncryptionKeys } from '../src/server/crypto/rotate-keys';
import { newSecretValues } from '../src/server/crypto/secrets';
import { ServiceError } from '../src/server/service-error';
import { startService } from '../src/server/service';

const HELP = `npm run staff -- <command> [options]

Staff accounts of the service desk (/staff). Run on the server, with the same environment as the site
(DATABASE_URL and the keys; without DATABASE_URL the embedded database in PGLITE_DIR, default .data/pglite).

  add <email> --role 관리자|상담원 [--name 이름]
      Creates the account (no password yet) and prints a one-time set-up link, valid 24 hours.
  link <email>
      Prints a new one-time set-up link (a forgotten password, or the first link expired).
  list
      Lists every account: role, whether a 상담원 sees all requests, disabled, TOTP on.
  set-role <email> --role 관리자|상담원
      Changes the role.
  sees-all <email> yes|no
      Whether a 상담원 sees every request (yes) or only the ones assigned to them (no).
  disable <email>
      Disables the account and ends its sessions at once. 'enable <email>' undoes it.
  rotate-keys
      Re-encrypts every stored value with the first key of DATA_ENCRYPTION_KEYS. Put the new key first,
      keep the old ones after it, run this, then remove the old keys.
  new-keys
      Prints fresh values for DATA_ENCRYPTION_KEYS, DATA_HMAC_KEY and BETTER_AUTH_SECRET.
  --help
      This text.`;

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const [command, target, extra] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (values.help || !command || command === 'help') {
  console.log(HELP);
  process.exit(0);
}
if (command === 'new-keys') {
  for (const [name, value] of Object.entries(newSecretValues())) console.log(`${name}=${value}`);
  process.exit(0);
}

const needsEmail = ['add', 'link', 'set-role', 'sees-all', 'disable', 'enable'];
if (needsEmail.includes(command) && !target) fail(`'${command}' needs an email address. See --help.`);
const role = values.role;
if ((command === 'add' || command === 'set-role') && (!role || !isStaffRole(role))) fail('--role must be 관리자 or 상담원.');

let link: string | undefined;
const service = await startService({
  startWorker: false,
  log: { info: () => {}, warn: (message) => console.warn(message), error: (message) => console.error(message) },
  deliverPasswordLink: async (_email, url) => void (link = url),
});
const { ctx, auth } = service;

async function printSetupLink(email: string) {
  await requestSetupLink(ctx, auth, 'command-line', email);
  if (!link) fail('No set-up link was made.');
  console.log(`One-time set-up link for ${email} (valid 24 hours; give it to that person only):\n${link}`);
}

try {
  switch (command) {
    case 'add': {
      const account = await addStaff(ctx, auth, 'command-line', { email: target!, role: role as '관리자' | '상담원', name: values.name });
      console.log(`Added ${account.email} as ${account.role}.`);
      await printSetupLink(account.email);
      break;
    }
    case 'link':
      await printSetupLink(target!);
      break;
    case 'list':
      for (const account of await listStaff(ctx, 'command-line'))
        console.log(
          [account.email, account.role, account.role === '상담원' ? (account.seesAll ? '모든 요청' : '담당 요청만') : '모든 요청', account.disabled ? '사용 중지' : '사용 중', account.twoFactorEnabled ? 'TOTP' : '-'].join('\t'),
        );
      break;
    case 'set-role':
      await setStaffRole(ctx, 'command-line', target!, role as '관리자' | '상담원');
      console.log(`${target} is now ${role}.`);
      break;
    case 'sees-all':
      if (extra !== 'yes' && extra !== 'no') fail("sees-all needs 'yes' or 'no'.");
      await setSeesAll(ctx, 'command-line', target!, extra === 'yes');
      console.log(`${target} ${extra === 'yes' ? 'sees every request' : 'sees only assigned requests'}.`);
      break;
    case 'disable':
    case 'enable':
      await setStaffDisabled(ctx, 'command-line', target!, command === 'disable');
      console.log(`${target} ${command === 'disable' ? 'disabled; its sessions are ended' : 'enabled'}.`);
      break;
    case 'rotate-keys':
      console.log(`Re-encrypted ${await rotateEncryptionKeys(ctx)} rows with key '${ctx.cipher.currentKeyId}'.`);
      break;
    default:
      fail(`Unknown command '${command}'. See --help.`);
  }
} catch (error) {
  if (error instanceof ServiceError) fail(error.message);
  throw error;
} finally {
  await service.close();
}
