/** Staff work on a counselling request: assign, reply, note, close. The middleware has signed the staff member in. */
import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { staffTextInput } from '../server/counselling/request-input';
import { addNote, assignRequest, closeRequest, replyToRequest } from '../server/counselling/staff-actions';
import { getService } from '../server/service';
import { asActionError, clientIp, staffOf } from './action-helpers';

export const staffActions = {
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
};
