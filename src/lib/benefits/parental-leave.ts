/**
 * 육아휴직 급여 (고용보험법 시행령 제95조, 제95조의3), month by month. Each month uses the rules in force on the
 * day that month of leave begins, so a leave that runs across a change of caps is paid on both sides of it,
 * and months follow 민법 제160조.
 *   제95조: 1~6개월 통상임금의 100%, 7개월째부터 80%; 월 상한 250만원(1~3) · 200만원(4~6) · 160만원(7~); 하한 70만원;
 *           한부모는 1~3개월 100%, 상한 300만원.
 *   제95조의3 제1항 (6+6): 자녀 생후 18개월 안에 부모가 모두 휴직하면 100%, 상한 250·250·300·350·400·450만원 —
 *           다만 두 부모가 모두 휴직한 개월 수만큼만. 나머지 달은 제95조대로.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { periodMonth } from '../dates/calendar-date';
import { RuleBook, ruleOn } from './rules';

const SIX_PLUS_SIX_CAPS = [
  'sixPlusSix.capMonth1',
  'sixPlusSix.capMonth2',
  'sixPlusSix.capMonth3',
  'sixPlusSix.capMonth4',
  'sixPlusSix.capMonth5',
  'sixPlusSix.capMonth6',
] as const satisfies readonly BenefitRuleId[];

export const parentalLeaveRuleIds = [
  'parentalLeave.months',
  'parentalLeave.monthsExtended',
  'parentalLeave.extendedMinMonthsEach',
  'parentalLeave.rateMonths1to6',
  'parentalLeave.rateFromMonth7',
  'parentalLeave.capMonths1to3',
  'parentalLeave.capMonths4to6',
  'parentalLeave.capFromMonth7',
  'parentalLeave.singleParentCapMonths1to3',
  'parentalLeave.floor',
  'sixPlusSix.rate',
  ...SIX_PLUS_SIX_CAPS,
] as const satisfies readonly BenefitRuleId[];
type ParentalLeaveRuleId = (typeof parentalLeaveRuleIds)[number];

export interface ParentalLeaveInput {
  /** 월 통상임금, 원 */
  monthlyWage: number;
  /** First day of leave, YYYY-MM-DD */
  start: string;
  months: number;
  singleParent: boolean;
  /** 6+6 부모육아휴직제: both parents on leave for this child within 18 months of the birth. */
  sixPlusSix: boolean;
  /** Months of leave the other parent takes (or took) for the same child; 0 or undefined when none. */
  otherParentMonths?: number;
  /** Parent of a severely disabled child: leave up to 18 months. */
  severelyDisabledChild?: boolean;
  /**
   * Months of leave this parent already took for the child in earlier parts. The months are counted on over the
   * parts (the first month of a part after 6 months is month 7), the lower of the two readings. The facts
   * sheet does not say how split leave is counted, so the planner marks it 확인 필요.
   */
  monthsBefore?: number;
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
  /** How many of the first months were paid under 6+6: as many as both parents took, at most six. */
  sixPlusSixMonths: number;
  total: number;
  rulesUsed: BenefitRule[];
  notices: string[];
}

export type ParentalLeaveField = keyof ParentalLeaveInput;

/** The longest leave this parent can take: 12 months, or 18 for a single parent, a disabled child, or when both take 3+. */
export function maxParentalLeaveMonths(input: Pick<ParentalLeaveInput, 'start' | 'singleParent' | 'otherParentMonths' | 'severelyDisabledChild'>, rules: readonly BenefitRule[]): number {
  const both = (input.otherParentMonths ?? 0) >= ruleOn(rules, 'parentalLeave.extendedMinMonthsEach', input.start).value;
  const extended = input.singleParent || input.severelyDisabledChild || both;
  return ruleOn(rules, extended ? 'parentalLeave.monthsExtended' : 'parentalLeave.months', input.start).value;
}

/** Problems with the input, by field, in Korean; empty when it can be calculated. */
export function checkParentalLeaveInput(input: ParentalLeaveInput, rules: readonly BenefitRule[]): Partial<Record<ParentalLeaveField, string>> {
  const problems: Partial<Record<ParentalLeaveField, string>> = {};
  if (!(input.monthlyWage > 0)) problems.monthlyWage = '월 통상임금을 0보다 큰 금액으로 쓰세요.';
  const other = input.otherParentMonths;
  if (other !== undefined && (!Number.isInteger(other) || other < 0 || other > 18)) problems.otherParentMonths = '다른 부모의 휴직 기간을 0~18개월 사이로 쓰세요.';
  if (input.singleParent && input.sixPlusSix) problems.sixPlusSix = '6+6 부모육아휴직제는 부모가 함께 휴직하는 경우라서 한부모와 함께 고를 수 없습니다.';
  else if (input.sixPlusSix && !(other && other > 0)) problems.otherParentMonths = '6+6은 두 부모가 모두 휴직한 개월 수만큼 적용됩니다. 다른 부모가 휴직하는 개월 수를 쓰세요.';
  let maxMonths = 18;
  try {
    maxMonths = maxParentalLeaveMonths({ ...input, otherParentMonths: problems.otherParentMonths ? 0 : other }, rules);
  } catch (error) {
    problems.start = (error as Error).message;
  }
  if (!Number.isInteger(input.months) || input.months < 1) problems.months = '휴직 기간을 1 이상의 개월 수로 쓰세요.';
  else if (input.months > maxMonths) {
    problems.months =
      maxMonths < 18
        ? `육아휴직은 부모 각각 ${maxMonths}개월까지입니다. 부모가 모두 3개월 이상 쓰거나 한부모, 중증 장애아동의 부모라면 18개월까지 쓸 수 있습니다.`
        : `육아휴직은 ${maxMonths}개월까지 계산할 수 있습니다.`;
  }
  return problems;
}

export function calculateParentalLeave(input: ParentalLeaveInput, rules: readonly BenefitRule[]): ParentalLeaveResult {
  const book = new RuleBook<ParentalLeaveRuleId>(rules);
  const before = input.monthsBefore ?? 0;
  // 제95조의3 제1항: the 6+6 caps only for as many months as both parents took.
  const sixPlusSixMonths = input.sixPlusSix ? Math.min(before + input.months, input.otherParentMonths ?? 0, SIX_PLUS_SIX_CAPS.length) : 0;
  const months: ParentalLeaveMonth[] = [];
  for (let index = before + 1; index <= before + input.months; index++) {
    const { start, end } = periodMonth(input.start, index - before);
    const value = (id: ParentalLeaveRuleId) => book.value(id, start);
    const floor = value('parentalLeave.floor');
    let scheme: ParentalLeaveMonth['scheme'] = 'standard';
    let rate: number;
    let cap: number;
    if (index <= sixPlusSixMonths) {
      scheme = 'sixPlusSix';
      rate = value('sixPlusSix.rate');
      cap = value(SIX_PLUS_SIX_CAPS[index - 1]);
    } else if (index <= 6) {
      rate = value('parentalLeave.rateMonths1to6');
      if (index <= 3 && input.singleParent) {
        scheme = 'singleParent';
        cap = value('parentalLeave.singleParentCapMonths1to3');
      } else {
        cap = value(index <= 3 ? 'parentalLeave.capMonths1to3' : 'parentalLeave.capMonths4to6');
      }
    } else {
      rate = value('parentalLeave.rateFromMonth7');
      cap = value('parentalLeave.capFromMonth7');
    }
    const beforeLimits = Math.floor(input.monthlyWage * rate);
    const amount = Math.max(Math.min(beforeLimits, cap), floor);
    const limitedBy = beforeLimits > cap ? 'cap' : beforeLimits < floor ? 'floor' : null;
    months.push({ index, start, end, rate, beforeLimits, cap, floor, amount, limitedBy, scheme });
  }
  return {
    months,
    sixPlusSixMonths,
    total: months.reduce((sum, month) => sum + month.amount, 0),
    rulesUsed: book.used(),
    notices: book.pendingNotices(),
  };
}
