/**
 * What each parent is paid in each calendar month of the plan, and who pays it. Every amount of leave pay comes from
 * the guide's calculators (maternity-leave-, spouse-leave-, parental-leave-, reduced-hours-benefit.ts) with the rules
 * in force on their own dates, so the planner and the calculators always agree; this module only dates the pieces
 * and shares them out over calendar months (month-split.ts).
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import { calculateMaternityLeave } from '../benefits/maternity-leave';
import { calculateParentalLeave } from '../benefits/parental-leave';
import { calculateReducedHours } from '../benefits/reduced-hours';
import { calculateSpouseLeave } from '../benefits/spouse-leave';
import { daysInMonth } from '../dates/seoul-time';
import type { Parent, PlannerAnswers } from './answers';
import { daysByMonth, splitByMonth, type MonthKey } from './month-split';
import type { Segment } from './segments';

/** company: the employer; insurance: 고용보험; own: what someone outside employment earns themselves */
export type Payer = 'company' | 'insurance' | 'own';

/** One amount for one dated stretch, before it is shared out over calendar months. */
export interface PayPiece {
  segmentId?: string;
  label: string;
  payer: Payer;
  start: string;
  end: string;
  amount: number;
  /** the amount is not known (단기 육아휴직, 예술인 출산전후급여): shown as 확인 필요, counted as 0 */
  unknown?: boolean;
}

export interface PayLine {
  label: string;
  payer: Payer;
  amount: number;
  unknown?: boolean;
}

export interface PayMonth {
  month: MonthKey;
  lines: PayLine[];
  company: number;
  insurance: number;
  own: number;
  total: number;
}

export interface SixPlusSix {
  /** both parents take 육아휴직 in the child's first 18 months (고용보험법 시행령 제95조의3 제1항) */
  applies: boolean;
  /** each parent's months of leave that begin within those 18 months */
  months: Record<Parent, number>;
}

export interface ParentPay {
  parent: Parent;
  /** a normal month's pay or income */
  usual: number;
  months: PayMonth[];
  totals: { company: number; insurance: number; own: number; total: number };
  /** leave pay by segment, as the calculators give it */
  bySegment: Record<string, { company: number; insurance: number; unknown: boolean }>;
  rulesUsed: BenefitRule[];
  /** the calculators' notes (a 고시 not yet on file, a rule change inside a leave), by segment */
  notices: Record<string, string[]>;
}

/** Leave on which no wage is earned: pay for those days comes only from the pieces of the leave itself. */
const AWAY: ReadonlySet<Segment['kind']> = new Set(['maternity', 'artistMaternity', 'parental', 'short']);

interface SegmentPay {
  pieces: PayPiece[];
  rulesUsed: BenefitRule[];
  notices: string[];
}

function segmentPay(segment: Segment, answers: PlannerAnswers, sixPlusSix: SixPlusSix, rules: readonly BenefitRule[]): SegmentPay {
  const own = answers[segment.parent];
  const wage = own.wage ?? 0;
  const piece = (label: string, payer: Payer, start: string, end: string, amount: number, unknown?: boolean): PayPiece => ({ segmentId: segment.id, label, payer, start, end, amount, ...(unknown ? { unknown } : {}) });
  switch (segment.kind) {
    case 'maternity': {
      const result = calculateMaternityLeave(
        { monthlyWage: wage, weeklyHours: own.hours ?? 40, start: segment.start, prioritySupportFirm: own.prioritySupportFirm === true, multipleBirth: answers.multipleBirth === true, premature: false },
        rules,
      );
      const pieces = result.blocks.map((block) =>
        piece(
          block.payer === 'insurance' ? `출산전후휴가 급여 (${block.fromDay}~${block.toDay}일째)` : block.topUp ? `출산전후휴가 차액 (${block.fromDay}~${block.toDay}일째)` : `출산전후휴가 임금 (${block.fromDay}~${block.toDay}일째)`,
          block.payer === 'insurance' ? 'insurance' : 'company',
          block.startDate,
          block.endDate,
          block.amount,
        ),
      );
      return { pieces, rulesUsed: result.rulesUsed, notices: result.notices };
    }
    case 'spouse': {
      const result = calculateSpouseLeave({ monthlyWage: wage, start: segment.start, prioritySupportFirm: own.prioritySupportFirm === true }, rules);
      // The wage goes on as usual; 고용보험 pays its part of it, so the company pays that much less (see workLines).
      const pieces = result.insurance > 0 ? [piece('배우자 출산전후휴가 급여', 'insurance', segment.start, segment.end, result.insurance)] : [];
      return { pieces, rulesUsed: result.rulesUsed, notices: result.notices };
    }
    case 'parental': {
      const other: Parent = segment.parent === 'mother' ? 'father' : 'mother';
      const result = calculateParentalLeave(
        {
          monthlyWage: wage,
          start: segment.start,
          months: segment.months ?? 0,
          monthsBefore: segment.monthsBefore,
          singleParent: answers.singleParent === true,
          sixPlusSix: sixPlusSix.applies,
          otherParentMonths: sixPlusSix.applies ? sixPlusSix.months[other] : 0,
        },
        rules,
      );
      const pieces = result.months.map((month) => piece(`육아휴직 급여 ${month.index}개월째${month.scheme === 'sixPlusSix' ? ' (6+6)' : month.scheme === 'singleParent' ? ' (한부모)' : ''}`, 'insurance', month.start, month.end, month.amount));
      return { pieces, rulesUsed: result.rulesUsed, notices: result.notices };
    }
    case 'reduced': {
      const result = calculateReducedHours({ monthlyWage: wage, hoursBefore: segment.hoursBefore ?? 40, hoursAfter: segment.hoursAfter ?? 40, start: segment.start, months: segment.months ?? 0 }, rules);
      const pieces = result.months.map((month) => piece(`근로시간 단축 급여 ${month.index}개월째`, 'insurance', month.start, month.end, month.amount));
      return { pieces, rulesUsed: result.rulesUsed, notices: result.notices };
    }
    case 'short':
      return { pieces: [piece('단기 육아휴직 급여 (계산하지 않음, 확인 필요)', 'insurance', segment.start, segment.end, 0, true)], rulesUsed: [], notices: [] };
    case 'artistMaternity':
      return { pieces: [piece('출산전후급여 (금액 확인 필요)', 'insurance', segment.start, segment.end, 0, true)], rulesUsed: [], notices: [] };
  }
}

/**
 * Wage (or income) for the days worked in a month: the usual amount × the days worked ÷ the days of the month.
 * On reduced hours the company pays for the hours worked, which is an estimate of the team's (a contract may say
 * otherwise); on 배우자 출산전후휴가 the wage goes on, less what 고용보험 pays for those days.
 */
function workLines(month: MonthKey, usual: number, payer: Payer, segments: readonly Segment[], spouseShare: number): PayLine[] {
  const [year, m] = month.split('-').map(Number);
  const length = daysInMonth(year, m);
  const daysIn = (segment: Segment) => daysByMonth(segment.start, segment.end).find((entry) => entry.month === month)?.days ?? 0;
  const away = segments.filter((s) => AWAY.has(s.kind)).reduce((sum, s) => sum + daysIn(s), 0);
  const reduced = segments.filter((s) => s.kind === 'reduced' && daysIn(s) > 0);
  const reducedDays = reduced.reduce((sum, s) => sum + daysIn(s), 0);
  const fullDays = length - away - reducedDays;
  const lines: PayLine[] = [];
  const work = payer === 'company' ? '임금' : '소득';
  if (fullDays > 0) {
    const amount = Math.floor((usual * fullDays) / length) - spouseShare;
    lines.push({ label: spouseShare ? `${work} (${fullDays}일, 배우자 출산전후휴가 급여만큼 뺀 금액)` : `${work} (${fullDays}일)`, payer, amount });
  }
  for (const segment of reduced) {
    const ratio = (segment.hoursAfter ?? 0) / (segment.hoursBefore ?? 1);
    lines.push({ label: `단축 근무 ${work} (${daysIn(segment)}일, 주 ${segment.hoursAfter}시간)`, payer, amount: Math.floor((usual * ratio * daysIn(segment)) / length) });
  }
  return lines;
}

/** One parent's pay over the plan's months. */
export function parentPay(parent: Parent, answers: PlannerAnswers, segments: readonly Segment[], sixPlusSix: SixPlusSix, months: readonly MonthKey[], rules: readonly BenefitRule[]): ParentPay {
  const own = answers[parent];
  const usual = own.wage ?? 0;
  const payer: Payer = own.insurance === 'employee' ? 'company' : 'own';
  const mine = segments.filter((segment) => segment.parent === parent);
  const rulesUsed = new Set<BenefitRule>();
  const notices: Record<string, string[]> = {};
  const bySegment: ParentPay['bySegment'] = {};
  const pieces = mine.flatMap((segment) => {
    const pay = segmentPay(segment, answers, sixPlusSix, rules);
    pay.rulesUsed.forEach((rule) => rulesUsed.add(rule));
    if (pay.notices.length) notices[segment.id] = pay.notices;
    bySegment[segment.id] = {
      company: pay.pieces.filter((p) => p.payer === 'company').reduce((sum, p) => sum + p.amount, 0),
      insurance: pay.pieces.filter((p) => p.payer === 'insurance').reduce((sum, p) => sum + p.amount, 0),
      unknown: pay.pieces.some((p) => p.unknown),
    };
    return pay.pieces;
  });
  const shares = pieces.map((piece) => ({ piece, byMonth: splitByMonth(piece.start, piece.end, piece.amount) }));
  const payMonths = months.map((month): PayMonth => {
    const leaveLines: PayLine[] = shares.flatMap(({ piece, byMonth }) => {
      const share = byMonth.find((entry) => entry.month === month);
      return share ? [{ label: piece.label, payer: piece.payer, amount: share.amount, ...(piece.unknown ? { unknown: true } : {}) }] : [];
    });
    const spouseShare = shares.filter(({ piece }) => mine.find((s) => s.id === piece.segmentId)?.kind === 'spouse').reduce((sum, { byMonth }) => sum + (byMonth.find((e) => e.month === month)?.amount ?? 0), 0);
    const lines = [...workLines(month, usual, payer, mine, spouseShare), ...leaveLines];
    const sum = (who: Payer) => lines.filter((line) => line.payer === who).reduce((total, line) => total + line.amount, 0);
    return { month, lines, company: sum('company'), insurance: sum('insurance'), own: sum('own'), total: lines.reduce((total, line) => total + line.amount, 0) };
  });
  const total = (key: 'company' | 'insurance' | 'own' | 'total') => payMonths.reduce((sum, month) => sum + month[key], 0);
  return {
    parent,
    usual,
    months: payMonths,
    totals: { company: total('company'), insurance: total('insurance'), own: total('own'), total: total('total') },
    bySegment,
    rulesUsed: [...rulesUsed],
    notices,
  };
}
