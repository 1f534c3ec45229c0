// Every address the service writes into a mail or prints, built in one place (the lead's routes must match).
import type { ServiceSettings } from './context';

export const serviceUrls = {
  /** The requester's private page; the token is the only personal thing allowed in a URL. */
  counsellingPrivateLink: (settings: ServiceSettings, token: string) => `${settings.publicUrl}/counselling/request/${token}/`,
  staffCounsellingRequest: (settings: ServiceSettings, requestId: string) => `${settings.publicUrl}/staff/counselling/${requestId}/`,
  staffQueue: (settings: ServiceSettings) => `${settings.publicUrl}/staff/`,
  /** A sign-up's private page: its status and the cancel button. */
  signupPrivateLink: (settings: ServiceSettings, token: string) => `${settings.publicUrl}/programs/signup/${token}/`,
  /** Opening it (then pressing the button the page shows) confirms a newsletter subscription. */
  newsletterConfirm: (settings: ServiceSettings, token: string) => `${settings.publicUrl}/newsletters/confirm/${token}/`,
  /** One-click unsubscribe: a POST here (RFC 8058) unsubscribes; a GET shows a page with the button. */
  newsletterUnsubscribe: (settings: ServiceSettings, token: string) => `${settings.publicUrl}/newsletters/unsubscribe/${token}/`,
};
