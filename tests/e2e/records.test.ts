/**
 * Consultation records and the yearly report, end to end in Chromium against the real server and PostgreSQL: a
 * fixture of records (a few through the staff form without JavaScript, the bulk through the data layer) gives
 * exactly its own counts in every table of /staff/report/<year>/ and in the XLSX read back; a 관리자 publishes the
 * figures to the public /report/<year>/ (and publishing again replaces them); a 상담원 cannot; a record can be
 * entered with the keyboard alone; no staff route of this feature answers without a session; a script typed into a
 * memo stays text; an online request records itself.
 */
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createCounsellingRequest } from '../../src/server/counselling/create-request';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { consultationChannels, consultationKinds, consultationOutcomes, companySizes, type ConsultationChannel } from '../../src/server/db/schema';
import { queryRows } from '../../src/server/db/raw';
import { readPublishedReport } from '../../src/server/records/published-report';
import { listConsultationRecords, recordConsultation, type ConsultationRecordInput } from '../../src/server/records/consultation-records';
import type { Service } from '../../src/server/service';
import { requestInput } from '../service/support/counselling-fixtures';
import { axeViolations } from './support/axe';
import { launchChromium, personPages, saveScreenshot } from './support/browser';
import { makeStaff, openServiceForTests, signIn } from './support/service';

const PASSWORD = 'staff password for records 1';
const ADMIN = 'records-admin@centre.test';
const COUNSELLOR = 'records-counsellor@centre.test';
/** A finished year: the server's clock is today's, so online requests (recorded today) never fall into it. */
const YEAR = 2025;
const FLOW_TIMEOUT = 180_000;
const XSS = '<script>window.__xss = "script"</script><img src="/x.png" onerror="window.__xss = \'img\'">';

type FixtureRecord = Pick<ConsultationRecordInput, 'consultedOn' | 'channel' | 'kind' | 'companySize' | 'outcome'>;
const staffChannels = consultationChannels.filter((channel) => channel !== '온라인') as Exclude<ConsultationChannel, '온라인'>[];

/** The bulk: a spread over the year's months, channels, kinds, sizes and outcomes (uneven on purpose). */
const bulkFixture: FixtureRecord[] = Array.from({ length: 57 }, (_, i) => ({
  consultedOn: `${YEAR}-${String((i * 5) % 12 + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  channel: staffChannels[(i * 3) % staffChannels.length]!,
  kind: consultationKinds[(i * i) % consultationKinds.length]!,
  companySize: companySizes[i % companySizes.length]!,
  outcome: consultationOutcomes[(i * 7) % consultationOutcomes.length]!,
}));
/** The few entered through the form, as a person would. */
const formFixture: FixtureRecord[] = [
  { consultedOn: `${YEAR}-03-14`, channel: '방문', kind: '모성보호', companySize: '5–29', outcome: '권리구제' },
  { consultedOn: `${YEAR}-12-31`, channel: '카카오톡', kind: '기타', companySize: '모름', outcome: '사적조정' },
  { consultedOn: `${YEAR}-01-01`, channel: '찾아가는 상담', kind: '심리', companySize: '300+', outcome: '상담 종결' },
];
const fixture = [...bulkFixture, ...formFixture];

const countWhere = (keep: (record: FixtureRecord) => boolean) => fixture.filter(keep).length;
const monthOf = (record: FixtureRecord) => Number(record.consultedOn.slice(5, 7));
const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** Every table of the year's report as the fixture says it must read: title → rows of cells (numbers as numbers). */
function expectedTables(): Map<string, (string | number)[][]> {
  const privateMediation = countWhere((r) => r.outcome === '사적조정');
  const rightsRelief = countWhere((r) => r.outcome === '권리구제');
  return new Map<string, (string | number)[][]>([
    ['요약', [['상담 건수', fixture.length, '건'], ['사적조정·권리구제', privateMediation + rightsRelief, '건'], ['교육 참여 인원', 0, '명'], ['뉴스레터 구독자', 0, '명']]],
    ['상담 내용별 상담 건수', consultationKinds.map((kind) => [kind, countWhere((r) => r.kind === kind)])],
    ['월별 상담 건수', months.map((month) => [`${month}월`, countWhere((r) => monthOf(r) === month)])],
    ['상담 경로별 상담 건수', consultationChannels.map((channel) => [channel, countWhere((r) => r.channel === channel)])],
    ['사적조정·권리구제', [['사적조정', privateMediation], ['권리구제', rightsRelief], ['합계', privateMediation + rightsRelief]]],
    // No programme of the fixture's year took sign-ups here, so nobody attended through the site.
    ['월별 교육 참여 인원', months.map((month) => [`${month}월`, 0])],
    ['프로그램별 참여 인원', []],
  ]);
}

let browser: Browser;
let service: Service;
let admin: StaffUser;
beforeAll(async () => {
  browser = await launchChromium();
  newPage = personPages(browser, '198.19.0');
  service = await openServiceForTests();
  await makeStaff(service, ADMIN, '관리자', PASSWORD);
  await makeStaff(service, COUNSELLOR, '상담원', PASSWORD);
  const [row] = await queryRows<StaffUser>(service.ctx.db, sql`select id, email, name, role, false as "seesAll" from auth_user where email = ${ADMIN}`);
  admin = row!;
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const base = () => inject('baseUrl');
const phone = { width: 360, height: 800 };

/** A browser of its own, at an address of its own. */
let newPage: ReturnType<typeof personPages>;

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
/** A number as the page prints it (1,204) back to a number. */
const cellValue = (text: string): string | number => (/^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : text);

/** Every table on a report page, by its heading: the summary's cards as [label, value, unit], the tables' body rows. */
async function tablesOnPage(page: Page): Promise<Map<string, (string | number)[][]>> {
  const sections = await page.locator('main section:has(> h2)').evaluateAll((nodes) =>
    nodes.map((section) => ({
      title: section.querySelector(':scope > h2')!.textContent!.trim(),
      cards: [...section.querySelectorAll('dl > div')].map((card) => [card.querySelector('dt')!.textContent!.trim(), card.querySelector('dd')!.textContent!.trim()]),
      rows: [...section.querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim())),
    })),
  );
  return new Map(
    sections
      .filter((section) => section.title !== '누리집에 공개')
      .map(({ title, cards, rows }) => [
        title,
        cards.length > 0
          ? cards.map(([label, value]) => {
              const [, number, unit] = /^([\d,]+)(\D+)$/.exec(value!)!;
              return [label!, Number(number!.replace(/,/g, '')), unit!];
            })
          : rows.map((row) => row.map(cellValue)),
      ]),
  );
}

describe('consultation records and the yearly report', () => {
  it('the report of a year equals the fixture of records, on the page and in the XLSX', async () => {
    for (const record of bulkFixture) await recordConsultation(service.ctx, admin, record);

    // A 상담원 enters a few through the form, without JavaScript; the first try misses a field and keeps the rest.
    const { page, close } = await newPage({ javaScriptEnabled: false });
    await signIn(page, COUNSELLOR, PASSWORD, '/staff/records/');
    await page.locator('#consultedOn').fill(`${YEAR}-03-14`);
    await page.locator('input[name=kind][value="모성보호"]').check();
    await page.getByRole('button', { name: '기록 저장' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('상담 경로를 고르세요');
    expect(await page.locator('#channel-error').innerText()).toContain('상담 경로를 고르세요');
    expect(await page.locator('input[name=kind][value="모성보호"]').isChecked()).toBe(true);
    for (const [index, record] of formFixture.entries()) {
      if (index > 0) await page.goto(`${base()}/staff/records/`);
      await page.locator('#consultedOn').fill(record.consultedOn);
      for (const field of ['channel', 'kind', 'companySize', 'outcome'] as const) await page.locator(`input[name=${field}][value="${record[field]}"]`).check();
      await page.getByRole('button', { name: '기록 저장' }).click();
      expect(await page.locator('.notice').innerText()).toContain('저장했습니다');
      expect(new URL(page.url()).searchParams.get('month')).toBe(record.consultedOn.slice(0, 7));
    }
    await close();

    const staff = await newPage();
    await signIn(staff.page, COUNSELLOR, PASSWORD, `/staff/report/${YEAR}/`);
    expect(await staff.page.locator('h1').innerText()).toBe(`${YEAR}년 실적`);
    const onPage = await tablesOnPage(staff.page);
    const expected = expectedTables();
    expect([...onPage.keys()]).toEqual([...expected.keys()]);
    for (const [title, rows] of expected) expect(onPage.get(title), title).toEqual(rows);
    // Every count drawn as a chart is also in its table; the charts are the same SVGs as /report/2021/.
    expect(await staff.page.locator('main figure svg').count()).toBe(4);
    // Where the numbers come from, in one line each.
    expect(await staff.page.locator('main').innerText()).toContain("직원이 '참석'으로 표시한 사람");

    expect(await axeViolations(staff.page)).toEqual([]);
    await saveScreenshot(staff.page, 'staff-report-1280');
    // The print layout: the tables and charts without the staff menu, the buttons or the publish box.
    await staff.page.emulateMedia({ media: 'print' });
    expect(await staff.page.locator('.staff-header').isVisible()).toBe(false);
    expect(await staff.page.getByRole('link', { name: /엑셀로 내려받기/ }).isVisible()).toBe(false);
    expect(await staff.page.locator('#publish-heading').isVisible()).toBe(false);
    expect(await staff.page.locator('main table').first().isVisible()).toBe(true);
    await staff.page.emulateMedia({ media: 'screen' });

    const download = await staff.page.request.get(`${base()}/staff/report/${YEAR}/export.xlsx`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain(`report-${YEAR}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([...expected.keys()]);
    for (const [title, rows] of expected) {
      const sheetRows = book.getWorksheet(title)!.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
      expect(sheetRows, title).toEqual(rows);
    }
    await staff.close();
  }, FLOW_TIMEOUT);

  it('a 관리자 publishes the year to the public page after a confirm step; publishing again replaces it and says when', async () => {
    const { page, close } = await newPage();
    await signIn(page, ADMIN, PASSWORD, `/staff/report/${YEAR}/`);
    await page.getByRole('link', { name: '공개하기' }).click();
    expect(await page.locator('h1').innerText()).toBe(`${YEAR}년 실적을 공개할까요?`);
    expect(await page.locator('main').innerText()).toContain('개인정보나 메모는 들어가지 않습니다');
    expect(await readPublishedReport(service.ctx, YEAR)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'report-publish-1280');
    await page.getByRole('button', { name: '공개', exact: true }).click();
    expect(await page.locator('.notice').innerText()).toContain('누리집에 공개했습니다');

    const visitor = await newPage({ viewport: phone });
    const response = await visitor.page.goto(`${base()}/report/${YEAR}/`);
    expect(response?.status()).toBe(200);
    const expected = expectedTables();
    const published = await tablesOnPage(visitor.page);
    for (const [title, rows] of expected) expect(published.get(title), title).toEqual(rows);
    expect(await axeViolations(visitor.page)).toEqual([]);
    expect(await noSidewaysScroll(visitor.page)).toBe(true);
    await saveScreenshot(visitor.page, 'report-published-360');

    // A year the public page cannot show, and a year typed from the centre's report, are refused.
    for (const [year, status] of [[2099, 400], [2021, 409]] as const) {
      const refused = await page.request.post(`${base()}/staff/report/${year}/publish/?_action=records.publish`, { headers: { origin: base() }, form: { year: String(year) }, maxRedirects: 0 });
      expect(refused.status(), String(year)).toBe(status);
      expect(await readPublishedReport(service.ctx, year)).toBeNull();
    }

    // One more consultation, then publish again: the confirm step says a snapshot exists and when it was made.
    await recordConsultation(service.ctx, admin, { consultedOn: `${YEAR}-06-02`, channel: '전화', kind: '노동권', companySize: '모름', outcome: '상담 종결' });
    await page.goto(`${base()}/staff/report/${YEAR}/publish/`);
    expect(await page.locator('.notice').innerText()).toMatch(/에 공개한 수치가 있습니다/);
    await page.getByRole('button', { name: '지금 수치로 다시 공개' }).click();
    await visitor.page.reload();
    const republished = await tablesOnPage(visitor.page);
    expect(republished.get('요약')![0]).toEqual(['상담 건수', fixture.length + 1, '건']);
    expect((await readPublishedReport(service.ctx, YEAR))!.figures.consultations.total).toBe(fixture.length + 1);

    // A year nobody published answers 404 with a page that says so; the typed 2021 page stays as it was.
    const missing = await visitor.page.goto(`${base()}/report/${YEAR - 1}/`);
    expect(missing?.status()).toBe(404);
    expect(await visitor.page.locator('main').innerText()).toContain('아직 누리집에 공개하지 않았습니다');
    expect((await visitor.page.goto(`${base()}/report/2021/`))?.status()).toBe(200);
    expect(await visitor.page.locator('main').innerText()).toContain('2,713');
    await saveScreenshot(visitor.page, 'report-2021-360');
    await visitor.close();
    await close();
  }, FLOW_TIMEOUT);

  it('a 상담원 sees the report but cannot publish it, by the page or by posting the form', async () => {
    const { page, close } = await newPage();
    await signIn(page, COUNSELLOR, PASSWORD, '/staff/report/');
    // This year is always listed, whatever has been recorded.
    const thisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date());
    expect(await page.getByRole('link', { name: `${thisYear}년 실적` }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base()}/staff/report/${YEAR - 1}/`);
    expect(await page.getByRole('link', { name: '공개하기' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('공개는 관리자가 합니다');
    const confirm = await page.goto(`${base()}/staff/report/${YEAR - 1}/publish/`);
    expect(confirm?.status()).toBe(403);
    expect(await page.getByRole('button', { name: '공개', exact: true }).count()).toBe(0);
    const post = await page.request.post(`${base()}/staff/report/${YEAR - 1}/publish/?_action=records.publish`, {
      headers: { origin: base() }, form: { year: String(YEAR - 1) }, maxRedirects: 0,
    });
    expect(post.status()).toBe(403);
    expect(await readPublishedReport(service.ctx, YEAR - 1)).toBeNull();
    await close();
  }, FLOW_TIMEOUT);

  it('no staff route of records or the report answers without a session', async () => {
    const paths = ['/staff/records/', '/staff/records/00000000-0000-0000-0000-000000000000/', '/staff/report/', `/staff/report/${YEAR}/`, `/staff/report/${YEAR}/export.xlsx`, `/staff/report/${YEAR}/publish/`];
    for (const path of paths) {
      const response = await fetch(`${base()}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toMatch(/^\/staff\/login\//);
      const post = await fetch(`${base()}${path}`, { method: 'POST', redirect: 'manual', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' });
      expect(post.status, `POST ${path}`).toBe(401);
    }
    // The actions sent through a public on-demand page find no staff member either.
    for (const action of ['records.record', 'records.correct', 'records.publish']) {
      const response = await fetch(`${base()}/report/${YEAR}/?_action=${action}`, {
        method: 'POST', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' }, body: `year=${YEAR}&channel=전화`,
      });
      expect(response.status, action).toBe(401);
    }
  }, FLOW_TIMEOUT);

  it('a record can be entered with the keyboard alone', async () => {
    const { page, close } = await newPage();
    await signIn(page, COUNSELLOR, PASSWORD, '/staff/records/');
    // The day stays today's (Tab walks its parts and the calendar button); from the channel, Tab walks the radio
    // groups (Space picks, arrows move) and Enter in the memo sends.
    await page.locator('#consultedOn').focus();
    const focused = () => page.evaluate(() => document.activeElement?.id);
    for (let i = 0; i < 6 && (await focused()) !== 'channel'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('channel');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('memo');
    await page.keyboard.type('키보드로 남긴 기록');
    await page.keyboard.press('Enter');
    expect(await page.locator('.notice').innerText()).toContain('저장했습니다');
    const today = await page.locator('.records-table').innerText();
    expect(today).toContain('키보드로 남긴 기록');
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
    const stored = (await listConsultationRecords(service.ctx, { year: year!, month: month! })).find((record) => record.memo === '키보드로 남긴 기록');
    expect(stored).toMatchObject({ channel: staffChannels[0], kind: consultationKinds[1], companySize: companySizes[0], outcome: consultationOutcomes[1] });
    await close();
  }, FLOW_TIMEOUT);

  it('a script in a memo stays text, a phone number is refused beside the field, and an online request records itself', async () => {
    const created = await createCounsellingRequest(service.ctx, requestInput({ situation: '온라인 기록 확인용 상담입니다.' }));
    expect(created.receiptNumber).toBeTruthy();
    const { page, close } = await newPage();
    await signIn(page, COUNSELLOR, PASSWORD, '/staff/records/');
    await page.locator('input[name=channel][value="전화"]').check();
    await page.locator('input[name=kind][value="노동권"]').check();
    await page.locator('input[name=companySize][value="모름"]').check();
    await page.locator('input[name=outcome][value="진행 중"]').check();
    await page.locator('#memo').fill('010-2345-6789로 다시 연락');
    await page.getByRole('button', { name: '기록 저장' }).click();
    expect(await page.locator('#memo-error').innerText()).toContain('개인정보를 쓰지 마세요');
    await page.locator('#memo').fill(`해고 예고 문의 ${XSS}`);
    await page.getByRole('button', { name: '기록 저장' }).click();
    expect(await page.locator('.notice').innerText()).toContain('저장했습니다');
    expect(await page.locator('.records-table').innerText()).toContain('<script>window.__xss');
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'records-1280');

    // Today's online request is on this month's list, marked, and its edit form does not ask for the channel.
    const online = page.locator('.records-table tbody tr', { hasText: '자동 기록' });
    expect(await online.count()).toBeGreaterThan(0);
    await online.first().getByRole('link', { name: /고치기/ }).click();
    expect(await page.locator('input[name=channel]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('상담 경로는 바꿀 수 없습니다');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('input[name=outcome][value="권리구제"]').check();
    await page.getByRole('button', { name: '고친 내용 저장' }).click();
    expect(await page.locator('.notice').innerText()).toContain('고쳤습니다');
    await close();

    const narrow = await newPage({ viewport: phone });
    await signIn(narrow.page, COUNSELLOR, PASSWORD, '/staff/records/');
    expect(await noSidewaysScroll(narrow.page)).toBe(true);
    await saveScreenshot(narrow.page, 'records-360');
    await narrow.page.goto(`${base()}/staff/report/${YEAR}/`);
    expect(await axeViolations(narrow.page)).toEqual([]);
    expect(await noSidewaysScroll(narrow.page)).toBe(true);
    await saveScreenshot(narrow.page, 'staff-report-360');
    await narrow.close();
  }, FLOW_TIMEOUT);
});
