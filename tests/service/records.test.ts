// Consultation records and the yearly figures, on PGlite and PostgreSQL: a fixture of records (entered by staff and
// made by online requests), sign-ups with attendance marks and subscribers gives exactly the expected tables (and
// the same in the XLSX export); publishing snapshots them (numbers only) for the public page.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { createCounsellingRequest } from '../../src/server/counselling/create-request';
import { closeRequest } from '../../src/server/counselling/staff-actions';
import { confirmSubscription, subscribe, subscribeInput, unsubscribe } from '../../src/server/newsletter/subscriptions';
import { subscriberEmailHash, unsubscribeToken } from '../../src/server/newsletter/subscriber-fields';
import { newsletterSubscriber } from '../../src/server/db/schema';
import { listConsultationRecords, recordConsultation, updateConsultationRecord, type ConsultationRecordInput } from '../../src/server/records/consultation-records';
import { listPublishedYears, publishYearReport, readPublishedReport } from '../../src/server/records/published-report';
import { exportYearReport } from '../../src/server/records/export-year-report';
import { computeYearReport } from '../../src/server/records/year-report';
import { createSignup } from '../../src/server/signups/create-signup';
import { cancelSignup } from '../../src/server/signups/signup-by-token';
import { markAttendance } from '../../src/server/signups/staff-signups';
import { eq } from 'drizzle-orm';
import { requestInput } from './support/counselling-fixtures';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';
import { signupForm, signupProgram } from './support/signup-fixtures';
import { makeStaff } from './support/staff-fixtures';

/** [day, channel, kind, company size, outcome, how many] */
const fixture: [string, ConsultationRecordInput['channel'], ConsultationRecordInput['kind'], ConsultationRecordInput['companySize'], ConsultationRecordInput['outcome'], number][] = [
  ['2021-01-15', '전화', '모성보호', '5–29', '상담 종결', 3],
  ['2021-02-03', '방문', '노동권', '30–299', '사적조정', 1],
  ['2021-02-20', '카카오톡', '노동권', '5인 미만', '상담 종결', 2],
  ['2021-03-05', '찾아가는 상담', '심리', '모름', '상담 종결', 1],
  ['2021-03-31', '전화', '노동권', '300+', '권리구제', 2],
  ['2021-12-31', '전화', '기타', '모름', '기관 연계', 1],
  ['2020-12-31', '전화', '모성보호', '모름', '상담 종결', 1], // another year
  ['2022-01-01', '전화', '노동권', '모름', '권리구제', 1], // another year
];

describe.each(engines)('records and the yearly report on %s', (engine) => {
  const clock = fakeClock('2020-12-01T01:00:00Z');
  let h: Harness;
  let admin: StaffUser;
  let counsellor: StaffUser;
  beforeAll(async () => {
    h = await startHarness(engine, { clock });
    admin = await makeStaff(h.service, 'report-admin@centre.test', '관리자');
    counsellor = await makeStaff(h.service, 'report-kim@centre.test', '상담원');
  });
  afterAll(() => h.close());

  it('staff records consultations; an online request records itself (its Seoul day) and closing it ends the record', async () => {
    for (const [consultedOn, channel, kind, companySize, outcome, times] of fixture)
      for (let i = 0; i < times; i++) await recordConsultation(h.service.ctx, counsellor, { consultedOn, channel, kind, companySize, outcome });
    await expect(recordConsultation(h.service.ctx, counsellor, { ...fixture[0], consultedOn: '2021-02-30' } as never)).rejects.toThrow();

    clock.set('2021-04-30T15:30:00Z'); // 1 May, 00:30 in Seoul
    const online = await createCounsellingRequest(h.service.ctx, requestInput({ category: '모성보호', companySize: '5인 미만' }));
    const [record] = (await listConsultationRecords(h.service.ctx, { year: 2021, month: 5 })).filter((r) => r.counsellingRequestId === online.requestId);
    expect(record).toMatchObject({ consultedOn: '2021-05-01', channel: '온라인', kind: '모성보호', companySize: '5인 미만', outcome: '진행 중' });
    await closeRequest(h.service.ctx, admin, online.requestId, '192.0.2.1');
    const [closed] = await listConsultationRecords(h.service.ctx, { year: 2021, month: 5 });
    expect(closed!.outcome).toBe('상담 종결');
    // The case went on to a remedy: staff set its outcome.
    await updateConsultationRecord(h.service.ctx, counsellor, closed!.id, { outcome: '권리구제' });
    await expect(updateConsultationRecord(h.service.ctx, counsellor, 'nope', { outcome: '권리구제' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('education attendance and participants come from the sign-ups staff marked', async () => {
    clock.set('2020-12-20T01:00:00Z');
    const january = signupProgram('2021-01-lunch', { start: '2021-01-21T12:00', end: '2021-01-21T13:00', category: '런치노동법' });
    const february = signupProgram('2021-02-lunch', { start: '2021-02-18T12:00', end: '2021-02-18T13:00', category: '런치노동법' });
    const jan = await Promise.all([1, 2, 3, 4].map((i) => createSignup(h.service.ctx, january, signupForm(january, { email: `jan${i}@example.com` }))));
    const feb = await Promise.all([1, 2, 3].map((i) => createSignup(h.service.ctx, february, signupForm(february, { email: `feb${i}@example.com` }))));
    await cancelSignup(h.service.ctx, feb[2]!.token, '10.0.0.1');
    for (const signup of [jan[0], jan[1], jan[2], feb[0], feb[1]]) await markAttendance(h.service.ctx, counsellor, signup!.signupId, true, '192.0.2.1');
    await markAttendance(h.service.ctx, counsellor, jan[3]!.signupId, false, '192.0.2.1');
  });

  it('subscribers are counted as they stood at the end of the year', async () => {
    const join = async (email: string, at: string) => {
      clock.set(at);
      await subscribe(h.service.ctx, subscribeInput.parse({ email, consent: true }), { version: '1', text: '동의' }, '10.3.0.1');
      await h.drainJobs();
      const token = /confirm\/([^/]+)\//.exec(h.mails().filter((m) => m.to === email).at(-1)!.text)![1]!;
      await confirmSubscription(h.service.ctx, token, '10.3.0.1');
    };
    await join('stays@example.com', '2021-03-02T01:00:00Z');
    await join('leaves@example.com', '2021-05-02T01:00:00Z');
    await join('next-year@example.com', '2021-12-31T15:30:00Z'); // 1 January 2022 in Seoul
    clock.set('2021-06-02T01:00:00Z');
    const [leaver] = await h.service.ctx.db.select().from(newsletterSubscriber).where(eq(newsletterSubscriber.emailHash, subscriberEmailHash(h.service.ctx, 'leaves@example.com')));
    await unsubscribe(h.service.ctx, unsubscribeToken(h.service.ctx, { id: leaver!.id, confirmedAt: leaver!.confirmedAt! }), '10.3.0.1');
  });

  it('the 2021 tables equal the fixture', async () => {
    clock.set('2022-02-01T01:00:00Z');
    const report = await computeYearReport(h.service.ctx, 2021);
    expect(report.consultations).toEqual({
      total: 11,
      byKind: [
        { label: '모성보호', count: 4 },
        { label: '노동권', count: 5 },
        { label: '법률', count: 0 },
        { label: '보육', count: 0 },
        { label: '심리', count: 1 },
        { label: '기타', count: 1 },
      ],
      byChannel: [
        { label: '전화', count: 6 },
        { label: '방문', count: 1 },
        { label: '찾아가는 상담', count: 1 },
        { label: '온라인', count: 1 },
        { label: '카카오톡', count: 2 },
      ],
      byMonth: [3, 3, 3, 0, 1, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(report.rightsRemedy).toEqual({ privateMediation: 1, rightsRelief: 3, total: 4 });
    expect(report.education.attendanceByMonth).toEqual([3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(report.education.attendanceTotal).toBe(5);
    expect(report.education.programs).toEqual([
      { slug: '2021-01-lunch', title: '일하는 부모를 위한 자녀 훈육 강좌', category: '런치노동법', month: 1, confirmed: 4, attended: 3 },
      { slug: '2021-02-lunch', title: '일하는 부모를 위한 자녀 훈육 강좌', category: '런치노동법', month: 2, confirmed: 2, attended: 2 },
    ]);
    expect(report.subscribers).toBe(1);
    expect((await computeYearReport(h.service.ctx, 2022)).consultations.total).toBe(1);

    const file = await exportYearReport(h.service.ctx, 2021);
    expect(file.filename).toBe('report-2021.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    const values = (sheet: string) => book.getWorksheet(sheet)!.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    expect(values('상담 내용별')).toEqual(report.consultations.byKind.map(({ label, count }) => [label, count]));
    expect(values('월별 교육 참여').map(([, count]) => count)).toEqual(report.education.attendanceByMonth);
    expect(values('요약')[0]).toEqual(['상담 건수', 11]);
  });

  it('a 관리자 publishes the figures (numbers only) for the public page; a 상담원 cannot', async () => {
    await expect(publishYearReport(h.service.ctx, counsellor, 2021)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await readPublishedReport(h.service.ctx, 2021)).toBeNull();
    const published = await publishYearReport(h.service.ctx, admin, 2021);
    const read = await readPublishedReport(h.service.ctx, 2021);
    expect(read!.figures).toEqual(await computeYearReport(h.service.ctx, 2021));
    expect(read!.figures).toEqual(published.figures);
    expect(JSON.stringify(read)).not.toMatch(/@|김서북/);
    expect(await listPublishedYears(h.service.ctx)).toEqual([2021]);
  });
});
