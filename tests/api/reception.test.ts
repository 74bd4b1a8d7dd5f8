import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';
import { png as makePng, pngWithMetadata } from '../helpers/png.js';

let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;
let officerA: string;
let officerB: string;
let hub: string;
let pointA: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = makePng(2, 2);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);

const IN_PERSON = `mutation ($input: InPersonIdeaInput!) {
  recordInPersonIdea(input: $input) { trackingCode receivedAt digest }
}`;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  cat = await catalog(api);
  [officerA, officerB, hub] = await Promise.all([
    api.login(TEST_STAFF.officerA),
    api.login(TEST_STAFF.officerB),
    api.login(TEST_STAFF.hub),
  ]);
  const units = await api.gql('{ units { code receptionPoints { id } } }');
  pointA = units.data!.units.find((u: any) => u.code === 'thon-a').receptionPoints[0].id;
});
afterAll(() => api?.close());

describe('attachments', () => {
  it('stores a PDF and an image checked by their content', async () => {
    const pdf = await api.upload('Kế hoạch chi tiết.pdf', PDF);
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      fileName: 'Kế hoạch chi tiết.pdf',
      mimeType: 'application/pdf',
      size: PDF.length,
    });
    const png = await api.upload('anh.png', PNG);
    expect(png.body.mimeType).toBe('image/png');
    const receipt = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), { attachmentIds: [pdf.body.id, png.body.id] }),
    });
    expect(receipt.errors).toBeUndefined();
    const rows = await api.sql(
      'select a.file_name, a.idea_id is not null as attached from attachment a where a.id = any($1)',
      [[pdf.body.id, png.body.id]],
    );
    expect(rows.every((r) => r.attached)).toBe(true);
  });

  it('re-encodes uploaded pictures, dropping what they hide, and refuses a broken one', async () => {
    const secret = 'GPS 19.6835N 105.5714E nha ong Son';
    const photo = pngWithMetadata(8, 6, secret);
    expect(photo.includes(Buffer.from(secret))).toBe(true);
    const up = await api.upload('anh-nha.png', photo);
    expect(up.status).toBe(201);
    expect(up.body.mimeType).toBe('image/png');
    const sent = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), { attachmentIds: [up.body.id] }),
    });
    expect(sent.errors).toBeUndefined();
    const hub = await api.login(TEST_STAFF.hub);
    const res = await fetch(`${api.origin}/files/${up.body.id}`, {
      headers: { authorization: `Bearer ${hub}` },
    });
    const stored = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(stored.subarray(0, 8)).toEqual(photo.subarray(0, 8));
    expect(stored.includes(Buffer.from(secret))).toBe(false);
    expect(stored.includes(Buffer.from('eXIf'))).toBe(false);
    expect(up.body.size).toBe(stored.length);
    const broken = await api.upload(
      'hong.png',
      Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.fieldErrors.file).toMatch(/hỏng hoặc không đọc được/);
  });

  it('refuses a file whose extension lies about its content, and stores nothing', async () => {
    const before = await api.sql('select count(*)::int as n from attachment');
    const lie = await api.upload('bao-cao.pdf', EXE);
    expect(lie.status).toBe(400);
    expect(lie.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const spoof = await api.upload('so-lieu.pdf', PNG);
    expect(spoof.status).toBe(400);
    expect(spoof.body.errors[0].extensions.fieldErrors.file).toMatch(/\.pdf.*ảnh PNG/);
    expect(await api.sql('select count(*)::int as n from attachment')).toEqual(before);
  });

  it('refuses an upload id that is unknown or already attached', async () => {
    const pdf = await api.upload('a.pdf', PDF);
    await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), { attachmentIds: [pdf.body.id] }),
    });
    const again = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), { attachmentIds: [pdf.body.id] }),
    });
    expect(again.errors![0]!.extensions!.fieldErrors.attachmentIds).toMatch(
      /không tồn tại|hết hạn/,
    );
  });

  it('lets staff download the files of ideas they work on, and nobody else', async () => {
    const pdf = await api.upload('tai-lieu.pdf', PDF);
    const r = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), {
        unitId: cat.unit('thon-a'),
        attachmentIds: [pdf.body.id],
      }),
    });
    expect(r.errors).toBeUndefined();
    const get = (token?: string) =>
      fetch(`${api.origin}/files/${pdf.body.id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const ok = await get(officerA);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await get(officerB)).status).toBe(403);
    expect((await get()).status).toBe(401);
  });
});

describe('consents and co-authors', () => {
  it('requires the data-processing consent, unticked by default, tied to the notice version', async () => {
    const r = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), { consents: { noticeVersion: 1, processData: false } }),
    });
    expect(r.errors![0]!.extensions!.fieldErrors['consents.processData']).toBeTruthy();
    const wrong = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), { consents: { noticeVersion: 99, processData: true } }),
    });
    expect(wrong.errors![0]!.extensions!.fieldErrors['consents.noticeVersion']).toBeTruthy();
    const ok = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), {
        consents: { noticeVersion: 1, processData: true, showName: true },
      }),
    });
    const rows = await api.sql(
      `select c.kind, c.notice_version, c.channel from consent c join authorship a on a.id = c.authorship_id
         join idea i on i.id = a.idea_id where i.tracking_code = $1 order by c.kind`,
      [ok.data!.submitIdea.trackingCode],
    );
    expect(rows).toEqual([
      { kind: 'PROCESS_DATA', notice_version: 1, channel: 'ONLINE' },
      { kind: 'SHOW_NAME', notice_version: 1, channel: 'ONLINE' },
    ]);
  });

  it('records co-authors with shares summing to 100 and credits them only once confirmed', async () => {
    const bad = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), {
        coAuthors: [
          { fullName: 'Trần B', email: 'b@example.com', share: 60 },
          { fullName: 'Lê C', phone: '0987000111', share: 40 },
        ],
      }),
    });
    expect(bad.errors![0]!.extensions!.fieldErrors.coAuthors).toMatch(/nhỏ hơn 100/);
    const ok = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), {
        unitId: cat.unit('thon-a'),
        coAuthors: [{ fullName: 'Trần Văn Bình', email: 'binh@example.com', share: 30 }],
      }),
    });
    const [idea] = await api.sql('select id from idea where tracking_code = $1', [
      ok.data!.submitIdea.trackingCode,
    ]);
    const shares = await api.sql(
      'select role, share, confirmed_at is not null as confirmed from authorship where idea_id = $1 order by share desc',
      [idea.id],
    );
    expect(shares).toEqual([
      { role: 'LEAD', share: 70, confirmed: true },
      { role: 'CO_AUTHOR', share: 30, confirmed: false },
    ]);
    const staffView = await api.gql(
      'query ($id: ID!) { idea(id: $id) { authors { displayName share confirmed } } }',
      { id: idea.id },
      { token: hub },
    );
    expect(staffView.data!.idea.authors).toEqual([
      { displayName: 'Nguyễn Thị Thử', share: 70, confirmed: true },
      { displayName: 'Trần Văn Bình', share: 30, confirmed: false },
    ]);
  });
});

describe('in-person reception', () => {
  async function scan(token: string) {
    const r = await api.upload('phieu-de-xuat.pdf', PDF, { token, kind: 'PAPER_FORM' });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  it("records an idea at the officer's own reception point with the signed paper form", async () => {
    const paperFormId = await scan(officerA);
    const r = await api.gql(
      IN_PERSON,
      {
        input: {
          ...ideaInput(cat.field('nong-nghiep'), {
            author: { fullName: 'Bà Lò Thị Mai', phone: '0912 000 111' },
          }),
          consents: { noticeVersion: 1, processData: true, publishContent: true },
          receptionPointId: pointA,
          paperFormId,
          consentNote: 'Bà Mai ký phiếu đồng ý lúc 9 giờ.',
        },
      },
      { token: officerA },
    );
    expect(r.errors).toBeUndefined();
    const [row] = await api.sql(
      `select i.channel, u.code as unit, rp.name as point, s.email as officer,
              (select kind from attachment a where a.idea_id = i.id) as scan,
              (select string_agg(c.channel || ':' || c.kind, ',' order by c.kind) from consent c join authorship au on au.id = c.authorship_id where au.idea_id = i.id) as consents,
              (select note from idea_revision r where r.idea_id = i.id) as note
         from idea i join unit u on u.id = i.unit_id join reception_point rp on rp.id = i.reception_point_id
         join staff_user s on s.id = i.received_by_id where i.tracking_code = $1`,
      [r.data!.recordInPersonIdea.trackingCode],
    );
    expect(row).toEqual({
      channel: 'IN_PERSON',
      unit: 'thon-a',
      point: 'Nhà văn hóa thôn Đồng Ánh',
      officer: TEST_STAFF.officerA,
      scan: 'PAPER_FORM',
      consents: 'PAPER:PROCESS_DATA,PAPER:PUBLISH_CONTENT',
      note: 'Bà Mai ký phiếu đồng ý lúc 9 giờ.',
    });
  });

  it('refuses an officer not assigned to the point and writes nothing', async () => {
    const paperFormId = await scan(officerB);
    const before = await api.sql('select count(*)::int as n from idea');
    const r = await api.gql(
      IN_PERSON,
      { input: { ...ideaInput(cat.field('nong-nghiep')), receptionPointId: pointA, paperFormId } },
      { token: officerB },
    );
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/mình được phân công/);
    expect(await api.sql('select count(*)::int as n from idea')).toEqual(before);
  });

  it('requires the scan of the paper form and refuses anonymous callers', async () => {
    const r = await api.gql(
      IN_PERSON,
      {
        input: {
          ...ideaInput(cat.field('nong-nghiep')),
          receptionPointId: pointA,
          paperFormId: '00000000-0000-4000-8000-000000000000',
        },
      },
      { token: officerA },
    );
    expect(r.errors![0]!.extensions!.fieldErrors.attachmentIds).toBeTruthy();
    const anon = await api.gql(IN_PERSON, {
      input: { ...ideaInput(cat.field('nong-nghiep')), receptionPointId: pointA, paperFormId: 'x' },
    });
    expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('duplicate suggestions', () => {
  it('finds an earlier idea reworded and typed without accents', async () => {
    const earlier = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('chuyen-doi-so'), {
        unitId: cat.unit('thon-b'),
        title: 'Số hóa sổ theo dõi hộ nghèo của thôn',
        problem: 'Trưởng thôn ghi chép hộ nghèo trên sổ giấy, rà soát cuối năm rất vất vả.',
        solution: 'Dùng bảng tính dùng chung để theo dõi hộ nghèo, cập nhật trực tuyến.',
      }),
    });
    await api.gql(SUBMIT, {
      input: ideaInput(cat.field('moi-truong'), { title: 'Trồng cây xanh ven đường liên xã' }),
    });
    const later = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('chuyen-doi-so'), {
        title: 'so hoa so sach theo doi ho ngheo',
        problem: 'Thon van ghi so ho ngheo bang tay, moi lan ra soat mat nhieu thoi gian.',
        solution: 'Chuyen so theo doi ho ngheo sang bang tinh truc tuyen de cap nhat.',
      }),
    });
    const [row] = await api.sql('select id from idea where tracking_code = $1', [
      later.data!.submitIdea.trackingCode,
    ]);
    const r = await api.gql(
      'query ($id: ID!) { idea(id: $id) { similarIdeas(first: 3) { score idea { trackingCode title } } } }',
      { id: row.id },
      { token: hub },
    );
    const top = r.data!.idea.similarIdeas[0];
    expect(top.idea.trackingCode).toBe(earlier.data!.submitIdea.trackingCode);
    expect(top.score).toBeGreaterThan(0.2);
    const titles = r.data!.idea.similarIdeas.map((s: any) => s.idea.title);
    expect(titles).not.toContain('Trồng cây xanh ven đường liên xã');
  });
});
