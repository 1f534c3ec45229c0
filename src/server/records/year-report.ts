// The 주요업무보고 tables of one year, computed from the records: consultations by kind, month and channel;
// rights-remedy cases (사적조정, 권리구제); education attendance by month (staff's attendance marks on sign-ups, by
// the programme's month in Seoul); participants per programme; newsletter subscribers at the year's end.
// Numbers and public labels only. Sign-ups are deleted a year after their programme, so publish the year before.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { seoulParts, seoulToInstant } from '../../lib/dates/seoul-time';
import type { ServiceContext } from '../context';
import { consultationChannels, consultationKinds, consultationRecord, programRegistration, programSignup } from '../db/schema';
import { countSubscribersAt } from '../newsletter/subscriptions';

export interface LabelCount {
  label: string;
  count: number;
}

export interface ProgramParticipation {
  slug: string;
  title: string;
  category: string;
  /** 1–12, in Seoul. */
  month: number;
  confirmed: number;
  attended: number;
}

export interface YearReport {
  year: number;
  consultations: { total: number; byKind: LabelCount[]; byChannel: LabelCount[]; byMonth: number[] };
  rightsRemedy: { privateMediation: number; rightsRelief: number; total: number };
  education: { attendanceByMonth: number[]; attendanceTotal: number; programs: ProgramParticipation[] };
  /** Confirmed subscribers at the end of the year (or now, for the current year). */
  subscribers: number;
}

const months = () => Array.from({ length: 12 }, () => 0);

export async function computeYearReport(ctx: Pick<ServiceContext, 'db' | 'clock'>, year: number): Promise<YearReport> {
  const grouped = await ctx.db
    .select({
      month: sql<number>`extract(month from ${consultationRecord.consultedOn})::int`,
      kind: consultationRecord.kind,
      channel: consultationRecord.channel,
      outcome: consultationRecord.outcome,
      count: sql<number>`count(*)::int`,
    })
    .from(consultationRecord)
    .where(and(gte(consultationRecord.consultedOn, `${year}-01-01`), lt(consultationRecord.consultedOn, `${year + 1}-01-01`)))
    .groupBy(sql`1`, consultationRecord.kind, consultationRecord.channel, consultationRecord.outcome);
  const sum = (keep: (row: (typeof grouped)[number]) => boolean) => grouped.filter(keep).reduce((total, row) => total + row.count, 0);
  const byMonth = months();
  for (const row of grouped) byMonth[row.month - 1]! += row.count;

  const yearStart = seoulToInstant(`${year}-01-01`);
  const yearEnd = seoulToInstant(`${year + 1}-01-01`);
  const programs = await ctx.db
    .select({
      slug: programRegistration.slug,
      title: programRegistration.title,
      category: programRegistration.category,
      startsAt: programRegistration.startsAt,
      confirmed: sql<number>`(count(${programSignup.id}) filter (where ${programSignup.status} = '확정'))::int`,
      attended: sql<number>`(count(${programSignup.id}) filter (where ${programSignup.status} = '확정' and ${programSignup.attended}))::int`,
    })
    .from(programRegistration)
    .leftJoin(programSignup, eq(programSignup.programSlug, programRegistration.slug))
    .where(and(gte(programRegistration.startsAt, yearStart), lt(programRegistration.startsAt, yearEnd)))
    .groupBy(programRegistration.slug)
    .orderBy(asc(programRegistration.startsAt), asc(programRegistration.slug));
  const participation = programs.map((program) => ({
    slug: program.slug,
    title: program.title ?? program.slug,
    category: program.category ?? '',
    month: seoulParts(program.startsAt!).month,
    confirmed: program.confirmed,
    attended: program.attended,
  }));
  const attendanceByMonth = months();
  for (const program of participation) attendanceByMonth[program.month - 1]! += program.attended;

  const privateMediation = sum((row) => row.outcome === '사적조정');
  const rightsRelief = sum((row) => row.outcome === '권리구제');
  const now = ctx.clock();
  return {
    year,
    consultations: {
      total: sum(() => true),
      byKind: consultationKinds.map((kind) => ({ label: kind, count: sum((row) => row.kind === kind) })),
      byChannel: consultationChannels.map((channel) => ({ label: channel, count: sum((row) => row.channel === channel) })),
      byMonth,
    },
    rightsRemedy: { privateMediation, rightsRelief, total: privateMediation + rightsRelief },
    education: { attendanceByMonth, attendanceTotal: attendanceByMonth.reduce((a, b) => a + b, 0), programs: participation },
    subscribers: await countSubscribersAt(ctx, new Date(Math.min(now.getTime(), yearEnd.getTime() - 1))),
  };
}
