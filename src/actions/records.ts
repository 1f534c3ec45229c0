/** Consultation records (add, correct) and publishing a year's figures. The middleware has signed the staff member in. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getTypedReportYears } from '../data/reports';
import { seoulParts } from '../lib/dates/seoul-time';
import { reportYearOf } from '../lib/report/year-report';
import { fieldErrorsOf } from '../server/form-fields';
import { recordConsultation, updateConsultationRecord } from '../server/records/consultation-records';
import { publishYearReport } from '../server/records/published-report';
import { getService } from '../server/service';
import { asActionError, staffOf, text } from './action-helpers';

export const recordFieldNames = ['consultedOn', 'channel', 'kind', 'companySize', 'outcome', 'memo'] as const;
export type RecordFieldName = (typeof recordFieldNames)[number];
export type RecordFormValues = Partial<Record<RecordFieldName | 'idempotencyKey', string>>;

export type RecordFormResult =
  | { kind: 'saved'; consultedOn: string }
  | { kind: 'invalid'; errors: Partial<Record<RecordFieldName, string>>; values: RecordFormValues };

/** The form's fields as typed; a field the form did not send (an online record's channel) stays out. */
const valuesOf = (form: FormData, names: readonly string[]) =>
  Object.fromEntries(names.flatMap((name) => (form.has(name) ? [[name, text(form, name) ?? '']] : []))) as RecordFormValues;

/** Runs a save; the schema's complaints go back beside their fields, with what was typed. */
async function saveRecord(values: RecordFormValues, save: () => Promise<{ consultedOn: string }>): Promise<RecordFormResult> {
  try {
    const { consultedOn } = await save();
    return { kind: 'saved', consultedOn };
  } catch (error) {
    if (error instanceof z.ZodError) return { kind: 'invalid', errors: fieldErrorsOf<RecordFieldName>(error), values };
    return asActionError(error);
  }
}

export const recordsActions = {
  /** A new record from the add form; its idempotency key makes a double press or a retry store one record. */
  record: defineAction({
    accept: 'form',
    handler: async (form, context): Promise<RecordFormResult> => {
      const { staff } = staffOf(context);
      const values = valuesOf(form, [...recordFieldNames, 'idempotencyKey']);
      const { ctx } = await getService();
      return saveRecord(values, () => recordConsultation(ctx, staff, values as Parameters<typeof recordConsultation>[2]));
    },
  }),

  /** A corrected record (every field of the edit form; a blank memo clears it). */
  correct: defineAction({
    accept: 'form',
    handler: async (form, context): Promise<RecordFormResult> => {
      const { staff } = staffOf(context);
      const values = valuesOf(form, recordFieldNames);
      const { ctx } = await getService();
      return saveRecord(values, () => updateConsultationRecord(ctx, staff, text(form, 'recordId') ?? '', values as Parameters<typeof updateConsultationRecord>[3]));
    },
  }),

  /** A 관리자 publishes a year's figures to /report/<year>/; publishing again replaces them. */
  publish: defineAction({
    accept: 'form',
    input: z.object({ year: z.coerce.number().int() }),
    handler: async ({ year }, context) => {
      const { staff } = staffOf(context);
      const { ctx } = await getService();
      // Only a year the public page can show: from 2000 up to this one.
      if (reportYearOf(String(year), seoulParts(ctx.clock()).year) === null) throw new ActionError({ code: 'BAD_REQUEST', message: '그런 해의 실적은 공개할 수 없습니다.' });
      // A year typed from the centre's report is a built page already; a snapshot would never be seen.
      if ((await getTypedReportYears()).includes(year)) throw new ActionError({ code: 'CONFLICT', message: `${year}년 실적은 보고서에서 옮긴 수치로 이미 누리집에 있습니다.` });
      const { publishedAt } = await publishYearReport(ctx, staff, year).catch(asActionError);
      return { year, publishedAt };
    },
  }),
};
