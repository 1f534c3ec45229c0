// A year's 주요업무보고 tables as one XLSX workbook for staff: one sheet per table, the very tables the staff page and
// the public page show (yearReportTables), from the same computation. No personal data.
import { yearReportTables } from '../../lib/report/year-report';
import type { ServiceContext } from '../context';
import { exportTables, type ExportFile } from '../export/table-export';
import { computeYearReport } from './year-report';

export async function exportYearReport(ctx: Pick<ServiceContext, 'db' | 'clock'>, year: number): Promise<ExportFile> {
  const tables = yearReportTables(await computeYearReport(ctx, year));
  return exportTables(
    tables.map(({ title, columns, rows }) => ({ sheetName: title, columns, rows })),
    'xlsx',
    `report-${year}`,
  );
}
