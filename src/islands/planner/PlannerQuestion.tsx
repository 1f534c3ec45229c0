/**
 * The fields of one question of the leave planner. Each field is named after its query key, so the form submits
 * the same address the planner writes. Used one at a time, and all together in the whole list.
 */
import { ruleHistory, ruleOn } from '../../lib/benefits/rules';
import { keys, parentLabel, type Parent, type PlannerAnswers, type PlannerQuery, type Problems } from '../../lib/planner/answers';
import type { Step } from '../../lib/planner/questions';
import type { LeaveWindows } from '../../lib/planner/windows';
import { formatKoreanDate } from '../../lib/dates/seoul-time';
import type { BenefitRule } from '../../schemas/benefit-rules';
import { Choice, Field } from '../CalculatorParts';

interface Props {
  step: Step;
  draft: PlannerQuery;
  /** the draft read as answers, for the fields that depend on another answer */
  answers: PlannerAnswers;
  windows: LeaveWindows | null;
  errors: Problems;
  rules: readonly BenefitRule[];
  onChange: (key: string, value: string) => void;
}

const yesNo = [
  { value: 'yes', label: '예' },
  { value: 'no', label: '아니요' },
] as const;

/** The question as asked, used as the heading of its page and in the whole list. */
export function questionTitle(step: Step, answers: PlannerAnswers): string {
  const who = step.parent ? parentLabel[step.parent] : '';
  switch (step.kind) {
    case 'birth':
      return '아이는 언제 태어나나요?';
    case 'births':
      return '몇 명이 태어나나요?';
    case 'family':
      return '누가 아이를 키우나요?';
    case 'insurance':
      return `${who}는 어떻게 일하나요?`;
    case 'pay':
      return answers[step.parent as Parent].insurance === 'employee' ? `${who}의 임금과 근로시간` : `${who}의 한 달 소득`;
    case 'firm':
      return `${who}의 회사는 우선지원대상기업인가요?`;
    case 'joined':
      return `${who}는 언제 지금 회사에 들어왔나요?`;
    case 'leave':
      if (step.parent === 'father') return '아빠는 배우자 출산전후휴가를 쓰나요?';
      return answers.mother.insurance === 'artist' ? '엄마는 언제부터 출산 전후로 쉬나요?' : '엄마는 언제부터 출산전후휴가를 쓰나요?';
    case 'parental':
      return `${who}는 육아휴직을 어떻게 쓰나요?`;
    case 'short':
      return `${who}는 단기 육아휴직(1~2주)을 쓰나요?`;
    case 'reduced':
      return `${who}는 육아기 근로시간 단축을 쓰나요?`;
  }
}

const latest = (rules: readonly BenefitRule[], id: Parameters<typeof ruleHistory>[1]) => ruleHistory(rules, id).at(-1)?.value ?? 0;

export function PlannerQuestion({ step, draft, answers, windows, errors, rules, onChange }: Props) {
  const p = step.parent as Parent;
  const value = (key: string) => draft[key] ?? '';
  const field = (key: string) => ({ id: key, value: value(key), onChange: (v: string) => onChange(key, v), error: errors[key] });
  const choice = (key: string) => ({ name: key, value: value(key), onChange: (v: string) => onChange(key, v), error: errors[key] });
  const birthWord = answers.dateKind === 'birth' ? '출산일' : '출산 예정일';
  const on = windows?.birth ?? answers.date;
  // The rule on the birth date, or the latest one while there is no usable date yet.
  const rule = (id: Parameters<typeof ruleOn>[1]) => {
    try {
      return on ? ruleOn(rules, id, on).value : latest(rules, id);
    } catch {
      return latest(rules, id);
    }
  };

  switch (step.kind) {
    case 'birth':
      return (
        <>
          <Choice {...choice(keys.dateKind)} legend="어떤 날짜를 넣을까요?" options={[{ value: 'due', label: '출산 예정일 (임신 중)' }, { value: 'birth', label: '출산일 (이미 태어남)' }]} />
          <Field {...field(keys.date)} type="date" label={birthWord} />
        </>
      );
    case 'births':
      return <Choice {...choice(keys.births)} legend="태아 수" options={[{ value: '1', label: '한 명' }, { value: '2', label: '둘 이상 (다태아)' }]} hint="다태아는 출산전후휴가가 더 깁니다." />;
    case 'family':
      return (
        <Choice
          {...choice(keys.family)}
          legend="가족"
          options={[{ value: 'couple', label: '엄마와 아빠, 두 사람이 함께 계획합니다' }, { value: 'single', label: '한부모입니다 (엄마 혼자 키웁니다)' }]}
          hint={`한부모는 육아휴직을 ${rule('parentalLeave.monthsExtended')}개월까지 쓰고, 처음 3개월 급여 상한이 더 높습니다.`}
        />
      );
    case 'insurance':
      return (
        <Choice
          {...choice(keys.insurance(p))}
          legend={`${parentLabel[p]}의 고용보험`}
          options={[
            { value: 'employee', label: '회사에 다니며 고용보험에 가입했습니다 (근로자)' },
            { value: 'artist', label: '예술인이나 노무제공자로 고용보험에 가입했습니다' },
            { value: 'none', label: '고용보험에 가입하지 않았습니다 (자영업, 일하지 않음 등)' },
          ]}
        />
      );
    case 'pay':
      return answers[p].insurance === 'employee' ? (
        <>
          <Field {...field(keys.wage(p))} label="월 통상임금" unit="원" inputMode="numeric" hint="세금을 떼기 전 매달 정해진 임금. 300만처럼 써도 됩니다." />
          <Field {...field(keys.hours(p))} label="주 소정근로시간" unit="시간" inputMode="numeric" hint="근로계약서에 적힌 한 주 근로시간. 단시간 근로자는 자기 시간으로 급여 하한을 셉니다." />
        </>
      ) : (
        <Field {...field(keys.wage(p))} label="한 달 소득" unit="원" inputMode="numeric" hint="가계 소득 표에만 씁니다. 없으면 0을 쓰세요." />
      );
    case 'firm':
      return (
        <Choice
          {...choice(keys.firm(p))}
          legend="우선지원대상기업"
          options={yesNo}
          hint="우선지원대상기업이면 고용보험이 출산전후휴가 급여를 처음부터 주고 배우자 출산전후휴가 급여도 줍니다. 모르면 회사 인사 담당자에게 물어보세요."
        />
      );
    case 'joined':
      return <Field {...field(keys.joined(p))} type="date" label="입사일" hint={`휴직을 시작하기 전날까지 일한 기간이 ${rule('parentalLeave.minTenureMonths')}개월이 안 되면 회사가 거부할 수 있어, 그것을 살피는 데 씁니다.`} />;
    case 'leave':
      if (p === 'father') {
        return (
          <>
            <Choice {...choice(keys.leaveTaken(p))} legend="배우자 출산전후휴가" options={yesNo} hint={`근무일 ${rule('spouseLeave.workingDays')}일, 급여가 깎이지 않는 유급휴가입니다.`} />
            {value(keys.leaveTaken(p)) === 'yes' && (
              <Field {...field(keys.leaveStart(p))} type="date" label="휴가 첫날" hint={windows ? `${formatKoreanDate(windows.spouse.start)}부터 ${formatKoreanDate(windows.spouse.end)}까지 쓸 수 있습니다. 이 계획은 한 번에 이어서 쓰는 것으로 셉니다.` : undefined} />
            )}
          </>
        );
      }
      return answers.mother.insurance === 'artist' ? (
        <Field {...field(keys.leaveStart(p))} type="date" label="쉬는 첫날" hint={`출산전후급여는 ${rule('artistMaternity.days')}일분입니다. ${birthWord}이 그 기간에 들어가게 고르세요.`} />
      ) : (
        <Field {...field(keys.leaveStart(p))} type="date" label="출산전후휴가 첫날" hint={windows ? `${formatKoreanDate(windows.maternityEarliestStart)}부터 ${birthWord}인 ${formatKoreanDate(windows.birth)}까지 고를 수 있습니다.` : undefined} />
      );
    case 'parental': {
      const maxParts = rule('parentalLeave.maxParts');
      const count = Number(value(keys.parts(p))) || 0;
      return (
        <>
          <Choice
            {...choice(keys.parts(p))}
            legend="몇 번에 나누어 쓰나요?"
            options={[{ value: '0', label: '쓰지 않음' }, ...Array.from({ length: maxParts }, (_, i) => ({ value: String(i + 1), label: i === 0 ? '한 번에' : `${i + 1}번에 나누어` }))]}
            hint={`부모 각각 ${rule('parentalLeave.months')}개월, 부모가 모두 ${rule('parentalLeave.extendedMinMonthsEach')}개월 이상 쓰거나 한부모이면 ${rule('parentalLeave.monthsExtended')}개월까지. ${maxParts}번까지 나누어 쓸 수 있습니다.`}
          />
          {Array.from({ length: Math.min(count, maxParts) }, (_, i) => (
            <fieldset key={i} className="planner-part">
              <legend>{i + 1}번째 휴직</legend>
              <Field {...field(keys.partStart(p, i + 1))} type="date" label="시작일" />
              <Field {...field(keys.partMonths(p, i + 1))} label="기간" unit="개월" inputMode="numeric" />
            </fieldset>
          ))}
        </>
      );
    }
    case 'short':
      return (
        <>
          <Choice {...choice(keys.shortTaken(p))} legend="단기 육아휴직" options={yesNo} hint={`방학이나 아이가 아플 때 ${latest(rules, 'shortParentalLeave.maxWeeks')}주까지 짧게 쓰는 육아휴직입니다. 1년에 ${latest(rules, 'shortParentalLeave.timesPerYear')}번, 나누어 쓰는 횟수에 들어가지 않습니다 (${formatKoreanDate(ruleHistory(rules, 'shortParentalLeave.maxWeeks')[0].effectiveFrom)}부터).`} />
          {value(keys.shortTaken(p)) === 'yes' && (
            <>
              <Field {...field(keys.shortStart(p))} type="date" label="시작일" />
              <Choice {...choice(keys.shortWeeks(p))} legend="기간" options={Array.from({ length: latest(rules, 'shortParentalLeave.maxWeeks') }, (_, i) => ({ value: String(i + 1), label: `${i + 1}주` }))} />
            </>
          )}
        </>
      );
    case 'reduced':
      return (
        <>
          <Choice {...choice(keys.reducedTaken(p))} legend="육아기 근로시간 단축" options={yesNo} hint="육아휴직 대신, 또는 휴직이 끝난 뒤에 근로시간을 줄여 일하고 줄어든 임금의 일부를 고용보험에서 받습니다." />
          {value(keys.reducedTaken(p)) === 'yes' && (
            <>
              <Field {...field(keys.reducedStart(p))} type="date" label="단축 시작일" />
              <Field {...field(keys.reducedMonths(p))} label="단축 기간" unit="개월" inputMode="numeric" />
              <Field {...field(keys.reducedHours(p))} label="단축한 뒤 주 근로시간" unit="시간" inputMode="numeric" hint={`주 ${rule('childcareReducedHours.minWeeklyHours')}~${rule('childcareReducedHours.maxWeeklyHours')}시간. 지금은 주 ${answers[p].hours ?? '?'}시간입니다.`} />
            </>
          )}
        </>
      );
  }
}
