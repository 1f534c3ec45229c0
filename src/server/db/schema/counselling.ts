// Online counselling requests, their messages and staff notes. Every column a requester or staff member typed,
// and every contact detail, holds AES-256-GCM ciphertext (src/server/crypto/field-cipher.ts).
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { inList } from './in-list';

export const counsellingCategories = ['모성보호', '노동권', '법률', '보육', '심리'] as const;
export type CounsellingCategory = (typeof counsellingCategories)[number];

export const companySizes = ['5인 미만', '5–29', '30–299', '300+', '모름'] as const;
export type CompanySize = (typeof companySizes)[number];

export const answerMethods = ['link', 'email', 'callback'] as const;
export type AnswerMethod = (typeof answerMethods)[number];

export const counsellingStatuses = ['접수', '배정', '답변 완료', '종결'] as const;
export type CounsellingStatus = (typeof counsellingStatuses)[number];

export const counsellingRequest = pgTable(
  'counselling_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receiptNumber: text('receipt_number').notNull().unique(),
    tokenHash: text('token_hash').notNull().unique(),
    idempotencyKeyHash: text('idempotency_key_hash').notNull().unique(),
    category: text('category').$type<CounsellingCategory>().notNull(),
    companySize: text('company_size').$type<CompanySize>().notNull(),
    answerMethod: text('answer_method').$type<AnswerMethod>().notNull(),
    situation: text('situation').notNull(),
    email: text('email'),
    phone: text('phone'),
    callbackWindow: text('callback_window'),
    consentVersion: text('consent_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    status: text('status').$type<CounsellingStatus>().notNull().default('접수'),
    assignedTo: text('assigned_to').references(() => user.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    check('counselling_request_category_check', inList('category', counsellingCategories)),
    check('counselling_request_company_size_check', inList('company_size', companySizes)),
    check('counselling_request_answer_method_check', inList('answer_method', answerMethods)),
    check('counselling_request_status_check', inList('status', counsellingStatuses)),
    index('counselling_request_status_idx').on(table.status, table.createdAt),
    index('counselling_request_assigned_idx').on(table.assignedTo),
    index('counselling_request_closed_idx').on(table.closedAt),
  ],
);

export const messageAuthors = ['requester', 'staff'] as const;
export type MessageAuthor = (typeof messageAuthors)[number];

/** The conversation the requester sees: follow-up questions and staff answers. */
export const counsellingMessage = pgTable(
  'counselling_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => counsellingRequest.id, { onDelete: 'cascade' }),
    author: text('author').$type<MessageAuthor>().notNull(),
    staffUserId: text('staff_user_id').references(() => user.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('counselling_message_request_idx').on(table.requestId, table.createdAt)],
);

/** Staff-only notes on a request; never shown through the private link. */
export const counsellingNote = pgTable(
  'counselling_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => counsellingRequest.id, { onDelete: 'cascade' }),
    staffUserId: text('staff_user_id')
      .notNull()
      .references(() => user.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('counselling_note_request_idx').on(table.requestId, table.createdAt)],
);

/** The last 접수번호 handed out per year (Asia/Seoul), so numbers run 2026-000001, 2026-000002, … */
export const receiptCounter = pgTable(
  'receipt_counter',
  {
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [primaryKey({ columns: [table.series, table.year] })],
);
