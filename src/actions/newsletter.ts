/** The subscribe box (on every page, posting to /newsletters/subscribe/) and the button on the confirmation page. */
import { defineAction } from 'astro:actions';
import { z } from 'zod';
import { getSite } from '../data/site';
import { consentText } from '../lib/newsletter/subscribe-consent';
import { guardSubmission } from '../server/abuse/submission-guard';
import { confirmSubscription, newsletterRules, subscribe, subscribeInput } from '../server/newsletter/subscriptions';
import { getService } from '../server/service';
import { asActionError, clientIp, text } from './action-helpers';

export interface SubscribeValues {
  email: string;
  consent: boolean;
}

export type SubscribeResult =
  | { kind: 'sent' }
  | { kind: 'show'; values: SubscribeValues; errors: { email?: string; consent?: string }; formError?: string };

/** The box has no proof of work: every subscribe request counts against its address (10 an hour). */
const subscribeLimits = { solved: newsletterRules.perClient, unsolved: newsletterRules.perClient };

export const newsletterActions = {
  /** Always the same answer once the form is right: whether the address was new or already on the list stays unsaid. */
  subscribe: defineAction({
    accept: 'form',
    handler: async (form, context): Promise<SubscribeResult> => {
      const values: SubscribeValues = { email: text(form, 'email') ?? '', consent: text(form, 'consent') === 'yes' };
      const { consent } = (await getSite()).newsletter;
      const parsed = subscribeInput.safeParse(values);
      const errors: { email?: string; consent?: string } = {};
      for (const issue of parsed.error?.issues ?? []) errors[issue.path[0] as 'email' | 'consent'] ??= issue.message;
      // A page built with older consent words (a cached copy): show the current words and ask again.
      if (values.consent && text(form, 'consentVersion') !== consent.version) {
        errors.consent = '동의 내용이 바뀌었습니다. 아래의 새 내용을 읽고 다시 동의해 주세요.';
        values.consent = false;
      }
      if (!parsed.success || errors.consent) return { kind: 'show', values, errors };
      const service = await getService();
      const verdict = await guardSubmission(service.ctx, subscribeLimits, { honeypot: text(form, 'website'), proofOfWork: undefined, clientIp: clientIp(context) });
      if (!verdict.ok) {
        const formError = verdict.reason === 'rate-limited' ? '이 주소에서 짧은 시간에 너무 많이 신청했습니다. 한 시간쯤 뒤에 다시 신청해 주세요.' : verdict.message;
        return { kind: 'show', values, errors: {}, formError };
      }
      await subscribe(service.ctx, parsed.data, { version: consent.version, text: consentText(consent) });
      return { kind: 'sent' };
    },
  }),

  /** The one button on the confirmation page (the link in the mail only opens the page). */
  confirm: defineAction({
    accept: 'form',
    input: z.object({ token: z.string() }),
    handler: async ({ token }, context) => {
      await confirmSubscription((await getService()).ctx, token, clientIp(context)).catch(asActionError);
      return { confirmed: true };
    },
  }),
};
