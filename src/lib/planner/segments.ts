/**
 * The plan's leaves as dated segments, one per leave or part, for each parent: what the questions asked for, with
 * first and last days worked out from the rules. Checks, pay, warnings, the calendar and the letters all read these.
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import { RuleBook } from '../benefits/rules';
import { addDays, periodEnd } from '../dates/calendar-date';
import { calculateMaternityLeave } from '../benefits/maternity-leave';
import { seoulParts, seoulToInstant } from '../dates/seoul-time';
import { keys, type Parent, type PlannerAnswers } from './answers';
import type { PlannerRuleId } from './rule-ids';

export type SegmentKind = 'maternity' | 'artistMaternity' | 'spouse' | 'parental' | 'short' | 'reduced';

export interface Segment {
  /** stable within a plan: `mother-parental-2` */
  id: string;
  parent: Parent;
  kind: SegmentKind;
  title: string;
  start: string;
  /** inclusive */
  end: string;
  /** the query key of the answer that set the first day, so a problem can be shown next to it */
  startKey: string;
  /** 육아휴직: the part's number (1-based), its months, and the months of leave in the parts before it */
  part?: number;
  months?: number;
  monthsBefore?: number;
  /** 단축: weekly hours before and after */
  hoursBefore?: number;
  hoursAfter?: number;
}

/** Whether a parent is an employee with employment insurance: only they have the employee leaves. */
export const isEmployee = (answers: PlannerAnswers, parent: Parent) => answers[parent].insurance === 'employee' && (parent === 'mother' || answers.singleParent === false);

/** The last of `count` working days from `start`, counting Monday to Friday (public holidays are not known here). */
function addWorkingDays(start: string, count: number): string {
  let day = start;
  let counted = 0;
  for (;;) {
    const weekday = seoulParts(seoulToInstant(day)).weekday;
    if (weekday !== 0 && weekday !== 6) counted += 1;
    if (counted === count) return day;
    day = addDays(day, 1);
  }
}

/** Every segment the answers so far describe, in date order; answers not given yet simply add none. */
export function planSegments(answers: PlannerAnswers, rules: readonly BenefitRule[], book: RuleBook<PlannerRuleId>): Segment[] {
  const segments: Segment[] = [];
  for (const parent of ['mother', 'father'] as const) {
    const own = answers[parent];
    const id = (name: string) => `${parent}-${name}`;
    const leaveStart = own.leaveStart;
    if (parent === 'mother' && leaveStart && own.insurance === 'employee' && answers.multipleBirth !== undefined) {
      const { totalDays } = calculateMaternityLeave(
        { monthlyWage: own.wage || 1, weeklyHours: own.hours || 40, start: leaveStart, prioritySupportFirm: false, multipleBirth: answers.multipleBirth, premature: false },
        rules,
      );
      segments.push({ id: id('maternity'), parent, kind: 'maternity', title: `출산전후휴가 ${totalDays}일`, start: leaveStart, end: addDays(leaveStart, totalDays - 1), startKey: keys.leaveStart(parent) });
    }
    if (parent === 'mother' && leaveStart && own.insurance === 'artist') {
      const days = book.value('artistMaternity.days', leaveStart);
      segments.push({ id: id('artist-maternity'), parent, kind: 'artistMaternity', title: `출산전후급여 ${days}일분 (예술인·노무제공자)`, start: leaveStart, end: addDays(leaveStart, days - 1), startKey: keys.leaveStart(parent) });
    }
    if (!isEmployee(answers, parent)) continue;
    if (parent === 'father' && leaveStart) {
      const days = book.value('spouseLeave.workingDays', leaveStart);
      segments.push({ id: id('spouse'), parent, kind: 'spouse', title: `배우자 출산전후휴가 ${days}일 (근무일)`, start: leaveStart, end: addWorkingDays(leaveStart, days), startKey: keys.leaveStart(parent) });
    }
    let monthsBefore = 0;
    (own.parental ?? []).forEach((part, index) => {
      segments.push({
        id: id(`parental-${index + 1}`),
        parent,
        kind: 'parental',
        title: `육아휴직 ${index + 1}번째 (${part.months}개월)`,
        start: part.start,
        end: periodEnd(part.start, Math.max(part.months, 1)),
        startKey: keys.partStart(parent, index + 1),
        part: index + 1,
        months: part.months,
        monthsBefore,
      });
      monthsBefore += part.months;
    });
    if (own.short) {
      segments.push({ id: id('short'), parent, kind: 'short', title: `단기 육아휴직 ${own.short.weeks}주`, start: own.short.start, end: addDays(own.short.start, own.short.weeks * 7 - 1), startKey: keys.shortStart(parent) });
    }
    if (own.reduced && own.hours !== undefined) {
      const { start, months, hoursAfter } = own.reduced;
      segments.push({
        id: id('reduced'),
        parent,
        kind: 'reduced',
        title: `육아기 근로시간 단축 (주 ${own.hours}시간 → ${hoursAfter}시간, ${months}개월)`,
        start,
        end: periodEnd(start, Math.max(months, 1)),
        startKey: keys.reducedStart(parent),
        months,
        hoursBefore: own.hours,
        hoursAfter,
      });
    }
  }
  return segments.sort((a, b) => a.start.localeCompare(b.start) || a.parent.localeCompare(b.parent));
}
