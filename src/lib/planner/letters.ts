/**
 * The letters to the employer, filled from the plan: one 출산전후휴가 신청서 for an employed mother, one 육아휴직 신청서
 * per part, one 육아기 근로시간 단축 신청서 per reduction. The wording is staff's (content/data/leave-letters.yaml);
 * this module only says which letters a plan needs and what goes in each {자리표시}.
 */
import { PLACEHOLDER, type LetterKind, type LetterPlaceholder } from './letter-placeholders';
import { daysBetween } from '../dates/calendar-date';
import { formatKoreanDate } from '../dates/seoul-time';
import { parentLabel, type Parent, type PlannerAnswers } from './answers';
import type { Deadline } from './plan-notes';
import type { Plan, PlannedSegment } from './plan';

/** What the parent types on the letters page; kept in the page only, never in the address. */
export type PersonalDetails = Partial<Record<'신청인' | '소속' | '연락처' | '회사' | '자녀', string>>;

export interface LetterRequest {
  /** `mother-parental-2` */
  id: string;
  kind: LetterKind;
  parent: Parent;
  /** 엄마 · 육아휴직 (2번째) */
  heading: string;
  /** hand it in by this day, when the plan knows one */
  submitBy?: Deadline;
  /** the values the plan knows, by placeholder */
  values: Partial<Record<LetterPlaceholder, string>>;
}

const kindBySegment: Partial<Record<PlannedSegment['kind'], LetterKind>> = { maternity: 'maternityLeave', parental: 'parentalLeave', reduced: 'reducedHours' };
const kindWord: Record<LetterKind, string> = { maternityLeave: '출산전후휴가', parentalLeave: '육아휴직', reducedHours: '육아기 근로시간 단축' };

/** 추가휴직사유: why a part that runs past the ordinary length may be taken (남녀고용평등법 제19조, facts sheet [law]). */
function extensionReason(plan: Plan, segment: PlannedSegment, answers: PlannerAnswers): string {
  const used = (id: string) => plan.rulesUsed.find((rule) => rule.id === id)?.value;
  const ordinary = used('parentalLeave.months') ?? Infinity;
  if ((segment.monthsBefore ?? 0) + (segment.months ?? 0) <= ordinary) return '해당 없음';
  if (answers.singleParent) return '한부모';
  const months = (parent: Parent) => plan.segments.filter((s) => s.parent === parent && s.kind === 'parental').reduce((sum, s) => sum + (s.months ?? 0), 0);
  return `같은 자녀로 부모가 각각 ${used('parentalLeave.extendedMinMonthsEach')}개월 이상 사용 (엄마 ${months('mother')}개월, 아빠 ${months('father')}개월)`;
}

export function letterRequests(plan: Plan, answers: PlannerAnswers): LetterRequest[] {
  const birthDay = answers.dateKind === 'due' ? `${formatKoreanDate(plan.birth)} (출산 예정일)` : formatKoreanDate(plan.birth);
  return plan.segments.flatMap((segment): LetterRequest[] => {
    const kind = kindBySegment[segment.kind];
    if (!kind) return [];
    const parts = plan.segments.filter((s) => s.parent === segment.parent && s.kind === 'parental').length;
    const dates = { start: formatKoreanDate(segment.start), end: formatKoreanDate(segment.end) };
    const values: LetterRequest['values'] = { 자녀생년월일: birthDay };
    if (kind === 'maternityLeave') Object.assign(values, { 휴가시작일: dates.start, 휴가종료일: dates.end, 휴가일수: `${daysBetween(segment.start, segment.end) + 1}일` });
    if (kind === 'parentalLeave') {
      Object.assign(values, { 휴직시작일: dates.start, 휴직종료일: dates.end, 휴직개월: `${segment.months}개월`, 몇번째: parts === 1 ? '한 번에 씀' : `${segment.part}번째 (모두 ${parts}번으로 나누어 씀)`, 추가휴직사유: extensionReason(plan, segment, answers) });
    }
    if (kind === 'reducedHours') {
      Object.assign(values, { 단축시작일: dates.start, 단축종료일: dates.end, 단축개월: `${segment.months}개월`, 단축전시간: `주 ${segment.hoursBefore}시간`, 단축후시간: `주 ${segment.hoursAfter}시간` });
    }
    return [
      {
        id: segment.id,
        kind,
        parent: segment.parent,
        heading: `${parentLabel[segment.parent]} · ${kindWord[kind]}${segment.part ? ` (${segment.part}번째)` : ''}`,
        submitBy: segment.deadlines.find((deadline) => deadline.kind === 'apply'),
        values,
      },
    ];
  });
}

/** A stretch of letter text, or a blank to fill in by hand where a value is not known. */
export type LetterText = { text: string } | { blank: LetterPlaceholder | string };

/** Splits `template` at its {자리표시}, putting in each value, or a blank where there is none. */
export function fillLetter(template: string, values: Partial<Record<string, string>>): LetterText[] {
  const parts: LetterText[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    const value = values[match[1]]?.trim();
    parts.push(value ? { text: value } : { blank: match[1] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
