/**
 * 부모 휴가 계획: from the answers to a plan for both parents — the dated leaves, each parent's pay month by month
 * and who pays it, the household's income before and during, the deadlines, and the rules used.
 * Pure: the same answers and `today` give the same plan in the browser, on the server and in the tests.
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import { RuleBook } from '../benefits/rules';
import { periodMonth } from '../dates/calendar-date';
import { keys, parentLabel, PARENTS, readAnswers, type Insurance, type Parent, type PlannerAnswers, type PlannerQuery, type Problems } from './answers';
import { parentalEntitlement, planProblems, type ParentalEntitlement } from './check-plan';
import { monthsFromTo, type MonthKey } from './month-split';
import { parentPay, type ParentPay, type SixPlusSix } from './pay';
import { householdNotes, segmentDeadlines, segmentNotes, type Deadline, type NoteContext, type PlanNote } from './plan-notes';
import type { PlannerRuleId } from './rule-ids';
import { isEmployee, planSegments, type Segment } from './segments';
import { leaveWindows, type LeaveWindows } from './windows';

export interface PlannedSegment extends Segment {
  notes: PlanNote[];
  deadlines: Deadline[];
  pay: { company: number; insurance: number; unknown: boolean };
}

export interface ParentPlan {
  parent: Parent;
  label: string;
  insurance: Insurance;
  segments: PlannedSegment[];
  pay: ParentPay;
}

export interface HouseholdMonth {
  month: MonthKey;
  byParent: Partial<Record<Parent, number>>;
  total: number;
  /** total − the usual monthly income */
  change: number;
}

export interface Plan {
  birth: string;
  windows: LeaveWindows;
  parents: ParentPlan[];
  /** every parent's segments, in date order */
  segments: PlannedSegment[];
  months: MonthKey[];
  household: { usual: number; months: HouseholdMonth[] };
  deadlines: Deadline[];
  sixPlusSix: SixPlusSix;
  notes: PlanNote[];
  rulesUsed: BenefitRule[];
}

export interface CheckedAnswers {
  problems: Problems;
  windows: LeaveWindows | null;
  segments: Segment[];
}

const book = (rules: readonly BenefitRule[]) => new RuleBook<PlannerRuleId>(rules);

/** The answers' dated segments and what is wrong with them; `windows` is null while there is no usable date yet. */
export function checkAnswers(answers: PlannerAnswers, rules: readonly BenefitRule[]): CheckedAnswers {
  if (!answers.date || !answers.dateKind || answers.multipleBirth === undefined) return { problems: {}, windows: null, segments: [] };
  let windows: LeaveWindows;
  try {
    windows = leaveWindows({ date: answers.date, dateKind: answers.dateKind, multipleBirth: answers.multipleBirth }, rules);
  } catch (error) {
    return { problems: { [keys.date]: (error as Error).message }, windows: null, segments: [] };
  }
  const lookups = book(rules);
  try {
    const segments = planSegments(answers, rules, lookups);
    return { problems: planProblems(answers, windows, segments, rules, lookups), windows, segments };
  } catch (error) {
    // A day before the first entry of a rule: the message names the rule and the first day it can be planned from.
    return { problems: { [keys.date]: (error as Error).message }, windows, segments: [] };
  }
}

/** The answers in an address, read and checked: a value that could not be read is named before what the plan checks. */
export function evaluateQuery(query: PlannerQuery, rules: readonly BenefitRule[]): CheckedAnswers & { answers: PlannerAnswers } {
  const read = readAnswers(query);
  const checked = checkAnswers(read.answers, rules);
  return { ...checked, answers: read.answers, problems: { ...checked.problems, ...read.problems } };
}

/** 제95조의3 제1항: both parents on leave within the child's first 18 months; counted by the months that begin then. */
function sixPlusSixOf(answers: PlannerAnswers, segments: readonly Segment[], windows: LeaveWindows): SixPlusSix {
  const months: Record<Parent, number> = { mother: 0, father: 0 };
  for (const segment of segments.filter((s) => s.kind === 'parental')) {
    for (let n = 1; n <= (segment.months ?? 0); n++) if (periodMonth(segment.start, n).start <= windows.sixPlusSixEnd) months[segment.parent] += 1;
  }
  const both = answers.singleParent === false && isEmployee(answers, 'mother') && isEmployee(answers, 'father');
  return { applies: both && months.mother > 0 && months.father > 0, months };
}

/** The plan for complete answers without problems (see questions.ts). */
export function buildPlan(answers: PlannerAnswers, rules: readonly BenefitRule[], today: string): Plan {
  const { windows, segments } = checkAnswers(answers, rules);
  if (!windows) throw new Error('계획을 만들 날짜가 없습니다.');
  const lookups = book(rules);
  const parents = PARENTS.filter((parent) => parent === 'mother' || answers.singleParent === false);
  const sixPlusSix = sixPlusSixOf(answers, segments, windows);
  const months = segments.length ? monthsFromTo(segments.reduce((a, s) => (s.start < a ? s.start : a), segments[0].start), segments.reduce((a, s) => (s.end > a ? s.end : a), segments[0].end)) : monthsFromTo(windows.birth, windows.birth);
  const pays = Object.fromEntries(parents.map((parent) => [parent, parentPay(parent, answers, segments, sixPlusSix, months, rules)])) as Partial<Record<Parent, ParentPay>>;
  const entitlement: Partial<Record<Parent, ParentalEntitlement>> = {};
  for (const parent of parents) {
    const first = segments.find((s) => s.parent === parent && s.kind === 'parental');
    if (first) entitlement[parent] = parentalEntitlement(answers, parent, first.start, rules, lookups);
  }
  const context: NoteContext = {
    answers,
    windows,
    segments,
    sixPlusSix,
    entitlement,
    book: lookups,
    today,
    calculatorNotices: Object.assign({}, ...parents.map((parent) => pays[parent]?.notices ?? {})),
  };
  const planned: PlannedSegment[] = segments.map((segment) => {
    const deadlines = segmentDeadlines(segment, context);
    return { ...segment, deadlines, notes: segmentNotes(segment, deadlines, context), pay: pays[segment.parent]?.bySegment[segment.id] ?? { company: 0, insurance: 0, unknown: false } };
  });
  const parentPlans = parents.map((parent): ParentPlan => ({
    parent,
    label: parentLabel[parent],
    insurance: answers[parent].insurance ?? 'none',
    segments: planned.filter((segment) => segment.parent === parent),
    pay: pays[parent] as ParentPay,
  }));
  const usual = parentPlans.reduce((sum, p) => sum + p.pay.usual, 0);
  const householdMonths = months.map((month, index): HouseholdMonth => {
    const byParent = Object.fromEntries(parentPlans.map((p) => [p.parent, p.pay.months[index].total]));
    const total = parentPlans.reduce((sum, p) => sum + p.pay.months[index].total, 0);
    return { month, byParent, total, change: total - usual };
  });
  const notes = householdNotes(answers, lookups, windows.birth);
  const used = new Set<BenefitRule>([...windows.rulesUsed, ...parentPlans.flatMap((p) => p.pay.rulesUsed), ...lookups.used()]);
  return {
    birth: windows.birth,
    windows,
    parents: parentPlans,
    segments: planned,
    months,
    household: { usual, months: householdMonths },
    deadlines: planned.flatMap((segment) => segment.deadlines).sort((a, b) => a.date.localeCompare(b.date)),
    sixPlusSix,
    notes,
    rulesUsed: [...used].sort((a, b) => a.id.localeCompare(b.id) || a.effectiveFrom.localeCompare(b.effectiveFrom)),
  };
}
