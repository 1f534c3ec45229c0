// A year's 주요업무보고 tables as one XLSX workbook for staff (the print view and charts are the page's): one sheet
// per table, from the same computation the page and the published snapshot use. No personal data.
import type { ServiceContext } from '../context';
import { exportTables, type ExportFile } from '../export/table-export';
import { computeYearReport } from './year-report';

const monthLabels = Array.from({ length: 12 }, (_, i) => `${i + 1}월`);

export async function exportYearReport(ctx: Pick<ServiceContext, 'db' | 'clock'>, year: number): Promise<ExportFile> {
  const report = await computeYearReport(ctx, year);
  const { consultations, rightsRemedy, education } = report;
  return exportTables(
    [
      {
        sheetName: '요약',
        columns: ['항목', '값'],
        rows: [
          ['상담 건수', consultations.total],
          ['사적조정', rightsRemedy.privateMediation],
          ['권리구제', rightsRemedy.rightsRelief],
          ['교육 참여 인원', education.attendanceTotal],
          ['뉴스레터 구독자 (연말)', report.subscribers],
        ],
      },
      { sheetName: '상담 내용별', columns: ['내용', '건수'], rows: consultations.byKind.map(({ label, count }) => [label, count]) },
      { sheetName: '상담 경로별', columns: ['경로', '건수'], rows: consultations.byChannel.map(({ label, count }) => [label, count]) },
      { sheetName: '월별 상담', columns: ['월', '건수'], rows: consultations.byMonth.map((count, i) => [monthLabels[i]!, count]) },
      { sheetName: '월별 교육 참여', columns: ['월', '인원'], rows: education.attendanceByMonth.map((count, i) => [monthLabels[i]!, count]) },
      {
        sheetName: '프로그램별 참여',
        columns: ['프로그램', '분류', '월', '확정', '참여'],
        rows: education.programs.map((program) => [program.title, program.category, monthLabels[program.month - 1]!, program.confirmed, program.attended]),
      },
    ],
    'xlsx',
    `report-${year}`,
  );
}
