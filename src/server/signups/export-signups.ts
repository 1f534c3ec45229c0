// A programme's sign-ups as CSV or XLSX for staff: one row per sign-up with the answers to its questions, every
// typed cell as text. Writes an 'export' row in the 접속기록 in the same transaction that reads the data.
import { asc, eq } from 'drizzle-orm';
import { seoulDateTimeKey } from '../../lib/dates/seoul-time';
import { recordAccess } from '../audit/audit-log';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { decryptOptional } from '../crypto/field-cipher';
import { programSignup } from '../db/schema';
import { exportTables, type ExportFile, type ExportFormat } from '../export/table-export';
import { signupFields } from './signup-fields';
import { answerText, type SignupAnswers, type SignupQuestion } from './signup-questions';

const attendanceText = (attended: boolean | null) => (attended === null ? '' : attended ? '출석' : '결석');

export async function exportSignups(
  ctx: ServiceContext,
  staff: StaffUser,
  program: { slug: string; questions: readonly SignupQuestion[] },
  format: ExportFormat,
  clientIp: string,
): Promise<ExportFile> {
  const rows = await ctx.db.transaction(async (tx) => {
    await recordAccess(tx, ctx, { staff, action: 'export', recordType: 'program_signups', recordId: program.slug, clientIp });
    return tx.select().from(programSignup).where(eq(programSignup.programSlug, program.slug)).orderBy(asc(programSignup.seq));
  });
  const { cipher } = ctx;
  return exportTables(
    [
      {
        sheetName: '신청자',
        columns: ['순번', '상태', '이름', '이메일', '전화', ...program.questions.map((question) => question.label), '출석', '신청 시각'],
        rows: rows.map((row, index) => {
          const answers = JSON.parse(cipher.decrypt(row.answers, signupFields.answers)) as SignupAnswers;
          return [
            index + 1,
            row.status,
            cipher.decrypt(row.name, signupFields.name),
            decryptOptional(cipher, row.email, signupFields.email),
            decryptOptional(cipher, row.phone, signupFields.phone),
            ...program.questions.map((question) => answerText(question, answers[question.id])),
            attendanceText(row.attended),
            seoulDateTimeKey(row.createdAt).replace('T', ' '),
          ];
        }),
      },
    ],
    format,
    `signups-${program.slug}`,
  );
}
