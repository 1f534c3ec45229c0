// The site's own origin check (Astro's is off): cross-site form posts are refused everywhere on demand, except the
// RFC 8058 one-click unsubscribe POST, which a mail provider sends without an Origin to exactly one route.
import { describe, expect, it } from 'vitest';
import { refusesCrossSite } from '../../src/server/http/origin-check';

const site = 'https://nw.workingmom.example';
const token = 'A'.repeat(43);
const request = (path: string, init: { method?: string; origin?: string; type?: string | null } = {}) => {
  const headers = new Headers();
  if (init.origin) headers.set('origin', init.origin);
  if (init.type !== null) headers.set('content-type', init.type ?? 'application/x-www-form-urlencoded');
  const url = new URL(path, site);
  return [new Request(url, { method: init.method ?? 'POST', headers, body: init.method === 'GET' ? undefined : 'x=1' }), url] as const;
};

describe('refusesCrossSite', () => {
  it('lets same-site posts and every GET through', () => {
    expect(refusesCrossSite(...request('/newsletters/subscribe/?_action=newsletter.subscribe', { origin: site }))).toBe(false);
    expect(refusesCrossSite(...request('/staff/', { method: 'GET', origin: 'https://elsewhere.example', type: null }))).toBe(false);
  });

  it('refuses a form post from another site or with no Origin, and any unsafe request without a type', () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8']) {
      expect(refusesCrossSite(...request('/counselling/request/?_action=counselling.step', { origin: 'https://elsewhere.example', type })), type).toBe(true);
      expect(refusesCrossSite(...request('/staff/login/', { type })), type).toBe(true);
    }
    expect(refusesCrossSite(...request('/staff/newsletter/export/', { type: null }))).toBe(true);
    // JSON needs CORS to be sent across sites, as in Astro's rule.
    expect(refusesCrossSite(...request('/api/auth/sign-in/email', { type: 'application/json' }))).toBe(false);
  });

  it('lets exactly the one-click unsubscribe POST through, without an Origin, and nothing riding on it', () => {
    expect(refusesCrossSite(...request(`/newsletters/unsubscribe/${token}/`, { type: 'multipart/form-data; boundary=x' }))).toBe(false);
    expect(refusesCrossSite(...request(`/newsletters/unsubscribe/${token}/`, { origin: 'https://mail.example' }))).toBe(false);
    expect(refusesCrossSite(...request(`/newsletters/unsubscribe/${token}/?_action=staff.reply`))).toBe(true);
    expect(refusesCrossSite(...request(`/newsletters/unsubscribe/${token}/more/`))).toBe(true);
    expect(refusesCrossSite(...request(`/newsletters/confirm/${token}/`))).toBe(true);
    expect(refusesCrossSite(...request(`/newsletters/unsubscribe/${token}/`, { method: 'PUT' }))).toBe(true);
  });
});
