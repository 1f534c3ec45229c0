// The sign-up form as a page sends it (all text, so it works without JavaScript), on two screens: fill in, then
// review (the KRDS 신청 pattern). Every press carries the answers so far and says what to show next; errors come
// back by the form field they belong to. 신청 보내기 checks everything again with signupInput.
import type { z } from 'zod';
import { lacksContact, NO_CONTACT, signupInput, type SignupInput } from './signup-input';
import type { SignupQuestion } from './signup-questions';

export type SignupFormStep = 'fill' | 'review';

/** 다음 (to the review), 고치기 (back to the form) or 신청 보내기. */
export type SignupIntent = 'review' | 'edit' | 'submit';

export const parseSignupIntent = (value: string | undefined): SignupIntent => (value === 'edit' || value === 'submit' ? value : 'review');

/** A question's form field: `answer-child-age`. */
export const answerFieldName = (question: Pick<SignupQuestion, 'id'>) => `answer-${question.id}`;

/** The fields every sign-up form has; the first two are hidden (the form's key, the consent text's version). */
const fixedFieldNames = ['idempotencyKey', 'consentVersion', 'name', 'email', 'phone', 'consent'] as const;

export const signupFieldNames = (questions: readonly SignupQuestion[]) => [...fixedFieldNames, ...questions.map(answerFieldName)];

/** The form's fields by name, as typed (the consent box sends "yes"). */
export type SignupFormValues = Record<string, string>;
/** Error messages by form field name. */
export type SignupFieldErrors = Record<string, string>;

export type SignupFormOutcome = { kind: 'show'; step: SignupFormStep; errors: SignupFieldErrors } | { kind: 'complete'; input: SignupInput };

function candidate(values: SignupFormValues, questions: readonly SignupQuestion[]) {
  return {
    ...values,
    consent: values.consent === 'yes',
    answers: Object.fromEntries(questions.map((question) => [question.id, values[answerFieldName(question)]])),
  };
}

function errorsOf(error: z.ZodError): SignupFieldErrors {
  const errors: SignupFieldErrors = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path;
    const field = first === 'answers' && typeof second === 'string' ? answerFieldName({ id: second }) : String(first ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The next screen, from the answers and what was pressed. */
export function advanceSignupForm(values: SignupFormValues, questions: readonly SignupQuestion[], intent: SignupIntent): SignupFormOutcome {
  if (intent === 'edit') return { kind: 'show', step: 'fill', errors: {} };
  const result = signupInput(questions).safeParse(candidate(values, questions));
  if (!result.success) {
    const errors = errorsOf(result.error);
    // zod checks "email or phone" only once every field is valid; the form says it with the other errors at once.
    if (lacksContact(values)) errors.email ??= NO_CONTACT;
    return { kind: 'show', step: 'fill', errors };
  }
  if (intent === 'review') return { kind: 'show', step: 'review', errors: {} };
  return { kind: 'complete', input: result.data };
}
