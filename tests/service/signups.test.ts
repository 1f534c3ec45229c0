// Programme sign-ups in the data layer, on PGlite and PostgreSQL: seats and the waitlist (also when many people
// race for the last seats), idempotent retries, mails with .ics and private link, cancelling and promotion,
// staff lists, attendance, closing, exports (CSV and XLSX read back), reminders and 1-year retention.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditLog } from '../../src/server/audit/audit-log';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { newPrivateToken } from '../../src/server/crypto/private-token';
import { queryRows } from '../../src/server/db/raw';
import { runRetention } from '../../src/server/retention';
import { createSignup } from '../../src/server/signups/create-signup';
import { exportSignups } from '../../src/server/signups/export-signups';
import { cancelSignup, readSignupByToken } from '../../src/server/signups/signup-by-token';
import { remainingSeats } from '../../src/server/signups/signup-program';
import { queueSignupReminders } from '../../src/server/signups/signup-reminders';
import { listSignups, markAttendance, setRegistrationClosed } from '../../src/server/signups/staff-signups';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';
import { signupForm, signupProgram } from './support/signup-fixtures';
import { makeStaff } from './support/staff-fixtures';

describe.each(engines)('programme sign-ups on %s', (engine) => {
  const clock = fakeClock('2026-11-20T03:00:00Z'); // 12:00 in Seoul
  let h: Harness;
  let staff: StaffUser;
  beforeAll(async () => {
    h = await startHarness(engine, { clock });
    staff = await makeStaff(h.service, 'programs@centre.test', '상담원');
  });
  afterAll(() => h.close());

  it('confirms up to the capacity, then waitlists with positions; the public count follows', async () => {
    const program = signupProgram('fill-up', { capacity: 3 });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await createSignup(h.service.ctx, program, signupForm(program, { email: `p${i}@example.com` })));
    expect(results.map((r) => [r.status, r.position])).toEqual([
      ['확정', null],
      ['확정', null],
      ['확정', null],
      ['대기', 1],
      ['대기', 2],
    ]);
    expect(await remainingSeats(h.service.ctx, 'fill-up', 3)).toEqual({ capacity: 3, confirmed: 3, waitlisted: 2, remaining: 0, closed: false });
    expect((await remainingSeats(h.service.ctx, 'nobody-yet', 20)).remaining).toBe(20);
  });

  it('many people racing for the last seats: exactly the capacity is confirmed, the rest waitlisted in order', async () => {
    const program = signupProgram('race', { capacity: 10 });
    const forms = Array.from({ length: 40 }, (_, i) => signupForm(program, { email: `race${i}@example.com` }));
    const results = await Promise.all(forms.map((form) => createSignup(h.service.ctx, program, form)));
    expect(results.filter((r) => r.status === '확정')).toHaveLength(10);
    const positions = results.filter((r) => r.status === '대기').map((r) => r.position).sort((a, b) => a! - b!);
    expect(positions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const [count] = await queryRows<{ n: number }>(h.service.ctx.db, sql`select count(*)::int as n from program_signup where program_slug = 'race'`);
    expect(count!.n).toBe(40);

    const lastSeat = signupProgram('last-seat', { capacity: 1 });
    const two = await Promise.all([1, 2].map((i) => createSignup(h.service.ctx, lastSeat, signupForm(lastSeat, { email: `last${i}@example.com` }))));
    expect(two.map((r) => r.status).sort()).toEqual(['대기', '확정']);
  });

  it('a retry with the same idempotency key answers with the same sign-up and token, even sent at once', async () => {
    const program = signupProgram('retry', { capacity: 5 });
    const form = signupForm(program);
    const results = await Promise.all([1, 2, 3, 4].map(() => createSignup(h.service.ctx, program, form)));
    expect(new Set(results.map((r) => r.signupId)).size).toBe(1);
    expect(new Set(results.map((r) => r.token)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await remainingSeats(h.service.ctx, 'retry', 5)).confirmed).toBe(1);
  });

  it('mails the confirmation with the .ics and the private link, and the waitlist place', async () => {
    const program = signupProgram('mails', { capacity: 1 });
    const seat = await createSignup(h.service.ctx, program, signupForm(program, { email: 'seat@example.com', name: '<b>박</b>' }));
    const wait = await createSignup(h.service.ctx, program, signupForm(program, { email: 'wait@example.com' }));
    await createSignup(h.service.ctx, program, signupForm(program, { email: undefined, phone: '010-1111-2222' }));
    await h.drainJobs();
    const confirmation = h.mails().find((mail) => mail.to === 'seat@example.com')!;
    expect(confirmation.text).toContain(`/programs/signup/${seat.token}/`);
    expect(confirmation.html).toContain('&lt;b&gt;박&lt;/b&gt;');
    const ics = confirmation.attachments![0]!;
    expect(ics.filename).toBe('program.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('일하는 부모를 위한 자녀 훈육 강좌');
    expect(event.startDate.toString()).toBe('2026-12-12T10:00:00');
    const waitMail = h.mails().find((mail) => mail.to === 'wait@example.com')!;
    expect(waitMail.text).toContain('대기 1번');
    expect(waitMail.text).toContain(`/programs/signup/${wait.token}/`);
    expect(waitMail.attachments).toBeUndefined();
  });

  it('cancelling through the link frees the seat and promotes the first waitlisted person, who gets a mail', async () => {
    const program = signupProgram('cancel', { capacity: 2 });
    const first = await createSignup(h.service.ctx, program, signupForm(program, { email: 'c1@example.com' }));
    await createSignup(h.service.ctx, program, signupForm(program, { email: 'c2@example.com' }));
    const third = await createSignup(h.service.ctx, program, signupForm(program, { email: 'c3@example.com', name: '이대기' }));
    const fourth = await createSignup(h.service.ctx, program, signupForm(program, { email: 'c4@example.com' }));
    expect((await readSignupByToken(h.service.ctx, fourth.token, '10.0.0.1')).position).toBe(2);
    await h.drainJobs();
    const before = h.mails().length;

    expect(await cancelSignup(h.service.ctx, first.token, '10.0.0.1')).toEqual({ promoted: 1 });
    expect(await cancelSignup(h.service.ctx, first.token, '10.0.0.1')).toEqual({ promoted: 0 });
    expect((await readSignupByToken(h.service.ctx, first.token, '10.0.0.1')).status).toBe('취소');
    const promoted = await readSignupByToken(h.service.ctx, third.token, '10.0.0.1');
    expect(promoted).toMatchObject({ status: '확정', position: null, name: '이대기' });
    expect((await readSignupByToken(h.service.ctx, fourth.token, '10.0.0.1')).position).toBe(1);
    expect(await remainingSeats(h.service.ctx, 'cancel', 2)).toMatchObject({ confirmed: 2, waitlisted: 1 });

    await h.drainJobs();
    const newMails = h.mails().slice(before);
    expect(newMails.map((mail) => mail.to)).toEqual(['c3@example.com']);
    expect(newMails[0]!.subject).toContain('대기에서 확정');
    expect(newMails[0]!.text).toContain(`/programs/signup/${third.token}/`);
    expect(newMails[0]!.attachments![0]!.content).toContain('BEGIN:VEVENT');

    // Cancelling a waitlisted place promotes nobody.
    expect(await cancelSignup(h.service.ctx, fourth.token, '10.0.0.1')).toEqual({ promoted: 0 });
    await expect(readSignupByToken(h.service.ctx, newPrivateToken(), '10.0.0.1')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('seats added in content go to the waitlist first, in order, before a newcomer', async () => {
    const small = signupProgram('grows', { capacity: 1 });
    await createSignup(h.service.ctx, small, signupForm(small, { email: 'g1@example.com' }));
    const waiting = [];
    for (let i = 2; i <= 4; i++) waiting.push(await createSignup(h.service.ctx, small, signupForm(small, { email: `g${i}@example.com` })));
    const bigger = signupProgram('grows', { capacity: 3 });
    const newcomer = await createSignup(h.service.ctx, bigger, signupForm(bigger, { email: 'g5@example.com' }));
    expect(newcomer).toMatchObject({ status: '대기', position: 2 });
    const states = await Promise.all(waiting.map((w) => readSignupByToken(h.service.ctx, w.token, '10.0.0.4')));
    expect(states.map((state) => [state.status, state.position])).toEqual([
      ['확정', null],
      ['확정', null],
      ['대기', 1],
    ]);
  });

  it('refuses sign-ups when content says it is not 모집 중, or staff closed it; reopening takes them again', async () => {
    const program = signupProgram('closing', { capacity: 5 });
    await expect(createSignup(h.service.ctx, { ...program, status: '마감' }, signupForm(program))).rejects.toMatchObject({ code: 'closed' });
    await setRegistrationClosed(h.service.ctx, staff, 'closing', true);
    await expect(createSignup(h.service.ctx, program, signupForm(program))).rejects.toMatchObject({ code: 'closed' });
    expect((await remainingSeats(h.service.ctx, 'closing', 5)).closed).toBe(true);
    await setRegistrationClosed(h.service.ctx, staff, 'closing', false);
    expect((await createSignup(h.service.ctx, program, signupForm(program))).status).toBe('확정');
  });

  it('staff list and attendance are logged; exports keep typed text as text and parse back', async () => {
    const program = signupProgram('export', { capacity: 5 });
    const evil = '=HYPERLINK("http://evil.example","x")';
    const a = await createSignup(h.service.ctx, program, signupForm(program, { name: evil, email: undefined, phone: '010-2222-3333', answers: { 'child-age': '7', note: '+1 질문' } }));
    await createSignup(h.service.ctx, program, signupForm(program, { name: '최출석', email: 'choi@example.com', answers: { 'child-age': 3 } }));
    const list = await listSignups(h.service.ctx, staff, 'export', '192.0.2.7');
    expect(list.map((s) => [s.name, s.answers['child-age']])).toEqual([
      [evil, 7],
      ['최출석', 3],
    ]);
    await markAttendance(h.service.ctx, staff, a.signupId, true, '192.0.2.7');
    await expect(markAttendance(h.service.ctx, staff, 'not-an-id', true, '192.0.2.7')).rejects.toMatchObject({ code: 'not-found' });

    const csv = await exportSignups(h.service.ctx, staff, program, 'csv', '192.0.2.7');
    expect(csv.filename).toBe('signups-export.csv');
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const csvBook = new ExcelJS.Workbook();
    // Read back as plain strings (exceljs would otherwise turn numbers and date-like text into values).
    const csvSheet = await csvBook.csv.read(Readable.from([text.slice(1)]), { map: (value: unknown) => value } as never);
    const csvRows = csvSheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1).map((cell) => String(cell ?? '')));
    expect(csvRows[0]).toEqual(['순번', '상태', '이름', '이메일', '전화', '자녀 나이', '강사에게 하고 싶은 말', '출석', '신청 시각']);
    expect(csvRows[1]!.slice(2, 8)).toEqual([`'${evil}`, '', '010-2222-3333', '7', "'+1 질문", '출석']);

    const xlsx = await exportSignups(h.service.ctx, staff, program, 'xlsx', '192.0.2.7');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('신청자')!;
    const nameCell = sheet.getRow(2).getCell(3);
    expect(nameCell.value).toBe(evil);
    expect(nameCell.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell.numFmt).toBe('@');
    expect(sheet.getRow(3).getCell(6).value).toBe('3');

    const admin = await makeStaff(h.service, 'programs-admin@centre.test', '관리자');
    const log = await readAuditLog(h.service.ctx, admin, { staffUserId: staff.id });
    expect(log.map((row) => [row.action, row.recordType])).toEqual(
      expect.arrayContaining([
        ['view', 'program_signups'],
        ['attendance', 'program_signup'],
        ['export', 'program_signups'],
      ]),
    );
    expect(log.filter((row) => row.action === 'export')).toHaveLength(2);
  });

  it('reminds each confirmed person once, the day before (Seoul), however often the job runs', async () => {
    const program = signupProgram('remind', { capacity: 1, start: '2026-12-03T19:00', end: '2026-12-03T21:00' });
    const seat = await createSignup(h.service.ctx, program, signupForm(program, { email: 'remind@example.com' }));
    await createSignup(h.service.ctx, program, signupForm(program, { email: 'remind-wait@example.com' }));
    clock.set('2026-12-01T00:30:00Z'); // 09:30 on 1 December in Seoul: nothing tomorrow
    expect(await queueSignupReminders(h.service.ctx)).toBe(0);
    clock.set('2026-12-02T00:00:00Z'); // 09:00 on 2 December in Seoul
    await h.drainJobs(); // the worker queues the day's reminder run and runs it
    expect(await queueSignupReminders(h.service.ctx)).toBe(0);
    await h.drainJobs();
    const reminders = h.mails().filter((mail) => mail.subject.includes('내일 프로그램 안내'));
    expect(reminders.map((mail) => mail.to)).toEqual(['remind@example.com']);
    expect(reminders[0]!.text).toContain(`/programs/signup/${seat.token}/`);
  });

  it('deletes sign-ups 1 year after the programme ended, and keeps later ones', async () => {
    clock.set('2026-11-20T03:00:00Z');
    const old = signupProgram('retention-old', { start: '2027-02-10T10:00', end: '2027-02-10T12:00' });
    const later = signupProgram('retention-later', { start: '2027-03-10T10:00', end: '2027-03-10T12:00' });
    const gone = await createSignup(h.service.ctx, old, signupForm(old));
    await createSignup(h.service.ctx, later, signupForm(later));
    clock.set('2028-02-10T02:59:00Z'); // 11:59 in Seoul, a minute before a year has passed since the end
    await runRetention(h.service.ctx); // (removes this file's earlier programmes)
    expect((await readSignupByToken(h.service.ctx, gone.token, '10.0.0.3')).status).toBe('확정');
    clock.set('2028-02-10T03:01:00Z');
    expect((await runRetention(h.service.ctx)).programSignups).toBe(1);
    await expect(readSignupByToken(h.service.ctx, gone.token, '10.0.0.3')).rejects.toMatchObject({ code: 'not-found' });
    expect((await remainingSeats(h.service.ctx, 'retention-later', 10)).confirmed).toBe(1);
  });
});
