/** 육아기 근로시간 단축 급여 계산기: the monthly wage is held to the floor and caps first, then times hours ÷ hours before. */
import { useState } from 'react';
import { dateFieldProblem, formatRate, formatWon, parseWhole, parseWon, wageProblem } from '../lib/benefits/format';
import { calculateReducedHours, checkReducedHoursInput, type ReducedHoursShare } from '../lib/benefits/reduced-hours';
import type { BenefitRules } from '../schemas/benefit-rules';
import { Announcer, errorAnnouncement, EstimateNotice, Field, ResultNotices, ResultPanel, RulesUsed, WageField } from './CalculatorParts';

interface Props { ruleData: BenefitRules; today: string }

function shareText(name: string, share: ReducedHoursShare, wage: number, hoursBefore: number): string {
  const wageAtRate = share.rate === 1 ? formatWon(wage) : `${formatWon(wage)} × ${formatRate(share.rate)} = ${formatWon(share.wageAtRate)}`;
  const limit = share.limitedBy === 'cap' ? ` → 상한 ${formatWon(share.cap)}` : share.limitedBy === 'floor' ? ` → 하한 ${formatWon(share.floor)}` : '';
  return `${name}: ${wageAtRate}${limit}, ${formatWon(share.base)} × ${share.hours}시간 ÷ ${hoursBefore}시간 = ${formatWon(share.amount)}`;
}

export default function ReducedHoursCalculator({ ruleData, today }: Props) {
  const { rules, confirmWhere } = ruleData;
  const [wage, setWage] = useState('');
  const [hoursBefore, setHoursBefore] = useState('40');
  const [hoursAfter, setHoursAfter] = useState('30');
  const [start, setStart] = useState(today);
  const [months, setMonths] = useState('12');

  const monthlyWage = parseWon(wage);
  const before = parseWhole(hoursBefore);
  const after = parseWhole(hoursAfter);
  const monthCount = parseWhole(months);
  const errors: Record<string, string | undefined> = {};
  const wageError = wageProblem(wage);
  // Set only when there is one, so a range problem from the check below is not hidden by an empty key.
  if (wageError) errors.monthlyWage = wageError;
  if (before === null) errors.hoursBefore = '시간을 숫자로 쓰세요. 예: 40';
  if (after === null) errors.hoursAfter = '시간을 숫자로 쓰세요. 예: 30';
  const startError = dateFieldProblem('단축 시작일', start);
  if (startError) errors.start = startError;
  if (monthCount === null) errors.months = '개월 수를 숫자로 쓰세요. 예: 12';
  const input = { monthlyWage: monthlyWage ?? 1, hoursBefore: before ?? 0, hoursAfter: after ?? 0, start, months: monthCount ?? 0 };
  if (!Object.values(errors).some(Boolean)) Object.assign(errors, checkReducedHoursInput(input, rules));
  const ready = monthlyWage !== null && !Object.values(errors).some(Boolean);
  const result = ready ? calculateReducedHours(input, rules) : null;
  const first = result?.months[0];
  const changes = result ? result.months.filter((m, i) => i > 0 && m.amount !== result.months[i - 1].amount) : [];

  return (
    <div className="calc">
      <form className="calc-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="calc-form-title">
        <h2 id="calc-form-title">내 정보 넣기</h2>
        <WageField label="월 통상임금 (단축 전)" value={wage} onChange={setWage} error={errors.monthlyWage} />
        <Field id="hours-before" label="단축 전 주 소정근로시간" unit="시간" inputMode="numeric" value={hoursBefore} onChange={setHoursBefore} error={errors.hoursBefore} />
        <Field id="hours-after" label="단축 후 주 소정근로시간" unit="시간" inputMode="numeric" value={hoursAfter} onChange={setHoursAfter} hint="주 15시간 이상 35시간 이하로 정합니다." error={errors.hoursAfter} />
        <Field id="start" label="단축 시작일" type="date" value={start} onChange={setStart} error={errors.start} />
        <Field id="months" label="단축 기간" unit="개월" inputMode="numeric" value={months} onChange={setMonths} error={errors.months} />
      </form>

      <ResultPanel title="계산 결과">
        <Announcer message={first && result ? `첫 달에 고용보험에서 받는 급여 ${formatWon(first.amount)}, ${result.months.length}개월 합계 ${formatWon(result.total)}` : errorAnnouncement(errors)} />
        {!result || !first ? (
          <p className="calc-problem">{wage.trim() ? '입력한 내용을 고치면 바로 계산합니다.' : '월 통상임금을 넣으면 바로 계산합니다.'}</p>
        ) : (
          <>
            <p className="calc-total">
              <small>첫 달에 고용보험에서 받는 급여</small>
              <output htmlFor="wage hours-before hours-after start" data-testid="reduced-monthly">{formatWon(first.amount)}</output>
            </p>
            <p>{result.months.length}개월 합계 <strong data-testid="reduced-total">{formatWon(result.total)}</strong></p>
            <EstimateNotice />
            <ResultNotices notices={result.notices} />
            <h3>이렇게 계산했습니다</h3>
            <ul className="calc-breakdown">
              <li>주 {input.hoursBefore - input.hoursAfter}시간을 줄였습니다. {first.partRate ? `처음 ${first.fullRate.hours}시간은 통상임금의 ${formatRate(first.fullRate.rate)}, 나머지 ${first.partRate.hours}시간은 ${formatRate(first.partRate.rate)}로 계산합니다.` : `줄인 시간이 모두 ${formatRate(first.fullRate.rate)} 구간입니다.`}</li>
              <li>상한과 하한은 급여가 아니라 계산의 바탕인 월 통상임금에 먼저 적용하고, 그다음 줄인 시간의 비율을 곱합니다 (고용보험법 시행령 제104조의2 제2항).</li>
              <li>{shareText('주 10시간까지', first.fullRate, input.monthlyWage, input.hoursBefore)}</li>
              {first.partRate && <li>{shareText('10시간을 넘는 부분', first.partRate, input.monthlyWage, input.hoursBefore)}</li>}
              <li>회사는 줄어든 시간만큼 임금을 덜 주고, 이 급여는 고용보험에서 따로 받습니다.</li>
              {changes.map((m) => (
                <li key={m.index}>{m.index}개월째({m.start})부터는 그날 시행 중인 기준으로 월 {formatWon(m.amount)}입니다.</li>
              ))}
            </ul>
            <RulesUsed rules={result.rulesUsed} confirmWhere={confirmWhere} />
          </>
        )}
      </ResultPanel>
    </div>
  );
}
