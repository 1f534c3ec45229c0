/**
 * 육아기 근로시간 단축 급여 (고용보험법 시행령 제104조의2 제2항), month by month. The caps and the floor limit
 * the MONTHLY WAGE the formula starts from, before the hours ratio — never the result:
 *   첫 10시간분 = min(max(월 통상임금, 하한), 상한₁) × 단축 시간(최대 10) ÷ 단축 전 주 소정근로시간
 *   나머지      = min(max(월 통상임금 × 80%, 하한), 상한₂) × (단축 시간 − 10) ÷ 단축 전 주 소정근로시간
 * Each month uses the rules in force on the day it begins (the 2026 caps also reach reductions already running,
 * 부칙 제35934호), and months follow 민법 제160조.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { periodMonth } from '../dates/calendar-date';
import { RuleBook, ruleOn } from './rules';

export const reducedHoursRuleIds = [
  'childcareReducedHours.minWeeklyHours',
  'childcareReducedHours.maxWeeklyHours',
  'childcareReducedHours.baseMonths',
  'childcareReducedHours.unusedLeaveMultiplier',
  'parentalLeave.months',
  'childcareReducedHours.fullRateHours',
  'childcareReducedHours.fullRate',
  'childcareReducedHours.partRate',
  'childcareReducedHours.capFullRate',
  'childcareReducedHours.capPartRate',
  'childcareReducedHours.floorWage',
] as const satisfies readonly BenefitRuleId[];

export interface ReducedHoursInput {
  /** 월 통상임금 before the reduction, 원 */
  monthlyWage: number;
  /** 단축 전 주 소정근로시간 */
  hoursBefore: number;
  /** 단축 후 주 소정근로시간 */
  hoursAfter: number;
  start: string;
  months: number;
}

export interface ReducedHoursShare {
  /** hours of reduction a week counted in this share */
  hours: number;
  rate: number;
  /** 월 통상임금 × rate, before the floor and the cap */
  wageAtRate: number;
  /** the monthly wage the share is computed from: wageAtRate raised to the floor, then held to the cap */
  base: number;
  floor: number;
  cap: number;
  limitedBy: 'cap' | 'floor' | null;
  /** base × hours ÷ hoursBefore */
  amount: number;
}

export interface ReducedHoursMonth {
  index: number;
  start: string;
  end: string;
  fullRate: ReducedHoursShare;
  partRate: ReducedHoursShare | null;
  amount: number;
}

export interface ReducedHoursResult {
  months: ReducedHoursMonth[];
  total: number;
  rulesUsed: BenefitRule[];
  notices: string[];
}

export type ReducedHoursField = keyof ReducedHoursInput;

export function checkReducedHoursInput(input: ReducedHoursInput, rules: readonly BenefitRule[]): Partial<Record<ReducedHoursField, string>> {
  const problems: Partial<Record<ReducedHoursField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  let min = 15;
  let max = 35;
  let maxMonths = 36;
  try {
    const on = (id: (typeof reducedHoursRuleIds)[number]) => ruleOn(rules, id, input.start).value;
    min = on('childcareReducedHours.minWeeklyHours');
    max = on('childcareReducedHours.maxWeeklyHours');
    // 1년에, 쓰지 않은 육아휴직 기간의 두 배를 더한 기간까지 (육아휴직을 하나도 쓰지 않았을 때 가장 깁니다).
    maxMonths = on('childcareReducedHours.baseMonths') + on('childcareReducedHours.unusedLeaveMultiplier') * on('parentalLeave.months');
  } catch (error) {
    problems.start = (error as Error).message;
  }
  if (!(input.hoursBefore > 0) || input.hoursBefore > 52) problems.hoursBefore = '단축 전 주 소정근로시간을 1~52시간 사이로 쓰세요.';
  if (!(input.hoursAfter >= min && input.hoursAfter <= max)) problems.hoursAfter = `단축 후 근로시간은 주 ${min}시간 이상 ${max}시간 이하여야 합니다.`;
  else if (!problems.hoursBefore && input.hoursAfter >= input.hoursBefore) problems.hoursAfter = '단축 후 근로시간이 단축 전보다 적어야 합니다.';
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > maxMonths) {
    problems.months = `단축 기간을 1~${maxMonths}개월 사이의 개월 수로 쓰세요. 쓰지 않은 육아휴직이 있으면 그 두 배만큼 더 쓸 수 있습니다.`;
  }
  return problems;
}

/** One share of the formula: the wage at `rate`, raised to the floor, held to the cap, times hours ÷ hours before. */
function share(monthlyWage: number, rate: number, floor: number, cap: number, hours: number, hoursBefore: number): ReducedHoursShare {
  const wageAtRate = Math.floor(monthlyWage * rate);
  const base = Math.min(Math.max(wageAtRate, floor), cap);
  const limitedBy = wageAtRate > cap ? 'cap' : wageAtRate < floor ? 'floor' : null;
  return { hours, rate, wageAtRate, base, floor, cap, limitedBy, amount: Math.floor((base * hours) / hoursBefore) };
}

export function calculateReducedHours(input: ReducedHoursInput, rules: readonly BenefitRule[]): ReducedHoursResult {
  const book = new RuleBook<(typeof reducedHoursRuleIds)[number]>(rules);
  const reduction = input.hoursBefore - input.hoursAfter;
  const months: ReducedHoursMonth[] = [];
  for (let index = 1; index <= input.months; index++) {
    const { start, end } = periodMonth(input.start, index);
    const value = (id: (typeof reducedHoursRuleIds)[number]) => book.value(id, start);
    const floor = value('childcareReducedHours.floorWage');
    const fullHours = Math.min(reduction, value('childcareReducedHours.fullRateHours'));
    const fullRate = share(input.monthlyWage, value('childcareReducedHours.fullRate'), floor, value('childcareReducedHours.capFullRate'), fullHours, input.hoursBefore);
    const partHours = reduction - fullHours;
    const partRate =
      partHours > 0
        ? share(input.monthlyWage, value('childcareReducedHours.partRate'), floor, value('childcareReducedHours.capPartRate'), partHours, input.hoursBefore)
        : null;
    months.push({ index, start, end, fullRate, partRate, amount: fullRate.amount + (partRate?.amount ?? 0) });
  }
  return { months, total: months.reduce((sum, month) => sum + month.amount, 0), rulesUsed: book.used(), notices: book.pendingNotices() };
}
