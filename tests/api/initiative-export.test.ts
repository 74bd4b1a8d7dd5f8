/**
 * Export to national channels (issue #17, §VII): an idea or a selection as the fields of an
 * initiative application (JSON and XLSX), never the confidential part, and only with every
 * credited author's consent to sending the file to higher programmes; each export is audited
 * with its purpose.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { ALL_CONSENTS, Triage } from '../helpers/triage.js';

let api: TestApi;
let t: Triage;
let hub: string;
const SECRET = 'Tỷ lệ pha trộn bí mật: 3 phần tro trấu, 1 phần vôi.';
const PURPOSE = 'Chương trình đổi mới sáng tạo tỉnh Thanh Hóa 2028';

function get(path: string, token = hub) {
  return fetch(`${api.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

let agreed: { id: string; trackingCode: string };
let notAgreed: { id: string; trackingCode: string };

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
  agreed = await t.newIdea({
    title: 'Lò đốt rác mini bằng gạch chịu lửa cho thôn',
    confidential: SECRET,
    consents: { ...ALL_CONSENTS, shareProgrammes: true },
  });
  notAgreed = await t.newIdea({ title: 'Sổ tay điện tử cho chi hội phụ nữ' });
});
afterAll(() => api?.close());

describe('export of initiative files', () => {
  it('gives the fields of an initiative application, without the confidential part, and audits the use', async () => {
    const q = new URLSearchParams({ ids: agreed.id, purpose: PURPOSE });
    const res = await get(`/exports/initiatives.json?${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="ho-so-y-tuong-/);
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    const data = JSON.parse(text);
    expect(data).toMatchObject({
      format: 'khoi-nguon/initiative-application',
      version: 1,
      purpose: PURPOSE,
      commune: { name: expect.stringContaining('Như Thanh') },
    });
    expect(data.initiatives).toHaveLength(1);
    const r = data.initiatives[0];
    expect(r).toMatchObject({
      trackingCode: agreed.trackingCode,
      title: 'Lò đốt rác mini bằng gạch chịu lửa cho thôn',
      authors: [{ role: 'Chủ nhiệm', contributionPercent: 100 }],
      firstAppliedOn: null,
      scope: [],
    });
    expect(r.fields.length).toBeGreaterThan(0);
    for (const k of ['problem', 'content', 'benefit']) expect(r[k].length).toBeGreaterThan(10);
    const rows = await api.sql(
      `select action, reason, idea_id from audit_entry where action = 'IDEA_EXPORTED'`,
    );
    expect(rows).toEqual([{ action: 'IDEA_EXPORTED', reason: PURPOSE, idea_id: agreed.id }]);

    const xlsx = await get(`/exports/initiatives.xlsx?${q}`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const sheet = wb.getWorksheet('Sáng kiến')!;
    expect(sheet.getRow(3).getCell(1).value).toBe(agreed.trackingCode);
    expect(String(sheet.getRow(3).getCell(4).value)).toMatch(/\(100%\)$/);
    expect(wb.getWorksheet('Tác giả')!.getRow(2).getCell(4).value).toBe(100);
  });

  it('is refused whole when an author has not consented, and nothing is logged', async () => {
    const before = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'IDEA_EXPORTED'`,
    );
    const q = new URLSearchParams({ ids: `${agreed.id},${notAgreed.id}`, purpose: PURPOSE });
    const res = await get(`/exports/initiatives.json?${q}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('RIGHTS_NOT_CLEARED');
    expect(body.errors[0].message).toContain(notAgreed.trackingCode);
    expect(body.errors[0].message).not.toContain(agreed.trackingCode);
    const after = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'IDEA_EXPORTED'`,
    );
    expect(after).toEqual(before);

    // A withdrawn consent counts as none.
    await api.sql(
      `update consent set withdrawn_at = now() where kind = 'SHARE_PROGRAMMES'
         and authorship_id in (select id from authorship where idea_id = $1)`,
      [agreed.id],
    );
    const withdrawn = await get(
      `/exports/initiatives.json?${new URLSearchParams({ ids: agreed.id, purpose: PURPOSE })}`,
    );
    expect(withdrawn.status).toBe(400);
  });

  it('is for the hub only and says what is wrong with a request', async () => {
    const q = new URLSearchParams({ ids: agreed.id, purpose: PURPOSE });
    const officer = await api.login(TEST_STAFF.officerA);
    expect((await get(`/exports/initiatives.json?${q}`, officer)).status).toBe(403);
    expect((await fetch(`${api.origin}/exports/initiatives.json?${q}`)).status).toBe(401);
    const bad = await get(`/exports/initiatives.json?ids=&purpose=x`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as any;
    expect(Object.keys(body.errors[0].extensions.fieldErrors).sort()).toEqual(['ids', 'purpose']);
    expect((await get(`/exports/initiatives.csv?${q}`)).status).toBe(404);
  });
});
