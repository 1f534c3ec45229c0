/**
 * The calculators against worked examples. Each example names its source: the centre's facts sheet
 * (../shared/facts/maternity-protection.md, reviewed 2026-12-01), or the article's formula worked by hand.
 * Examples the team made up only to exercise the code say so, and are never the only check of a rule.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { calculateMaternityLeave, checkMaternityLeaveInput, type MaternityLeaveInput } from '../../src/lib/benefits/maternity-leave';
import { calculateParentalLeave, checkParentalLeaveInput, type ParentalLeaveInput } from '../../src/lib/benefits/parental-leave';
import { calculateReducedHours, checkReducedHoursInput, type ReducedHoursInput } from '../../src/lib/benefits/reduced-hours';
import { calculateSpouseLeave } from '../../src/lib/benefits/spouse-leave';
import type { BenefitRule } from '../../src/schemas/benefit-rules';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);

const parental = (over: Partial<ParentalLeaveInput> = {}): ParentalLeaveInput => ({
  monthlyWage: 3_000_000, start: '2026-01-01', months: 12, singleParent: false, sixPlusSix: false, ...over,
});
const reduced = (over: Partial<ReducedHoursInput> = {}): ReducedHoursInput => ({
  monthlyWage: 3_000_000, hoursBefore: 40, hoursAfter: 30, start: '2026-01-01', months: 1, ...over,
});
const maternity = (over: Partial<MaternityLeaveInput> = {}): MaternityLeaveInput => ({
  monthlyWage: 3_000_000, weeklyHours: 40, start: '2026-03-02', prioritySupportFirm: false, multipleBirth: false, premature: false, ...over,
});

describe('육아휴직 급여 (고용보험법 시행령 제95조, 제95조의3)', () => {
  it('facts sheet, worked example (ordinary): 300만원, 12 months from 2026 → 250×3 + 200×3 + 160×6 = 23,100,000원', () => {
    const result = calculateParentalLeave(parental(), rules);
    expect(result.months.map((m) => m.amount)).toEqual([...Array(3).fill(2_500_000), ...Array(3).fill(2_000_000), ...Array(6).fill(1_600_000)]);
    expect(result.total).toBe(23_100_000);
    expect(result.months[6]).toMatchObject({ rate: 0.8, beforeLimits: 2_400_000, cap: 1_600_000, limitedBy: 'cap' });
  });

  it('facts sheet, worked example (6+6): 500만원, 6 months, the other parent 3 → 250+250+300 + 200×3 = 14,000,000원', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 5_000_000, months: 6, sixPlusSix: true, otherParentMonths: 3 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([2_500_000, 2_500_000, 3_000_000, 2_000_000, 2_000_000, 2_000_000]);
    expect(result.months.map((m) => m.scheme)).toEqual(['sixPlusSix', 'sixPlusSix', 'sixPlusSix', 'standard', 'standard', 'standard']);
    expect(result.sixPlusSixMonths).toBe(3);
    expect(result.total).toBe(14_000_000);
  });

  it('제95조의3 제1항 worked by hand: both parents 6 months → 250+250+300+350+400+450 = 20,000,000원', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 5_000_000, months: 6, sixPlusSix: true, otherParentMonths: 6 }), rules);
    expect(result.total).toBe(20_000_000);
  });

  it('제95조의3 제1항 worked by hand: 6+6 for 8 months with the other parent on 6 → 6+6 caps for 6, then 80% capped at 160만원', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 5_000_000, months: 8, sixPlusSix: true, otherParentMonths: 6 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([2_500_000, 2_500_000, 3_000_000, 3_500_000, 4_000_000, 4_500_000, 1_600_000, 1_600_000]);
  });

  it('제95조 worked by hand: a wage under the caps is paid as it is (100%, then 80% from month 7)', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 1_500_000, months: 7 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([1_500_000, 1_500_000, 1_500_000, 1_500_000, 1_500_000, 1_500_000, 1_200_000]);
    expect(result.months.every((m) => m.limitedBy === null)).toBe(true);
  });

  it('제95조 worked by hand: a small wage is raised to the 70만원 floor', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 600_000, months: 8 }), rules);
    expect(result.months[0]).toMatchObject({ amount: 700_000, limitedBy: 'floor' });
    expect(result.months[7]).toMatchObject({ beforeLimits: 480_000, amount: 700_000, limitedBy: 'floor' });
  });

  it('제95조 worked by hand: a single parent gets 100% up to 300만원 for months 1–3 only → 300+300+300+200', () => {
    const result = calculateParentalLeave(parental({ monthlyWage: 3_500_000, singleParent: true, months: 4 }), rules);
    expect(result.months.map((m) => m.amount)).toEqual([3_000_000, 3_000_000, 3_000_000, 2_000_000]);
    expect(result.rulesUsed.map((r) => r.id)).toContain('parentalLeave.singleParentCapMonths1to3');
  });

  it('team-made, to exercise a change mid-leave: each month uses the caps in force on the day it begins', () => {
    const raised: BenefitRule = { ...rules.find((r) => r.id === 'parentalLeave.capFromMonth7')!, value: 1_800_000, effectiveFrom: '2026-10-01' };
    const result = calculateParentalLeave(parental({ start: '2026-03-15', months: 9 }), [...rules, raised]);
    // month 7 begins 2026-09-15 (old cap), months 8–9 begin 2026-10-15 and 2026-11-15 (new cap)
    expect(result.months.slice(6).map((m) => [m.start, m.cap])).toEqual([['2026-09-15', 1_600_000], ['2026-10-15', 1_800_000], ['2026-11-15', 1_800_000]]);
    expect(result.rulesUsed.filter((r) => r.id === 'parentalLeave.capFromMonth7').map((r) => r.effectiveFrom)).toEqual(['2025-01-01', '2026-10-01']);
  });

  it('민법 제160조: a leave from the 31st ends its first month on the last day of February, not a day early', () => {
    const result = calculateParentalLeave(parental({ start: '2026-01-31', months: 3 }), rules);
    expect(result.months.map((m) => [m.start, m.end])).toEqual([['2026-01-31', '2026-02-28'], ['2026-03-01', '2026-03-30'], ['2026-03-31', '2026-04-30']]);
  });

  it('checks the input field by field', () => {
    expect(checkParentalLeaveInput(parental(), rules)).toEqual({});
    expect(checkParentalLeaveInput(parental({ monthlyWage: 0 }), rules).monthlyWage).toMatch(/0보다 큰/);
    expect(checkParentalLeaveInput(parental({ months: 13 }), rules).months).toMatch(/12개월까지/);
    expect(checkParentalLeaveInput(parental({ months: 18, severelyDisabledChild: true }), rules)).toEqual({});
    expect(checkParentalLeaveInput(parental({ months: 18, otherParentMonths: 3 }), rules)).toEqual({});
    expect(checkParentalLeaveInput(parental({ months: 18, otherParentMonths: 2 }), rules).months).toMatch(/12개월까지/);
    expect(checkParentalLeaveInput(parental({ singleParent: true, sixPlusSix: true }), rules).sixPlusSix).toMatch(/한부모/);
    expect(checkParentalLeaveInput(parental({ sixPlusSix: true }), rules).otherParentMonths).toMatch(/다른 부모가 휴직하는 개월 수/);
    expect(checkParentalLeaveInput(parental({ start: '2024-06-01' }), rules).start).toMatch(/이후 날짜로 계산해/);
  });
});

describe('육아기 근로시간 단축 급여 (고용보험법 시행령 제104조의2 제2항)', () => {
  it('facts sheet, worked example: 300만원, 40 → 30 hours, 2026 → 250만 × 10/40 = 625,000원 (not 750,000원)', () => {
    const [month] = calculateReducedHours(reduced(), rules).months;
    expect(month.amount).toBe(625_000);
    expect(month.fullRate).toMatchObject({ hours: 10, rate: 1, wageAtRate: 3_000_000, base: 2_500_000, limitedBy: 'cap', amount: 625_000 });
    expect(month.partRate).toBeNull();
  });

  it('facts sheet, worked example: 500만원, 40 → 25 hours, 2026 → 250만 × 10/40 + 160만 × 5/40 = 825,000원', () => {
    const [month] = calculateReducedHours(reduced({ monthlyWage: 5_000_000, hoursAfter: 25 }), rules).months;
    expect(month.fullRate).toMatchObject({ base: 2_500_000, amount: 625_000 });
    expect(month.partRate).toMatchObject({ hours: 5, rate: 0.8, wageAtRate: 4_000_000, base: 1_600_000, amount: 200_000 });
    expect(month.amount).toBe(825_000);
  });

  it('facts sheet, worked example: 200만원, 40 → 30 hours → 200만 × 10/40 = 500,000원', () => {
    expect(calculateReducedHours(reduced({ monthlyWage: 2_000_000 }), rules).months[0].amount).toBe(500_000);
  });

  it('제104조의2 제2항 worked by hand: 200만원, 40 → 20 hours → 200만 × 10/40 + 160만 × 10/40 = 900,000원', () => {
    const [month] = calculateReducedHours(reduced({ monthlyWage: 2_000_000, hoursAfter: 20 }), rules).months;
    expect([month.fullRate.amount, month.partRate?.amount]).toEqual([500_000, 400_000]);
    expect(month.amount).toBe(900_000);
  });

  it('제104조의2 제2항 worked by hand: the 50만원 floor is on the wage: 40만원, 20 → 15 hours → 50만 × 5/20 = 125,000원', () => {
    const [month] = calculateReducedHours(reduced({ monthlyWage: 400_000, hoursBefore: 20, hoursAfter: 15 }), rules).months;
    expect(month.fullRate).toMatchObject({ base: 500_000, limitedBy: 'floor', amount: 125_000 });
  });

  it('제104조의2 제2항 and 부칙 worked by hand: a reduction across 2025 → 2026 takes the new caps in its third month (550,000 ×2 + 625,000)', () => {
    const result = calculateReducedHours(reduced({ start: '2025-11-01', months: 3 }), rules);
    expect(result.months.map((m) => [m.start, m.fullRate.cap, m.amount])).toEqual([
      ['2025-11-01', 2_200_000, 550_000],
      ['2025-12-01', 2_200_000, 550_000],
      ['2026-01-01', 2_500_000, 625_000],
    ]);
    expect(result.total).toBe(1_725_000);
  });

  it('checks hours against the 15–35 rule and the longest period', () => {
    expect(checkReducedHoursInput(reduced(), rules)).toEqual({});
    expect(checkReducedHoursInput(reduced({ hoursAfter: 10 }), rules).hoursAfter).toMatch(/15시간 이상 35시간 이하/);
    expect(checkReducedHoursInput(reduced({ hoursBefore: 30, hoursAfter: 30 }), rules).hoursAfter).toMatch(/단축 전보다 적어야/);
    expect(checkReducedHoursInput(reduced({ months: 37 }), rules).months).toMatch(/1~36개월/);
  });
});

describe('출산전후휴가 급여 (근로기준법 제74조, 고용보험법 시행령 제101조)', () => {
  it('제74조 and the 2026 cap worked by hand: a larger firm pays 60 days (6,000,000원), insurance the last 30 up to 220만원 → 8,200,000원', () => {
    const result = calculateMaternityLeave(maternity(), rules);
    expect(result.blocks.map((b) => [b.payer, b.fromDay, b.toDay, b.amount])).toEqual([
      ['employer', 1, 60, 6_000_000],
      ['insurance', 61, 90, 2_200_000],
    ]);
    expect(result.blocks[1]).toMatchObject({ startDate: '2026-05-01', endDate: '2026-05-30', limitedBy: 'cap' });
    expect(result.total).toBe(8_200_000);
  });

  it('worked by hand: at a 우선지원대상기업 insurance pays 90 days (220만 × 3 = 6,600,000원), the employer tops up 80만 × 2 = 1,600,000원', () => {
    const result = calculateMaternityLeave(maternity({ prioritySupportFirm: true }), rules);
    expect(result.insuranceTotal).toBe(6_600_000);
    expect(result.employerTotal).toBe(1_600_000);
    expect(result.blocks.find((b) => b.topUp)).toMatchObject({ fromDay: 1, toDay: 60, monthlyRate: 800_000 });
  });

  it('제101조 제2호 worked by hand: a part-timer on 20 hours and 100만원 gets the floor 10,320 × 209 × 20/40 = 1,078,440원, not × 209', () => {
    const result = calculateMaternityLeave(maternity({ monthlyWage: 1_000_000, weeklyHours: 20, prioritySupportFirm: true }), rules);
    expect(result.monthlyHours).toBe(104.5);
    expect(result.floor).toBe(1_078_440);
    expect(result.blocks).toEqual([expect.objectContaining({ payer: 'insurance', monthlyRate: 1_078_440, limitedBy: 'floor', amount: 3_235_320 })]);
    expect(result.total).toBe(3_235_320);
  });

  it('제101조 제2호 worked by hand: a part-timer paid above the minimum wage for her hours gets her wage, not the full-time floor', () => {
    // 15 hours: floor 10,320 × 78.375 = 808,830원; her 120만원 is above it, so insurance pays 120만원 per 30 days
    const result = calculateMaternityLeave(maternity({ monthlyWage: 1_200_000, weeklyHours: 15 }), rules);
    expect(result.floor).toBe(808_830);
    expect(result.blocks[1]).toMatchObject({ payer: 'insurance', monthlyRate: 1_200_000, limitedBy: null, amount: 1_200_000 });
  });

  it('제74조 제1항 worked by hand: a premature baby in intensive care → 100 days; insurance pays days 61–100 (220만 × 40/30 = 2,933,333원)', () => {
    const result = calculateMaternityLeave(maternity({ premature: true }), rules);
    expect(result.totalDays).toBe(100);
    expect(result.blocks.map((b) => [b.payer, b.fromDay, b.toDay, b.amount])).toEqual([['employer', 1, 60, 6_000_000], ['insurance', 61, 100, 2_933_333]]);
  });

  it('제74조 and 제101조 worked by hand: multiple birth → 120 days, the employer pays 75, insurance 45 days at the floor 2,156,880원 → 3,235,320원', () => {
    const result = calculateMaternityLeave(maternity({ monthlyWage: 2_000_000, multipleBirth: true }), rules);
    expect(result.totalDays).toBe(120);
    expect(result.blocks.map((b) => [b.payer, b.fromDay, b.toDay])).toEqual([['employer', 1, 75], ['insurance', 76, 120]]);
    expect(result.floor).toBe(2_156_880);
    expect(result.blocks[1]).toMatchObject({ monthlyRate: 2_156_880, limitedBy: 'floor', amount: 3_235_320 });
  });

  it('a leave that starts in 2025 and runs into 2026 keeps the 2025 cap, and says that the cap changed during it', () => {
    const result = calculateMaternityLeave(maternity({ start: '2025-12-15' }), rules);
    expect(result.cap).toBe(2_100_000);
    expect(result.insuranceTotal).toBe(2_100_000);
    expect(result.notices.join(' ')).toMatch(/휴가 중 2026년 1월 1일\(목\)에 '출산전후휴가 급여 상한액 \(30일 기준\)'이\(가\) 바뀌지만/);
    expect(calculateMaternityLeave(maternity(), rules).notices).toEqual([]);
  });

  it('a leave in 2027 says the 2027 cap is not published yet and uses 2026\'s, with the 2027 minimum wage', () => {
    const result = calculateMaternityLeave(maternity({ start: '2027-02-01' }), rules);
    expect(result.cap).toBe(2_200_000);
    expect(result.floor).toBe(2_236_300); // 10,700 × 209, the facts sheet's 2027 monthly minimum
    expect(result.notices).toContain('2027년 출산전후휴가 급여 상한액 (30일 기준) 고시 전 — 2026년 기준으로 계산했습니다.');
  });

  it('refuses a start date with no rules, and hours out of range', () => {
    expect(checkMaternityLeaveInput(maternity({ start: '2024-01-01' }), rules).start).toMatch(/기준이 자료에 없습니다/);
    expect(checkMaternityLeaveInput(maternity({ weeklyHours: 0 }), rules).weeklyHours).toMatch(/1~52시간/);
  });
});

describe('배우자 출산전후휴가 급여 (남녀고용평등법 제18조의2; cap as derived in the facts sheet)', () => {
  it('facts sheet cap 2026 (220만 ÷ 209 × 8 × 20 = 1,684,210원) with the wage worked by hand: 300만원 → 2,296,650원, insurance 1,684,210원, employer 612,440원', () => {
    const result = calculateSpouseLeave({ monthlyWage: 3_000_000, start: '2026-06-01', prioritySupportFirm: true }, rules);
    expect(result).toMatchObject({ workingDays: 20, wageForLeave: 2_296_650, cap: 1_684_210, insurance: 1_684_210, employer: 612_440 });
  });

  it('facts sheet cap 2025: 1,607,650원', () => {
    expect(calculateSpouseLeave({ monthlyWage: 5_000_000, start: '2025-06-01', prioritySupportFirm: true }, rules).insurance).toBe(1_607_650);
  });

  it('worked by hand: a lower wage is paid in full by insurance; a larger firm pays everything itself', () => {
    expect(calculateSpouseLeave({ monthlyWage: 2_090_000, start: '2026-06-01', prioritySupportFirm: true }, rules)).toMatchObject({ wageForLeave: 1_600_000, insurance: 1_600_000, employer: 0 });
    expect(calculateSpouseLeave({ monthlyWage: 2_090_000, start: '2026-06-01', prioritySupportFirm: false }, rules)).toMatchObject({ insurance: 0, employer: 1_600_000 });
  });

  it('from 2026-09-18 the leave can start 50 days before the expected birth', () => {
    expect(calculateSpouseLeave({ monthlyWage: 3_000_000, start: '2026-09-17', prioritySupportFirm: true }, rules).daysBeforeDue).toBe(0);
    expect(calculateSpouseLeave({ monthlyWage: 3_000_000, start: '2026-09-18', prioritySupportFirm: true }, rules)).toMatchObject({ daysBeforeDue: 50, daysAfterBirth: 120 });
  });
});
