/** Building blocks shared by the guide's calculator islands: labelled fields, the estimate notice, rules used. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatRuleValue } from '../lib/benefits/format';
import { GUIDE_RULES, ruleAnchor, ruleEntryPath } from '../lib/urls';
import { formatKoreanDate } from '../lib/dates/seoul-time';
import type { BenefitRule } from '../schemas/benefit-rules';
import './calculators.css';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** e.g. 원, 개월, 시간 */
  unit?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'decimal';
}

/** The monthly ordinary wage, asked the same way by every calculator. */
export function WageField({ label = '월 통상임금', value, onChange, error }: Pick<FieldProps, 'value' | 'onChange' | 'error'> & { label?: string }) {
  return <Field id="wage" label={label} unit="원" inputMode="numeric" value={value} onChange={onChange} hint="세금을 떼기 전 매달 정해진 임금. 300만처럼 써도 됩니다." error={error} />;
}

/** A labelled input; its hint and error are tied to it with aria-describedby, the error sits right under it. */
export function Field({ id, label, value, onChange, unit, hint, error, type = 'text', inputMode }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`calc-field${error ? ' calc-field--error' : ''}`}>
      <label htmlFor={id}>{label}{unit ? <span className="calc-field__unit-label"> ({unit})</span> : null}</label>
      {hint && <p id={hintId} className="calc-field__hint">{hint}</p>}
      <div className="calc-field__control">
        <input
          id={id}
          name={id}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
        {unit && <span className="calc-field__unit" aria-hidden="true">{unit}</span>}
      </div>
      {error && <p id={errorId} className="calc-field__error">{error}</p>}
    </div>
  );
}

interface CheckProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}

export function Check({ id, label, checked, onChange, hint, error }: CheckProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`calc-check${error ? ' calc-field--error' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && <p id={hintId} className="calc-field__hint">{hint}</p>}
        {error && <p id={errorId} className="calc-field__error">{error}</p>}
      </div>
    </div>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
  /** shown under the legend and tied to the group, like a field's error */
  error?: string;
}

/** Radio buttons in a fieldset: one question, a few answers. */
export function Choice<T extends string>({ name, legend, value, options, onChange, hint, error }: ChoiceProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset className={`calc-choice${error ? ' calc-field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && <p id={hintId} className="calc-field__hint">{hint}</p>}
      {error && <p id={errorId} className="calc-field__error">{error}</p>}
      {options.map((option, index) => (
        <label key={option.value} className="calc-choice__option">
          {/* The first answer carries the group's name as its id, so a link to the question (#name) lands on it. */}
          <input id={index === 0 ? name : undefined} type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function EstimateNotice() {
  return (
    <p className="calc-estimate">
      모의계산이며 실제 지급액은 <a href="https://www.work24.go.kr/" rel="external">고용24</a>에서 확인하세요.
    </p>
  );
}

/** The rules a result used: value, 시행일, article, tier, 기준일, each linked to its entry on the rules page. */
export function RulesUsed({ rules, confirmWhere, open = true }: { rules: readonly BenefitRule[]; confirmWhere: string; open?: boolean }) {
  if (!rules.length) return null;
  return (
    <details className="calc-rules" open={open}>
      <summary>계산에 쓴 기준 ({rules.length}개)</summary>
      <ul>
        {rules.map((rule) => (
          <li key={ruleAnchor(rule)}>
            <a href={ruleEntryPath(rule)}><strong>{rule.label}</strong></a>: {formatRuleValue(rule)}{' '}
            <span className="calc-rules__date">
              ({formatKoreanDate(rule.effectiveFrom)} 시행 · {rule.article} · 기준일 {formatKoreanDate(rule.reviewedAt)} · 출처 <a href={rule.source.url} rel="external">{rule.source.title}</a>)
            </span>
            {rule.tier === '2nd' && (
              <span className="calc-rules__unconfirmed">
                <strong>확인 필요</strong> 법령 원문이 아닌 자료로 확인한 값입니다. {rule.note ? `${rule.note} ` : ''}{confirmWhere}에서 확인하세요.
              </span>
            )}
          </li>
        ))}
      </ul>
      <p><a href={GUIDE_RULES}>이 안내의 기준 전체 보기</a></p>
    </details>
  );
}

/** Notes a result must carry: a 고시 not yet on file, a rule change inside the leave. */
export function ResultNotices({ notices }: { notices: readonly string[] }) {
  if (!notices.length) return null;
  return (
    <ul className="calc-notices">
      {notices.map((notice) => <li key={notice}>{notice}</li>)}
    </ul>
  );
}

/**
 * How long the answer must stay the same before it is announced. Typing 3000000 changes the result seven times;
 * a screen reader told each time reads stale amounts over the user's own typing, or cuts them off. So the region
 * speaks once the answer settles — a result, or the errors with their count — like GOV.UK's character count.
 */
const SETTLE_MS = 700;

/**
 * The screen-reader announcement of a tool: rendered at load (empty) and never re-created, so the first answer is
 * announced too; it then carries each settled answer. The page's state at load is not announced.
 */
export function Announcer({ message }: { message: string }) {
  const [spoken, setSpoken] = useState('');
  const initial = useRef(message);
  useEffect(() => {
    if (message === initial.current && !spoken) return;
    const timer = setTimeout(() => setSpoken(message), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">{spoken}</p>;
}

/** What the announcer says about a form's errors: how many, and each message. */
export function errorAnnouncement(errors: Record<string, string | undefined>): string {
  const messages = Object.values(errors).filter(Boolean);
  return messages.length ? `입력 내용을 확인하세요. 문제 ${messages.length}건: ${messages.join(' ')}` : '';
}

export function ResultPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="calc-result" aria-labelledby="calc-result-title">
      <h2 id="calc-result-title">{title}</h2>
      {children}
    </section>
  );
}
