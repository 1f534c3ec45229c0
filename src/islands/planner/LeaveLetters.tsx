/**
 * 회사에 낼 신청서: the letters of a plan, filled from the plan in the page address and from the names typed here.
 * The names stay in this page (not in the address, not stored); printing gives one covering letter and one form a page.
 */
import { Fragment, useEffect, useState } from 'react';
import { addressOf, parentLabel, readAddress, type Parent, type PlannerQuery } from '../../lib/planner/answers';
import { PLANNER, PLANNER_LETTERS } from '../../lib/urls';
import { fillLetter, letterRequests, type LetterRequest, type PersonalDetails } from '../../lib/planner/letters';
import { buildPlan, evaluateQuery } from '../../lib/planner/plan';
import { deadlineWhen } from '../../lib/planner/plan-notes';
import { currentStep } from '../../lib/planner/questions';
import { seoulDateKey } from '../../lib/dates/seoul-time';
import type { BenefitRules } from '../../schemas/benefit-rules';
import type { LeaveLetter, LeaveLetters as LetterTemplates } from '../../schemas/leave-letters';
import { Announcer, Field } from '../CalculatorParts';
import { Unconfirmed } from './PlanViews';
import './planner.css';

interface Props {
  ruleData: BenefitRules;
  templates: LetterTemplates;
}

type Details = Record<Parent, PersonalDetails> & { child: string };

function Filled({ text, values }: { text: string; values: Record<string, string | undefined> }) {
  return (
    <>
      {fillLetter(text, values).map((part, index) =>
        'text' in part ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <span key={index} className="letter-blank">
            <span className="visually-hidden">빈칸: {part.blank}</span>
          </span>
        ),
      )}
    </>
  );
}

function Letter({ request, template, values }: { request: LetterRequest; template: LeaveLetter; values: Record<string, string | undefined> }) {
  const paragraphs = template.coveringLetter.trim().split(/\n\s*\n/);
  return (
    <article className="letter" aria-labelledby={`letter-${request.id}`}>
      <h2 id={`letter-${request.id}`} className="letter__heading">{request.heading}</h2>
      {request.submitBy && (
        <p className="letter__due no-print">
          회사에 낼 날 · <strong>{deadlineWhen(request.submitBy)}</strong> {request.submitBy.unconfirmed && <Unconfirmed />}
        </p>
      )}
      <section className="letter__page" aria-label="회사에 보내는 편지">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>
            {paragraph.split('\n').map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                <Filled text={line} values={values} />
              </Fragment>
            ))}
          </p>
        ))}
      </section>
      <section className="letter__page letter__form" aria-labelledby={`form-${request.id}`}>
        <h3 id={`form-${request.id}`}>{template.title}</h3>
        <table>
          <tbody>
            {template.fields.map((field) => (
              <tr key={field.label}>
                <th scope="row">{field.label}</th>
                <td>{field.value ? <Filled text={field.value} values={values} /> : <span className="letter-blank letter-blank--wide"><span className="visually-hidden">빈칸</span></span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="letter__basis no-print">
          서식 항목의 근거: {template.basis} {template.tier === '2nd' && <Unconfirmed />}
        </p>
      </section>
    </article>
  );
}

export default function LeaveLetters({ ruleData, templates }: Props) {
  // null until the island has read the address
  const [query, setQuery] = useState<PlannerQuery | null>(null);
  const [today, setToday] = useState('');
  const [details, setDetails] = useState<Details>({ mother: {}, father: {}, child: '' });
  useEffect(() => {
    const { query: answers } = readAddress(location);
    setQuery(answers);
    if (location.search) history.replaceState(null, '', addressOf(PLANNER_LETTERS, answers));
    setToday(seoulDateKey(new Date()));
  }, []);

  const checked = evaluateQuery(query ?? {}, ruleData.rules);
  const complete = query !== null && today !== '' && currentStep(query, checked.answers, checked.problems) === null;
  const plan = complete ? buildPlan(checked.answers, ruleData.rules, today) : null;
  const requests = plan ? letterRequests(plan, checked.answers) : [];
  const parents = [...new Set(requests.map((request) => request.parent))];
  const set = (parent: Parent, key: keyof PersonalDetails) => (value: string) => setDetails((old) => ({ ...old, [parent]: { ...old[parent], [key]: value } }));

  return (
    <div className="letters">
      <Announcer message={plan ? `신청서 ${requests.length}개를 만들었습니다.` : ''} />
      {!plan ? (
        <p className="calc-problem">{query === null ? '계획을 읽는 중입니다.' : '이 주소에는 다 만든 계획이 없습니다. 부모 휴가 계획에서 질문에 모두 답한 뒤 “회사에 낼 신청서 만들기”를 누르세요.'} <a href={addressOf(PLANNER, query ?? {})}>부모 휴가 계획으로 가기</a></p>
      ) : (
        <>
          <p className="notice no-print">{templates.note}</p>
          <p id="planner-confirm" className="planner-confirm no-print">
            <strong>확인 필요</strong>: 신청서 항목을 법령의 공식 서식과 대조하지 못했거나 2차 자료로만 확인했습니다. {ruleData.confirmWhere}에서 확인하세요.
          </p>
          <form className="calc-form letters-form no-print" onSubmit={(event) => event.preventDefault()} aria-labelledby="letters-form-title">
            <h2 id="letters-form-title">신청서에 넣을 이름 (선택)</h2>
            <p className="calc-field__hint">쓰지 않으면 빈칸으로 인쇄되어 손으로 쓸 수 있습니다. 이 내용은 주소에도 들어가지 않고 저장되지 않습니다.</p>
            <Field id="child" label="자녀 이름" value={details.child} onChange={(child) => setDetails((old) => ({ ...old, child }))} hint="아직 태어나지 않았으면 비워 두세요." />
            {parents.map((parent) => (
              <fieldset key={parent} className="planner-part">
                <legend>{parentLabel[parent]}</legend>
                <Field id={`${parent}-name`} label="이름" value={details[parent].신청인 ?? ''} onChange={set(parent, '신청인')} />
                <Field id={`${parent}-team`} label="소속 (부서·직위)" value={details[parent].소속 ?? ''} onChange={set(parent, '소속')} />
                <Field id={`${parent}-phone`} label="연락처" value={details[parent].연락처 ?? ''} onChange={set(parent, '연락처')} />
                <Field id={`${parent}-company`} label="회사 이름" value={details[parent].회사 ?? ''} onChange={set(parent, '회사')} />
              </fieldset>
            ))}
            <div className="calc-actions">
              <button type="button" className="button" onClick={() => window.print()}>신청서 인쇄하기 (PDF로 저장)</button>
              <a className="button button--secondary" href={addressOf(PLANNER, query ?? {})}>계획으로 돌아가기</a>
            </div>
          </form>
          {requests.map((request) => {
            const template = templates.letters.find((letter) => letter.kind === request.kind) as LeaveLetter;
            return <Letter key={request.id} request={request} template={template} values={{ ...request.values, ...details[request.parent], 자녀: details.child }} />;
          })}
        </>
      )}
    </div>
  );
}
