// Publishing a year's figures: a 관리자 snapshots the computed tables (numbers and public labels, no personal
// data) into published_report, which the public /report/<year>/ reads. Publishing again replaces the snapshot.
import { asc, eq } from 'drizzle-orm';
import type { StaffUser } from '../auth/staff-user';
import type { ServiceContext } from '../context';
import { publishedReport } from '../db/schema';
import { ServiceError } from '../service-error';
import { computeYearReport, type YearReport } from './year-report';

export interface PublishedReport {
  figures: YearReport;
  publishedAt: Date;
}

export async function publishYearReport(ctx: ServiceContext, staff: StaffUser, year: number): Promise<PublishedReport> {
  if (staff.role !== '관리자') throw new ServiceError('forbidden', '관리자만 연간 실적을 공개할 수 있습니다.');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ServiceError('invalid', '연도를 확인해 주세요.');
  const figures = await computeYearReport(ctx, year);
  const publishedAt = ctx.clock();
  await ctx.db
    .insert(publishedReport)
    .values({ year, figures, publishedAt, publishedBy: staff.id })
    .onConflictDoUpdate({ target: publishedReport.year, set: { figures, publishedAt, publishedBy: staff.id } });
  ctx.log.info(`year report ${year} published`);
  return { figures, publishedAt };
}

/** For the public page: the published snapshot, or null when the year has not been published. */
export async function readPublishedReport(ctx: Pick<ServiceContext, 'db'>, year: number): Promise<PublishedReport | null> {
  const [row] = await ctx.db.select().from(publishedReport).where(eq(publishedReport.year, year));
  return row ? { figures: row.figures as YearReport, publishedAt: row.publishedAt } : null;
}

export async function listPublishedYears(ctx: Pick<ServiceContext, 'db'>): Promise<number[]> {
  return (await ctx.db.select({ year: publishedReport.year }).from(publishedReport).orderBy(asc(publishedReport.year))).map((row) => row.year);
}
