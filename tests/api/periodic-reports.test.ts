/**
 * A quarterly cycle end to end (issue #17, §V.2, §VII): the hub sets the schedule; a unit's report
 * is pre-filled from the quarter's data, drafted, refused before the quarter ends, reminded,
 * submitted, returned with comments, sent again and accepted; late units are listed; the hub's
 * report is generated in the background as DOCX, PDF and an XLSX annex whose text and sums
 * match the data, issued (then immutable) and corrected as a new version.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

const clock = new TestClock(new Date('2027-02-10T02:00:00Z'));
let api: TestApi;
let t: Triage;
let hub: string;
let headA: string;
const unit: Record<string, string> = {};

const code = (r: { errors?: { extensions?: Record<string, any> }[] }) =>
  r.errors?.[0]?.extensions?.code;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token: string) {
  const r = await api.gql<T>(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

const REPORT = `query ($u: ID!, $p: String!) { unitReport(unitId: $u, periodFrom: $p) {
  id status late unitName period { from to label dueOn } narrative difficulties proposals hubComment
  figures { received eligible answered pilots activities audience spending } } }`;
const SAVE = `mutation ($i: UnitReportInput!) { saveUnitReport(input: $i) {
  id status figures { received spending } hubComment } }`;
const HUB_FIELDS = `id family version status title numberSymbol periodFrom periodTo filesCurrent
  recipients files { format fileName size sha256 path } job { status progress { done total } error }`;

async function later(iso: string) {
  clock.set(new Date(iso));
  // Sessions are counted on the API's clock: sign in again after a jump of months.
  hub = await api.login(TEST_STAFF.hub);
  headA = await api.login(TEST_STAFF.headA);
}

async function spend(
  amount: number,
  unitCode: string | null,
  spentOn: string,
  activity = 'PROPAGANDA',
) {
  await ok(
    `mutation ($i: SpendingInput!) { recordSpending(input: $i) { id } }`,
    {
      i: {
        spentOn,
        amount,
        source: 'STATE_BUDGET',
        budgetLevel: 'COMMUNE',
        activity,
        description: `Chi hoạt động ${unitCode ?? 'của xã'}`,
        unitId: unitCode ? unit[unitCode] : null,
      },
    },
    hub,
  );
}

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  headA = await api.login(TEST_STAFF.headA);
  t = await Triage.create(api, hub);
  for (const c of ['thon-a', 'thon-b']) unit[c] = t.cat.unit(c);
  // The first quarter of 2027: three ideas from thon-a, one from thon-b; money spent in both.
  for (let i = 0; i < 3; i++) await t.newIdea({ unitId: unit['thon-a'] });
  await t.newIdea({ unitId: unit['thon-b'] });
  await spend(2_500_000, 'thon-a', '2027-02-01');
  await spend(1_000_000, 'thon-b', '2027-02-03');
  await spend(4_000_000, null, '2027-02-05', 'COUNCIL');
  await ok(
    `mutation { setBudgetEstimate(year: 2027, activity: PROPAGANDA, source: STATE_BUDGET, amount: 20000000) { id } }`,
    {},
    hub,
  );
});
afterAll(() => api?.close());

describe('units’ periodic reports', () => {
  it('the hub sets the schedule; the unit head alone writes the unit’s report', async () => {
    const set = await api.gql(
      `mutation { setReportSchedule(frequency: QUARTERLY, dueDays: 10, remindDays: 3) { frequency dueDays } }`,
      {},
      { token: headA },
    );
    expect(code(set)).toBe('FORBIDDEN');
    expect(
      (
        await ok(
          `mutation { setReportSchedule(frequency: QUARTERLY, dueDays: 10, remindDays: 3) { frequency dueDays remindDays } }`,
          {},
          hub,
        )
      ).setReportSchedule,
    ).toEqual({ frequency: 'QUARTERLY', dueDays: 10, remindDays: 3 });
    const periods = await ok(`{ reportPeriods { periods { from to label dueOn } } }`, {}, headA);
    expect(periods.reportPeriods.periods[0]).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
      label: 'Quý I năm 2027',
      dueOn: '2027-04-10',
    });
    const other = await api.gql(REPORT, { u: unit['thon-b'], p: '2027-01-01' }, { token: headA });
    expect(code(other)).toBe('FORBIDDEN');
    const bad = await api.gql(REPORT, { u: unit['thon-a'], p: '2027-02-01' }, { token: headA });
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });

  it('is pre-filled from the quarter’s data and cannot be sent before the quarter ends', async () => {
    const r = (await ok(REPORT, { u: unit['thon-a'], p: '2027-01-01' }, headA)).unitReport;
    expect(r).toMatchObject({
      id: null,
      status: 'NOT_STARTED',
      late: false,
      period: { label: 'Quý I năm 2027', dueOn: '2027-04-10' },
    });
    expect(r.figures).toMatchObject({ received: 3, pilots: 0, spending: 2_500_000 });
    const early = await api.gql(
      SAVE,
      {
        i: {
          unitId: unit['thon-a'],
          periodFrom: '2027-01-01',
          narrative: 'Đã phát động.',
          submit: true,
        },
      },
      { token: headA },
    );
    expect(code(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.extensions!.fieldErrors.periodFrom).toMatch(/31\/03\/2027/);
    const draft = await ok(
      SAVE,
      {
        i: {
          unitId: unit['thon-a'],
          periodFrom: '2027-01-01',
          narrative: 'Thôn đã phát động phong trào tại 3 buổi họp dân.',
          submit: false,
        },
      },
      headA,
    );
    expect(draft.saveUnitReport.status).toBe('DRAFT');
  });

  it('reminds the unit heads before the due date, once', async () => {
    await later('2027-04-08T02:00:00Z');
    api.senders.sent.length = 0;
    await api.jobs.runCronNow('unit-report-reminders');
    await api.jobs.runCronNow('unit-report-reminders');
    await api.jobs.drain();
    const toHead = api.senders.sent.filter((m) => m.recipient === TEST_STAFF.headA);
    expect(toHead).toHaveLength(1);
    expect(toHead[0]!.subject).toContain('Nhắc gửi báo cáo Quý I năm 2027');
    expect(toHead[0]!.body).toContain('10/04/2027');
  });

  it('is sent with its figures frozen, returned with comments, sent again and accepted', async () => {
    const sent = await ok(
      SAVE,
      {
        i: {
          unitId: unit['thon-a'],
          periodFrom: '2027-01-01',
          narrative: 'Thôn đã phát động phong trào tại 3 buổi họp dân.',
          difficulties: 'Thiếu loa truyền thanh ở xóm Khe.',
          proposals: 'Đề nghị hỗ trợ 01 cụm loa.',
          submit: true,
        },
      },
      headA,
    );
    expect(sent.saveUnitReport).toMatchObject({ status: 'SUBMITTED', figures: { received: 3 } });
    const id = sent.saveUnitReport.id;
    // An idea dated in the quarter and recorded late does not change what was sent.
    const again = await api.gql(
      SAVE,
      { i: { unitId: unit['thon-a'], periodFrom: '2027-01-01', narrative: 'Sửa.', submit: false } },
      { token: headA },
    );
    expect(code(again)).toBe('CONFLICT');
    const byHead = await api.gql(
      `mutation ($id: ID!) { acceptUnitReport(id: $id) { status } }`,
      { id },
      { token: headA },
    );
    expect(code(byHead)).toBe('FORBIDDEN');
    const noComment = await api.gql(
      `mutation ($id: ID!) { returnUnitReport(id: $id, comment: "  ") { status } }`,
      { id },
      { token: hub },
    );
    expect(code(noComment)).toBe('BAD_USER_INPUT');
    api.senders.sent.length = 0;
    const returned = await ok(
      `mutation ($id: ID!) { returnUnitReport(id: $id, comment: "Bổ sung số người tham dự các buổi họp.") { status hubComment } }`,
      { id },
      hub,
    );
    expect(returned.returnUnitReport).toEqual({
      status: 'RETURNED',
      hubComment: 'Bổ sung số người tham dự các buổi họp.',
    });
    await api.jobs.drain();
    expect(api.senders.sent.find((m) => m.recipient === TEST_STAFF.headA)?.subject).toContain(
      'cần bổ sung',
    );
    const resent = await ok(
      SAVE,
      {
        i: {
          unitId: unit['thon-a'],
          periodFrom: '2027-01-01',
          narrative: 'Thôn đã phát động phong trào tại 3 buổi họp dân, 120 lượt người dự.',
          difficulties: 'Thiếu loa truyền thanh ở xóm Khe.',
          proposals: 'Đề nghị hỗ trợ 01 cụm loa.',
          submit: true,
        },
      },
      headA,
    );
    expect(resent.saveUnitReport.status).toBe('SUBMITTED');
    const accepted = await ok(
      `mutation ($id: ID!) { acceptUnitReport(id: $id) { status } }`,
      { id },
      hub,
    );
    expect(accepted.acceptUnitReport.status).toBe('ACCEPTED');
  });

  it('lists the units late after the due date, not the one that reported', async () => {
    await later('2027-04-12T02:00:00Z');
    const late = await ok(
      `{ lateUnitReports { unitId unitName status period { label } } }`,
      {},
      hub,
    );
    const ids = late.lateUnitReports.map((r: any) => r.unitId);
    expect(ids).toContain(unit['thon-b']);
    expect(ids).not.toContain(unit['thon-a']);
    const board = await ok(
      `{ unitReportBoard(periodFrom: "2027-01-01") { unitId status late figures { received } } }`,
      {},
      hub,
    );
    const rows = board.unitReportBoard;
    expect(rows.find((r: any) => r.unitId === unit['thon-a'])).toMatchObject({
      status: 'ACCEPTED',
      late: false,
      figures: { received: 3 },
    });
    expect(rows.find((r: any) => r.unitId === unit['thon-b'])).toMatchObject({
      status: 'NOT_STARTED',
      late: true,
      figures: { received: 1 },
    });
    expect(rows[0].late).toBe(true);
    expect(code(await api.gql(`{ lateUnitReports { unitId } }`, {}, { token: headA }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the hub’s report', () => {
  let id = '';
  const get = (path: string, token = hub) =>
    fetch(`${api.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('is generated in the background as DOCX, PDF and an XLSX annex with the quarter’s figures', async () => {
    await ok(
      `mutation ($n: String!, $e: [String!]!) { saveRecipientList(name: $n, entries: $e) { id } }`,
      {
        n: 'Báo cáo phong trào',
        e: [
          'Thường trực Đảng ủy xã (b/c)',
          'Thường trực HĐND xã (b/c)',
          'Ủy ban MTTQ Việt Nam xã',
          'Sở Khoa học và Công nghệ tỉnh Thanh Hóa (b/c)',
          'Lưu: VT, VHXH.',
        ],
      },
      hub,
    );
    const lists = await ok(`{ recipientLists { id name entries } }`, {}, hub);
    expect(lists.recipientLists).toHaveLength(1);
    const spare = await ok(
      `mutation { saveRecipientList(name: "Tạm", entries: ["Lưu: VT."]) { id } }`,
      {},
      hub,
    );
    expect(
      (
        await ok(
          `mutation ($id: ID!) { removeRecipientList(id: $id) }`,
          { id: spare.saveRecipientList.id },
          hub,
        )
      ).removeRecipientList,
    ).toBe(true);
    const created = await ok(
      `mutation ($i: HubReportInput) { createHubReport(kind: PERIODIC, input: $i) { ${HUB_FIELDS} } }`,
      {
        i: {
          periodFrom: '2027-01-01',
          periodTo: '2027-03-31',
          documentDate: '2027-04-12',
          assessment: 'Phong trào được triển khai đồng bộ ở các thôn.',
          nextTasks: 'Đẩy mạnh tuyên truyền tại các thôn chưa có ý tưởng.',
        },
      },
      hub,
    );
    const r = created.createHubReport;
    id = r.id;
    expect(r).toMatchObject({ status: 'DRAFT', version: 1, files: [], filesCurrent: false });
    expect(r.recipients).toContain('Sở Khoa học và Công nghệ tỉnh Thanh Hóa (b/c)');
    const issueEarly = await api.gql(
      `mutation ($id: ID!) { issueHubReport(id: $id) { id } }`,
      { id },
      { token: hub },
    );
    expect(code(issueEarly)).toBe('BAD_USER_INPUT'); // no number, no signer yet
    const gen = await ok(
      `mutation ($id: ID!) { generateHubReport(id: $id) { job { status } } }`,
      { id },
      hub,
    );
    expect(gen.generateHubReport.job.status).toBe('PENDING');
    await api.jobs.drain();
    const done = (
      await ok(`query ($id: ID!) { hubReport(id: $id) { ${HUB_FIELDS} } }`, { id }, hub)
    ).hubReport;
    expect(done.job, JSON.stringify(done.job)).toMatchObject({
      status: 'DONE',
      progress: { done: 5, total: 5 },
    });
    expect(done.filesCurrent).toBe(true);
    expect(done.files.map((f: any) => f.format)).toEqual(['DOCX', 'PDF', 'XLSX']);

    const docx = await get(done.files[0].path);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('.docx');
    const xml = await (
      await JSZip.loadAsync(await docx.arrayBuffer())
    )
      .file('word/document.xml')!
      .async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Như Thanh, ngày 12 tháng 4 năm 2027');
    // A range that is a quarter is named as one.
    expect(text).toContain('phong trào Quý I năm 2027');
    const [{ n }] = await api.sql(
      `select count(*)::int as n from idea where received_at >= '2027-01-01T00:00:00+07' and received_at < '2027-04-01T00:00:00+07'`,
    );
    expect(n).toBeGreaterThanOrEqual(4);
    expect(text).toContain(`Tiếp nhận ${n} ý tưởng`);
    expect(text).toContain(
      'tổng thực chi 7.500.000 đồng (bằng chữ: Bảy triệu năm trăm nghìn đồng)',
    );
    expect(text).toContain('Thiếu loa truyền thanh ở xóm Khe');
    expect(text).toContain('Sở Khoa học và Công nghệ tỉnh Thanh Hóa (b/c)');
    expect(text).toContain('Phong trào được triển khai đồng bộ ở các thôn.');

    const pdf = await get(done.files[1].path);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false })
      .promise;
    let pdfText = '';
    for (let p = 1; p <= doc.numPages; p++)
      pdfText += (await (await doc.getPage(p)).getTextContent()).items
        .map((i: any) => i.str)
        .join(' ');
    const flat = pdfText.replace(/\s+/g, ' ');
    expect(flat).toContain('Như Thanh, ngày 12 tháng 4 năm 2027');
    expect(flat).toContain('7.500.000');
    expect(flat).toContain('Thường trực Đảng ủy xã (b/c)');

    const xlsx = await get(done.files[2].path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const units = wb.getWorksheet('Theo đơn vị')!;
    let received = 0;
    let total = 0;
    units.eachRow((row, n) => {
      if (n <= 2) return;
      if (row.getCell(1).value === 'Cộng') total = Number(row.getCell(2).value);
      else received += Number(row.getCell(2).value ?? 0);
    });
    expect(received).toBe(n);
    expect(total).toBe(received);
    const money = wb.getWorksheet('Kinh phí')!;
    const rows: any[][] = [];
    money.eachRow((row) => rows.push((row.values as any[]).slice(1)));
    const byActivity = rows.slice(2, 8);
    expect(byActivity.reduce((s, r) => s + Number(r[2]), 0)).toBe(7_500_000);
    expect(rows.find((r) => r[0] === 'Tổng cộng theo nguồn')?.[2]).toBe(7_500_000);
    expect(rows.find((r) => r[0] === 'Tổng cộng theo hoạt động')?.[1]).toBe(20_000_000);
    expect(rows.find((r) => r[0] === 'Thực chi bằng chữ')?.[2]).toBe(
      'Bảy triệu năm trăm nghìn đồng',
    );

    // Only the hub downloads it.
    expect((await get(done.files[0].path, headA)).status).toBe(403);
  });

  it('is issued once generated after its last edit, then never changes; a correction is a new version', async () => {
    await ok(
      `mutation ($id: ID!, $i: HubReportInput!) { updateHubReport(id: $id, input: $i) { id } }`,
      { id, i: { numberSymbol: '45/BC-UBND', signerName: 'Lê Văn Chủ Tịch' } },
      hub,
    );
    const stale = await api.gql(
      `mutation ($id: ID!) { issueHubReport(id: $id) { id } }`,
      { id },
      { token: hub },
    );
    expect(code(stale)).toBe('CONFLICT');
    await ok(`mutation ($id: ID!) { generateHubReport(id: $id) { id } }`, { id }, hub);
    await api.jobs.drain();
    const issued = await ok(
      `mutation ($id: ID!) { issueHubReport(id: $id) { status issuedAt files { sha256 } } }`,
      { id },
      hub,
    );
    expect(issued.issueHubReport.status).toBe('ISSUED');
    const edit = await api.gql(
      `mutation ($id: ID!, $i: HubReportInput!) { updateHubReport(id: $id, input: $i) { id } }`,
      { id, i: { assessment: 'Sửa sau khi ban hành' } },
      { token: hub },
    );
    expect(code(edit)).toBe('CONFLICT');
    expect(
      code(
        await api.gql(
          `mutation ($id: ID!) { generateHubReport(id: $id) { id } }`,
          { id },
          { token: hub },
        ),
      ),
    ).toBe('CONFLICT');
    // Data recorded later does not change the issued files.
    await spend(9_000_000, 'thon-a', '2027-03-20');
    const after = (
      await ok(`query ($id: ID!) { hubReport(id: $id) { files { sha256 } } }`, { id }, hub)
    ).hubReport;
    expect(after.files).toEqual(issued.issueHubReport.files);

    const noReason = await api.gql(
      `mutation ($id: ID!) { correctHubReport(id: $id, reason: "") { id } }`,
      { id },
      { token: hub },
    );
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    const v2 = (
      await ok(
        `mutation ($id: ID!) { correctHubReport(id: $id, reason: "Bổ sung khoản chi ngày 20/3") { ${HUB_FIELDS} } }`,
        { id },
        hub,
      )
    ).correctHubReport;
    expect(v2).toMatchObject({
      version: 2,
      status: 'DRAFT',
      numberSymbol: '45/BC-UBND',
      files: [],
    });
    expect(v2.family).toBe(id);
    await ok(`mutation ($id: ID!) { generateHubReport(id: $id) { id } }`, { id: v2.id }, hub);
    await api.jobs.drain();
    const v2done = (
      await ok(`query ($id: ID!) { hubReport(id: $id) { ${HUB_FIELDS} } }`, { id: v2.id }, hub)
    ).hubReport;
    const xml = await (
      await JSZip.loadAsync(await (await get(v2done.files[0].path)).arrayBuffer())
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml.replace(/<[^>]+>/g, ' ')).toContain('16.500.000');
    expect(v2done.files[0].fileName).toMatch(/-v2\.docx$/);
    const again = await api.gql(
      `mutation ($id: ID!) { correctHubReport(id: $id, reason: "Lần nữa") { id } }`,
      { id },
      { token: hub },
    );
    expect(code(again)).toBe('CONFLICT');
    const list = await ok(`{ hubReports { id version status } }`, {}, hub);
    expect(list.hubReports.filter((r: any) => [id, v2.id].includes(r.id))).toHaveLength(2);
  });

  it('defaults the mid-term review (sơ kết) to the campaign’s start through 2028', async () => {
    const r = (
      await ok(
        `mutation { createHubReport(kind: MID_TERM) { title periodFrom periodTo recipients } }`,
        {},
        hub,
      )
    ).createHubReport;
    expect(r.title).toMatch(/^Sơ kết thực hiện phong trào thi đua/);
    expect(r.periodTo <= '2028-12-31').toBe(true);
    expect(r.recipients).toContain('Thường trực Đảng ủy xã (b/c)');
    expect(
      code(await api.gql(`mutation { createHubReport(kind: FINAL) { id } }`, {}, { token: headA })),
    ).toBe('FORBIDDEN');
  });
});
