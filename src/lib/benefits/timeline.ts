/**
 * 나의 모성보호 일정: the windows and deadlines that follow from a due date (or a birth date).
 * Pregnancy weeks count from the first day of the last period, 280 days before the due date,
 * so 임신 n주 0일 is dueDate − 280 + 7n days. Every day count comes from the benefit rules.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { addDays, daysBetween, periodEnd } from '../dates/calendar-date';
import { RuleBook } from './rules';
import type { IcsEvent } from '../feeds/ics';

export const PREGNANCY_DAYS = 280;

export const timelineRuleIds = [
  'pregnancyReducedHours.earlyUntilWeek',
  'pregnancyReducedHours.lateFromWeek',
  'pregnancyReducedHours.hoursPerDay',
  'pregnancyReducedHours.noticeDays',
  'maternityLeave.days',
  'maternityLeave.daysMultiple',
  'maternityLeave.daysPremature',
  'maternityLeave.daysAfterBirth',
  'maternityLeave.daysAfterBirthMultiple',
  'spouseLeave.workingDays',
  'spouseLeave.maxParts',
  'spouseLeave.useFromDaysBeforeDue',
  'spouseLeave.useWithinDays',
  'parentalLeave.childAgeLimit',
  'parentalLeave.months',
  'parentalLeave.replyDays',
  'sixPlusSix.childAgeMonths',
  'childcareReducedHours.childAgeLimit',
  'childcareReducedHours.minWeeklyHours',
  'childcareReducedHours.maxWeeklyHours',
] as const satisfies readonly BenefitRuleId[];

export interface TimelineInput {
  /** 출산 예정일 or the actual birth date, YYYY-MM-DD */
  date: string;
  dateKind: 'due' | 'birth';
  multipleBirth: boolean;
  /** Whether the other parent is an employee; undefined when not answered. */
  spouseEmployed?: boolean;
}

export type TimelineTopic = 'pregnancy' | 'maternity' | 'spouse' | 'parental' | 'reducedHours';

export interface TimelineItem {
  /** stable within one timeline, used for ICS UIDs */
  id: string;
  topic: TimelineTopic;
  kind: 'window' | 'deadline';
  title: string;
  start: string;
  /** inclusive; equal to start for a one-day deadline */
  end: string;
  detail: string;
}

export interface Timeline {
  birth: string;
  items: TimelineItem[];
  notes: string[];
  rulesUsed: BenefitRule[];
}

/** First day of 임신 `week`주 (week 0 = the first day of the last period). */
export function pregnancyWeekStart(dueDate: string, week: number): string {
  return addDays(dueDate, week * 7 - PREGNANCY_DAYS);
}

/** 임신 몇 주 며칠 on `date`, for a pregnancy with this due date. */
export function pregnancyWeekOn(dueDate: string, date: string): { weeks: number; days: number } {
  const sinceStart = daysBetween(addDays(dueDate, -PREGNANCY_DAYS), date);
  return { weeks: Math.floor(sinceStart / 7), days: ((sinceStart % 7) + 7) % 7 };
}

export function buildTimeline(input: TimelineInput, rules: readonly BenefitRule[]): Timeline {
  const book = new RuleBook<(typeof timelineRuleIds)[number]>(rules);
  const birth = input.date;
  const on = birth;
  const items: TimelineItem[] = [];
  const notes: string[] = [];

  if (input.dateKind === 'due') {
    const earlyUntil = book.value('pregnancyReducedHours.earlyUntilWeek', on);
    const lateFrom = book.value('pregnancyReducedHours.lateFromWeek', on);
    const hours = book.value('pregnancyReducedHours.hoursPerDay', on);
    const notice = book.value('pregnancyReducedHours.noticeDays', on);
    const lateStart = pregnancyWeekStart(birth, lateFrom);
    items.push({
      id: 'pregnancy-early',
      topic: 'pregnancy',
      kind: 'window',
      title: `임신기 근로시간 단축 (임신 ${earlyUntil}주 이내)`,
      start: pregnancyWeekStart(birth, 0),
      end: addDays(pregnancyWeekStart(birth, earlyUntil + 1), -1),
      detail: `하루 ${hours}시간 줄여 일해도 임금은 그대로입니다. 임신 ${earlyUntil}주 6일까지 쓸 수 있습니다.`,
    });
    items.push({
      id: 'pregnancy-late-apply',
      topic: 'pregnancy',
      kind: 'deadline',
      title: `임신 ${lateFrom}주부터 단축하려면 신청`,
      start: addDays(lateStart, -notice),
      end: addDays(lateStart, -notice),
      detail: `단축을 시작하려는 날의 ${notice}일 전까지 의사 진단서를 붙여 회사에 신청합니다.`,
    });
    items.push({
      id: 'pregnancy-late',
      topic: 'pregnancy',
      kind: 'window',
      title: `임신기 근로시간 단축 (임신 ${lateFrom}주 이후)`,
      start: lateStart,
      end: addDays(birth, -1),
      detail: `하루 ${hours}시간 줄여 일해도 임금은 그대로입니다. 고위험 임신으로 진단받으면 임신 기간 전체에 쓸 수 있습니다.`,
    });
  }

  const total = book.value(input.multipleBirth ? 'maternityLeave.daysMultiple' : 'maternityLeave.days', on);
  const afterBirth = book.value(input.multipleBirth ? 'maternityLeave.daysAfterBirthMultiple' : 'maternityLeave.daysAfterBirth', on);
  const earliestStart = addDays(birth, afterBirth - total);
  items.push({
    id: 'maternity-earliest',
    topic: 'maternity',
    kind: 'window',
    title: `출산전후휴가 ${total}일 (가장 이르게 시작할 때)`,
    start: earliestStart,
    end: addDays(earliestStart, total - 1),
    detail: `출산 전에는 최대 ${total - afterBirth}일까지 쓸 수 있습니다. 늦게 시작하면 그만큼 출산 뒤로 이어집니다. 휴가를 시작하기 전에 회사에 신청하세요.`,
  });
  items.push({
    id: 'maternity-after-birth',
    topic: 'maternity',
    kind: 'window',
    title: `출산 후 반드시 쉬는 ${afterBirth}일`,
    start: birth,
    end: addDays(birth, afterBirth - 1),
    detail: `출산일부터 ${afterBirth}일은 꼭 휴가여야 합니다. ${input.dateKind === 'due' ? '아기가 예정일보다 늦게 태어나면 이 기간도 함께 늦춰집니다.' : ''}`.trim(),
  });

  const spouseApplies = input.spouseEmployed !== false;
  if (spouseApplies) {
    const within = book.value('spouseLeave.useWithinDays', on);
    const days = book.value('spouseLeave.workingDays', on);
    const parts = book.value('spouseLeave.maxParts', on);
    const before = book.rule('spouseLeave.useFromDaysBeforeDue', on);
    // From 2026-09-18 the leave can start 50 days before the expected birth, but never before that rule took effect.
    const earliest = addDays(birth, -before.value);
    const start = input.dateKind === 'due' && before.value > 0 ? (earliest < before.effectiveFrom ? before.effectiveFrom : earliest) : birth;
    const name = before.value > 0 ? '배우자 출산전후휴가' : '배우자 출산휴가';
    const last = addDays(birth, within - 1);
    items.push({
      id: 'spouse-leave',
      topic: 'spouse',
      kind: 'window',
      title: `${name} ${days}일 (근무일)`,
      start,
      end: last,
      detail:
        before.value > 0
          ? `출산 예정일 ${before.value}일 전부터 출산일 뒤 ${within}일까지 ${parts}번에 나누어 쓸 수 있습니다. 급여가 깎이지 않는 유급휴가입니다.`
          : `출산일부터 ${within}일 안에 ${parts}번에 나누어 쓸 수 있습니다. 급여가 깎이지 않는 유급휴가입니다.`,
    });
    items.push({
      id: 'spouse-leave-last-day',
      topic: 'spouse',
      kind: 'deadline',
      title: `${name}를 쓸 수 있는 마지막 날`,
      start: last,
      end: last,
      detail: `이날이 지나면 남은 ${name}는 쓸 수 없습니다.`,
    });
  } else {
    notes.push('배우자가 근로자가 아니면 배우자 출산휴가와 6+6 부모육아휴직제는 해당하지 않습니다. 본인의 육아휴직은 그대로 쓸 수 있습니다.');
  }

  const parentalAge = book.value('parentalLeave.childAgeLimit', on);
  const parentalMonths = book.value('parentalLeave.months', on);
  const replyDays = book.value('parentalLeave.replyDays', on);
  items.push({
    id: 'parental-leave',
    topic: 'parental',
    kind: 'window',
    title: `육아휴직 (부모 각각 ${parentalMonths}개월, 만 ${parentalAge}세 이하)`,
    start: birth,
    end: periodEnd(birth, (parentalAge + 1) * 12),
    detail: `출산전후휴가에 바로 이어서 쓸 수도 있습니다. 초등학교 2학년 이하이면 이 날 뒤에도 쓸 수 있습니다. 회사가 신청을 받고 ${replyDays}일 안에 답하지 않으면 승인된 것으로 봅니다.`,
  });
  if (spouseApplies) {
    const sixMonths = book.value('sixPlusSix.childAgeMonths', on);
    items.push({
      id: 'six-plus-six',
      topic: 'parental',
      kind: 'window',
      title: '6+6 부모육아휴직제 (부모가 함께 휴직)',
      start: birth,
      end: periodEnd(birth, sixMonths),
      detail: `자녀가 생후 ${sixMonths}개월이 되기 전에 부모가 모두 육아휴직을 쓰면, 두 사람이 모두 휴직한 개월 수만큼(최대 6개월) 급여 상한이 올라갑니다.`,
    });
  }
  const reducedAge = book.value('childcareReducedHours.childAgeLimit', on);
  items.push({
    id: 'childcare-reduced-hours',
    topic: 'reducedHours',
    kind: 'window',
    title: `육아기 근로시간 단축 (만 ${reducedAge}세 이하)`,
    start: birth,
    end: periodEnd(birth, (reducedAge + 1) * 12),
    detail: `주 ${book.value('childcareReducedHours.minWeeklyHours', on)}~${book.value('childcareReducedHours.maxWeeklyHours', on)}시간으로 줄여 일할 수 있습니다. 초등학교 6학년 이하이면 이 날 뒤에도 쓸 수 있습니다.`,
  });

  if (input.dateKind === 'due') notes.push('출산 예정일로 계산했습니다. 실제 출산일이 다르면 출산 뒤의 날짜가 모두 달라지니, 아기가 태어나면 출산일로 다시 계산해 보세요.');
  if (input.multipleBirth) notes.push(`다태아는 출산전후휴가가 ${total}일이고, 출산 후 ${afterBirth}일을 반드시 쉬어야 합니다.`);
  notes.push(`미숙아가 신생아 집중치료를 받으면 출산전후휴가는 ${book.value('maternityLeave.daysPremature', on)}일입니다.`);

  items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return { birth, items, notes, rulesUsed: book.used() };
}

/** The timeline as all-day calendar events, for the .ics download. */
export function timelineIcsEvents(timeline: Timeline, uidHost: string): IcsEvent[] {
  return timeline.items.map((item) => ({
    uid: `${item.id}-${timeline.birth}@${uidHost}`,
    start: item.start,
    end: item.end,
    allDay: true,
    summary: item.title,
    description: item.detail,
    categories: ['모성보호'],
  }));
}
