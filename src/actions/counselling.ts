/** The counselling form (one press at a time, then the stored request) and the follow-up through the private link. */
import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { guardSubmission } from '../server/abuse/submission-guard';
import { createCounsellingRequest, findByIdempotencyKey } from '../server/counselling/create-request';
import { advance, draftFieldNames, parseIntent, requestSteps, type FieldErrors, type RequestDraft, type RequestStep } from '../server/counselling/request-steps';
import { followUpInput } from '../server/counselling/request-input';
import { addFollowUp } from '../server/counselling/requester';
import { getService } from '../server/service';
import { asActionError, clientIp, text } from './action-helpers';

/** Counselling submissions per address and hour: with the proof of work solved, and without JavaScript. */
const counsellingLimits = {
  solved: { name: 'counselling-submit', limit: 10, windowSeconds: 60 * 60 },
  unsolved: { name: 'counselling-submit-nojs', limit: 3, windowSeconds: 60 * 60 },
};

export type CounsellingStepResult =
  | { kind: 'show'; step: RequestStep; draft: RequestDraft; errors: FieldErrors; formError?: string }
  | { kind: 'created'; token: string };

export const counsellingActions = {
  /** One press on the counselling form: show the next step, or store the request. */
  step: defineAction({
    accept: 'form',
    handler: async (form, context): Promise<CounsellingStepResult> => {
      const draft = Object.fromEntries(draftFieldNames.map((name) => [name, text(form, name)])) as unknown as RequestDraft;
      const shown = text(form, 'step');
      const current: RequestStep = (requestSteps as readonly string[]).includes(shown ?? '') ? (shown as RequestStep) : 'category';
      const outcome = advance(draft, current, parseIntent(text(form, 'intent')));
      if (outcome.kind === 'show') return { ...outcome, draft };
      const service = await getService();
      // A retry of a request already stored (a lost answer, a double press) gets its link and counts for nothing.
      const stored = await findByIdempotencyKey(service.ctx, outcome.input.idempotencyKey);
      if (stored) return { kind: 'created', token: stored.token };
      const verdict = await guardSubmission(service.ctx, counsellingLimits, {
        honeypot: text(form, 'website'),
        proofOfWork: text(form, 'altcha'),
        clientIp: clientIp(context),
      });
      if (!verdict.ok) return { kind: 'show', step: 'review', draft, errors: {}, formError: verdict.message };
      const created = await createCounsellingRequest(service.ctx, outcome.input);
      return { kind: 'created', token: created.token };
    },
  }),

  /** A follow-up question through the private link. */
  followUp: defineAction({
    accept: 'form',
    input: followUpInput.extend({ token: z.string() }),
    handler: async ({ token, body }, context) => {
      const service = await getService();
      await addFollowUp(service.ctx, token, body, clientIp(context)).catch(asActionError);
      return { sent: true };
    },
  }),
};
