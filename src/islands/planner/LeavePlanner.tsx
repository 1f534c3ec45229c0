/**
 * 부모 휴가 계획: one question at a time with the answers so far beside it, or every question in one list; then the
 * plan. Everything runs in the browser. The answers live only in the page address (so the back button, a bookmark
 * and a shared link all work); nothing is sent or stored. Each step is a plain GET form whose fields are named after
 * the address's keys; with JavaScript the island reads the form, checks it and moves on without reloading.
 */
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { addressOf, holdsAnswers, readAddress, type PlannerAnswers, type PlannerQuery, type Problems } from '../../lib/planner/answers';
import { PLANNER } from '../../lib/urls';
import { buildPlan, evaluateQuery } from '../../lib/planner/plan';
import { answeredSteps, currentStep, pruneQuery, STEPS, stepApplies, stepProblems, stepSummary, type Step } from '../../lib/planner/questions';
import { formatWon } from '../../lib/benefits/format';
import { seoulDateKey } from '../../lib/dates/seoul-time';
import type { BenefitRules } from '../../schemas/benefit-rules';
import { Announcer, errorAnnouncement } from '../CalculatorParts';
import { PlannerQuestion, questionTitle } from './PlannerQuestion';
import { PlanResult } from './PlanResult';
import { formatMonth } from './PlanViews';
import './planner.css';

interface Props {
  ruleData: BenefitRules;
  uidHost: string;
  siteName: string;
}

interface Mode {
  /** a step opened with 바꾸기 */
  step?: string;
  /** every question in one list */
  all: boolean;
}

/** The planner's address for these answers and this view: everything after `#`, so none of it reaches a server. */
const plannerAddress = (query: PlannerQuery, mode: Mode) => addressOf(PLANNER, query, { ...(mode.step ? { step: mode.step } : {}), ...(mode.all ? { all: '1' } : {}) });

function AnswersSoFar({ steps, answers, hrefFor, onChange }: { steps: Step[]; answers: PlannerAnswers; hrefFor: (step: Step) => string; onChange: (step: Step) => (event: MouseEvent) => void }) {
  return (
    <dl className="planner-answers">
      {steps.map((step) => {
        const { question, answer } = stepSummary(step, answers);
        return (
          <div key={step.id}>
            <dt>{question}</dt>
            <dd>
              {answer}{' '}
              <a href={hrefFor(step)} onClick={onChange(step)}>
                바꾸기<span className="visually-hidden">: {question}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export default function LeavePlanner({ ruleData, uidHost, siteName }: Props) {
  const { rules } = ruleData;
  const [query, setQuery] = useState<PlannerQuery>({});
  const [draft, setDraft] = useState<PlannerQuery>({});
  const [mode, setMode] = useState<Mode>({ all: false });
  const [showMissing, setShowMissing] = useState(false);
  // Empty on the server and until the island runs: the plan (which needs today for its warnings) waits for it.
  const [today, setToday] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const [failed, setFailed] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const address = useRef('');
  useEffect(() => {
    const read = () => {
      const { query: next, params } = readAddress(location);
      const nextMode = { step: params.get('step') ?? undefined, all: params.get('all') === '1' };
      setQuery(next);
      setDraft(next);
      setMode(nextMode);
      setShowMissing(false);
      // A link from a guide chapter brings its answers after `?`: from here on they live after `#` only.
      address.current = plannerAddress(next, nextMode);
      if (location.search) history.replaceState(null, '', address.current);
    };
    read();
    setToday(seoulDateKey(new Date()));
    const onNavigate = () => {
      // A jump to a place on the page (the skip link's #main) is not a new plan: keep the answers in the address.
      if (location.hash && !holdsAnswers(location.hash)) {
        history.replaceState(null, '', address.current);
        return;
      }
      // popstate and hashchange both report one move; the second finds the page already there.
      if (`${location.pathname}${location.hash}` === address.current) return;
      read();
      setMoved((n) => n + 1);
    };
    addEventListener('popstate', onNavigate);
    addEventListener('hashchange', onNavigate);
    return () => {
      removeEventListener('popstate', onNavigate);
      removeEventListener('hashchange', onNavigate);
    };
  }, []);

  const committed = useMemo(() => evaluateQuery(query, rules), [query, rules]);
  const drafted = useMemo(() => evaluateQuery(draft, rules), [draft, rules]);
  const current = currentStep(query, committed.answers, committed.problems);
  const opened = mode.step ? STEPS.find((step) => step.id === mode.step && stepApplies(step, drafted.answers)) : undefined;
  const shown = mode.all ? null : (opened ?? current);
  const listSteps = STEPS.filter((step) => stepApplies(step, drafted.answers));
  const formSteps = mode.all ? listSteps : shown ? [shown] : [];
  const plan = useMemo(() => (!mode.all && !shown && today ? buildPlan(committed.answers, rules, today) : null), [mode.all, shown, today, committed.answers, rules]);
  const errors: Problems = Object.assign({}, ...formSteps.map((step) => stepProblems(step, draft, drafted.answers, drafted.problems, showMissing)));
  const before = answeredSteps(query, committed.answers, shown);
  const heading = plan ? '우리 가족 휴가 계획' : mode.all ? '모든 질문' : shown ? questionTitle(shown, drafted.answers) : '';

  // After moving to another question or to the plan, take keyboard and screen-reader users to its heading.
  useEffect(() => {
    if (!moved) return;
    headingRef.current?.focus();
    if (plan) {
      const lowest = plan.household.months.reduce((low, month) => (month.total < low.total ? month : low), plan.household.months[0]);
      setAnnouncement(`계획을 만들었습니다. 평소 가계 월 소득 ${formatWon(plan.household.usual)}, 가장 적은 달 ${formatMonth(lowest.month)} ${formatWon(lowest.total)}.`);
    } else setAnnouncement(mode.all ? '모든 질문을 한 번에 보여 줍니다.' : `질문 ${before.length + 1}: ${heading}`);
  }, [moved]);

  useEffect(() => {
    if (failed) summaryRef.current?.focus();
  }, [failed]);

  const go = (next: PlannerQuery, nextMode: Mode) => {
    address.current = plannerAddress(next, nextMode);
    history.pushState(null, '', address.current);
    setQuery(next);
    setDraft(next);
    setMode(nextMode);
    setShowMissing(false);
    setMoved((n) => n + 1);
  };

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const candidate = pruneQuery(draft, drafted.answers);
    const checked = evaluateQuery(candidate, rules);
    const steps = mode.all ? STEPS.filter((step) => stepApplies(step, checked.answers)) : formSteps;
    const problems: Problems = Object.assign({}, ...steps.map((step) => stepProblems(step, candidate, checked.answers, checked.problems, true)));
    if (Object.keys(problems).length) {
      setShowMissing(true);
      setAnnouncement(errorAnnouncement(problems));
      setFailed((n) => n + 1);
      return;
    }
    go(candidate, { all: false });
  };

  const change = (key: string, value: string) => setDraft((old) => ({ ...old, [key]: value }));
  const openStep = (step: Step) => (event: MouseEvent) => {
    event.preventDefault();
    go(query, { step: step.id, all: false });
  };
  const switchMode = (all: boolean) => (event: MouseEvent) => {
    event.preventDefault();
    go(query, { all });
  };
  /** The error list's links move the focus themselves, so the address keeps its answers. */
  const focusField = (key: string) => (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(key)?.focus();
  };

  return (
    <div className="planner">
      <Announcer message={announcement} />
      {plan ? (
        <section className="planner-plan" aria-labelledby="planner-heading">
          <h2 id="planner-heading" ref={headingRef} tabIndex={-1}>{heading}</h2>
          <details className="planner-answers-box">
            <summary>내 답 보기와 바꾸기 ({before.length}개)</summary>
            <AnswersSoFar steps={before} answers={committed.answers} hrefFor={(step) => plannerAddress(query, { step: step.id, all: false })} onChange={openStep} />
            <p>
              <a href={plannerAddress(query, { all: true })} onClick={switchMode(true)}>모든 질문을 한 번에 보며 고치기</a> · <a href={PLANNER} onClick={(event) => { event.preventDefault(); go({}, { all: false }); }}>처음부터 다시</a>
            </p>
          </details>
          <PlanResult plan={plan} ruleData={ruleData} query={query} uidHost={uidHost} siteName={siteName} />
        </section>
      ) : (
        <div className="planner-questions">
          <form className="calc-form planner-form" noValidate onSubmit={submit} aria-labelledby="planner-heading">
            {!mode.all && <p className="planner-step-count">질문 {before.length + 1}</p>}
            <h2 id="planner-heading" ref={headingRef} tabIndex={-1}>{heading}</h2>
            {showMissing && Object.keys(errors).length > 0 && (
              <div className="planner-error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="planner-error-title">
                <h3 id="planner-error-title">고칠 곳이 {Object.keys(errors).length}군데 있습니다</h3>
                <ul>
                  {Object.entries(errors).map(([key, message]) => (
                    <li key={key}>
                      <a href={`#${key}`} onClick={focusField(key)}>{message}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {formSteps.map((step) =>
              mode.all ? (
                <section key={step.id} className="planner-list-step" aria-labelledby={`q-${step.id}`}>
                  <h3 id={`q-${step.id}`}>{questionTitle(step, drafted.answers)}</h3>
                  <PlannerQuestion step={step} draft={draft} answers={drafted.answers} windows={drafted.windows} errors={errors} rules={rules} onChange={change} />
                </section>
              ) : (
                <PlannerQuestion key={step.id} step={step} draft={draft} answers={drafted.answers} windows={drafted.windows} errors={errors} rules={rules} onChange={change} />
              ),
            )}
            <div className="calc-actions">
              {/* Disabled until the island runs: without JavaScript nothing can be planned, so nothing is submitted either. */}
              <button type="submit" className="button" disabled={!today}>{mode.all ? '계획 보기' : '다음'}</button>
            </div>
            {/* A button, not a link: it changes the view of this page (the address follows), and the built page holds no answers to link to. */}
            <p className="planner-mode-switch">
              <button type="button" className="planner-text-button" onClick={switchMode(!mode.all)}>
                {mode.all ? '한 번에 질문 하나씩 보기' : '모든 질문을 한 번에 보기'}
              </button>
            </p>
          </form>
          {!mode.all && before.length > 0 && (
            <section className="planner-so-far" aria-labelledby="planner-so-far-title">
              <h2 id="planner-so-far-title">지금까지 답</h2>
              <AnswersSoFar steps={before} answers={committed.answers} hrefFor={(step) => plannerAddress(query, { step: step.id, all: false })} onChange={openStep} />
              <p>
                <a href={PLANNER} onClick={(event) => { event.preventDefault(); go({}, { all: false }); }}>처음부터 다시</a>
              </p>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
