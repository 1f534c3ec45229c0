/**
 * 육아휴직 급여, month by month. Each month uses the rules in force on the day that month of leave
 * begins, so a leave that runs across a change of caps is paid on both sides of it correctly.
 */
import type { BenefitRule, BenefitRuleId } from '../schemas/benefit-rules';
import { addDays, addMonths } from './calendar-date';
import { RuleBook } from './benefit-rules';

export interface ParentalLeaveInput {
  /** 월 통상임금, 원 */
  monthlyWage: number;
  /** First day of leave, YYYY-MM-DD */
  start: string;
  months: number;
  singleParent: boolean;
  /** 6+6 부모육아휴직제: both parents on leave while the child is up to 18 months old. */
  sixPlusSix: boolean;
  /** Both parents each take 3+ months, or the child is severely disabled: leave up to 18 months. */
  extendedLeave?: boolean;
}

export interface ParentalLeaveMonth {
  /** 1 = first month of leave */
  index: number;
  start: string;
  end: string;
  rate: number;
  /** monthlyWage × rate, before cap and floor */
  beforeLimits: number;
  cap: number;
  floor: number;
  amount: number;
  limitedBy: 'cap' | 'floor' | null;
  /** Which scheme set this month's rate and cap */
  scheme: 'sixPlusSix' | 'singleParent' | 'standard';
}

export interface ParentalLeaveResult {
  months: ParentalLeaveMonth[];
  total: number;
  rulesUsed: BenefitRule[];
}

export type ParentalLeaveField = keyof ParentalLeaveInput;

/** Problems with the input, by field, in Korean; empty when it can be calculated. */
export function checkParentalLeaveInput(input: ParentalLeaveInput, rules: readonly BenefitRule[]): Partial<Record<ParentalLeaveField, string>> {
  const problems: Partial<Record<ParentalLeaveField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  const book = new RuleBook(rules);
  let maxMonths = 18;
  try {
    maxMonths = book.value(input.singleParent || input.extendedLeave ? 'parentalLeave.monthsExtended' : 'parentalLeave.months', input.start);
  } catch (error) {
    problems.start = (error as Error).message;
  }
  if (!Number.isInteger(input.months) || input.months < 1) problems.months = '휴직 기간을 1 이상의 개월 수로 쓰세요.';
  else if (input.months > maxMonths) {
    problems.months =
      maxMonths < 18
        ? `육아휴직은 부모 각각 ${maxMonths}개월까지입니다. 부모가 모두 3개월 이상 쓰거나 한부모, 중증 장애아동의 부모라면 아래에서 선택하세요.`
        : `육아휴직은 ${maxMonths}개월까지 계산할 수 있습니다.`;
  }
  if (input.singleParent && input.sixPlusSix) problems.sixPlusSix = '6+6 부모육아휴직제는 부모가 함께 휴직하는 경우라서 한부모와 함께 고를 수 없습니다.';
  return problems;
}

const SIX_PLUS_SIX_CAPS: BenefitRuleId[] = [
  'sixPlusSix.capMonth1',
  'sixPlusSix.capMonth2',
  'sixPlusSix.capMonth3',
  'sixPlusSix.capMonth4',
  'sixPlusSix.capMonth5',
  'sixPlusSix.capMonth6',
];

export function calculateParentalLeave(input: ParentalLeaveInput, rules: readonly BenefitRule[]): ParentalLeaveResult {
  const book = new RuleBook(rules);
  const months: ParentalLeaveMonth[] = [];
  for (let index = 1; index <= input.months; index++) {
    const start = addMonths(input.start, index - 1);
    const end = addDays(addMonths(input.start, index), -1);
    const floor = book.value('parentalLeave.floor', start);
    let scheme: ParentalLeaveMonth['scheme'] = 'standard';
    let rate: number;
    let cap: number;
    if (input.sixPlusSix && index <= SIX_PLUS_SIX_CAPS.length) {
      scheme = 'sixPlusSix';
      rate = book.value('sixPlusSix.rate', start);
      cap = book.value(SIX_PLUS_SIX_CAPS[index - 1], start);
    } else if (index <= 6) {
      rate = book.value('parentalLeave.rateMonths1to6', start);
      if (index <= 3 && input.singleParent) {
        scheme = 'singleParent';
        cap = book.value('parentalLeave.singleParentCapMonths1to3', start);
      } else {
        cap = book.value(index <= 3 ? 'parentalLeave.capMonths1to3' : 'parentalLeave.capMonths4to6', start);
      }
    } else {
      rate = book.value('parentalLeave.rateFromMonth7', start);
      cap = book.value('parentalLeave.capFromMonth7', start);
    }
    const beforeLimits = Math.floor(input.monthlyWage * rate);
    const amount = Math.max(Math.min(beforeLimits, cap), floor);
    const limitedBy = beforeLimits > cap ? 'cap' : beforeLimits < floor ? 'floor' : null;
    months.push({ index, start, end, rate, beforeLimits, cap, floor, amount, limitedBy, scheme });
  }
  return { months, total: months.reduce((sum, month) => sum + month.amount, 0), rulesUsed: book.used() };
}
