/**
 * 출산전후휴가 급여: who pays which days. The employer pays the first 60 days (75 for multiples) at the
 * full ordinary wage; employment insurance pays the rest up to its cap. At a 우선지원대상기업 insurance pays
 * every day up to the cap, and the employer tops up the first days to the full wage.
 * Pay is counted per day as 1/30 of the monthly amount; caps and floor are per 30 days.
 */
import type { BenefitRule } from '../schemas/benefit-rules';
import { addDays } from './calendar-date';
import { RuleBook } from './benefit-rules';

export interface MaternityLeaveInput {
  monthlyWage: number;
  /** First day of leave, YYYY-MM-DD: decides which caps apply. */
  start: string;
  prioritySupportFirm: boolean;
  multipleBirth: boolean;
}

export interface MaternityPayBlock {
  payer: 'employer' | 'insurance';
  /** 1-based day numbers within the leave */
  fromDay: number;
  toDay: number;
  startDate: string;
  endDate: string;
  /** per 30 days */
  monthlyRate: number;
  amount: number;
  /** what limited the insurance rate, if anything */
  limitedBy: 'cap' | 'floor' | null;
  /** employer's top-up of insurance days to the full wage */
  topUp?: boolean;
}

export interface MaternityLeaveResult {
  totalDays: number;
  employerDays: number;
  /** 30-day insurance cap and floor in force on the start date */
  cap: number;
  floor: number;
  blocks: MaternityPayBlock[];
  employerTotal: number;
  insuranceTotal: number;
  total: number;
  rulesUsed: BenefitRule[];
}

export type MaternityLeaveField = keyof MaternityLeaveInput;

export function checkMaternityLeaveInput(input: MaternityLeaveInput, rules: readonly BenefitRule[]): Partial<Record<MaternityLeaveField, string>> {
  const problems: Partial<Record<MaternityLeaveField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  try {
    calculateMaternityLeave({ ...input, monthlyWage: 1 }, rules);
  } catch (error) {
    problems.start = (error as Error).message;
  }
  return problems;
}

const forDays = (monthly: number, days: number) => Math.floor((monthly * days) / 30);

export function calculateMaternityLeave(input: MaternityLeaveInput, rules: readonly BenefitRule[]): MaternityLeaveResult {
  const book = new RuleBook(rules);
  const on = input.start;
  const totalDays = book.value(input.multipleBirth ? 'maternityLeave.daysMultiple' : 'maternityLeave.days', on);
  const employerDays = book.value(input.multipleBirth ? 'maternityLeave.employerPaidDaysMultiple' : 'maternityLeave.employerPaidDays', on);
  const cap = book.value('maternityLeave.monthlyCap', on);
  const floor = Math.round(book.value('minimumWage.hourly', on) * book.value('minimumWage.monthlyHours', on));
  const insuranceRate = Math.max(Math.min(input.monthlyWage, cap), floor);
  const limitedBy = input.monthlyWage > cap ? 'cap' : input.monthlyWage < floor ? 'floor' : null;
  const dates = (fromDay: number, toDay: number) => ({ startDate: addDays(on, fromDay - 1), endDate: addDays(on, toDay - 1) });

  const blocks: MaternityPayBlock[] = [];
  if (input.prioritySupportFirm) {
    blocks.push({ payer: 'insurance', fromDay: 1, toDay: totalDays, ...dates(1, totalDays), monthlyRate: insuranceRate, amount: forDays(insuranceRate, totalDays), limitedBy });
    const topUpRate = Math.max(input.monthlyWage - insuranceRate, 0);
    if (topUpRate > 0) {
      blocks.push({ payer: 'employer', fromDay: 1, toDay: employerDays, ...dates(1, employerDays), monthlyRate: topUpRate, amount: forDays(topUpRate, employerDays), limitedBy: null, topUp: true });
    }
  } else {
    blocks.push({ payer: 'employer', fromDay: 1, toDay: employerDays, ...dates(1, employerDays), monthlyRate: input.monthlyWage, amount: forDays(input.monthlyWage, employerDays), limitedBy: null });
    const insuranceDays = totalDays - employerDays;
    blocks.push({ payer: 'insurance', fromDay: employerDays + 1, toDay: totalDays, ...dates(employerDays + 1, totalDays), monthlyRate: insuranceRate, amount: forDays(insuranceRate, insuranceDays), limitedBy });
  }
  const sum = (payer: MaternityPayBlock['payer']) => blocks.filter((b) => b.payer === payer).reduce((s, b) => s + b.amount, 0);
  const employerTotal = sum('employer');
  const insuranceTotal = sum('insurance');
  return { totalDays, employerDays, cap, floor, blocks, employerTotal, insuranceTotal, total: employerTotal + insuranceTotal, rulesUsed: book.used() };
}
