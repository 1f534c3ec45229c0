/**
 * 육아기 근로시간 단축 급여. The first 10 hours of reduction a week are paid at 100% of the ordinary wage,
 * the rest at 80%, each share in proportion to the weekly hours before the reduction and each with its own cap.
 * Each month uses the rules in force on the day it begins.
 */
import type { BenefitRule } from '../schemas/benefit-rules';
import { addDays, addMonths } from './calendar-date';
import { RuleBook, ruleOn } from './benefit-rules';

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
  beforeCap: number;
  cap: number;
  amount: number;
}

export interface ReducedHoursMonth {
  index: number;
  start: string;
  end: string;
  /** the wage the formula uses: the ordinary wage, raised to the floor if lower */
  wageUsed: number;
  fullRate: ReducedHoursShare;
  partRate: ReducedHoursShare;
  amount: number;
}

export interface ReducedHoursResult {
  months: ReducedHoursMonth[];
  total: number;
  rulesUsed: BenefitRule[];
}

export type ReducedHoursField = keyof ReducedHoursInput;

export function checkReducedHoursInput(input: ReducedHoursInput, rules: readonly BenefitRule[]): Partial<Record<ReducedHoursField, string>> {
  const problems: Partial<Record<ReducedHoursField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  let min = 15;
  let max = 35;
  try {
    min = ruleOn(rules, 'childcareReducedHours.minWeeklyHours', input.start).value;
    max = ruleOn(rules, 'childcareReducedHours.maxWeeklyHours', input.start).value;
  } catch (error) {
    problems.start = (error as Error).message;
  }
  if (!(input.hoursBefore > 0) || input.hoursBefore > 52) problems.hoursBefore = '단축 전 주 소정근로시간을 1~52시간 사이로 쓰세요.';
  if (!(input.hoursAfter >= min && input.hoursAfter <= max)) problems.hoursAfter = `단축 후 근로시간은 주 ${min}시간 이상 ${max}시간 이하여야 합니다.`;
  else if (!problems.hoursBefore && input.hoursAfter >= input.hoursBefore) problems.hoursAfter = '단축 후 근로시간이 단축 전보다 적어야 합니다.';
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 36) problems.months = '단축 기간을 1~36개월 사이의 개월 수로 쓰세요.';
  return problems;
}

export function calculateReducedHours(input: ReducedHoursInput, rules: readonly BenefitRule[]): ReducedHoursResult {
  const book = new RuleBook(rules);
  const reduction = input.hoursBefore - input.hoursAfter;
  const months: ReducedHoursMonth[] = [];
  for (let index = 1; index <= input.months; index++) {
    const start = addMonths(input.start, index - 1);
    const end = addDays(addMonths(input.start, index), -1);
    const wageUsed = Math.max(input.monthlyWage, book.value('childcareReducedHours.floorWage', start));
    const fullHours = Math.min(reduction, book.value('childcareReducedHours.fullRateHours', start));
    const share = (hours: number, rate: number, cap: number): ReducedHoursShare => {
      const beforeCap = Math.floor((wageUsed * rate * hours) / input.hoursBefore);
      return { hours, rate, beforeCap, cap, amount: Math.min(beforeCap, cap) };
    };
    const fullRate = share(fullHours, book.value('childcareReducedHours.fullRate', start), book.value('childcareReducedHours.capFullRate', start));
    const partHours = reduction - fullHours;
    const partRate =
      partHours > 0
        ? share(partHours, book.value('childcareReducedHours.partRate', start), book.value('childcareReducedHours.capPartRate', start))
        : { hours: 0, rate: 0, beforeCap: 0, cap: 0, amount: 0 };
    months.push({ index, start, end, wageUsed, fullRate, partRate, amount: fullRate.amount + partRate.amount });
  }
  return { months, total: months.reduce((sum, month) => sum + month.amount, 0), rulesUsed: book.used() };
}
