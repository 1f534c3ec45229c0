/**
 * What to tell a parent next to each part of the plan: the dates to apply and to claim by, and the warnings the issue
 * asks for — the 30-day notice, a possible refusal under 6 months' tenure, the conditions for 18 months, the 4-part
 * limit, a child past the age limit. A note that rests on a [2nd] rule is marked unconfirmed and shown with 확인 필요.
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import type { RuleBook } from '../benefits/rules';
import { addDays, periodEnd } from '../dates/calendar-date';
import { formatKoreanDate } from '../dates/seoul-time';
import { parentLabel, type Parent, type PlannerAnswers } from './answers';
import type { ParentalEntitlement } from './check-plan';
import type { SixPlusSix } from './pay';
import type { PlannerRuleId } from './rule-ids';
import type { Segment } from './segments';
import type { LeaveWindows } from './windows';

export interface PlanNote {
  text: string;
  tone: 'warning' | 'info';
  /** rests on a 2nd-tier rule or on something the facts sheet does not say: shown with 확인 필요 */
  unconfirmed: boolean;
}

export interface Deadline {
  /** stable within a plan, for .ics UIDs */
  id: string;
  parent: Parent;
  segmentId: string;
  kind: 'apply' | 'claim' | 'lastDay';
  title: string;
  /** the last day */
  date: string;
  /** the first day, for a claim that opens later */
  from?: string;
  unconfirmed: boolean;
  /** the day is before today */
  passed: boolean;
}

export interface NoteContext {
  answers: PlannerAnswers;
  windows: LeaveWindows;
  segments: readonly Segment[];
  sixPlusSix: SixPlusSix;
  entitlement: Partial<Record<Parent, ParentalEntitlement>>;
  book: RuleBook<PlannerRuleId>;
  today: string;
  /** the calculators' own notes, by segment id */
  calculatorNotices: Record<string, string[]>;
}

const other = (parent: Parent): Parent => (parent === 'mother' ? 'father' : 'mother');
const secondary = (rule: BenefitRule) => rule.tier === '2nd';

/** The last day of `months` months counted from the day after `date`: "within 12 months after the leave ends". */
const monthsAfter = (date: string, months: number) => periodEnd(addDays(date, 1), months);

export function segmentDeadlines(segment: Segment, context: NoteContext): Deadline[] {
  const { book, today, windows } = context;
  const deadline = (kind: Deadline['kind'], title: string, date: string, unconfirmed: boolean, from?: string): Deadline => ({
    id: `${segment.id}-${kind}`,
    parent: segment.parent,
    segmentId: segment.id,
    kind,
    title,
    date,
    ...(from ? { from } : {}),
    unconfirmed,
    passed: date < today,
  });
  const notice = (id: 'parentalLeave.noticeDays' | 'childcareReducedHours.noticeDays') => {
    const rule = book.rule(id, segment.start);
    return { date: addDays(segment.start, -rule.value), unconfirmed: secondary(rule) };
  };
  switch (segment.kind) {
    case 'maternity': {
      const claim = book.rule('maternityLeave.claimWithinMonthsAfterEnd', segment.end);
      return [
        deadline('apply', '회사에 출산전후휴가 신청 (휴가 시작 전)', addDays(segment.start, -1), false),
        // "휴가 시작 1개월 뒤부터 휴가가 끝난 뒤 12개월 안에" (facts sheet [2nd])
        deadline('claim', '고용24에 출산전후휴가 급여 신청', monthsAfter(segment.end, claim.value), secondary(claim), addDays(periodEnd(segment.start, 1), 1)),
      ];
    }
    case 'artistMaternity': {
      const claim = book.rule('artistMaternity.claimWithinMonthsAfterBirth', windows.birth);
      return [deadline('claim', '고용24에 예술인·노무제공자 출산전후급여 신청', monthsAfter(windows.birth, claim.value), secondary(claim))];
    }
    case 'spouse': {
      const within = book.rule('spouseLeave.useWithinDays', segment.start);
      return [
        deadline('apply', '회사에 배우자 출산전후휴가 신청 (휴가 시작 전)', addDays(segment.start, -1), false),
        deadline('lastDay', '배우자 출산전후휴가를 쓸 수 있는 마지막 날', windows.spouse.end, secondary(within)),
      ];
    }
    case 'parental': {
      const apply = notice('parentalLeave.noticeDays');
      const claim = book.rule('parentalLeave.claimWithinMonthsAfterEnd', segment.end);
      return [
        deadline('apply', `회사에 육아휴직 신청 (${segment.part}번째)`, apply.date, apply.unconfirmed),
        deadline('claim', `고용24 육아휴직 급여 신청 마감 (${segment.part}번째)`, monthsAfter(segment.end, claim.value), secondary(claim)),
      ];
    }
    case 'short': {
      const apply = notice('parentalLeave.noticeDays');
      return [deadline('apply', '회사에 단기 육아휴직 신청', apply.date, true)];
    }
    case 'reduced': {
      const apply = notice('childcareReducedHours.noticeDays');
      return [deadline('apply', '회사에 육아기 근로시간 단축 신청', apply.date, apply.unconfirmed)];
    }
  }
}

function tenureNote(segment: Segment, context: NoteContext): PlanNote[] {
  const joined = context.answers[segment.parent].joined;
  if (!joined) return [];
  const rule = context.book.rule('parentalLeave.minTenureMonths', segment.start);
  // Refusable when the time worked up to the day before the first day is under 6 months.
  if (periodEnd(joined, rule.value) < segment.start) return [];
  return [{ tone: 'warning', unconfirmed: secondary(rule), text: `시작일 전날까지 이 회사에서 일한 기간이 ${rule.value}개월이 안 됩니다(${formatKoreanDate(joined)} 입사). 회사가 신청을 거부할 수 있습니다. ${formatKoreanDate(addDays(periodEnd(joined, rule.value), 1))}부터 시작하면 거부할 수 없습니다.` }];
}

function passedNote(deadlines: readonly Deadline[], today: string): PlanNote[] {
  const late = deadlines.find((d) => d.kind === 'apply' && d.passed);
  return late ? [{ tone: 'warning', unconfirmed: late.unconfirmed, text: `회사에 신청할 날(${formatKoreanDate(late.date)})이 오늘(${formatKoreanDate(today)})보다 앞섭니다. 시작일을 늦추거나 회사와 먼저 이야기하세요.` }] : [];
}

function parentalNotes(segment: Segment, context: NoteContext): PlanNote[] {
  const { book, windows, sixPlusSix } = context;
  const notes: PlanNote[] = [];
  const months = segment.months ?? 0;
  const before = segment.monthsBefore ?? 0;
  const ordinary = book.rule('parentalLeave.months', segment.start);
  if (before + months > ordinary.value) {
    const entitlement = context.entitlement[segment.parent];
    const minEach = book.rule('parentalLeave.extendedMinMonthsEach', segment.start);
    const why =
      entitlement?.extendedBy === 'singleParent'
        ? '한부모라서 쓸 수 있습니다.'
        : `${parentLabel[other(segment.parent)]}도 ${minEach.value}개월 이상 쓰는 계획이라 쓸 수 있습니다. ${parentLabel[other(segment.parent)]}의 휴직이 ${minEach.value}개월보다 짧아지면 ${ordinary.value}개월을 넘는 기간은 쓸 수 없습니다.`;
    notes.push({ tone: 'warning', unconfirmed: secondary(minEach), text: `${ordinary.value}개월을 넘는 휴직은 부모가 각각 ${minEach.value}개월 이상 쓰거나, 한부모이거나, 중증 장애아동의 부모일 때만 쓸 수 있습니다. ${why}` });
  }
  const mine = context.segments.filter((s) => s.parent === segment.parent && s.kind === 'parental');
  if (segment === mine.at(-1)) {
    const maxParts = book.rule('parentalLeave.maxParts', mine[0].start);
    notes.push(
      mine.length >= maxParts.value
        ? { tone: 'warning', unconfirmed: secondary(maxParts), text: `육아휴직을 ${maxParts.value}번 모두 나누어 써서 더 나눌 수 없습니다. 단기 육아휴직은 이 횟수에 들어가지 않습니다.` }
        : { tone: 'info', unconfirmed: secondary(maxParts), text: `육아휴직은 ${maxParts.value}번까지 나누어 쓸 수 있습니다. 이 계획은 ${mine.length}번 쓰니 ${maxParts.value - mine.length}번 더 나눌 수 있습니다.` },
    );
  }
  if (before > 0) {
    notes.push({ tone: 'info', unconfirmed: true, text: `앞선 휴직에 이어 ${before + 1}개월째부터 세어 급여를 계산했습니다. 나누어 쓴 휴직의 개월을 어떻게 세는지는 이 안내서가 확인하지 못했습니다.` });
  }
  const ageLimit = book.rule('parentalLeave.childAgeLimit', segment.start);
  if (segment.end > windows.parentalAgeEnd) {
    notes.push({ tone: 'warning', unconfirmed: secondary(ageLimit), text: `아이는 ${formatKoreanDate(windows.parentalAgeEnd)}까지 만 ${ageLimit.value}세입니다. 그 뒤의 휴직은 아이가 초등학교 2학년 이하일 때만 쓸 수 있습니다.` });
  }
  const sixMonths = book.rule('sixPlusSix.childAgeMonths', windows.birth);
  const otherMonths = sixPlusSix.months[other(segment.parent)];
  if (sixPlusSix.applies && before < Math.min(otherMonths, 6, sixPlusSix.months[segment.parent])) {
    notes.push({ tone: 'info', unconfirmed: secondary(sixMonths), text: `6+6 부모육아휴직제: 아이 생후 ${sixMonths.value}개월 안에 두 사람이 모두 휴직해서, 두 사람이 함께 쓴 ${Math.min(otherMonths, sixPlusSix.months[segment.parent], 6)}개월 동안 급여 상한이 올라갑니다.` });
  } else if (segment.part === 1 && otherMonths > 0 && segment.start > windows.sixPlusSixEnd) {
    notes.push({ tone: 'info', unconfirmed: secondary(sixMonths), text: `아이 생후 ${sixMonths.value}개월(${formatKoreanDate(windows.sixPlusSixEnd)})이 지나 시작해서 6+6 상한은 적용되지 않습니다.` });
  }
  return notes;
}

export function segmentNotes(segment: Segment, deadlines: readonly Deadline[], context: NoteContext): PlanNote[] {
  const { book, windows, today } = context;
  const calculator = (context.calculatorNotices[segment.id] ?? []).map((text): PlanNote => ({ tone: 'info', unconfirmed: text.includes('확인 필요'), text }));
  const notes: PlanNote[] = [];
  switch (segment.kind) {
    case 'maternity':
      if (context.answers.dateKind === 'due') notes.push({ tone: 'info', unconfirmed: false, text: '출산 예정일로 계획했습니다. 아기가 늦게 태어나도 출산 뒤에 꼭 쉬어야 하는 날은 줄지 않으니, 태어나면 출산일로 다시 계획해 보세요.' });
      break;
    case 'artistMaternity': {
      const insured = book.rule('artistMaternity.minInsuredMonths', segment.start);
      notes.push({ tone: 'warning', unconfirmed: secondary(insured), text: `예술인·노무제공자로 고용보험에 가입한 기간이 ${insured.value}개월 이상이어야 받습니다.` });
      notes.push({ tone: 'info', unconfirmed: true, text: '하루에 얼마를 받는지, 다태아나 미숙아일 때 며칠분을 받는지는 이 안내서가 확인하지 못해 급여를 0원으로 두고 일해서 버는 소득도 이 기간에는 없다고 보았습니다.' });
      break;
    }
    case 'spouse': {
      const parts = book.rule('spouseLeave.maxParts', segment.start);
      notes.push({ tone: 'info', unconfirmed: secondary(parts), text: `근무일을 월~금요일로 세었습니다. 공휴일이나 회사의 근무일이 다르면 끝나는 날이 달라집니다. ${parts.value}번까지 나누어 쓸 수도 있습니다.` });
      break;
    }
    case 'parental':
      notes.push(...tenureNote(segment, context), ...parentalNotes(segment, context));
      break;
    case 'short': {
      const times = book.rule('shortParentalLeave.timesPerYear', segment.start);
      notes.push(...tenureNote(segment, context));
      notes.push({ tone: 'info', unconfirmed: true, text: `단기 육아휴직은 1년에 ${times.value}번 쓰고, 나누어 쓰는 횟수에 들어가지 않습니다. 급여를 어떻게 계산하는지, 전체 육아휴직 기간에서 빠지는지, 30일 전 신청이 같은지는 확인하지 못해 급여를 0원으로 두었습니다.` });
      break;
    }
    case 'reduced': {
      const ageLimit = book.rule('childcareReducedHours.childAgeLimit', segment.start);
      if (segment.end > windows.reducedAgeEnd) {
        notes.push({ tone: 'warning', unconfirmed: secondary(ageLimit), text: `아이는 ${formatKoreanDate(windows.reducedAgeEnd)}까지 만 ${ageLimit.value}세입니다. 그 뒤의 단축은 아이가 초등학교 6학년 이하일 때만 쓸 수 있습니다.` });
      }
      notes.push({ tone: 'info', unconfirmed: true, text: '단축한 동안 회사가 주는 임금은 일하는 시간에 비례해 준다고 보고 어림했습니다. 근로계약이나 회사 규정에 따라 다를 수 있습니다.' });
      break;
    }
  }
  return [...passedNote(deadlines, today), ...notes, ...calculator];
}

/** Notes about the plan as a whole: who is not in it and why. */
export function householdNotes(answers: PlannerAnswers, book: RuleBook<PlannerRuleId>, on: string): PlanNote[] {
  const notes: PlanNote[] = [];
  if (answers.mother.insurance === 'none') {
    notes.push({ tone: 'info', unconfirmed: true, text: '엄마는 고용보험에 가입하지 않아 출산전후휴가 급여가 없습니다. 고용보험 미적용자 출산급여를 받을 수 있는지 ‘고용보험 밖에 있는 사람의 출산급여’ 장을 보세요. 일해서 버는 소득은 출산 전후에도 그대로라고 보았습니다.' });
  }
  if (answers.singleParent === false && answers.father.insurance && answers.father.insurance !== 'employee') {
    const ordinary = book.rule('parentalLeave.months', on);
    notes.push({
      tone: 'info',
      unconfirmed: secondary(ordinary),
      text: `아빠는 고용보험에 가입한 근로자가 아니어서 배우자 출산전후휴가, 육아휴직, 6+6을 계획에 넣지 않았고, 소득은 그대로라고 보았습니다. 부모가 모두 3개월 이상 쓰는 조건을 채울 수 없어 엄마의 육아휴직은 ${ordinary.value}개월까지입니다.`,
    });
  }
  return notes;
}

/** The deadline as the page, the calendar file and the letters say it: "신청: 2027년 2월 13일(토)까지". */
export function deadlineWhen(deadline: Deadline): string {
  const day = formatKoreanDate(deadline.date);
  switch (deadline.kind) {
    case 'apply':
      return `신청: ${day}까지`;
    case 'claim':
      return deadline.from ? `신청: ${formatKoreanDate(deadline.from)}부터 ${day}까지` : `신청: ${day}까지`;
    case 'lastDay':
      return `마지막 날: ${day}`;
  }
}
