/** 배우자 출산전후휴가 급여 계산기: the 20 paid days, and how much of them employment insurance pays. */
import { useState } from 'react';
import { dateFieldProblem, formatWon, parseWon, wageProblem } from '../lib/benefits/format';
import { calculateSpouseLeave, checkSpouseLeaveInput } from '../lib/benefits/spouse-leave';
import type { BenefitRules } from '../schemas/benefit-rules';
import { Announcer, Choice, errorAnnouncement, EstimateNotice, Field, ResultNotices, ResultPanel, RulesUsed, WageField } from './CalculatorParts';

interface Props { ruleData: BenefitRules; today: string }

export default function SpouseLeaveCalculator({ ruleData, today }: Props) {
  const { rules, confirmWhere } = ruleData;
  const [wage, setWage] = useState('');
  const [start, setStart] = useState(today);
  const [firm, setFirm] = useState<'priority' | 'other'>('priority');

  const monthlyWage = parseWon(wage);
  const errors: Record<string, string | undefined> = {};
  const wageError = wageProblem(wage);
  if (wageError) errors.monthlyWage = wageError;
  const startError = dateFieldProblem('휴가 시작일', start);
  if (startError) errors.start = startError;
  const input = { monthlyWage: monthlyWage ?? 1, start, prioritySupportFirm: firm === 'priority' };
  if (!errors.start) Object.assign(errors, { ...checkSpouseLeaveInput(input, rules), ...errors });
  const ready = monthlyWage !== null && !Object.values(errors).some(Boolean);
  const result = ready ? calculateSpouseLeave(input, rules) : null;

  return (
    <div className="calc">
      <form className="calc-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="calc-form-title">
        <h2 id="calc-form-title">내 정보 넣기</h2>
        <WageField value={wage} onChange={setWage} error={errors.monthlyWage} />
        <Field id="start" label="휴가 시작일" type="date" value={start} onChange={setStart} hint="시작일에 시행 중인 상한액으로 계산합니다." error={errors.start} />
        <Choice name="firm" legend="회사 규모" value={firm} onChange={setFirm} options={[{ value: 'priority', label: '우선지원대상기업 (중소기업 등)' }, { value: 'other', label: '우선지원대상기업이 아님 (대규모 기업)' }]} />
      </form>

      <ResultPanel title="계산 결과">
        <Announcer message={result ? `휴가 ${result.workingDays}일 동안의 임금 ${formatWon(result.wageForLeave)}, 고용보험 ${formatWon(result.insurance)}, 회사 ${formatWon(result.employer)}` : errorAnnouncement(errors)} />
        {!result ? (
          <p className="calc-problem">{wage.trim() ? '입력한 내용을 고치면 바로 계산합니다.' : '월 통상임금을 넣으면 바로 계산합니다.'}</p>
        ) : (
          <>
            <p className="calc-total">
              <small>휴가 {result.workingDays}일(근무일) 동안 받는 임금</small>
              <output htmlFor="wage start" data-testid="spouse-total">{formatWon(result.wageForLeave)}</output>
            </p>
            <p>고용보험 <strong data-testid="spouse-insurance">{formatWon(result.insurance)}</strong> · 회사 <strong data-testid="spouse-employer">{formatWon(result.employer)}</strong></p>
            <EstimateNotice />
            <ResultNotices notices={result.notices} />
            <h3>이렇게 계산했습니다</h3>
            <ul className="calc-breakdown">
              <li>배우자 출산전후휴가 {result.workingDays}일은 모두 유급입니다. {result.workingDays}일치 임금은 월 통상임금 ÷ {result.monthlyHours}시간 × 하루 {result.hoursPerDay}시간 × {result.workingDays}일로 셉니다 (주 5일 근무 기준).</li>
              {input.prioritySupportFirm ? (
                <li>우선지원대상기업이면 고용보험이 {result.workingDays}일치를 상한 {formatWon(result.cap)} 안에서 주고, 모자라는 만큼은 회사가 줍니다.</li>
              ) : (
                <li>우선지원대상기업이 아니면 회사가 {result.workingDays}일치 임금을 모두 줍니다.</li>
              )}
              <li>{result.daysBeforeDue > 0 ? `휴가는 출산 예정일 ${result.daysBeforeDue}일 전부터 출산일 뒤 ${result.daysAfterBirth}일까지 나누어 쓸 수 있습니다.` : `휴가는 출산일부터 ${result.daysAfterBirth}일 안에 나누어 쓸 수 있습니다.`}</li>
            </ul>
            <RulesUsed rules={result.rulesUsed} confirmWhere={confirmWhere} />
          </>
        )}
      </ResultPanel>
    </div>
  );
}
