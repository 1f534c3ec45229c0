// The counselling form in short steps (the KRDS 신청 pattern), driven by the server so it works without
// JavaScript: every POST carries the answers so far and what the person pressed, and gets back the step to show
// and the errors of the step they left. The last step checks everything with counsellingRequestInput.
import type { z } from 'zod';
import { counsellingRequestInput, type CounsellingRequestInput } from './request-input';

export const requestSteps = ['category', 'situation', 'companySize', 'answerMethod', 'contact', 'consent', 'review'] as const;
export type RequestStep = (typeof requestSteps)[number];

/** The fields each step asks for. */
export const stepFields: Record<RequestStep, readonly (keyof RequestDraft)[]> = {
  category: ['category'],
  situation: ['situation'],
  companySize: ['companySize'],
  answerMethod: ['answerMethod'],
  contact: ['email', 'phone', 'callbackWindow'],
  consent: ['consent'],
  review: [],
};

/** The answers so far, as the form sends them (all text). */
export interface RequestDraft {
  idempotencyKey: string;
  consentVersion: string;
  category?: string;
  situation?: string;
  companySize?: string;
  answerMethod?: string;
  email?: string;
  phone?: string;
  callbackWindow?: string;
  consent?: string;
}

export const draftFieldNames = ['idempotencyKey', 'consentVersion', 'category', 'situation', 'companySize', 'answerMethod', 'email', 'phone', 'callbackWindow', 'consent'] as const;

/**
 * What the person pressed: 다음, 이전, 고치기 (go back to a step from the review), 보내기, or 이어서 쓰기 (a draft
 * the browser kept: on to the first step still missing an answer, or the review).
 */
export type StepIntent = { kind: 'next' } | { kind: 'back' } | { kind: 'edit'; step: RequestStep } | { kind: 'submit' } | { kind: 'resume' };

export function parseIntent(value: string | undefined): StepIntent {
  if (value === 'back') return { kind: 'back' };
  if (value === 'submit') return { kind: 'submit' };
  if (value === 'resume') return { kind: 'resume' };
  const edit = /^edit:(\w+)$/.exec(value ?? '');
  if (edit && (requestSteps as readonly string[]).includes(edit[1])) return { kind: 'edit', step: edit[1] as RequestStep };
  return { kind: 'next' };
}

/** The steps this draft goes through: the contact step only when the answer needs an address or number. */
export function stepsFor(draft: Pick<RequestDraft, 'answerMethod'>): RequestStep[] {
  return requestSteps.filter((step) => step !== 'contact' || draft.answerMethod === 'email' || draft.answerMethod === 'callback');
}

export type FieldErrors = Partial<Record<keyof RequestDraft, string>>;

export type StepOutcome =
  | { kind: 'show'; step: RequestStep; errors: FieldErrors }
  | { kind: 'complete'; input: CounsellingRequestInput };

/** The form's value → what the schema expects (the consent box sends "yes"). */
function candidate(draft: RequestDraft) {
  return { ...draft, consent: draft.consent === 'yes' };
}

function errorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof RequestDraft | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** Problems of the whole draft, by field. */
export function draftErrors(draft: RequestDraft): FieldErrors {
  const result = counsellingRequestInput.safeParse(candidate(draft));
  return result.success ? {} : errorsOf(result.error);
}

const onlyFields = (errors: FieldErrors, fields: readonly (keyof RequestDraft)[]): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([field]) => fields.includes(field as keyof RequestDraft)));

/** The next screen, from the step the person was on, their answers and what they pressed. */
export function advance(draft: RequestDraft, current: RequestStep, intent: StepIntent): StepOutcome {
  const steps = stepsFor(draft);
  const at = Math.max(steps.indexOf(current), 0);
  if (intent.kind === 'back') return { kind: 'show', step: steps[Math.max(at - 1, 0)], errors: {} };
  if (intent.kind === 'edit') return { kind: 'show', step: intent.step, errors: {} };
  const errors = draftErrors(draft);
  if (intent.kind === 'resume') {
    const missing = steps.find((step) => Object.keys(onlyFields(errors, stepFields[step])).length > 0);
    return { kind: 'show', step: missing ?? 'review', errors: {} };
  }
  if (intent.kind === 'submit') {
    const firstWrong = steps.find((step) => Object.keys(onlyFields(errors, stepFields[step])).length > 0);
    if (firstWrong) return { kind: 'show', step: firstWrong, errors: onlyFields(errors, stepFields[firstWrong]) };
    // The hidden fields (idempotency key, consent text version) were tampered with or lost: show the review again.
    if (Object.keys(errors).length) return { kind: 'show', step: 'review', errors };
    return { kind: 'complete', input: counsellingRequestInput.parse(candidate(draft)) };
  }
  const here = onlyFields(errors, stepFields[steps[at]]);
  if (Object.keys(here).length) return { kind: 'show', step: steps[at], errors: here };
  return { kind: 'show', step: steps[Math.min(at + 1, steps.length - 1)], errors: {} };
}
