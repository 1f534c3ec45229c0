/**
 * Programmes as the sign-up service reads them at request time: the content the build baked in, only those that
 * take sign-ups through the site's own form, each with its status decided at that moment (not on the build day)
 * and the extra questions its form asks.
 */
import { deriveProgramStatusAt, takesSignupsOnSite } from '../lib/programs/status';
import type { SignupProgram } from '../server/signups/signup-program';
import { getProgramList } from './content';

/** Earliest first; `now` is `siteNow(clock())`. */
export async function getSignupPrograms(now: string): Promise<SignupProgram[]> {
  return (await getProgramList())
    .filter((entry) => takesSignupsOnSite(entry.data))
    .map((entry) => ({ slug: entry.id, data: entry.data, status: deriveProgramStatusAt(entry.data, now), questions: entry.data.questions ?? [] }));
}

/** The programme behind a sign-up form's address, or null when there is none or it takes no sign-ups here. */
export async function getSignupProgram(slug: string, now: string): Promise<SignupProgram | null> {
  return (await getSignupPrograms(now)).find((program) => program.slug === slug) ?? null;
}
