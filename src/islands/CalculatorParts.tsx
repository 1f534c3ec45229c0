/** Building blocks shared by the guide's calculator islands: labelled fields, the estimate notice, rules used. */
import type { ReactNode } from 'react';
import { formatRuleValue } from '../lib/benefit-format';
import { formatKoreanDate } from '../lib/seoul-time';
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
}

/** Radio buttons in a fieldset: one question, a few answers. */
export function Choice<T extends string>({ name, legend, value, options, onChange }: ChoiceProps<T>) {
  return (
    <fieldset className="calc-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="calc-choice__option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
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

/** The rules a result used: value, 시행일, source, and a 확인 필요 mark where the data says so. */
export function RulesUsed({ rules, open = true }: { rules: readonly BenefitRule[]; open?: boolean }) {
  if (!rules.length) return null;
  return (
    <details className="calc-rules" open={open}>
      <summary>계산에 쓴 기준 ({rules.length}개)</summary>
      <ul>
        {rules.map((rule) => (
          <li key={`${rule.id}@${rule.effectiveFrom}`}>
            <strong>{rule.label}</strong>: {formatRuleValue(rule)} <span className="calc-rules__date">({formatKoreanDate(rule.effectiveFrom)} 시행, 출처 <a href={rule.source.url} rel="external">{rule.source.title}</a>)</span>
            {rule.unconfirmed && (
              <span className="calc-rules__unconfirmed">
                <strong>확인 필요</strong> {rule.unconfirmed}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ResultPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="calc-result" aria-labelledby="calc-result-title">
      <h2 id="calc-result-title">{title}</h2>
      {children}
    </section>
  );
}
