// Sends mail with nodemailer: through SMTP when SMTP_HOST is set, otherwise into MAIL_DIR (default .data/mail) as
// an .eml file plus a JSON file that tests and developers read.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** Text attachments, e.g. a programme's .ics. */
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface MailTransport {
  readonly kind: 'smtp' | 'folder';
  send(message: MailMessage): Promise<void>;
}

export interface MailSettings {
  from: string;
  smtp?: { host: string; port: number; secure: boolean; user?: string; password?: string };
  folder: string;
}

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const from = env.MAIL_FROM || '서북권직장맘지원센터 <no-reply@localhost>';
  const folder = env.MAIL_DIR || '.data/mail';
  if (!env.SMTP_HOST) return { from, folder };
  return {
    from,
    folder,
    smtp: {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      user: env.SMTP_USER || undefined,
      password: env.SMTP_PASSWORD || undefined,
    },
  };
}

/** What the folder transport writes beside each .eml. */
export interface StoredMail extends MailMessage {
  from: string;
  date: string;
}

export function createMailTransport(settings: MailSettings): MailTransport {
  if (settings.smtp) {
    const { host, port, secure, user, password } = settings.smtp;
    const transporter = nodemailer.createTransport({ host, port, secure, auth: user ? { user, pass: password } : undefined });
    return {
      kind: 'smtp',
      async send(message) {
        await transporter.sendMail({ from: settings.from, ...message });
      },
    };
  }
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'folder',
    async send(message) {
      const info = await transporter.sendMail({ from: settings.from, ...message });
      const date = new Date().toISOString();
      const name = `${date.replace(/[:.]/g, '-')}-${randomUUID()}`;
      await mkdir(settings.folder, { recursive: true });
      await writeFile(join(settings.folder, `${name}.eml`), info.message as Buffer, { mode: 0o600 });
      const stored: StoredMail = { from: settings.from, date, ...message };
      await writeFile(join(settings.folder, `${name}.json`), JSON.stringify(stored, null, 2), { mode: 0o600 });
    },
  };
}
