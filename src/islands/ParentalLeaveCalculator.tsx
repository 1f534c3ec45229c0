/** 육아휴직 급여 계산기: month by month, with the caps in force in each month. */
import { useState } from 'react';
import { dateFieldProblem, formatRate, formatWon, parseWhole, parseWon, wageProblem } from '../lib/benefits/format';
import { calculateParentalLeave, checkParentalLeaveInput, type ParentalLeaveMonth } from '../lib/benefits/parental-leave';
import { formatKoreanDate } from '../lib/dates/seoul-time';
import type { BenefitRules } from '../schemas/benefit-rules';
import { Announcer, Check, errorAnnouncement, EstimateNotice, Field, ResultNotices, ResultPanel, RulesUsed, WageField } from './CalculatorParts';

interface Props { ruleData: BenefitRules; today: string }

const schemeLabel: Record<ParentalLeaveMonth['scheme'], string> = { sixPlusSix: '6+6', singleParent: '한부모', standard: '' };

function explain(month: ParentalLeaveMonth, wage: number): string {
  const base = `${formatWon(wage)} × ${formatRate(month.rate)} = ${formatWon(month.beforeLimits)}`;
  if (month.limitedBy === 'cap') return `${base}, 상한 ${formatWon(month.cap)} 적용`;
  if (month.limitedBy === 'floor') return `${base}, 하한 ${formatWon(month.floor)} 적용`;
  return base;
}

export default function ParentalLeaveCalculator({ ruleData, today }: Props) {
  const { rules, confirmWhere } = ruleData;
  const [wage, setWage] = useState('');
  const [start, setStart] = useState(today);
  const [months, setMonths] = useState('12');
  const [singleParent, setSingleParent] = useState(false);
  const [sixPlusSix, setSixPlusSix] = useState(false);
  const [otherMonths, setOtherMonths] = useState('');
  const [severelyDisabledChild, setSeverelyDisabledChild] = useState(false);

  const monthlyWage = parseWon(wage);
  const monthCount = parseWhole(months);
  const otherParentMonths = otherMonths.trim() ? parseWhole(otherMonths) : 0;
  const errors: Record<string, string | undefined> = {};
  const wageError = wageProblem(wage);
  // Set only when there is one, so a range problem from the check below is not hidden by an empty key.
  if (wageError) errors.monthlyWage = wageError;
  const startError = dateFieldProblem('휴직 시작일', start);
  if (startError) errors.start = startError;
  if (months.trim() && monthCount === null) errors.months = '개월 수를 숫자로 쓰세요. 예: 12';
  if (otherParentMonths === null) errors.otherParentMonths = '개월 수를 숫자로 쓰세요. 예: 3';
  const input = { monthlyWage: monthlyWage ?? 0, start, months: monthCount ?? 0, singleParent, sixPlusSix, otherParentMonths: otherParentMonths ?? 0, severelyDisabledChild };
  // Check the other fields even before a wage is typed, so a wrong period shows at once.
  if (!errors.start && monthCount !== null && otherParentMonths !== null) Object.assign(errors, { ...checkParentalLeaveInput({ ...input, monthlyWage: monthlyWage ?? 1 }, rules), ...errors });
  const ready = monthlyWage !== null && monthCount !== null && !Object.values(errors).some(Boolean);
  const result = ready ? calculateParentalLeave(input, rules) : null;

  return (
    <div className="calc">
      <form className="calc-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="calc-form-title">
        <h2 id="calc-form-title">내 정보 넣기</h2>
        <WageField value={wage} onChange={setWage} error={errors.monthlyWage} />
        <Field id="start" label="휴직 시작일" type="date" value={start} onChange={setStart} error={errors.start} />
        <Field id="months" label="휴직 기간" unit="개월" inputMode="numeric" value={months} onChange={setMonths} error={errors.months} />
        <Check id="single-parent" label="한부모입니다" checked={singleParent} onChange={setSingleParent} hint="1~3개월 상한액이 높고, 18개월까지 쓸 수 있습니다." />
        <Field id="other-months" label="다른 부모(배우자)의 육아휴직 기간" unit="개월" inputMode="numeric" value={otherMonths} onChange={setOtherMonths} hint="같은 자녀로 쓰거나 쓸 기간. 두 사람이 모두 3개월 이상이면 18개월까지 쓸 수 있습니다. 없으면 비워 두세요." error={errors.otherParentMonths} />
        <Check id="six-plus-six" label="6+6: 자녀 생후 18개월 안에 부모가 모두 휴직합니다" checked={sixPlusSix} onChange={setSixPlusSix} hint="두 사람이 모두 휴직한 개월 수만큼(최대 6개월) 6+6 상한액으로 계산합니다." error={errors.sixPlusSix} />
        <Check id="disabled-child" label="중증 장애아동의 부모입니다" checked={severelyDisabledChild} onChange={setSeverelyDisabledChild} hint="18개월까지 계산합니다." />
      </form>

      <ResultPanel title="계산 결과">
        <Announcer message={result ? `${result.months.length}개월 동안 받는 육아휴직 급여 합계 ${formatWon(result.total)}` : errorAnnouncement(errors)} />
        {!result ? (
          <p className="calc-problem">{wage.trim() ? '입력한 내용을 고치면 바로 계산합니다.' : '월 통상임금을 넣으면 바로 계산합니다.'}</p>
        ) : (
          <>
            <p className="calc-total">
              <small>{result.months.length}개월 동안 받는 육아휴직 급여 합계</small>
              <output htmlFor="wage start months" data-testid="parental-total">{formatWon(result.total)}</output>
            </p>
            <EstimateNotice />
            <ResultNotices notices={result.notices} />
            <h3>달마다 받는 금액</h3>
            <div className="calc-table">
              <table>
                <caption className="visually-hidden">달마다 받는 육아휴직 급여</caption>
                <thead>
                  <tr><th scope="col">달</th><th scope="col">기간</th><th scope="col">계산</th><th scope="col" className="num">받는 금액</th></tr>
                </thead>
                <tbody>
                  {result.months.map((month) => (
                    <tr key={month.index}>
                      <th scope="row">{month.index}개월째{schemeLabel[month.scheme] && ` (${schemeLabel[month.scheme]})`}</th>
                      <td data-label="기간">{month.start} ~ {month.end}</td>
                      <td data-label="계산">{explain(month, input.monthlyWage)}</td>
                      <td className="num" data-label="받는 금액">{formatWon(month.amount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr><th scope="row" colSpan={3}>합계</th><td className="num">{formatWon(result.total)}</td></tr>
                </tfoot>
              </table>
            </div>
            <h3>이렇게 계산했습니다</h3>
            <ul className="calc-breakdown">
              <li>달마다 월 통상임금에 지급률을 곱하고, 그 달의 상한액보다 많으면 상한액을, 하한액보다 적으면 하한액을 줍니다.</li>
              <li>각 달은 그 달이 시작하는 날({formatKoreanDate(result.months[0].start)} 등)에 시행 중인 기준으로 계산합니다. 휴직 중에 기준이 바뀌면 바뀐 뒤의 달부터 새 기준을 씁니다.</li>
              {sixPlusSix && <li>6+6 상한은 두 부모가 모두 휴직한 개월 수만큼만 적용됩니다 (고용보험법 시행령 제95조의3 제1항). 그래서 처음 {result.sixPlusSixMonths}개월에 6+6 상한을, 그 뒤에는 일반 상한을 씁니다. 여기서는 내 급여만 계산합니다.</li>}
              <li>휴직의 한 달은 시작일부터 다음 달 같은 날의 전날까지로 세고, 그런 날이 없는 달은 그 달의 마지막 날까지입니다 (민법 제160조).</li>
            </ul>
            <RulesUsed rules={result.rulesUsed} confirmWhere={confirmWhere} />
          </>
        )}
      </ResultPanel>
    </div>
  );
}
