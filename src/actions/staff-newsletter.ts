/**
 * A 관리자 sending an issue: the test send to their own address, then the send to every confirmed subscriber. The
 * edition is made here from content by the same functions as the built email.html and email.txt.
 */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { emailEditionFor, getNewsletterIssues } from '../data/newsletter-issues';
import { getSite } from '../data/site';
import { sendTestIssue, startIssueSend, type NewsletterEdition } from '../server/newsletter/newsletter-sending';
import { getService } from '../server/service';
import { asActionError, staffOf } from './action-helpers';

async function editionOf(slug: string): Promise<NewsletterEdition> {
  const issue = (await getNewsletterIssues()).find((candidate) => candidate.slug === slug);
  if (!issue) throw new ActionError({ code: 'NOT_FOUND', message: '발행한 뉴스레터 가운데 그런 호가 없습니다.' });
  return { issueSlug: slug, ...(await emailEditionFor(await getSite(), issue)) };
}

/** `force` is a ticked box: "이미 보낸 호라는 것을 알고 다시 보냅니다". */
const sendInput = z.object({ slug: z.string(), force: z.literal('yes').optional() });

export const staffNewsletterActions = {
  testSend: defineAction({
    accept: 'form',
    input: sendInput,
    handler: async ({ slug, force }, context) => {
      const { staff } = staffOf(context);
      await sendTestIssue((await getService()).ctx, staff, await editionOf(slug), { force: force === 'yes' }).catch(asActionError);
      return { done: '내 메일 주소로 시험 발송했습니다. 받은 메일을 확인한 뒤 발송하세요.' };
    },
  }),
  send: defineAction({
    accept: 'form',
    input: sendInput,
    handler: async ({ slug, force }, context) => {
      const { staff } = staffOf(context);
      const started = await startIssueSend((await getService()).ctx, staff, await editionOf(slug), { force: force === 'yes' }).catch(asActionError);
      return { done: `구독자 ${started.recipients.toLocaleString('ko-KR')}명에게 보내기 시작했습니다.` };
    },
  }),
};
