/**
 * 출산전후휴가 급여: who pays which days (근로기준법 제74조, 고용보험법 시행령 제101조).
 * - 근로기준법 제74조: 90일 (다태아 120일, 미숙아가 신생아 집중치료를 받으면 100일); the employer pays the first 60 days
 *   (75 for multiples) at the full ordinary wage and employment insurance the rest, up to its cap per 30 days.
 *   At a 우선지원대상기업 insurance pays every day up to the cap, and the employer tops up the first days to the full wage.
 * - 시행령 제101조 제2호: when the worker's HOURLY ordinary wage is below the hourly minimum wage, the minimum wage is
 *   used. So the floor is the hourly minimum wage × her own monthly hours — 209 only for a 40-hour week.
 * Pay is counted per day as 1/30 of the 30-day amount. The rules in force on the first day of the leave apply to the
 * whole leave; a change during the leave is pointed out next to the result.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { addDays } from '../dates/calendar-date';
import { formatWon } from './format';
import { RuleBook, ruleHistory } from './rules';
import { compareSeoul, formatKoreanDate } from '../dates/seoul-time';

export const maternityLeaveRuleIds = [
  'maternityLeave.days',
  'maternityLeave.daysMultiple',
  'maternityLeave.daysPremature',
  'maternityLeave.employerPaidDays',
  'maternityLeave.employerPaidDaysMultiple',
  'maternityLeave.monthlyCap',
  'minimumWage.hourly',
  'minimumWage.monthlyHours',
  'minimumWage.fullTimeWeeklyHours',
] as const satisfies readonly BenefitRuleId[];

export interface MaternityLeaveInput {
  monthlyWage: number;
  /** 주 소정근로시간: a part-time worker's floor follows her own hours. */
  weeklyHours: number;
  /** First day of leave, YYYY-MM-DD: decides which rules apply. */
  start: string;
  prioritySupportFirm: boolean;
  multipleBirth: boolean;
  /** The baby was born premature and needs neonatal intensive care (100 days from 2025-02-23). */
  premature: boolean;
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
  /** 30-day insurance cap in force on the start date */
  cap: number;
  /** 30-day floor: the hourly minimum wage × her monthly hours */
  floor: number;
  /** her contracted hours a month, as the floor counts them */
  monthlyHours: number;
  blocks: MaternityPayBlock[];
  employerTotal: number;
  insuranceTotal: number;
  total: number;
  rulesUsed: BenefitRule[];
  notices: string[];
}

export type MaternityLeaveField = keyof MaternityLeaveInput;

export function checkMaternityLeaveInput(input: MaternityLeaveInput, rules: readonly BenefitRule[]): Partial<Record<MaternityLeaveField, string>> {
  const problems: Partial<Record<MaternityLeaveField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  if (!(input.weeklyHours >= 1 && input.weeklyHours <= 52)) problems.weeklyHours = '주 소정근로시간을 1~52시간 사이로 쓰세요.';
  try {
    calculateMaternityLeave({ ...input, monthlyWage: 1, weeklyHours: 40 }, rules);
  } catch (error) {
    problems.start = (error as Error).message;
  }
  return problems;
}

const forDays = (monthly: number, days: number) => Math.floor((monthly * days) / 30);

/** Changes to a used rule that take effect after the start and on or before the last day of the leave. */
function changesDuring(rules: readonly BenefitRule[], used: readonly BenefitRule[], start: string, end: string): string[] {
  return used.flatMap((entry) =>
    ruleHistory(rules, entry.id)
      .filter((later) => compareSeoul(later.effectiveFrom, start) > 0 && compareSeoul(later.effectiveFrom, end) <= 0)
      .map((later) => `휴가 중 ${formatKoreanDate(later.effectiveFrom)}에 '${later.label}'이(가) 바뀌지만, 이 계산은 휴가 시작일의 기준을 씁니다. 바뀐 뒤의 날에 새 기준이 적용되는지는 확인 필요입니다.`),
  );
}

export function calculateMaternityLeave(input: MaternityLeaveInput, rules: readonly BenefitRule[]): MaternityLeaveResult {
  const book = new RuleBook<(typeof maternityLeaveRuleIds)[number]>(rules);
  const on = input.start;
  const value = (id: (typeof maternityLeaveRuleIds)[number]) => book.value(id, on);
  const totalDays = input.multipleBirth
    ? value('maternityLeave.daysMultiple')
    : input.premature
      ? value('maternityLeave.daysPremature')
      : value('maternityLeave.days');
  const employerDays = value(input.multipleBirth ? 'maternityLeave.employerPaidDaysMultiple' : 'maternityLeave.employerPaidDays');
  const cap = value('maternityLeave.monthlyCap');
  // 제101조 제2호: the hourly minimum wage against her hourly wage, i.e. the minimum wage × her own monthly hours.
  const monthlyHours = (value('minimumWage.monthlyHours') * input.weeklyHours) / value('minimumWage.fullTimeWeeklyHours');
  const floor = Math.floor(value('minimumWage.hourly') * monthlyHours);
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
  const rulesUsed = book.used();
  const notices = [...book.pendingNotices(), ...changesDuring(rules, rulesUsed, on, addDays(on, totalDays - 1))];
  if (floor > cap) notices.push(`최저임금으로 센 하한(${formatWon(floor)})이 상한보다 높아 하한으로 계산했습니다. 새해 상한 고시가 이 경우를 어떻게 정하는지 확인 필요입니다.`);
  return { totalDays, employerDays, cap, floor, monthlyHours, blocks, employerTotal, insuranceTotal, total: employerTotal + insuranceTotal, rulesUsed, notices };
}
