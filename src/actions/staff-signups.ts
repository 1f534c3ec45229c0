/** Staff work on a programme's sign-ups: attendance, closing and reopening. The middleware has signed them in. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { getSignupProgram } from '../data/program-signups';
import { siteNow } from '../data/site';
import { getService } from '../server/service';
import { saveAttendance, setRegistrationClosed } from '../server/signups/staff-signups';
import { asActionError, clientIp, staffOf } from './action-helpers';

/** Only programmes in content that take sign-ups here; anything else is a form tampered with. */
async function programOf(slug: string) {
  const service = await getService();
  const program = await getSignupProgram(slug, siteNow(service.ctx.clock()));
  if (!program) throw new ActionError({ code: 'NOT_FOUND', message: '신청을 받는 프로그램을 찾을 수 없습니다.' });
  return { service, program };
}

export const staffSignupActions = {
  /**
   * The attendance form: every confirmed sign-up on the page sends its id, and the ticked ones also as `attended`.
   * Ticked is 출석, not ticked is 결석; the whole form is saved at once.
   */
  attendance: defineAction({
    accept: 'form',
    handler: async (form, context) => {
      const { staff } = staffOf(context);
      const { service, program } = await programOf(String(form.get('program') ?? ''));
      const attended = new Set(form.getAll('attended').map(String));
      const marks = form.getAll('signupId').map((id) => ({ signupId: String(id), attended: attended.has(String(id)) }));
      const changed = await saveAttendance(service.ctx, staff, program.slug, marks, clientIp(context)).catch(asActionError);
      return { done: changed === 0 ? '바뀐 출석이 없습니다.' : `출석 ${changed}건을 저장했습니다.` };
    },
  }),

  /** Closes registration early (whatever content says), or opens it again. */
  setClosed: defineAction({
    accept: 'form',
    input: z.object({ program: z.string(), closed: z.enum(['yes', 'no']) }),
    handler: async ({ program: slug, closed }, context) => {
      const { staff } = staffOf(context);
      const { service, program } = await programOf(slug);
      await setRegistrationClosed(service.ctx, staff, program.slug, closed === 'yes');
      return { done: closed === 'yes' ? '신청을 닫았습니다. 새 신청을 받지 않습니다.' : '신청을 다시 열었습니다.' };
    },
  }),
};
