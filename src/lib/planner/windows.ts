/**
 * When each kind of leave can be used, for one birth: read from 나의 모성보호 일정 (maternity-timeline.ts), so the
 * planner and the timeline never disagree about a window (the spouse window from 50 days before the due date, the
 * 45 days after the birth, the child's age limits).
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import { buildTimeline, type TimelineItem } from '../benefits/timeline';

export interface LeaveWindows {
  birth: string;
  /** 출산전후휴가: the earliest first day that still leaves the days that must follow the birth */
  maternityEarliestStart: string;
  /** 배우자 출산전후휴가: first and last day it can be used */
  spouse: { start: string; end: string };
  /** 육아휴직: the last day the child is under the age limit (만 8세 이하) */
  parentalAgeEnd: string;
  /** 6+6: the last day of the child's first 18 months */
  sixPlusSixEnd: string;
  /** 육아기 근로시간 단축: the last day the child is under its age limit (만 12세 이하) */
  reducedAgeEnd: string;
  /** the timeline's entries these windows came from, for the plan's list of rules */
  rulesUsed: BenefitRule[];
}

/** The timeline rules a window above depends on (the pregnancy items of the timeline are not the planner's). */
const WINDOW_RULES = /^(maternityLeave|spouseLeave|parentalLeave|sixPlusSix|childcareReducedHours)\./;

export function leaveWindows(input: { date: string; dateKind: 'due' | 'birth'; multipleBirth: boolean }, rules: readonly BenefitRule[]): LeaveWindows {
  const timeline = buildTimeline({ ...input, spouseEmployed: true }, rules);
  const item = (id: string): TimelineItem => {
    const found = timeline.items.find((entry) => entry.id === id);
    if (!found) throw new Error(`나의 모성보호 일정에 '${id}' 항목이 없습니다.`);
    return found;
  };
  const spouse = item('spouse-leave');
  return {
    birth: timeline.birth,
    maternityEarliestStart: item('maternity-earliest').start,
    spouse: { start: spouse.start, end: spouse.end },
    parentalAgeEnd: item('parental-leave').end,
    sixPlusSixEnd: item('six-plus-six').end,
    reducedAgeEnd: item('childcare-reduced-hours').end,
    rulesUsed: timeline.rulesUsed.filter((rule) => WINDOW_RULES.test(rule.id)),
  };
}
