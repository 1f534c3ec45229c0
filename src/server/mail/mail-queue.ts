// Mail goes through the job queue: it is stored (encrypted) in the same transaction as what caused it, and a
// worker sends it, retrying on failure, so a crash loses no mail.
import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import { enqueueJob } from '../jobs/queue';
import type { JobHandler } from '../jobs/worker';
import type { MailMessage, MailTransport } from './mail-transport';

export const MAIL_JOB = 'mail';

export function enqueueMail(ctx: Pick<ServiceContext, 'cipher' | 'clock'>, db: Executor, message: MailMessage, uniqueKey?: string): Promise<boolean> {
  return enqueueJob(ctx, db, { kind: MAIL_JOB, payload: message, uniqueKey });
}

export const mailJobHandler =
  (transport: MailTransport): JobHandler =>
  (payload) =>
    transport.send(payload as MailMessage);
