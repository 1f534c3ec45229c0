// Every address the service writes into a mail or prints, built in one place (the lead's routes must match).
import type { ServiceSettings } from './context';

export const serviceUrls = {
  /** The requester's private page; the token is the only personal thing allowed in a URL. */
  counsellingPrivateLink: (settings: ServiceSettings, token: string) => `${settings.publicUrl}/counselling/request/${token}/`,
  staffCounsellingRequest: (settings: ServiceSettings, requestId: string) => `${settings.publicUrl}/staff/counselling/${requestId}/`,
  staffQueue: (settings: ServiceSettings) => `${settings.publicUrl}/staff/`,
};
