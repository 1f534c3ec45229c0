// Newsletter subscribers (double opt-in) and the issues sent to them. The address is AES-256-GCM ciphertext and is
// found by its keyed hash; the consent record keeps when, which text (version and SHA-256) and the address's hash.
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { inList } from './in-list';

export const subscriberStatuses = ['확인 대기', '구독', '해지'] as const;
export type SubscriberStatus = (typeof subscriberStatuses)[number];

export const newsletterSubscriber = pgTable(
  'newsletter_subscriber',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** HMAC-SHA-256 of the normalised address: one row per address. */
    emailHash: text('email_hash').notNull().unique(),
    /** Emptied on unsubscribing; only the hash and the consent record stay. */
    email: text('email'),
    status: text('status').$type<SubscriberStatus>().notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    /** SHA-256 of the one-click unsubscribe token, which is derived from the id and confirmedAt, never stored. */
    unsubscribeTokenHash: text('unsubscribe_token_hash').unique(),
    consentVersion: text('consent_version').notNull(),
    /** SHA-256 (hex) of the exact consent text the form showed. */
    consentTextHash: text('consent_text_hash').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    /** A hard bounce: no more mail to this address. */
    bouncedAt: timestamp('bounced_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('newsletter_subscriber_status_check', inList('status', subscriberStatuses)),
    index('newsletter_subscriber_status_idx').on(table.status),
  ],
);

/** One issue's email edition: its test send, then the real one (one delivery job per subscriber). */
export const newsletterSend = pgTable('newsletter_send', {
  issueSlug: text('issue_slug').primaryKey(),
  subject: text('subject').notNull(),
  html: text('html').notNull(),
  text: text('text').notNull(),
  /** Where html and text hold the unsubscribe link, e.g. $%unsubscribe%$ (site.yaml); replaced per subscriber. */
  unsubscribePlaceholder: text('unsubscribe_placeholder').notNull(),
  /** SHA-256 of subject, html, text and placeholder: the real send must be of the edition that was test-sent. */
  contentHash: text('content_hash').notNull(),
  testSentAt: timestamp('test_sent_at', { withTimezone: true }),
  testSentBy: text('test_sent_by').references(() => user.id),
  startedAt: timestamp('started_at', { withTimezone: true }),
  startedBy: text('started_by').references(() => user.id),
  recipients: integer('recipients'),
});
