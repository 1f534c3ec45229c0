import { describe, expect, it } from 'vitest';
import { advanceSignupForm, answerFieldName } from '../../src/server/signups/signup-form';
import { signupQuestionsSchema } from '../../src/server/signups/signup-questions';

const questions = signupQuestionsSchema.parse([{ id: 'child-age', label: '자녀 나이', kind: 'number', min: 0, max: 12, required: true }]);
const age = answerFieldName(questions[0]!);
const filled = { idempotencyKey: 'signupFormUnitTestKey01', consentVersion: '2026-12-01', name: '김서북', email: '', phone: '010-1234-5678', consent: 'yes', [age]: '5' };

describe('advanceSignupForm (the sign-up form, fill then review)', () => {
  it('an empty form gets every error at once, each by its field, the missing contact too', () => {
    const outcome = advanceSignupForm({ idempotencyKey: filled.idempotencyKey, consentVersion: filled.consentVersion }, questions, 'review');
    expect(outcome).toMatchObject({ kind: 'show', step: 'fill' });
    const errors = outcome.kind === 'show' ? outcome.errors : {};
    expect(Object.keys(errors).sort()).toEqual(['answer-child-age', 'consent', 'email', 'name']);
    expect(errors.email).toContain('이메일 주소나 전화번호');
  });

  it('a phone number alone is enough; 다음 shows the review, 고치기 the form, 신청 보내기 the parsed sign-up', () => {
    expect(advanceSignupForm(filled, questions, 'review')).toEqual({ kind: 'show', step: 'review', errors: {} });
    expect(advanceSignupForm(filled, questions, 'edit')).toEqual({ kind: 'show', step: 'fill', errors: {} });
    const sent = advanceSignupForm(filled, questions, 'submit');
    expect(sent.kind === 'complete' && sent.input).toMatchObject({ name: '김서북', phone: '010-1234-5678', answers: { 'child-age': 5 }, consent: true });
  });

  it('an answer out of range is refused beside its field, and sending checks everything again', () => {
    const outcome = advanceSignupForm({ ...filled, [age]: '15' }, questions, 'submit');
    expect(outcome).toEqual({ kind: 'show', step: 'fill', errors: { [age]: '0부터 12 사이의 숫자를 적어 주세요.' } });
  });
});
