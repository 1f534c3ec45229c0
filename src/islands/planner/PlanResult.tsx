/**
 * The plan: the household's income before and during, the plan as a calendar or a list, each parent's pay month by
 * month with who pays it, the deadlines with a calendar file per parent, the letters, printing and the rules used.
 */
import { useState } from 'react';
import { formatWon } from '../../lib/benefits/format';
import { writeIcs } from '../../lib/feeds/ics';
import { addressOf, type PlannerQuery } from '../../lib/planner/answers';
import { PLANNER, PLANNER_LETTERS } from '../../lib/urls';
import { plannerIcsEvents } from '../../lib/planner/ics-events';
import type { ParentPlan, Plan } from '../../lib/planner/plan';
import type { BenefitRules } from '../../schemas/benefit-rules';
import { RulesUsed } from '../CalculatorParts';
import { downloadFile } from '../download-file';
import { DeadlineItem, formatMonth, NoteList, PlanCalendar, PlanList } from './PlanViews';

interface Props {
  plan: Plan;
  ruleData: BenefitRules;
  /** the answers, for the letters' and the shared address */
  query: PlannerQuery;
  uidHost: string;
  siteName: string;
}

const payerHeading = (parent: ParentPlan) => (parent.insurance === 'employee' ? '회사' : '본인 소득');

function PayTable({ parent }: { parent: ParentPlan }) {
  const { months, totals, usual } = parent.pay;
  const first = payerHeading(parent);
  return (
    <div className="calc-table planner-compact planner-pay">
      <table>
        <caption>
          {parent.label}: 평소 한 달 {formatWon(usual)}
        </caption>
        <thead>
          <tr>
            <th scope="col">달</th>
            <th scope="col">내용</th>
            <th scope="col" className="num">{first}</th>
            <th scope="col" className="num">고용보험</th>
            <th scope="col" className="num">합계</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month)}</th>
              <td data-label="내용">
                <ul className="planner-lines">
                  {month.lines.map((line) => (
                    <li key={line.label}>
                      {line.label}: {line.unknown ? '확인 필요' : formatWon(line.amount)}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num" data-label={first}>{formatWon(parent.insurance === 'employee' ? month.company : month.own)}</td>
              <td className="num" data-label="고용보험">{formatWon(month.insurance)}</td>
              <td className="num" data-label="합계">{formatWon(month.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>합계 ({months.length}개월)</th>
            <td className="num" data-label={first}>{formatWon(parent.insurance === 'employee' ? totals.company : totals.own)}</td>
            <td className="num" data-label="고용보험">{formatWon(totals.insurance)}</td>
            <td className="num" data-label="합계" data-testid={`planner-total-${parent.parent}`}>{formatWon(totals.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function HouseholdTable({ plan }: { plan: Plan }) {
  return (
    <div className="calc-table planner-compact">
      <table>
        <caption>가계 월 소득: 평소 {formatWon(plan.household.usual)}</caption>
        <thead>
          <tr>
            <th scope="col">달</th>
            {plan.parents.map((p) => <th key={p.parent} scope="col" className="num">{p.label}</th>)}
            <th scope="col" className="num">합계</th>
            <th scope="col" className="num">평소보다</th>
          </tr>
        </thead>
        <tbody>
          {plan.household.months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month)}</th>
              {plan.parents.map((p) => <td key={p.parent} className="num" data-label={p.label}>{formatWon(month.byParent[p.parent] ?? 0)}</td>)}
              <td className="num" data-label="합계">{formatWon(month.total)}</td>
              <td className="num" data-label="평소보다">{month.change < 0 ? `−${formatWon(-month.change)}` : month.change > 0 ? `+${formatWon(month.change)}` : '같음'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function downloadParentIcs(plan: Plan, parent: ParentPlan, uidHost: string, siteName: string) {
  const ics = writeIcs({
    name: `부모 휴가 계획 (${parent.label})`,
    description: `${siteName} 누리집에서 만든 계획입니다. 모의계산이니 회사와 고용24에서 확인하세요.`,
    prodId: `-//${siteName}//부모 휴가 계획//KO`,
    generatedAt: new Date(),
    events: plannerIcsEvents(plan, parent.parent, uidHost),
  });
  downloadFile(`휴가계획-${parent.label}-${plan.birth}.ics`, ics, 'text/calendar;charset=utf-8');
}

export function PlanResult({ plan, ruleData, query, uidHost, siteName }: Props) {
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const lowest = plan.household.months.reduce((low, month) => (month.total < low.total ? month : low), plan.household.months[0]);
  const insurance = plan.parents.reduce((sum, p) => sum + p.pay.totals.insurance, 0);
  const shareUrl = `${typeof location === 'undefined' ? '' : location.origin}${addressOf(PLANNER, query)}`;

  return (
    <>
      <dl className="planner-figures">
        <div>
          <dt>평소 가계 월 소득</dt>
          <dd data-testid="planner-usual">{formatWon(plan.household.usual)}</dd>
        </div>
        <div>
          <dt>가장 적은 달 ({formatMonth(lowest.month)})</dt>
          <dd data-testid="planner-lowest">{formatWon(lowest.total)}</dd>
        </div>
        <div>
          <dt>계획 기간 고용보험 급여 합계</dt>
          <dd data-testid="planner-insurance">{formatWon(insurance)}</dd>
        </div>
      </dl>
      <p className="calc-estimate">모의계산입니다. 실제 지급액은 고용24에서, 날짜는 회사와 고용노동부 고객상담센터(☎ 1350)에서 확인하세요.</p>
      <p id="planner-confirm" className="planner-confirm">
        <strong>확인 필요</strong>가 붙은 내용은 법령 원문이 아닌 자료로 확인했거나 이 안내서가 아직 확인하지 못한 것입니다. {ruleData.confirmWhere}에서 확인하세요.
      </p>
      <NoteList notes={plan.notes} />

      <h3>가계 월 소득, 평소와 휴가 중</h3>
      <HouseholdTable plan={plan} />

      <h3 id="planner-views-title">계획</h3>
      <div className="planner-switch" role="group" aria-labelledby="planner-views-title">
        <button type="button" className="button button--secondary" aria-pressed={view === 'list'} onClick={() => setView('list')}>목록으로 보기</button>
        <button type="button" className="button button--secondary" aria-pressed={view === 'calendar'} onClick={() => setView('calendar')}>달력으로 보기</button>
      </div>
      {/* Both views stay in the page: the one not chosen is hidden on screen, and print always takes the list. */}
      <div className={`planner-view planner-view--list${view === 'list' ? '' : ' planner-view--hidden'}`}>
        <PlanList plan={plan} />
      </div>
      <div className={`planner-view planner-view--calendar${view === 'calendar' ? '' : ' planner-view--hidden'}`}>
        <PlanCalendar plan={plan} />
      </div>

      {plan.parents.map((parent) => (
        <section key={parent.parent} aria-labelledby={`planner-pay-${parent.parent}`}>
          <h3 id={`planner-pay-${parent.parent}`}>{parent.label}가 달마다 받는 돈과 주는 곳</h3>
          <PayTable parent={parent} />
        </section>
      ))}

      <h3>신청 기한</h3>
      {plan.deadlines.length ? (
        <ul className="planner-deadlines">
          {plan.deadlines.map((deadline) => <DeadlineItem key={deadline.id} deadline={deadline} withParent={plan.parents.find((p) => p.parent === deadline.parent)?.label} />)}
        </ul>
      ) : (
        <p>이 계획에는 회사에 낼 신청이 없습니다.</p>
      )}
      <div className="calc-actions planner-actions">
        {plan.parents
          .filter((parent) => parent.segments.length)
          .map((parent) => (
            <button key={parent.parent} type="button" className="button" onClick={() => downloadParentIcs(plan, parent, uidHost, siteName)}>
              {parent.label} 일정 캘린더 파일(.ics)
            </button>
          ))}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>계획 인쇄하기</button>
        {plan.segments.some((s) => s.kind === 'maternity' || s.kind === 'parental' || s.kind === 'reduced') && (
          <a className="button button--secondary" href={addressOf(PLANNER_LETTERS, query)}>회사에 낼 신청서 만들기</a>
        )}
      </div>

      <div className="planner-share-box">
        <h3>이 계획을 저장하거나 보내기</h3>
        <p>
          아래 주소(지금 주소창의 주소와 같습니다)에 답이 모두 들어 있습니다. 즐겨찾기에 넣거나 배우자에게 보내면 같은 계획을 다시 볼 수 있습니다. 답은 주소의 # 뒤에 있어 이 주소를 열어도 누리집 서버로 가지 않지만, 받은 사람은 임금과 날짜를 볼 수 있으니 믿을 수 있는 사람에게만 보내세요.
        </p>
        <p className="planner-share">
          <label htmlFor="planner-share-url">이 계획의 주소</label>
          <input id="planner-share-url" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
        </p>
      </div>
      <RulesUsed rules={plan.rulesUsed} confirmWhere={ruleData.confirmWhere} open={false} />
    </>
  );
}
