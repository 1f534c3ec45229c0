// The year in a report's address: only a four-digit year from 2000 up to this year names a report.
import { expect, it } from 'vitest';
import { reportYearOf } from '../../src/lib/report/year-report';

it('reads a report year from the address and refuses anything else', () => {
  expect(reportYearOf('2025', 2026)).toBe(2025);
  expect(reportYearOf('2026', 2026)).toBe(2026);
  expect(reportYearOf('2000', 2026)).toBe(2000);
  for (const param of ['2027', '1999', '25', '02025', '2025/x', '2025.0', ' 2025', '', undefined]) expect(reportYearOf(param, 2026), String(param)).toBeNull();
});
