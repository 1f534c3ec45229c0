/**
 * Astro Actions: the service's forms. Each is a plain HTML form POST, so it works without JavaScript; the page
 * renders the action's result. The actions only read the form, call src/server/, and shape the answer; every rule
 * lives in src/server/ where it is tested against both databases.
 */
import { ActionError, defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { guardSubmission } from '../server/abuse/submission-guard';
import { createCounsellingRequest, findByIdempotencyKey } from '../server/counselling/create-request';
import { advance, draftFieldNames, parseIntent, requestSteps, type FieldErrors, type RequestDraft, type RequestStep } from '../server/counselling/request-steps';
import { followUpInput, staffTextInput } from '../server/counselling/request-input';
import { addFollowUp } from '../server/counselling/requester';
import { addNote, assignRequest, closeRequest, replyToRequest } from '../server/counselling/staff-actions';
import { clientAddressOf } from '../server/http/client-address';
import { ServiceError, httpStatusOf } from '../server/service-error';
import { getService } from '../server/service';
import { z } from 'zod';

/** Counselling submissions per address and hour: with the proof of work solved, and without JavaScript. */
const counsellingLimits = {
  solved: { name: 'counselling-submit', limit: 10, windowSeconds: 60 * 60 },
  unsolved: { name: 'counselling-submit-nojs', limit: 3, windowSeconds: 60 * 60 },
};

const clientIp = (context: ActionAPIContext) => clientAddressOf(context.request, context.clientAddress);

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** A ServiceError becomes an ActionError the page can show; anything else is a real fault. */
function asActionError(error: unknown): never {
  if (error instanceof ServiceError) {
    throw new ActionError({ code: ActionError.statusToCode(httpStatusOf[error.code]), message: error.message });
  }
  throw error;
}

export type CounsellingStepResult =
  | { kind: 'show'; step: RequestStep; draft: RequestDraft; errors: FieldErrors; formError?: string }
  | { kind: 'created'; token: string };

export const server = {
  counselling: {
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
  },

  staff: {
    /** Assign a request (to oneself, or to another staff member). */
    assign: defineAction({
      accept: 'form',
      input: z.object({ requestId: z.string(), assigneeId: z.string() }),
      handler: async ({ requestId, assigneeId }, context) => {
        const { staff } = staffOf(context);
        await assignRequest((await getService()).ctx, staff, requestId, assigneeId, clientIp(context)).catch(asActionError);
        return { done: '배정했습니다.' };
      },
    }),
    /** Answer the person who asked; they read it through their link (and by mail if they chose it). */
    reply: defineAction({
      accept: 'form',
      input: staffTextInput.extend({ requestId: z.string() }),
      handler: async ({ requestId, body }, context) => {
        const { staff } = staffOf(context);
        await replyToRequest((await getService()).ctx, staff, requestId, body, clientIp(context)).catch(asActionError);
        return { done: '답변을 보냈습니다.' };
      },
    }),
    /** An internal note, never shown to the person who asked. */
    note: defineAction({
      accept: 'form',
      input: z.object({ requestId: z.string(), note: staffTextInput.shape.body }),
      handler: async ({ requestId, note }, context) => {
        const { staff } = staffOf(context);
        await addNote((await getService()).ctx, staff, requestId, note, clientIp(context)).catch(asActionError);
        return { done: '메모를 남겼습니다.' };
      },
    }),
    close: defineAction({
      accept: 'form',
      input: z.object({ requestId: z.string() }),
      handler: async ({ requestId }, context) => {
        const { staff } = staffOf(context);
        await closeRequest((await getService()).ctx, staff, requestId, clientIp(context)).catch(asActionError);
        return { done: '종결했습니다.' };
      },
    }),
  },
};

/** The staff member the middleware signed in for this request; an action under /staff/ never runs without one. */
function staffOf(context: ActionAPIContext) {
  const session = context.locals.staffSession;
  if (!session) throw new ActionError({ code: 'UNAUTHORIZED', message: '로그인이 필요합니다.' });
  return session;
}
