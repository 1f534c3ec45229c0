// Tables staff download (sign-ups, subscribers, yearly figures) as CSV or XLSX, both written by exceljs. Cells
// that people typed are written as text: in XLSX as text-formatted strings, in CSV with a leading ' when they
// start with = + - @ (or a tab or carriage return), so a spreadsheet never runs them as a formula.
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx';
export const exportFormats = ['csv', 'xlsx'] as const satisfies readonly ExportFormat[];

export interface ExportTable {
  sheetName: string;
  columns: string[];
  /** Strings are text (typed by someone); numbers stay numbers. */
  rows: (string | number | null)[][];
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One table per sheet in XLSX; a CSV file holds exactly one table. */
export async function exportTables(tables: ExportTable[], format: ExportFormat, basename: string): Promise<ExportFile> {
  if (format === 'csv' && tables.length !== 1) throw new Error('A CSV export holds exactly one table.');
  const workbook = new ExcelJS.Workbook();
  const cell = (value: string | number | null) => (typeof value === 'string' && format === 'csv' ? neutraliseFormula(value) : (value ?? ''));
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName);
    sheet.addRow(table.columns);
    for (const row of table.rows) {
      const added = sheet.addRow(row.map(cell));
      row.forEach((value, index) => {
        if (typeof value === 'string') added.getCell(index + 1).numFmt = '@';
      });
    }
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 18));
  }
  let body: Buffer;
  if (format === 'xlsx') {
    body = Buffer.from(await workbook.xlsx.writeBuffer());
  } else {
    // A byte-order mark, so Excel opens the Korean text as UTF-8.
    body = Buffer.concat([Buffer.from('\ufeff'), Buffer.from(await workbook.csv.writeBuffer())]);
  }
  return { filename: `${basename}.${format}`, contentType: contentTypes[format], body };
}
