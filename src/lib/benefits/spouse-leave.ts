/**
 * 배우자 출산전후휴가 급여 (남녀고용평등과 일ㆍ가정 양립 지원에 관한 법률 제18조의2): 20 working days, all paid.
 * At a 우선지원대상기업 employment insurance pays the 20 days up to its cap, which the centre's facts sheet derives
 * from the maternity cap: "maternity cap ÷ 209 × 8 × 20" (1,684,210원 in 2026). The 20 days' ordinary wage is
 * worked out the same way from her monthly wage: 월 통상임금 ÷ 209 × 8 × 20. Everything here is [2nd]: 확인 필요.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { RuleBook } from './rules';

export const spouseLeaveRuleIds = [
  'spouseLeave.workingDays',
  'spouseLeave.paidHoursPerDay',
  'spouseLeave.insuranceCap',
  'minimumWage.monthlyHours',
  'spouseLeave.useFromDaysBeforeDue',
  'spouseLeave.useWithinDays',
] as const satisfies readonly BenefitRuleId[];

export interface SpouseLeaveInput {
  monthlyWage: number;
  /** First day of the leave: decides which rules apply. */
  start: string;
  prioritySupportFirm: boolean;
}

export interface SpouseLeaveResult {
  workingDays: number;
  monthlyHours: number;
  hoursPerDay: number;
  /** when the leave can be used: from this many days before the expected birth to this many days after the birth */
  daysBeforeDue: number;
  daysAfterBirth: number;
  /** the ordinary wage of the paid days: monthlyWage ÷ 209 × 8 × days */
  wageForLeave: number;
  /** insurance cap for the whole leave (우선지원대상기업 only) */
  cap: number;
  insurance: number;
  /** what the employer pays: all of it, or the rest above the insurance */
  employer: number;
  rulesUsed: BenefitRule[];
  notices: string[];
}

export type SpouseLeaveField = keyof SpouseLeaveInput;

export function checkSpouseLeaveInput(input: SpouseLeaveInput, rules: readonly BenefitRule[]): Partial<Record<SpouseLeaveField, string>> {
  const problems: Partial<Record<SpouseLeaveField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  try {
    calculateSpouseLeave({ ...input, monthlyWage: 1 }, rules);
  } catch (error) {
    problems.start = (error as Error).message;
  }
  return problems;
}

export function calculateSpouseLeave(input: SpouseLeaveInput, rules: readonly BenefitRule[]): SpouseLeaveResult {
  const book = new RuleBook<(typeof spouseLeaveRuleIds)[number]>(rules);
  const value = (id: (typeof spouseLeaveRuleIds)[number]) => book.value(id, input.start);
  const workingDays = value('spouseLeave.workingDays');
  const monthlyHours = value('minimumWage.monthlyHours');
  const hoursPerDay = value('spouseLeave.paidHoursPerDay');
  const wageForLeave = Math.floor((input.monthlyWage / monthlyHours) * hoursPerDay * workingDays);
  const cap = input.prioritySupportFirm ? value('spouseLeave.insuranceCap') : 0;
  const insurance = Math.min(wageForLeave, cap);
  return {
    workingDays,
    monthlyHours,
    hoursPerDay,
    daysBeforeDue: value('spouseLeave.useFromDaysBeforeDue'),
    daysAfterBirth: value('spouseLeave.useWithinDays'),
    wageForLeave,
    cap,
    insurance,
    employer: wageForLeave - insurance,
    rulesUsed: book.used(),
    notices: book.pendingNotices(),
  };
}
