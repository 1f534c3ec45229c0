/**
 * What in the answers cannot be planned, by query key, so each message sits next to its field: a leave outside
 * its window, parts that overlap, more parts or months than the rules allow. Warnings that do not stop a plan
 * (notice, tenure, age limit) are in plan-notes.ts.
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import type { RuleBook } from '../benefits/rules';
import { maxParentalLeaveMonths } from '../benefits/parental-leave';
import { checkReducedHoursInput } from '../benefits/reduced-hours';
import { formatKoreanDate } from '../dates/seoul-time';
import { keys, parentLabel, PARENTS, type Parent, type PlannerAnswers, type Problems } from './answers';
import type { PlannerRuleId } from './rule-ids';
import { isEmployee, type Segment } from './segments';
import type { LeaveWindows } from './windows';

const total = (answers: PlannerAnswers, parent: Parent) => (answers[parent].parental ?? []).reduce((sum, part) => sum + part.months, 0);
const other = (parent: Parent): Parent => (parent === 'mother' ? 'father' : 'mother');

export interface ParentalEntitlement {
  /** the longest leave this parent can take for the child, in months */
  maxMonths: number;
  /** why it is more than the ordinary length: a single parent, or both parents taking the minimum each */
  extendedBy: 'singleParent' | 'bothParents' | null;
  /** the other parent's planned months, or null when they cannot take leave or have not answered yet */
  otherMonths: number | null;
}

/**
 * 남녀고용평등법 제19조 (facts sheet [law]): 1 year, or 18 months when both parents each take at least 3 months for the
 * same child, or for a single parent. While the other parent's months are not answered yet, the longer length is
 * allowed, and checked again once they are.
 */
export function parentalEntitlement(answers: PlannerAnswers, parent: Parent, on: string, rules: readonly BenefitRule[], book: RuleBook<PlannerRuleId>): ParentalEntitlement {
  const singleParent = answers.singleParent === true;
  const otherCanTake = !singleParent && isEmployee(answers, other(parent));
  const otherMonths = otherCanTake && answers[other(parent)].parental ? total(answers, other(parent)) : null;
  const pending = otherCanTake && otherMonths === null;
  const minEach = book.value('parentalLeave.extendedMinMonthsEach', on);
  const maxMonths = maxParentalLeaveMonths({ start: on, singleParent, otherParentMonths: pending ? minEach : (otherMonths ?? 0) }, rules);
  book.rule(maxMonths > book.value('parentalLeave.months', on) ? 'parentalLeave.monthsExtended' : 'parentalLeave.months', on);
  return { maxMonths, extendedBy: singleParent ? 'singleParent' : !pending && (otherMonths ?? 0) >= minEach ? 'bothParents' : null, otherMonths };
}

const span = (segment: Segment) => `${formatKoreanDate(segment.start)}~${formatKoreanDate(segment.end)}`;

export function planProblems(answers: PlannerAnswers, windows: LeaveWindows, segments: readonly Segment[], rules: readonly BenefitRule[], book: RuleBook<PlannerRuleId>): Problems {
  const problems: Problems = {};
  const add = (key: string, message: string) => {
    problems[key] ??= message;
  };
  const { birth } = windows;
  const birthWord = answers.dateKind === 'birth' ? '출산일' : '출산 예정일';

  for (const parent of PARENTS) {
    const own = answers[parent];
    const who = parentLabel[parent];
    if (parent === 'father' && answers.singleParent !== false) continue;
    if (own.insurance === 'employee') {
      if (own.wage !== undefined && !(own.wage > 0)) add(keys.wage(parent), '월 통상임금을 0보다 큰 금액으로 쓰세요.');
      if (own.hours !== undefined && !(own.hours >= 1 && own.hours <= 52)) add(keys.hours(parent), '주 소정근로시간을 1~52시간 사이로 쓰세요.');
    }
    const mine = segments.filter((segment) => segment.parent === parent);
    mine.forEach((segment, index) => {
      if (segment.kind === 'maternity') {
        if (segment.start < windows.maternityEarliestStart) add(segment.startKey, `출산 뒤에 꼭 쉬어야 하는 날이 남도록 ${formatKoreanDate(windows.maternityEarliestStart)}부터 고르세요.`);
        else if (segment.start > birth) add(segment.startKey, `${birthWord}(${formatKoreanDate(birth)}) 뒤에 시작할 수 없습니다. ${birthWord}이나 그 전으로 고르세요.`);
      }
      if (segment.kind === 'artistMaternity' && (segment.start > birth || segment.end < birth)) {
        add(segment.startKey, `출산전후급여 기간에 ${birthWord}(${formatKoreanDate(birth)})이 들어가도록 고르세요.`);
      }
      if (segment.kind === 'spouse' && (segment.start < windows.spouse.start || segment.end > windows.spouse.end)) {
        add(segment.startKey, `배우자 출산전후휴가는 ${formatKoreanDate(windows.spouse.start)}부터 ${formatKoreanDate(windows.spouse.end)}까지 씁니다. 이 날짜로 시작하면 ${formatKoreanDate(segment.end)}에 끝납니다.`);
      }
      if ((segment.kind === 'parental' || segment.kind === 'short' || segment.kind === 'reduced') && segment.start < birth) {
        add(segment.startKey, `이 계획기는 아이가 태어난 뒤의 휴직과 단축만 계획합니다. ${formatKoreanDate(birth)} 이후로 고르세요.`);
      }
      // Segments are in date order, so an overlap is an earlier segment that has not ended yet.
      const earlier = mine.slice(0, index).find((before) => before.end >= segment.start);
      if (earlier) add(segment.startKey, `${who}의 ${earlier.title}(${span(earlier)})와 겹칩니다. ${formatKoreanDate(earlier.end)} 뒤로 고르세요.`);
    });
    if (!isEmployee(answers, parent)) continue;

    const parts = own.parental ?? [];
    if (parts.length) {
      const on = parts[0].start;
      const maxParts = book.value('parentalLeave.maxParts', on);
      if (parts.length > maxParts) add(keys.parts(parent), `육아휴직은 ${maxParts}번까지 나누어 쓸 수 있습니다.`);
      parts.forEach((part, index) => {
        if (part.months < 1) add(keys.partMonths(parent, index + 1), '휴직 기간을 1개월 이상으로 쓰세요.');
      });
      const { maxMonths, otherMonths } = parentalEntitlement(answers, parent, on, rules, book);
      if (total(answers, parent) > maxMonths) {
        const minEach = book.value('parentalLeave.extendedMinMonthsEach', on);
        const why =
          otherMonths === null
            ? '한부모이거나 부모가 모두 육아휴직을 쓸 수 있을 때 18개월까지 쓸 수 있습니다.'
            : `부모가 각각 ${minEach}개월 이상 쓰면 18개월까지 쓸 수 있는데, 지금 계획에서 ${parentLabel[other(parent)]}는 ${otherMonths}개월입니다.`;
        add(keys.partMonths(parent, parts.length), `${who}의 육아휴직은 모두 ${maxMonths}개월까지입니다 (지금 ${total(answers, parent)}개월). ${why}`);
      }
    }
    if (own.short) {
      try {
        const maxWeeks = book.value('shortParentalLeave.maxWeeks', own.short.start);
        if (!(own.short.weeks >= 1 && own.short.weeks <= maxWeeks)) add(keys.shortWeeks(parent), `단기 육아휴직은 1주에서 ${maxWeeks}주까지입니다.`);
      } catch (error) {
        add(keys.shortStart(parent), (error as Error).message);
      }
    }
    if (own.reduced && own.wage !== undefined && own.hours !== undefined) {
      const { start, months, hoursAfter } = own.reduced;
      const check = checkReducedHoursInput({ monthlyWage: own.wage || 1, hoursBefore: own.hours, hoursAfter, start, months }, rules);
      if (check.start) add(keys.reducedStart(parent), check.start);
      if (check.hoursAfter) add(keys.reducedHours(parent), check.hoursAfter);
      if (check.hoursBefore) add(keys.hours(parent), check.hoursBefore);
      // 1년에, 쓰지 않은 육아휴직 기간의 두 배를 더한 기간까지 (facts sheet [2nd]).
      if (!check.start) {
        const unused = Math.max(parentalEntitlement(answers, parent, start, rules, book).maxMonths - total(answers, parent), 0);
        const base = book.value('childcareReducedHours.baseMonths', start);
        const maxMonths = base + book.value('childcareReducedHours.unusedLeaveMultiplier', start) * unused;
        if (!(months >= 1 && months <= maxMonths)) {
          add(keys.reducedMonths(parent), `근로시간 단축은 ${base}개월에, 쓰지 않은 육아휴직 ${unused}개월의 두 배를 더해 ${maxMonths}개월까지 쓸 수 있습니다.`);
        }
      }
    }
  }
  return problems;
}
