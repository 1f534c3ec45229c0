/** 출산전후휴가 급여 계산기: who pays which days, and how much. */
import { useState } from 'react';
import { dateFieldProblem, formatWon, parseWhole, parseWon, wageProblem } from '../lib/benefits/format';
import { calculateMaternityLeave, checkMaternityLeaveInput, type MaternityPayBlock } from '../lib/benefits/maternity-leave';
import type { BenefitRules } from '../schemas/benefit-rules';
import { Announcer, Check, Choice, errorAnnouncement, EstimateNotice, Field, ResultNotices, ResultPanel, RulesUsed, WageField } from './CalculatorParts';

interface Props { ruleData: BenefitRules; today: string }

const payerName = (block: MaternityPayBlock) => (block.payer === 'employer' ? (block.topUp ? '회사 (차액)' : '회사') : '고용보험');

function blockText(block: MaternityPayBlock, wage: number, cap: number, floor: number): string {
  const days = block.toDay - block.fromDay + 1;
  if (block.topUp) return `고용보험 급여와 통상임금의 차이 월 ${formatWon(block.monthlyRate)} × ${days}일 ÷ 30`;
  if (block.payer === 'employer') return `통상임금 ${formatWon(wage)} × ${days}일 ÷ 30`;
  const limit = block.limitedBy === 'cap' ? ` (상한 ${formatWon(cap)} 적용)` : block.limitedBy === 'floor' ? ` (하한 ${formatWon(floor)} 적용)` : '';
  return `월 ${formatWon(block.monthlyRate)}${limit} × ${days}일 ÷ 30`;
}

export default function MaternityLeaveCalculator({ ruleData, today }: Props) {
  const { rules, confirmWhere } = ruleData;
  const [wage, setWage] = useState('');
  const [hours, setHours] = useState('40');
  const [start, setStart] = useState(today);
  const [firm, setFirm] = useState<'priority' | 'other'>('priority');
  const [birth, setBirth] = useState<'single' | 'multiple'>('single');
  const [premature, setPremature] = useState(false);

  const monthlyWage = parseWon(wage);
  const weeklyHours = parseWhole(hours);
  const errors: Record<string, string | undefined> = {};
  const wageError = wageProblem(wage);
  // Set only when there is one, so a range problem from the check below is not hidden by an empty key.
  if (wageError) errors.monthlyWage = wageError;
  const startError = dateFieldProblem('휴가 시작일', start);
  if (startError) errors.start = startError;
  if (weeklyHours === null) errors.weeklyHours = '시간을 숫자로 쓰세요. 예: 40';
  const input = { monthlyWage: monthlyWage ?? 1, weeklyHours: weeklyHours ?? 40, start, prioritySupportFirm: firm === 'priority', multipleBirth: birth === 'multiple', premature };
  if (!errors.start) Object.assign(errors, { ...checkMaternityLeaveInput(input, rules), ...errors });
  const ready = monthlyWage !== null && !Object.values(errors).some(Boolean);
  const result = ready ? calculateMaternityLeave(input, rules) : null;

  return (
    <div className="calc">
      <form className="calc-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="calc-form-title">
        <h2 id="calc-form-title">내 정보 넣기</h2>
        <WageField value={wage} onChange={setWage} error={errors.monthlyWage} />
        <Field id="weekly-hours" label="주 소정근로시간" unit="시간" inputMode="numeric" value={hours} onChange={setHours} hint="단시간 근로자는 내 근로시간으로 하한(최저임금)을 셉니다." error={errors.weeklyHours} />
        <Field id="start" label="휴가 시작일" type="date" value={start} onChange={setStart} hint="시작일에 시행 중인 상한액으로 계산합니다." error={errors.start} />
        <Choice name="firm" legend="회사 규모" value={firm} onChange={setFirm} options={[{ value: 'priority', label: '우선지원대상기업 (중소기업 등)' }, { value: 'other', label: '우선지원대상기업이 아님 (대규모 기업)' }]} />
        <Choice name="birth" legend="출산" value={birth} onChange={setBirth} options={[{ value: 'single', label: '한 명 (단태아)' }, { value: 'multiple', label: '쌍둥이 이상 (다태아)' }]} />
        <Check id="premature" label="미숙아로 태어나 신생아 집중치료를 받았습니다" checked={premature} onChange={setPremature} hint="출산전후휴가가 100일입니다 (2025년 2월 23일부터)." />
      </form>

      <ResultPanel title="계산 결과">
        <Announcer message={result ? `${result.totalDays}일 동안 받는 금액 합계 ${formatWon(result.total)}, 회사 ${formatWon(result.employerTotal)}, 고용보험 ${formatWon(result.insuranceTotal)}` : errorAnnouncement(errors)} />
        {!result ? (
          <p className="calc-problem">{wage.trim() ? '입력한 내용을 고치면 바로 계산합니다.' : '월 통상임금을 넣으면 바로 계산합니다.'}</p>
        ) : (
          <>
            <p className="calc-total">
              <small>{result.totalDays}일 동안 받는 금액 합계</small>
              <output htmlFor="wage start" data-testid="maternity-total">{formatWon(result.total)}</output>
            </p>
            <p>회사 <strong>{formatWon(result.employerTotal)}</strong> · 고용보험 <strong>{formatWon(result.insuranceTotal)}</strong></p>
            <EstimateNotice />
            <ResultNotices notices={result.notices} />
            <h3>누가 어느 날을 주나요</h3>
            <div className="calc-table">
              <table>
                <caption className="visually-hidden">주는 곳별 휴가 날짜와 금액</caption>
                <thead>
                  <tr><th scope="col">주는 곳</th><th scope="col">휴가 날짜</th><th scope="col">계산</th><th scope="col" className="num">금액</th></tr>
                </thead>
                <tbody>
                  {result.blocks.map((block) => (
                    <tr key={`${block.payer}-${block.fromDay}-${block.topUp ? 't' : ''}`}>
                      <th scope="row">{payerName(block)}</th>
                      <td data-label="휴가 날짜">{block.fromDay}~{block.toDay}일째 ({block.startDate} ~ {block.endDate})</td>
                      <td data-label="계산">{blockText(block, input.monthlyWage, result.cap, result.floor)}</td>
                      <td className="num" data-label="금액">{formatWon(block.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>이렇게 계산했습니다</h3>
            <ul className="calc-breakdown">
              {input.prioritySupportFirm ? (
                <li>우선지원대상기업은 {result.totalDays}일 모두 고용보험이 상한 안에서 급여를 주고, 처음 {result.employerDays}일은 통상임금에 모자라는 만큼 회사가 채웁니다.</li>
              ) : (
                <li>처음 {result.employerDays}일은 회사가 통상임금을 그대로 주고, 나머지 {result.totalDays - result.employerDays}일은 고용보험이 상한 안에서 줍니다.</li>
              )}
              <li>고용보험 급여의 상한은 30일에 {formatWon(result.cap)}입니다. 하한은 시간급 최저임금에 내 한 달 소정근로시간({Math.round(result.monthlyHours * 10) / 10}시간)을 곱한 {formatWon(result.floor)}입니다 (고용보험법 시행령 제101조 제2호). 하루치는 30일 금액을 30으로 나누어 셉니다.</li>
              <li>휴가 시작일에 시행 중인 기준으로 계산했습니다.</li>
            </ul>
            <RulesUsed rules={result.rulesUsed} confirmWhere={confirmWhere} />
          </>
        )}
      </ResultPanel>
    </div>
  );
}
