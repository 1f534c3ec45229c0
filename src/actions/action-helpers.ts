/** What every action shares: reading a form's text, the client's address, and turning service errors into answers. */
import { ActionError } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { clientAddressOf } from '../server/http/client-address';
import { ServiceError, httpStatusOf } from '../server/service-error';

export const clientIp = (context: ActionAPIContext) => clientAddressOf(context.request, context.clientAddress);

export const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** A ServiceError becomes an ActionError the page can show; anything else is a real fault. */
export function asActionError(error: unknown): never {
  if (error instanceof ServiceError) {
    throw new ActionError({ code: ActionError.statusToCode(httpStatusOf[error.code]), message: error.message });
  }
  throw error;
}

/** The staff member the middleware signed in for this request; an action under /staff/ never runs without one. */
export function staffOf(context: ActionAPIContext) {
  const session = context.locals.staffSession;
  if (!session) throw new ActionError({ code: 'UNAUTHORIZED', message: '로그인이 필요합니다.' });
  return session;
}
