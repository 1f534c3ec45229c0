/**
 * KWCAG 2.2 8.1.1 (마크업 오류 방지): every built page, and every kind of page the server renders on demand, is
 * valid HTML to the W3C Nu HTML Checker. Newsletter email editions are files for a mailing service, not pages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { isEmailEdition } from '../../src/build/built-pages';
import type { Service } from '../../src/server/service';
import { builtHtmlFiles, urlPathOf } from './support/built-site';
import { makeStaff, openServiceForTests } from './support/service';
import { markupErrors } from './support/vnu';

it('has no markup errors on any built page', () => {
  const files = builtHtmlFiles().filter((file) => !isEmailEdition(file));
  expect(files.length).toBeGreaterThan(100);
  expect(markupErrors(files, urlPathOf)).toEqual([]);
}, 180_000);

let service: Service;
beforeAll(async () => {
  service = await openServiceForTests();
  await makeStaff(service, 'markup@centre.test', '관리자', 'markup test password 1');
});
afterAll(() => service?.close());

const base = () => inject('baseUrl');
const formPost = (body: Record<string, string>, cookie = '') => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.40', cookie },
  body: new URLSearchParams(body),
});

/** One of each kind of on-demand page, fetched as a browser without JavaScript would get it. */
async function servicePages(): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  const get = async (name: string, url: string, init?: RequestInit) => {
    const response = await fetch(url.startsWith('http') ? url : `${base()}${url}`, init);
    pages[name] = await response.text();
    return response;
  };
  const request = { idempotencyKey: 'markupTestKey0123456789a', consentVersion: '2026-12-01', category: '모성보호', situation: '마크업 검사용 상담입니다.', companySize: '모름', answerMethod: 'link', consent: 'yes' };
  const action = '/counselling/request/?_action=counselling.step';
  await get('counselling form', '/counselling/request/');
  await get('counselling form with errors', action, formPost({ step: 'category', intent: 'next', idempotencyKey: request.idempotencyKey }));
  await get('counselling review', action, formPost({ ...request, step: 'consent', intent: 'next' }));
  const created = await fetch(`${base()}${action}`, formPost({ ...request, step: 'review', intent: 'submit' }));
  await get('private link, just sent', new URL(created.headers.get('location')!, base()).href);
  await get('private link, not found', '/counselling/request/NotARealTokenNotARealTokenNotARealToken00/');
  await get('staff login', '/staff/login/');
  await get('staff login, wrong password', '/staff/login/', formPost({ stage: 'password', email: 'markup@centre.test', password: 'wrong' }));
  await get('staff set password', '/staff/set-password/?token=not-a-token');
  const signedIn = await fetch(`${base()}/staff/login/`, formPost({ stage: 'password', email: 'markup@centre.test', password: 'markup test password 1' }));
  const cookie = signedIn.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const staff = { headers: { cookie } };
  const queue = await (await fetch(`${base()}/staff/`, staff)).text();
  pages['staff queue'] = queue;
  const requestPath = /href="(\/staff\/counselling\/[^"]+)"/.exec(queue)?.[1];
  expect(requestPath, 'a request in the queue').toBeDefined();
  await get('staff request', requestPath!, staff);
  await get('staff audit log', '/staff/audit/', staff);
  await get('staff account', '/staff/account/', staff);
  return pages;
}

it('has no markup errors on the pages the server renders', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'service-markup-'));
  const names = new Map<string, string>();
  const pages = await servicePages();
  for (const [index, [name, html]] of Object.entries(pages).entries()) {
    expect(html, name).toMatch(/^<!DOCTYPE html>/i);
    const file = path.join(dir, `${index}.html`);
    writeFileSync(file, html);
    names.set(file, name);
  }
  expect(markupErrors([...names.keys()], (file) => names.get(file) ?? file)).toEqual([]);
}, 180_000);
