// Every address the service writes into a mail or prints: the site's own paths (src/lib/urls.ts) made absolute
// with the public address, so a mail and the route it points at can never disagree.
import {
  absoluteUrl,
  counsellingRequestPath,
  newsletterConfirmPath,
  newsletterUnsubscribePath,
  signupPath,
  STAFF,
  staffCounsellingPath,
} from '../lib/urls';
import type { ServiceSettings } from './context';

const at = (settings: ServiceSettings, path: string) => absoluteUrl(path, settings.publicUrl);

export const serviceUrls = {
  counsellingPrivateLink: (settings: ServiceSettings, token: string) => at(settings, counsellingRequestPath(token)),
  staffCounsellingRequest: (settings: ServiceSettings, requestId: string) => at(settings, staffCounsellingPath(requestId)),
  staffQueue: (settings: ServiceSettings) => at(settings, STAFF),
  signupPrivateLink: (settings: ServiceSettings, token: string) => at(settings, signupPath(token)),
  newsletterConfirm: (settings: ServiceSettings, token: string) => at(settings, newsletterConfirmPath(token)),
  newsletterUnsubscribe: (settings: ServiceSettings, token: string) => at(settings, newsletterUnsubscribePath(token)),
};
