/**
 * The questions, one at a time (GOV.UK smart-answer style): which apply given the answers so far, which fields each
 * one needs, what to say when one is left empty, and the "answers so far" line for each. The same steps also make up
 * the whole list when someone prefers to see every question at once.
 */
import { formatWon } from '../benefits/format';
import { formatKoreanDate } from '../dates/seoul-time';
import { keys, parentLabel, PARENTS, type Parent, type PlannerAnswers, type PlannerQuery, type Problems } from './answers';
import { isEmployee } from './segments';

type StepKind = 'birth' | 'births' | 'family' | 'insurance' | 'pay' | 'firm' | 'joined' | 'leave' | 'parental' | 'short' | 'reduced';

export interface Step {
  /** `birth`, `mother-pay`, `father-parental` … */
  id: string;
  kind: StepKind;
  parent?: Parent;
}

const step = (kind: StepKind, parent?: Parent): Step => (parent ? { id: `${parent}-${kind}`, kind, parent } : { id: kind, kind });

/** Every step in the order asked: the birth, each parent's situation, then the leaves, both parents side by side. */
export const STEPS: readonly Step[] = [
  step('birth'),
  step('births'),
  step('family'),
  ...PARENTS.flatMap((parent) => (['insurance', 'pay', 'firm', 'joined'] as const).map((kind) => step(kind, parent))),
  ...(['leave', 'parental', 'short', 'reduced'] as const).flatMap((kind) => PARENTS.map((parent) => step(kind, parent))),
];

export function stepApplies(step: Step, answers: PlannerAnswers): boolean {
  const { parent } = step;
  if (!parent) return true;
  if (parent === 'father' && answers.singleParent !== false) return false;
  const insurance = answers[parent].insurance;
  switch (step.kind) {
    case 'insurance':
    case 'pay':
      return true;
    case 'firm':
    case 'joined':
      return insurance === 'employee';
    case 'leave':
      return parent === 'mother' ? insurance === 'employee' || insurance === 'artist' : isEmployee(answers, parent);
    default:
      return isEmployee(answers, parent);
  }
}

/** The fields a step needs, with what to say when one is empty; the list grows with the answers (yes → dates). */
export function requiredFields(step: Step, query: PlannerQuery, answers: PlannerAnswers): { key: string; missing: string }[] {
  const p = step.parent as Parent;
  const yes = (key: string) => query[key] === 'yes';
  switch (step.kind) {
    case 'birth':
      return [
        { key: keys.dateKind, missing: '출산 예정일인지 출산일인지 고르세요.' },
        { key: keys.date, missing: '날짜를 고르세요.' },
      ];
    case 'births':
      return [{ key: keys.births, missing: '태아 수를 고르세요.' }];
    case 'family':
      return [{ key: keys.family, missing: '부모 두 사람인지 한부모인지 고르세요.' }];
    case 'insurance':
      return [{ key: keys.insurance(p), missing: '고용보험에 어떻게 가입했는지 고르세요.' }];
    case 'pay':
      return answers[p].insurance === 'employee'
        ? [
            { key: keys.wage(p), missing: '월 통상임금을 쓰세요. 예: 300만' },
            { key: keys.hours(p), missing: '주 소정근로시간을 쓰세요. 예: 40' },
          ]
        : [{ key: keys.wage(p), missing: '한 달 소득을 쓰세요. 없으면 0' }];
    case 'firm':
      return [{ key: keys.firm(p), missing: '우선지원대상기업인지 고르세요.' }];
    case 'joined':
      return [{ key: keys.joined(p), missing: '입사일을 고르세요.' }];
    case 'leave':
      return p === 'mother'
        ? [{ key: keys.leaveStart(p), missing: '휴가를 시작하는 날을 고르세요.' }]
        : [
            { key: keys.leaveTaken(p), missing: '배우자 출산전후휴가를 쓰는지 고르세요.' },
            ...(yes(keys.leaveTaken(p)) ? [{ key: keys.leaveStart(p), missing: '휴가를 시작하는 날을 고르세요.' }] : []),
          ];
    case 'parental': {
      const count = Number(query[keys.parts(p)]);
      const parts = Number.isInteger(count) && count > 0 ? count : 0;
      return [
        { key: keys.parts(p), missing: '육아휴직을 몇 번에 나누어 쓰는지 고르세요. 쓰지 않으면 "쓰지 않음"을 고르세요.' },
        ...Array.from({ length: parts }, (_, i) => [
          { key: keys.partStart(p, i + 1), missing: `${i + 1}번째 휴직을 시작하는 날을 고르세요.` },
          { key: keys.partMonths(p, i + 1), missing: `${i + 1}번째 휴직의 개월 수를 쓰세요.` },
        ]).flat(),
      ];
    }
    case 'short':
      return [
        { key: keys.shortTaken(p), missing: '단기 육아휴직을 쓰는지 고르세요.' },
        ...(yes(keys.shortTaken(p))
          ? [
              { key: keys.shortStart(p), missing: '시작하는 날을 고르세요.' },
              { key: keys.shortWeeks(p), missing: '몇 주인지 고르세요.' },
            ]
          : []),
      ];
    case 'reduced':
      return [
        { key: keys.reducedTaken(p), missing: '근로시간 단축을 쓰는지 고르세요.' },
        ...(yes(keys.reducedTaken(p))
          ? [
              { key: keys.reducedStart(p), missing: '단축을 시작하는 날을 고르세요.' },
              { key: keys.reducedMonths(p), missing: '단축할 개월 수를 쓰세요.' },
              { key: keys.reducedHours(p), missing: '단축한 뒤의 주 근로시간을 쓰세요.' },
            ]
          : []),
      ];
  }
}

/** A step's own problems, plus an empty field's message when `withMissing` (after someone pressed 다음). */
export function stepProblems(step: Step, query: PlannerQuery, answers: PlannerAnswers, problems: Problems, withMissing: boolean): Problems {
  const fields = requiredFields(step, query, answers);
  const own: Problems = {};
  for (const { key, missing } of fields) {
    if (problems[key]) own[key] = problems[key];
    else if (withMissing && !query[key]?.trim()) own[key] = missing;
  }
  return own;
}

const isAnswered = (step: Step, query: PlannerQuery, answers: PlannerAnswers) => requiredFields(step, query, answers).every(({ key }) => query[key]?.trim());

/** The first step still to answer or to put right; null when the plan can be made. */
export function currentStep(query: PlannerQuery, answers: PlannerAnswers, problems: Problems): Step | null {
  return (
    STEPS.find((step) => stepApplies(step, answers) && (!isAnswered(step, query, answers) || Object.keys(stepProblems(step, query, answers, problems, false)).length > 0)) ?? null
  );
}

/** The steps answered before `until` (all of them when null), for "answers so far". */
export function answeredSteps(query: PlannerQuery, answers: PlannerAnswers, until: Step | null): Step[] {
  const end = until ? STEPS.indexOf(until) : STEPS.length;
  return STEPS.slice(0, end).filter((step) => stepApplies(step, answers) && isAnswered(step, query, answers));
}

const insuranceWords = { employee: '회사에 다니며 고용보험 가입', artist: '예술인·노무제공자로 고용보험 가입', none: '고용보험 가입 안 함' } as const;
const date = (value: string | null | undefined) => (value ? formatKoreanDate(value) : '');

/** One line of "answers so far": what was asked, and the answer in words. */
export function stepSummary(step: Step, answers: PlannerAnswers): { question: string; answer: string } {
  const p = step.parent as Parent;
  const own = answers[p];
  const who = p ? parentLabel[p] : '';
  switch (step.kind) {
    case 'birth':
      return { question: answers.dateKind === 'birth' ? '출산일' : '출산 예정일', answer: date(answers.date) };
    case 'births':
      return { question: '태아 수', answer: answers.multipleBirth ? '둘 이상 (다태아)' : '한 명' };
    case 'family':
      return { question: '가족', answer: answers.singleParent ? '한부모' : '부모 두 사람' };
    case 'insurance':
      return { question: `${who}의 고용보험`, answer: own.insurance ? insuranceWords[own.insurance] : '' };
    case 'pay':
      return own.insurance === 'employee'
        ? { question: `${who}의 월 통상임금과 근로시간`, answer: `${formatWon(own.wage ?? 0)}, 주 ${own.hours}시간` }
        : { question: `${who}의 한 달 소득`, answer: formatWon(own.wage ?? 0) };
    case 'firm':
      return { question: `${who}의 회사`, answer: own.prioritySupportFirm ? '우선지원대상기업' : '우선지원대상기업 아님' };
    case 'joined':
      return { question: `${who}의 입사일`, answer: date(own.joined) };
    case 'leave':
      return p === 'mother'
        ? { question: own.insurance === 'artist' ? '엄마가 출산 전후로 쉬는 첫날' : '엄마의 출산전후휴가 시작일', answer: date(own.leaveStart) }
        : { question: '아빠의 배우자 출산전후휴가', answer: own.leaveStart ? `${date(own.leaveStart)}부터` : '쓰지 않음' };
    case 'parental':
      return { question: `${who}의 육아휴직`, answer: own.parental?.length ? own.parental.map((part) => `${date(part.start)}부터 ${part.months}개월`).join(', ') : '쓰지 않음' };
    case 'short':
      return { question: `${who}의 단기 육아휴직`, answer: own.short ? `${date(own.short.start)}부터 ${own.short.weeks}주` : '쓰지 않음' };
    case 'reduced':
      return { question: `${who}의 육아기 근로시간 단축`, answer: own.reduced ? `${date(own.reduced.start)}부터 ${own.reduced.months}개월, 주 ${own.reduced.hoursAfter}시간` : '쓰지 않음' };
  }
}

/**
 * The query with only the answers that still count: changing "쓴다" to "쓰지 않는다", a parent's insurance or the
 * family drops the answers that no longer apply, so a shared address holds nothing stale.
 */
export function pruneQuery(query: PlannerQuery, answers: PlannerAnswers): PlannerQuery {
  const keep = new Set(STEPS.filter((step) => stepApplies(step, answers)).flatMap((step) => requiredFields(step, query, answers).map(({ key }) => key)));
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => keep.has(key) && value.trim()));
}
