/** The programme sign-up form (fill in, review, send) and cancelling through the private link. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getSignupProgram } from '../data/program-signups';
import { siteNow } from '../data/site';
import { guardSubmission } from '../server/abuse/submission-guard';
import type { RateRule } from '../server/rate-limit/rate-limit';
import { ServiceError } from '../server/service-error';
import { getService } from '../server/service';
import { createSignup, findByIdempotencyKey } from '../server/signups/create-signup';
import { cancelSignup } from '../server/signups/signup-by-token';
import { advanceSignupForm, parseSignupIntent, signupFieldNames, type SignupFieldErrors, type SignupFormStep, type SignupFormValues } from '../server/signups/signup-form';
import { asActionError, clientIp, text } from './action-helpers';

/**
 * Sign-ups per address and hour. Generous: a workplace or a family shares one address, and a sign-up takes a seat
 * only with a name and a contact; the form has no proof of work, so one rule serves with and without JavaScript.
 */
const perAddress: RateRule = { name: 'signup-submit', limit: 30, windowSeconds: 60 * 60 };
const signupLimits = { solved: perAddress, unsolved: perAddress };

export type SignupStepResult =
  | { kind: 'show'; step: SignupFormStep; values: SignupFormValues; errors: SignupFieldErrors; formError?: string }
  | { kind: 'created'; token: string };

export const signupActions = {
  /** One press on a programme's sign-up form: show the review or the form again, or store the sign-up. */
  step: defineAction({
    accept: 'form',
    handler: async (form, context): Promise<SignupStepResult> => {
      const service = await getService();
      const program = await getSignupProgram(text(form, 'program') ?? '', siteNow(service.ctx.clock()));
      if (!program) throw new ActionError({ code: 'NOT_FOUND', message: '신청을 받는 프로그램을 찾을 수 없습니다.' });
      const values = Object.fromEntries(signupFieldNames(program.questions).map((name) => [name, text(form, name) ?? '']));
      const outcome = advanceSignupForm(values, program.questions, parseSignupIntent(text(form, 'intent')));
      if (outcome.kind === 'show') return { ...outcome, values };
      // A retry of a sign-up already stored (a lost answer, a double press) gets its link and counts for nothing.
      const stored = await findByIdempotencyKey(service.ctx, outcome.input.idempotencyKey);
      if (stored) return { kind: 'created', token: stored.token };
      const verdict = await guardSubmission(service.ctx, signupLimits, { honeypot: text(form, 'website'), proofOfWork: undefined, clientIp: clientIp(context) });
      if (!verdict.ok) return { kind: 'show', step: 'review', values, errors: {}, formError: verdict.message };
      try {
        return { kind: 'created', token: (await createSignup(service.ctx, program, outcome.input)).token };
      } catch (error) {
        // Closed since the form was opened (the deadline passed, or staff closed it): said beside the answers kept.
        if (error instanceof ServiceError) return { kind: 'show', step: 'review', values, errors: {}, formError: error.message };
        throw error;
      }
    },
  }),

  /** Cancels through the private link (after its confirm step); a confirmed seat goes to the first on the waitlist. */
  cancel: defineAction({
    accept: 'form',
    input: z.object({ token: z.string() }),
    handler: async ({ token }, context) => {
      await cancelSignup((await getService()).ctx, token, clientIp(context)).catch(asActionError);
      return { cancelled: true };
    },
  }),
};
