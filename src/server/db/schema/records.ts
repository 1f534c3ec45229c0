// Consultation records (every consultation, through any channel, without personal data) and the yearly figures
// staff publish for /report/<year>/.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { companySizes, counsellingRequest, type CompanySize } from './counselling';
import { inList } from './in-list';

export const consultationChannels = ['전화', '방문', '찾아가는 상담', '온라인', '카카오톡'] as const;
export type ConsultationChannel = (typeof consultationChannels)[number];

/** The areas of 종합상담 (2021 주요업무보고: 노동권·모성보호·법률·보육·심리) and 기타. */
export const consultationKinds = ['모성보호', '노동권', '법률', '보육', '심리', '기타'] as const;
export type ConsultationKind = (typeof consultationKinds)[number];

/** 사적조정 and 권리구제 are the report's rights-remedy cases (2021: 3 + 6 = 9). */
export const consultationOutcomes = ['진행 중', '상담 종결', '기관 연계', '사적조정', '권리구제'] as const;
export type ConsultationOutcome = (typeof consultationOutcomes)[number];

export const consultationRecord = pgTable(
  'consultation_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The day in Korea, `2021-10-14`. */
    consultedOn: date('consulted_on', { mode: 'string' }).notNull(),
    channel: text('channel').$type<ConsultationChannel>().notNull(),
    kind: text('kind').$type<ConsultationKind>().notNull(),
    companySize: text('company_size').$type<CompanySize>().notNull(),
    outcome: text('outcome').$type<ConsultationOutcome>().notNull(),
    /** Set for the record an online request made; the request may later be deleted, the record stays. */
    counsellingRequestId: uuid('counselling_request_id')
      .unique()
      .references(() => counsellingRequest.id, { onDelete: 'set null' }),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('consultation_record_channel_check', inList('channel', consultationChannels)),
    check('consultation_record_kind_check', inList('kind', consultationKinds)),
    check('consultation_record_company_size_check', inList('company_size', companySizes)),
    check('consultation_record_outcome_check', inList('outcome', consultationOutcomes)),
    index('consultation_record_day_idx').on(table.consultedOn),
  ],
);

/** A year's figures as published: numbers and labels only, what the public /report/<year>/ reads. */
export const publishedReport = pgTable(
  'published_report',
  {
    year: integer('year').primaryKey(),
    figures: jsonb('figures').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: text('published_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (table) => [check('published_report_year_check', sql`${table.year} between 2000 and 2100`)],
);
