// The confirmed list as CSV, for a mailing service when one is used instead of SMTP: addresses of confirmed,
// unbounced subscribers. Writes an 'export' row in the 접속기록 in the transaction that reads them.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { seoulDateTimeKey } from '../../lib/dates/seoul-time';
import { recordAccess } from '../audit/audit-log';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { newsletterSubscriber } from '../db/schema';
import { exportTables, type ExportFile } from '../export/table-export';
import { subscriberEmailField } from './subscriber-fields';

export async function exportSubscribers(ctx: ServiceContext, staff: StaffUser, clientIp: string): Promise<ExportFile> {
  const rows = await ctx.db.transaction(async (tx) => {
    await recordAccess(tx, ctx, { staff, action: 'export', recordType: 'newsletter_subscribers', recordId: 'confirmed', clientIp });
    return tx
      .select({ email: newsletterSubscriber.email, confirmedAt: newsletterSubscriber.confirmedAt })
      .from(newsletterSubscriber)
      .where(and(eq(newsletterSubscriber.status, '구독'), isNull(newsletterSubscriber.bouncedAt)))
      .orderBy(asc(newsletterSubscriber.confirmedAt));
  });
  return exportTables(
    [
      {
        sheetName: '구독자',
        columns: ['email', 'confirmed_at'],
        rows: rows.map((row) => [ctx.cipher.decrypt(row.email!, subscriberEmailField), seoulDateTimeKey(row.confirmedAt!).replace('T', ' ')]),
      },
    ],
    'csv',
    'newsletter-subscribers',
  );
}
