// Starts the service once per process: secrets, database (migrated), cipher, auth, mail and the job worker.
// Routes call `getService()`; tests and scripts call `startService()` with their own options.
import { createAuth, type StaffAuth } from './auth/auth';
import { handleAuthRequest } from './auth/auth-route';
import { getStaffSession, type StaffSession } from './auth/staff-session';
import { systemClock, type Clock } from './clock';
import type { ServiceContext, ServiceLogger } from './context';
import { createFieldCipher } from './crypto/field-cipher';
import { loadSecrets } from './crypto/secrets';
import { databaseOptionsFromEnv, openDatabase, type DatabaseHandle } from './db/client';
import { migrate } from './db/migrate';
import { RETENTION_JOB, SIGNUP_REMINDERS_JOB, createWorker, type Worker } from './jobs/worker';
import { escapeHtml } from '../lib/html/escape';
import { MAIL_JOB, enqueueMail, mailJobHandler } from './mail/mail-queue';
import { createMailTransport, mailSettingsFromEnv, type MailTransport } from './mail/mail-transport';
import { runRetention } from './retention';
import { NEWSLETTER_DELIVERY_JOB, deliverNewsletter } from './newsletter/newsletter-delivery';
import { settingsFromEnv } from './settings';
import { queueSignupReminders } from './signups/signup-reminders';

export interface Service {
  ctx: ServiceContext;
  auth: StaffAuth;
  database: DatabaseHandle;
  mail: MailTransport;
  worker: Worker;
  /** Better Auth's endpoints under /api/auth/: `export const ALL: APIRoute = async ({ request, clientAddress }) =>
   *  (await getService()).handleAuthRequest(request, clientAddress);` */
  handleAuthRequest(request: Request, clientIp: string): Promise<Response>;
  /** The signed-in staff member of a request, or null. */
  getStaffSession(request: Request): Promise<StaffSession | null>;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** An already open database (tests); otherwise DATABASE_URL / PGLITE_DIR decide. */
  database?: DatabaseHandle;
  clock?: Clock;
  log?: ServiceLogger;
  /** Run the job worker loop in this process (default true). */
  startWorker?: boolean;
  /** Where set-up links go; by default they are mailed to the staff member. */
  deliverPasswordLink?: (email: string, url: string) => Promise<void>;
}

const consoleLogger: ServiceLogger = {
  info: (message) => console.info(`[service] ${message}`),
  warn: (message) => console.warn(`[service] ${message}`),
  error: (message) => console.error(`[service] ${message}`),
};

export async function startService(options: StartOptions = {}): Promise<Service> {
  const env = options.env ?? process.env;
  const log = options.log ?? consoleLogger;
  const secrets = loadSecrets(env, { warn: log.warn });
  const database = options.database ?? (await openDatabase(databaseOptionsFromEnv(env)));
  await migrate(database);
  const ctx: ServiceContext = {
    db: database.db,
    cipher: createFieldCipher(secrets.encryptionKeys),
    hmacKey: secrets.hmacKey,
    clock: options.clock ?? systemClock,
    log,
    settings: settingsFromEnv(env),
  };
  const auth = createAuth(ctx, {
    secret: secrets.authSecret,
    deliverPasswordLink:
      options.deliverPasswordLink ??
      (async (email, url) => {
        await enqueueMail(ctx, ctx.db, {
          to: email,
          subject: '[서북권직장맘지원센터] 직원 계정 비밀번호 설정',
          text: `아래 링크에서 비밀번호를 정하세요. 링크는 24시간 동안 한 번만 쓸 수 있습니다.\n\n${url}`,
          html: `<p>아래 링크에서 비밀번호를 정하세요. 링크는 24시간 동안 한 번만 쓸 수 있습니다.</p><p><a href="${escapeHtml(url)}">비밀번호 정하기</a></p>`,
        });
      }),
  });
  const mail = createMailTransport(mailSettingsFromEnv(env));
  const worker = createWorker(ctx, {
    [MAIL_JOB]: mailJobHandler(mail),
    [NEWSLETTER_DELIVERY_JOB]: (payload) => deliverNewsletter(ctx, mail, payload),
    [RETENTION_JOB]: async () => void (await runRetention(ctx)),
    [SIGNUP_REMINDERS_JOB]: async () => void (await queueSignupReminders(ctx)),
  });
  if (options.startWorker ?? true) worker.start();
  return {
    ctx,
    auth,
    database,
    mail,
    worker,
    handleAuthRequest: (request, clientIp) => handleAuthRequest(auth, request, clientIp),
    getStaffSession: (request) => getStaffSession(auth, request),
    async close() {
      await worker.stop();
      await database.close();
    },
  };
}

let shared: Promise<Service> | undefined;

/** The process's one service, started on first use (a cache of connections; no state that matters lives here). */
export function getService(): Promise<Service> {
  shared ??= startService().catch((error) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
