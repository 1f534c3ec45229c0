// What every service function needs, passed explicitly: the database, the field cipher, keyed hashing, the clock,
// a logger (counts and ids only, never personal data) and the public settings mails and links are built from.
import type { Clock } from './clock';
import type { FieldCipher } from './crypto/field-cipher';
import type { Database } from './db/client';

export interface ServiceLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ServiceSettings {
  /** The site's public address, without a trailing slash, e.g. https://nw.workingmom.example */
  publicUrl: string;
  /** The From: of every mail. */
  mailFrom: string;
  /** Where a new counselling request is announced (no personal data in that mail). */
  counsellingInbox: string;
  /** Newsletter mails sent per minute (NEWSLETTER_RATE_PER_MINUTE, default 60). */
  newsletterRatePerMinute: number;
}

export interface ServiceContext {
  db: Database;
  cipher: FieldCipher;
  hmacKey: Buffer;
  clock: Clock;
  log: ServiceLogger;
  settings: ServiceSettings;
}
