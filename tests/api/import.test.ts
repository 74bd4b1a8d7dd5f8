import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
let hub: string;

const HEADER = [
  'Tên ý tưởng',
  'Vấn đề cần giải quyết',
  'Giải pháp',
  'Hiệu quả dự kiến',
  'Lĩnh vực',
  'Mức độ hoàn thiện',
  'Thôn/Đơn vị',
  'Họ và tên',
  'Email',
  'Số điện thoại',
  'Đồng ý xử lý dữ liệu',
];
const good = (n: number) => [
  `Sổ tay điện tử trồng keo số ${n}`,
  'Nhiều hộ trồng keo theo kinh nghiệm, năng suất không đều và hay bị sâu bệnh.',
  'Biên soạn sổ tay điện tử có video ngắn, phát qua nhóm Zalo của thôn.',
  'Năng suất rừng trồng tăng, giảm thiệt hại do sâu bệnh gây ra.',
  'Nông nghiệp; Chuyển đổi số',
  'Sơ khởi',
  'Thôn Đồng Ánh',
  `Người Nhập ${n}`,
  `nhap${n}@example.com`,
  '',
  'Có',
];

const START = `mutation ($a: ID!, $d: Boolean!, $s: Boolean!) { startIdeaImport(attachmentId: $a, dryRun: $d, skipInvalidRows: $s) { id status } }`;
const POLL = `query ($id: ID!) { ideaImport(id: $id) { status progress { done total } error report } }`;

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ý tưởng');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function run(file: { name: string; data: Buffer }, dryRun: boolean, skip = false) {
  const up = await api.upload(file.name, file.data, { token: hub, kind: 'IMPORT_SOURCE' });
  expect(up.status, JSON.stringify(up.body)).toBe(201);
  const started = await api.gql(START, { a: up.body.id, d: dryRun, s: skip }, { token: hub });
  expect(started.errors).toBeUndefined();
  await api.jobs.drain();
  const r = await api.gql(POLL, { id: started.data!.startIdeaImport.id }, { token: hub });
  return { ...r.data!.ideaImport, attachmentId: up.body.id };
}

const count = async () => Number((await api.sql('select count(*) as n from idea'))[0].n);

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
});
afterAll(() => api?.close());

describe('importing ideas from a spreadsheet', () => {
  it('reports every row and imports nothing while some rows are refused', async () => {
    const before = await count();
    const bad1 = good(2);
    bad1[4] = 'Lĩnh vực không có';
    const bad2 = good(3);
    bad2[10] = 'Không';
    bad2[8] = 'sai-email';
    const res = await run(
      { name: 'so-theo-doi.xlsx', data: await xlsx([good(1), bad1, bad2, good(4)]) },
      false,
    );
    expect(res.status).toBe('DONE');
    expect(res.progress).toEqual({ done: 4, total: 4 });
    const report = res.report;
    expect(report).toMatchObject({ total: 4, accepted: 2, refused: 2, imported: 0 });
    expect(report.rows.map((r: any) => [r.row, r.status])).toEqual([
      [2, 'ACCEPTED'],
      [3, 'REFUSED'],
      [4, 'REFUSED'],
      [5, 'ACCEPTED'],
    ]);
    expect(report.rows[1].errors).toEqual([
      { field: 'fields', message: 'Không có lĩnh vực: Lĩnh vực không có.' },
    ]);
    expect(report.rows[2].errors.map((e: any) => e.field).sort()).toEqual(['consent', 'email']);
    expect(await count()).toBe(before);
  });

  it('imports only the valid rows, all in one transaction, when asked to', async () => {
    const before = await count();
    const bad = good(6);
    bad[0] = '';
    const res = await run(
      { name: 'dot-2.xlsx', data: await xlsx([good(5), bad, good(7)]) },
      false,
      true,
    );
    expect(res.report).toMatchObject({ accepted: 2, refused: 1, imported: 2 });
    const codes = res.report.rows
      .filter((r: any) => r.status === 'IMPORTED')
      .map((r: any) => r.trackingCode);
    expect(codes).toHaveLength(2);
    expect(await count()).toBe(before + 2);
    const rows = await api.sql(
      `select channel, (select count(*) from idea_revision r where r.idea_id = i.id)::int as revisions from idea i where tracking_code = any($1)`,
      [codes],
    );
    expect(rows).toEqual([
      { channel: 'IMPORTED', revisions: 1 },
      { channel: 'IMPORTED', revisions: 1 },
    ]);
  });

  it('reads CSV (semicolons, UTF-8 with BOM) and validates without writing in a dry run', async () => {
    const before = await count();
    const csv =
      '\uFEFF' +
      [HEADER, good(8), good(9)].map((r) => r.map((c) => `"${c}"`).join(';')).join('\r\n');
    const res = await run({ name: 'danh-sach.csv', data: Buffer.from(csv, 'utf8') }, true);
    expect(res.report).toMatchObject({ dryRun: true, accepted: 2, refused: 0, imported: 0 });
    expect(await count()).toBe(before);
  });

  it('refuses a sheet without the expected columns, and a spreadsheet renamed as an image', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['Cột lạ', 'Khác']);
    const res = await run(
      { name: 'sai-mau.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) },
      true,
    );
    expect(res.status).toBe('FAILED');
    expect(res.error).toMatch(/Tên ý tưởng/);
    const renamed = await api.upload('anh.jpg', await xlsx([good(10)]), {
      token: hub,
      kind: 'IMPORT_SOURCE',
    });
    expect(renamed.status).toBe(400);
  });

  it('is for the hub only', async () => {
    const officer = await api.login(TEST_STAFF.officerA);
    const up = await api.upload('a.csv', Buffer.from('Tên ý tưởng;Lĩnh vực\n'), {
      token: officer,
      kind: 'IMPORT_SOURCE',
    });
    const r = await api.gql(START, { a: up.body.id, d: true, s: false }, { token: officer });
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
