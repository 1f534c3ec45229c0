/**
 * A year's 주요업무보고 figures as the service computes and publishes them (src/server/records/year-report.ts), and
 * the tables they are shown as. The staff page, the public page and the XLSX all take their tables from
 * yearReportTables, so a cell reads the same in all three. Numbers and public labels only. Pure.
 */

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

export type ReportCell = string | number;

export interface ReportTable {
  /** The heading on the page and the XLSX sheet's name (at most 31 characters). */
  title: string;
  columns: string[];
  rows: ReportCell[][];
  /** Where the numbers come from, in one line. */
  note?: string;
  /** Drawn as a chart too (label in the first column, count in the second). */
  chart?: { kind: 'bar' | 'column'; unit: string };
  /** The year at a glance: rows of label, value and unit, shown as cards. */
  highlights?: true;
}

export const monthLabel = (month: number) => `${month}월`;

const byMonthRows = (counts: number[]): ReportCell[][] => counts.map((count, i) => [monthLabel(i + 1), count]);

const consultationsNote = '직원이 남긴 상담 기록과 온라인 상담 신청(신청한 날 자동 기록)을 상담한 날 기준으로 셉니다.';

export function yearReportTables(report: YearReport): ReportTable[] {
  const { consultations, rightsRemedy, education } = report;
  return [
    {
      title: '요약',
      columns: ['항목', '값', '단위'],
      rows: [
        ['상담 건수', consultations.total, '건'],
        ['사적조정·권리구제', rightsRemedy.total, '건'],
        ['교육 참여 인원', education.attendanceTotal, '명'],
        ['뉴스레터 구독자', report.subscribers, '명'],
      ],
      note: '뉴스레터 구독자는 그해 마지막 날(올해는 오늘) 구독 중인 사람 수입니다.',
      highlights: true,
    },
    {
      title: '상담 내용별 상담 건수',
      columns: ['상담 내용', '건수'],
      rows: consultations.byKind.map(({ label, count }) => [label, count]),
      note: consultationsNote,
      chart: { kind: 'bar', unit: '건' },
    },
    { title: '월별 상담 건수', columns: ['월', '건수'], rows: byMonthRows(consultations.byMonth), chart: { kind: 'column', unit: '건' } },
    {
      title: '상담 경로별 상담 건수',
      columns: ['상담 경로', '건수'],
      rows: consultations.byChannel.map(({ label, count }) => [label, count]),
      chart: { kind: 'bar', unit: '건' },
    },
    {
      title: '사적조정·권리구제',
      columns: ['구분', '건수'],
      rows: [
        ['사적조정', rightsRemedy.privateMediation],
        ['권리구제', rightsRemedy.rightsRelief],
        ['합계', rightsRemedy.total],
      ],
      note: '상담 결과를 사적조정 또는 권리구제로 기록한 상담의 수입니다.',
    },
    {
      title: '월별 교육 참여 인원',
      columns: ['월', '인원'],
      rows: byMonthRows(education.attendanceByMonth),
      note: "프로그램 신청자 가운데 직원이 '참석'으로 표시한 사람을 프로그램이 열린 달로 셉니다.",
      chart: { kind: 'column', unit: '명' },
    },
    {
      title: '프로그램별 참여 인원',
      columns: ['프로그램', '분류', '월', '확정', '참여'],
      rows: education.programs.map((program) => [program.title, program.category, monthLabel(program.month), program.confirmed, program.attended]),
      note: '누리집에서 신청을 받은 프로그램입니다. 확정은 자리가 확정된 신청자, 참여는 그 가운데 참석한 사람입니다.',
    },
  ];
}

/** The year in a report's address, if a report can have it: a four-digit year from 2000 up to this year. */
export function reportYearOf(param: string | undefined, thisYear: number): number | null {
  if (!/^\d{4}$/.test(param ?? '')) return null;
  const year = Number(param);
  return year >= 2000 && year <= thisYear ? year : null;
}
