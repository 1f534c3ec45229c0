import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/lib/content-files';
import { dataFiles } from '../../src/lib/content-model';
import { calculateMaternityLeave, checkMaternityLeaveInput } from '../../src/lib/maternity-leave-benefit';
import { calculateParentalLeave, checkParentalLeaveInput, type ParentalLeaveInput } from '../../src/lib/parental-leave-benefit';
import { calculateReducedHours, checkReducedHoursInput, type ReducedHoursInput } from '../../src/lib/reduced-hours-benefit';
import type { BenefitRule } from '../../src/schemas/benefit-rules';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);

const parental = (over: Partial<ParentalLeaveInput> = {}): ParentalLeaveInput => ({
  monthlyWage: 3_000_000, start: '2026-01-01', months: 12, singleParent: false, sixPlusSix: false, ...over,
});

describe('육아휴직 급여', () => {
  it('worked example: 3,000,000원 for 12 months from 2026 gives 23,100,000원', () => {
    const result = calculateParentalLeave(parental(), rules);
    expect(result.months.map((m) => m.amount)).toEqual([...Array(3).fill(2_500_000), ...Array(3).fill(2_000_000), ...Array(6).fill(1_600_000)]);
    expect(result.total).toBe(23_100_000);
    expect(result.months[6]).toMatchObject({ rate: 0.8, beforeLimits: 2_400_000, cap: 1_600_000, limitedBy: 'cap' });
  });

  it('pays the wage itself when it is under the caps', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 1_500_000, months: 7 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([1_500_000, 1_500_000, 1_500_000, 1_500_000, 1_500_000, 1_500_000, 1_200_000]);
    expect(result.months.every((m) => m.limitedBy === null)).toBe(true);
  });

  it('raises a small wage to the 70만원 floor', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 600_000, months: 8 }), rules);
    expect(result.months[0]).toMatchObject({ amount: 700_000, limitedBy: 'floor' });
    expect(result.months[7]).toMatchObject({ beforeLimits: 480_000, amount: 700_000, limitedBy: 'floor' });
  });

  it('gives single parents the 300만원 cap for months 1–3 only', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 3_500_000, singleParent: true, months: 4 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([3_000_000, 3_000_000, 3_000_000, 2_000_000]);
    expect(result.rulesUsed.map((r) => r.id)).toContain('parentalLeave.singleParentCapMonths1to3');
  });

  it('6+6: the rising caps for months 1–6, then the month-7 rules', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 5_000_000, sixPlusSix: true, months: 8 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([2_500_000, 2_500_000, 3_000_000, 3_500_000, 4_000_000, 4_500_000, 1_600_000, 1_600_000]);
    expect(result.total).toBe(23_200_000);
    expect(result.months[2].scheme).toBe('sixPlusSix');
    expect(result.months[6].scheme).toBe('standard');
  });

  it('6+6 month 1 follows the 2025 change: a leave from 2024-12 uses 200만원, then 250만원 from 2025', () => {
    const late2024 = calculateParentalLeave(parental({ monthlyWage: 5_000_000, sixPlusSix: true, start: '2024-12-01', months: 1 }), rules.concat(month2024Standard()));
    expect(late2024.months[0].cap).toBe(2_000_000);
    const in2025 = calculateParentalLeave(parental({ monthlyWage: 5_000_000, sixPlusSix: true, start: '2025-01-01', months: 1 }), rules);
    expect(in2025.months[0].cap).toBe(2_500_000);
  });

  it('a rule change in the middle of a leave: each month uses the caps in force when it begins', () => {
    const raised: BenefitRule = { ...rules.find((r) => r.id === 'parentalLeave.capFromMonth7')!, value: 1_800_000, effectiveFrom: '2026-10-01' };
    const result = calculateParentalLeave(parental({ start: '2026-03-15', months: 9 }), [...rules, raised]);
    // month 7 begins 2026-09-15 (old cap), months 8–9 begin 2026-10-15 and 2026-11-15 (new cap)
    expect(result.months.slice(6).map((m) => [m.start, m.cap])).toEqual([['2026-09-15', 1_600_000], ['2026-10-15', 1_800_000], ['2026-11-15', 1_800_000]]);
    expect(result.rulesUsed.filter((r) => r.id === 'parentalLeave.capFromMonth7').map((r) => r.effectiveFrom)).toEqual(['2025-01-01', '2026-10-01']);
  });

  it('a leave that starts in January 2025 is calculated with the 2025 caps', () => {
    expect(checkParentalLeaveInput(parental({ start: '2025-01-15', months: 3 }), rules)).toEqual({});
    const result = calculateParentalLeave(parental({ start: '2025-01-15', months: 3 }), rules);
    expect(result.total).toBe(7_500_000);
  });

  it('months run from the start date to the day before the same date next month', () => {
    const result = calculateParentalLeave(parental({ start: '2026-01-31', months: 2 }), rules);
    expect(result.months.map((m) => [m.start, m.end])).toEqual([['2026-01-31', '2026-02-27'], ['2026-02-28', '2026-03-30']]);
  });

  it('checks the input field by field', () => {
    expect(checkParentalLeaveInput(parental(), rules)).toEqual({});
    expect(checkParentalLeaveInput(parental({ monthlyWage: 0 }), rules).monthlyWage).toMatch(/0보다 큰/);
    expect(checkParentalLeaveInput(parental({ months: 13 }), rules).months).toMatch(/12개월까지/);
    expect(checkParentalLeaveInput(parental({ months: 18, extendedLeave: true }), rules)).toEqual({});
    expect(checkParentalLeaveInput(parental({ singleParent: true, sixPlusSix: true }), rules).sixPlusSix).toMatch(/한부모/);
    expect(checkParentalLeaveInput(parental({ start: '2024-06-01' }), rules).start).toMatch(/이후 날짜로 계산해/);
  });
});

/** The standard caps do not exist before 2025 in the data; give the 2024 test a stand-in so only 6+6 varies. */
function month2024Standard(): BenefitRule[] {
  return rules
    .filter((r) => r.id === 'parentalLeave.floor')
    .map((r) => ({ ...r, effectiveFrom: '2024-01-01' }));
}

const reduced = (over: Partial<ReducedHoursInput> = {}): ReducedHoursInput => ({
  monthlyWage: 3_000_000, hoursBefore: 40, hoursAfter: 30, start: '2026-01-01', months: 1, ...over,
});

describe('육아기 근로시간 단축 급여', () => {
  it('worked example: 3,000,000원, 40 → 30 hours gives 750,000원 a month', () => {
    const [month] = calculateReducedHours(reduced(), rules).months;
    expect(month.amount).toBe(750_000);
    expect(month.fullRate).toMatchObject({ hours: 10, rate: 1, amount: 750_000 });
    expect(month.partRate.amount).toBe(0);
  });

  it('pays hours beyond 10 at 80%', () => {
    const [month] = calculateReducedHours(reduced({ hoursAfter: 20 }), rules).months;
    expect(month.fullRate.amount).toBe(750_000);
    expect(month.partRate).toMatchObject({ hours: 10, rate: 0.8, amount: 600_000 });
    expect(month.amount).toBe(1_350_000);
  });

  it('caps each share separately (2026: 250만원 and 160만원)', () => {
    // 12,000,000 × 10/40 = 3,000,000 → 2,500,000; 12,000,000 × 0.8 × 10/40 = 2,400,000 → 1,600,000
    const [month] = calculateReducedHours(reduced({ monthlyWage: 12_000_000, hoursAfter: 20 }), rules).months;
    expect(month.fullRate).toMatchObject({ beforeCap: 3_000_000, cap: 2_500_000, amount: 2_500_000 });
    expect(month.partRate).toMatchObject({ beforeCap: 2_400_000, cap: 1_600_000, amount: 1_600_000 });
  });

  it('uses 50만원 as the wage when the wage is lower', () => {
    const [month] = calculateReducedHours(reduced({ monthlyWage: 400_000, hoursBefore: 20, hoursAfter: 15 }), rules).months;
    expect(month.wageUsed).toBe(500_000);
    expect(month.amount).toBe(125_000);
  });

  it('a leave across 2025→2026 changes caps in its third month', () => {
    const result = calculateReducedHours(reduced({ monthlyWage: 12_000_000, hoursAfter: 20, start: '2025-11-01', months: 3 }), rules);
    expect(result.months.map((m) => [m.fullRate.cap, m.partRate.cap])).toEqual([[2_200_000, 1_500_000], [2_200_000, 1_500_000], [2_500_000, 1_600_000]]);
    expect(result.total).toBe(3_700_000 * 2 + 4_100_000);
  });

  it('checks hours against the 15–35 rule', () => {
    expect(checkReducedHoursInput(reduced(), rules)).toEqual({});
    expect(checkReducedHoursInput(reduced({ hoursAfter: 10 }), rules).hoursAfter).toMatch(/15시간 이상 35시간 이하/);
    expect(checkReducedHoursInput(reduced({ hoursBefore: 30, hoursAfter: 30 }), rules).hoursAfter).toMatch(/단축 전보다 적어야/);
  });
});

describe('출산전후휴가 급여', () => {
  it('a larger firm pays 60 days, insurance the last 30 up to the 2026 cap', () => {
    const result = calculateMaternityLeave({ monthlyWage: 3_000_000, start: '2026-03-02', prioritySupportFirm: false, multipleBirth: false }, rules);
    expect(result.blocks.map((b) => [b.payer, b.fromDay, b.toDay, b.amount])).toEqual([
      ['employer', 1, 60, 6_000_000],
      ['insurance', 61, 90, 2_200_000],
    ]);
    expect(result.blocks[1]).toMatchObject({ startDate: '2026-05-01', endDate: '2026-05-30', limitedBy: 'cap' });
    expect(result.total).toBe(8_200_000);
  });

  it('at a 우선지원대상기업 insurance pays all 90 days and the employer tops up the first 60', () => {
    const result = calculateMaternityLeave({ monthlyWage: 3_000_000, start: '2026-03-02', prioritySupportFirm: true, multipleBirth: false }, rules);
    expect(result.insuranceTotal).toBe(6_600_000);
    expect(result.employerTotal).toBe(1_600_000);
    expect(result.blocks.find((b) => b.topUp)).toMatchObject({ fromDay: 1, toDay: 60, monthlyRate: 800_000 });
  });

  it('multiple birth: 120 days, the employer pays 75', () => {
    const result = calculateMaternityLeave({ monthlyWage: 2_000_000, start: '2026-03-02', prioritySupportFirm: false, multipleBirth: true }, rules);
    expect(result.totalDays).toBe(120);
    expect(result.blocks.map((b) => [b.payer, b.fromDay, b.toDay])).toEqual([['employer', 1, 75], ['insurance', 76, 120]]);
    // 45 insurance days at the minimum-wage floor: 10,320 × 209 = 2,156,880 per 30 days
    expect(result.floor).toBe(2_156_880);
    expect(result.blocks[1]).toMatchObject({ monthlyRate: 2_156_880, limitedBy: 'floor', amount: 3_235_320 });
  });

  it('a leave that starts in 2025 uses the 2025 cap', () => {
    const result = calculateMaternityLeave({ monthlyWage: 3_000_000, start: '2025-12-15', prioritySupportFirm: false, multipleBirth: false }, rules);
    expect(result.cap).toBe(2_100_000);
    expect(result.insuranceTotal).toBe(2_100_000);
  });

  it('refuses a start date with no rules', () => {
    expect(checkMaternityLeaveInput({ monthlyWage: 3_000_000, start: '2024-01-01', prioritySupportFirm: false, multipleBirth: false }, rules).start).toMatch(/기준이 자료에 없습니다/);
  });
});
