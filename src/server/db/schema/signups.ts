// Programme sign-ups. One row per programme (its registration state and the lock that decides who gets the last
// seat) and one per person; a person's name, contact and answers hold AES-256-GCM ciphertext.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { IcsEvent } from '../../../lib/feeds/ics';
import { inList } from './in-list';

/** A programme as the service knows it: copied from content at each sign-up; `closed` is set by staff. */
export const programRegistration = pgTable('program_registration', {
  slug: text('slug').primaryKey(),
  title: text('title'),
  category: text('category'),
  /** The capacity content gave at the last sign-up; null means no limit. */
  capacity: integer('capacity'),
  startsAt: timestamp('starts_at', { withTimezone: true }),
  /** When the programme is over; sign-ups are deleted 1 year later. */
  endsAt: timestamp('ends_at', { withTimezone: true }),
  /** The programme as a calendar event (public content): what mails, their .ics and reminders are made from. */
  event: jsonb('event').$type<IcsEvent>(),
  closed: boolean('closed').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const signupStatuses = ['확정', '대기', '취소'] as const;
export type SignupStatus = (typeof signupStatuses)[number];

export const programSignup = pgTable(
  'program_signup',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of arrival: the waitlist is served in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    programSlug: text('program_slug')
      .notNull()
      .references(() => programRegistration.slug),
    tokenHash: text('token_hash').notNull().unique(),
    idempotencyKeyHash: text('idempotency_key_hash').notNull().unique(),
    status: text('status').$type<SignupStatus>().notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** Encrypted JSON of the programme's extra questions and their answers. */
    answers: text('answers').notNull(),
    consentVersion: text('consent_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** Null until staff mark it. */
    attended: boolean('attended'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    check('program_signup_status_check', inList('status', signupStatuses)),
    check('program_signup_contact_check', sql`email is not null or phone is not null`),
    index('program_signup_program_idx').on(table.programSlug, table.status, table.seq),
  ],
);
