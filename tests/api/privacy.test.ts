import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { ALL_CONSENTS, Triage } from '../helpers/triage.js';

let api: TestApi;
let clock: TestClock;
let hub: string;
let officerA: string;
let t: Triage;

const TRACK = `query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) {
  token dataRequests { id kind status dueAt outcome data }
} }`;
const FILE = `mutation ($t: String!, $i: DataRequestInput!) { fileDataRequest(token: $t, input: $i) {
  dataRequests { id kind status receivedAt dueAt outcome data }
} }`;
const QUEUE = `query ($o: Boolean) { dataRequests(overdue: $o) { id kind status dueAt overdue subjectName trackingCode } }`;
const COMPLETE = `mutation ($id: ID!, $n: String) { completeDataRequest(id: $id, note: $n) { id status outcome } }`;

beforeAll(async () => {
  // Wednesday 02/12/2026, 09:00 in Vietnam.
  clock = new TestClock(new Date('2026-12-02T02:00:00Z'));
  api = await startTestApi({ clock, config: { runJobs: false, sessionTtlHours: 24 * 30 } });
  [hub, officerA] = await Promise.all([api.login(TEST_STAFF.hub), api.login(TEST_STAFF.officerA)]);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

async function tracked(trackingCode: string, contact: string) {
  const r = await api.gql(TRACK, { c: trackingCode, k: contact });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.trackIdea;
}

/** Every text, varchar and json column of every table in the database. */
async function findEverywhere(needles: string[]): Promise<string[]> {
  const columns = await api.sql(
    `select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json')`,
  );
  const hits: string[] = [];
  for (const c of columns) {
    for (const n of needles) {
      const [row] = await api.sql(
        `select count(*)::int as n from "${c.table_name}" where "${c.column_name}"::text ilike $1`,
        [`%${n}%`],
      );
      if (row.n) hits.push(`${c.table_name}.${c.column_name} ∋ ${n} (${row.n})`);
    }
  }
  return hits;
}

describe('data-subject requests', () => {
  it('are due two working days after receipt and show as overdue in the hub’s queue', async () => {
    const { trackingCode } = await t.newIdea({
      author: { fullName: 'Cầm Thị Hỏi', email: 'hoi@example.com' },
    });
    const me = await tracked(trackingCode, 'hoi@example.com');
    const r = await api.gql(FILE, {
      t: me.token,
      i: { kind: 'ACCESS', details: 'Tôi muốn biết xã đang lưu những gì về tôi.' },
    });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const req = r.data!.fileDataRequest.dataRequests[0];
    // Wednesday → Thursday, Friday: due at the end of Friday 04/12 (Vietnam time).
    expect(req).toMatchObject({
      kind: 'ACCESS',
      status: 'RECEIVED',
      dueAt: '2026-12-04T16:59:59.999Z',
    });
    await api.jobs.drain();
    expect(
      api.senders.sent.some(
        (m) => m.recipient === 'hoi@example.com' && /04\/12\/2026/.test(m.body),
      ),
    ).toBe(true);

    expect((await api.gql(QUEUE, { o: true }, { token: hub })).data!.dataRequests).toEqual([]);
    clock.set(new Date('2026-12-05T01:00:00Z')); // Saturday morning
    hub = await api.login(TEST_STAFF.hub);
    officerA = await api.login(TEST_STAFF.officerA);
    const overdue = (await api.gql(QUEUE, { o: true }, { token: hub })).data!.dataRequests;
    expect(overdue).toContainEqual(
      expect.objectContaining({
        id: req.id,
        overdue: true,
        subjectName: 'Cầm Thị Hỏi',
        trackingCode,
      }),
    );
    // Reception officers file requests for people in person but do not see the queue.
    expect((await api.gql(QUEUE, {}, { token: officerA })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );

    const done = await api.gql(COMPLETE, { id: req.id }, { token: hub });
    expect(done.data!.completeDataRequest.status).toBe('DONE');
    // The hub can hand the same data over in person (each read is audited).
    const reads = async () =>
      (
        await api.sql(
          `select count(*)::int as n from audit_entry a join idea i on i.id = a.idea_id
            where a.action = 'PERSONAL_DATA_READ' and i.tracking_code = $1`,
          [trackingCode],
        )
      )[0].n;
    const readsBefore = await reads();
    const ONE = `query ($id: ID!) { dataRequest(id: $id) { id kind status result } }`;
    const handed = await api.gql(ONE, { id: req.id }, { token: hub });
    expect(handed.data!.dataRequest).toMatchObject({ id: req.id, kind: 'ACCESS', status: 'DONE' });
    expect(handed.data!.dataRequest.result.person).toMatchObject({ fullName: 'Cầm Thị Hỏi' });
    expect(await reads()).toBe(readsBefore + 1);
    // Listing the queue does not read anyone's data unless asked for.
    await api.gql(`query { dataRequests(status: DONE) { id } }`, {}, { token: hub });
    expect(await reads()).toBe(readsBefore + 1);
    expect(
      (await api.gql(ONE, { id: req.id }, { token: officerA })).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    const after = await tracked(trackingCode, 'hoi@example.com');
    const data = after.dataRequests.find((d: any) => d.id === req.id).data;
    expect(data.person).toMatchObject({ fullName: 'Cầm Thị Hỏi', email: 'hoi@example.com' });
    expect(data.ideas[0]).toMatchObject({ trackingCode, role: 'Chủ nhiệm', share: 100 });
    expect(data.consents.map((c: any) => c.consent)).toContain(
      'Đồng ý cho cơ quan tiếp nhận xử lý dữ liệu cá nhân để xem xét và phản hồi ý tưởng',
    );
    clock.set(new Date('2026-12-02T02:00:00Z'));
    hub = await api.login(TEST_STAFF.hub);
    t = await Triage.create(api, hub);
  });

  it('corrects the contact, restricts processing, and withdraws consents at once', async () => {
    const { id, trackingCode } = await t.newIdea({
      author: { fullName: 'Sầm Văn Sửa', email: 'sua.cu@example.com' },
      consents: ALL_CONSENTS,
    });
    const me = await tracked(trackingCode, 'sua.cu@example.com');
    const bad = await api.gql(FILE, { t: me.token, i: { kind: 'CORRECT', corrections: {} } });
    expect(bad.errors![0]!.extensions!.fieldErrors.corrections).toBeTruthy();
    const filed = await api.gql(FILE, {
      t: me.token,
      i: { kind: 'CORRECT', corrections: { email: 'sua.moi@example.com' } },
    });
    const reqId = filed.data!.fileDataRequest.dataRequests[0].id;
    const corrected = await api.gql(COMPLETE, { id: reqId }, { token: hub });
    expect(corrected.errors, JSON.stringify(corrected.errors)).toBeUndefined();
    const [p] = await api.sql(
      `select p.email from person p join authorship a on a.person_id = p.id where a.idea_id = $1`,
      [id],
    );
    expect(p.email).toBe('sua.moi@example.com');

    const moved = await tracked(trackingCode, 'sua.moi@example.com');
    const w = await api.gql(FILE, {
      t: moved.token,
      i: { kind: 'WITHDRAW_CONSENT', consentKinds: ['ALLOW_SCALE', 'SHOW_NAME'] },
    });
    expect(
      w.data!.fileDataRequest.dataRequests.find((d: any) => d.kind === 'WITHDRAW_CONSENT'),
    ).toMatchObject({ status: 'DONE', outcome: expect.stringMatching(/Có hiệu lực ngay/) });
    const active = await api.sql(
      `select c.kind from consent c join authorship a on a.id = c.authorship_id where a.idea_id = $1 and c.withdrawn_at is null order by c.kind`,
      [id],
    );
    expect(active.map((c) => c.kind)).toEqual(['ALLOW_PILOT', 'PROCESS_DATA', 'PUBLISH_CONTENT']);

    const restrict = await api.gql(FILE, {
      t: moved.token,
      i: { kind: 'RESTRICT', details: 'Tạm thời không muốn nhận tin nhắn.' },
    });
    const restrictId = restrict.data!.fileDataRequest.dataRequests.find(
      (d: any) => d.kind === 'RESTRICT',
    ).id;
    const restricted = await api.gql(COMPLETE, { id: restrictId }, { token: hub });
    expect(restricted.errors, JSON.stringify(restricted.errors)).toBeUndefined();
    await api.jobs.drain();
    const sentBefore = api.senders.sent.length;
    // A later decision is recorded in the thread but not sent by email/SMS.
    expect((await t.move(id, 'NEEDS_INFO')).status).toBe('NEEDS_INFO');
    await api.jobs.drain();
    expect(api.senders.sent.slice(sentBefore)).toEqual([]);
    const [row] = await api.sql(
      `select count(*)::int as n from idea_message where idea_id = $1 and kind = 'NEEDS_INFO'`,
      [id],
    );
    expect(row.n).toBe(1);
  });

  it('erases a person: no trace of their name, email or phone in any table, the idea and its digest kept', async () => {
    const name = 'Mùa Thị Xóa Hết';
    const email = 'xoa.het.du.lieu@example.com';
    const phone = '0966 778 899';
    const { id, trackingCode } = await t.newIdea({
      author: { fullName: name, email, phone, address: 'Thôn Đồng Ánh, xã Như Thanh' },
      consents: ALL_CONSENTS,
      title: 'Sổ tay điện tử cho tổ hòa giải thôn',
      problem: `Chị ${name} (ĐT ${phone}) thấy tổ hòa giải ghi chép bằng giấy, dễ thất lạc.`,
    });
    const [before] = await api.sql('select digest from idea where id = $1', [id]);
    const me = await tracked(trackingCode, email);
    await api.gql(
      'mutation ($t: String!, $b: String!) { replyToIdea(token: $t, body: $b) { token } }',
      { t: me.token, b: `Tôi là ${name}, gọi tôi theo số 0966.778.899 hoặc ${email} nhé.` },
    );
    await t.move(id, 'NEEDS_INFO');
    await api.jobs.drain();
    const erase = await api.gql(FILE, {
      t: me.token,
      i: { kind: 'ERASE', details: 'Tôi không muốn lưu thông tin cá nhân nữa.' },
    });
    const reqId = erase.data!.fileDataRequest.dataRequests[0].id;
    expect((await findEverywhere([name, email, '0966778899'])).length).toBeGreaterThan(0);

    const done = await api.gql(COMPLETE, { id: reqId }, { token: hub });
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    expect(done.data!.completeDataRequest.status).toBe('DONE');
    // The outcome reached them, then the message itself was purged.
    await api.jobs.drain();
    expect(
      api.senders.sent.some((m) => m.recipient === email && /Đã xóa, ẩn danh/.test(m.body)),
    ).toBe(true);

    expect(
      await findEverywhere([
        name,
        email,
        '0966778899',
        '0966 778 899',
        '0966.778.899',
        'Thôn Đồng Ánh, xã Như Thanh',
      ]),
    ).toEqual([]);
    const [after] = await api.sql(
      `select i.digest, i.title, p.full_name, p.anonymised_at is not null as anonymised
         from idea i join authorship a on a.idea_id = i.id join person p on p.id = a.person_id where i.id = $1`,
      [id],
    );
    expect(after).toEqual({
      digest: before.digest,
      title: 'Sổ tay điện tử cho tổ hòa giải thôn',
      full_name: 'Người đề xuất đã ẩn danh',
      anonymised: true,
    });
    const receipt = await api.gql(
      'query ($d: String!) { verifyReceipt(digest: $d) { found intact } }',
      { d: before.digest },
    );
    expect(receipt.data!.verifyReceipt).toEqual({ found: true, intact: true });
    // Their old contact no longer opens the tracking page.
    const gone = await api.gql(TRACK, { c: trackingCode, k: email });
    expect(gone.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    // The audit log records the erasure without personal data, and stays append-only.
    const [log] = await api.sql(
      `select details from audit_entry where action = 'PERSONAL_DATA_ERASED' and idea_id = $1`,
      [id],
    );
    expect(log.details.records).toBe(1);
    await expect(api.sql(`update audit_entry set reason = 'x'`)).rejects.toThrow(/append-only/);
  });
});

describe('requests filed in person, and refusals', () => {
  const IN_PERSON = `mutation ($a: ID!, $i: DataRequestInput!) { fileDataRequestInPerson(authorId: $a, input: $i) {
    id kind status channel dueAt subjectName } }`;
  const REFUSE = `mutation ($id: ID!, $r: String!) { refuseDataRequest(id: $id, reason: $r) {
    id status outcome handledAt } }`;

  it('lets the officer of the idea’s unit file a request for someone who came in person, and only them', async () => {
    clock.set(new Date('2026-12-02T02:00:00Z'));
    [hub, officerA] = await Promise.all([
      api.login(TEST_STAFF.hub),
      api.login(TEST_STAFF.officerA),
    ]);
    const officerB = await api.login(TEST_STAFF.officerB);
    const { id } = await t.newIdea({
      unitId: t.cat.unit('thon-a'),
      author: { fullName: 'Lục Văn Đến Tận Nơi', email: 'den.tan.noi@example.com' },
    });
    const [author] = await api.sql(
      `select id from authorship where idea_id = $1 and role = 'LEAD'`,
      [id],
    );
    const input = { kind: 'ACCESS', details: 'Ông đến nhà văn hóa thôn, đề nghị xem dữ liệu.' };
    const count = async () =>
      (await api.sql('select count(*)::int as n from data_request where idea_id = $1', [id]))[0].n;
    expect(
      (await api.gql(IN_PERSON, { a: author.id, i: input }, { token: officerB })).errors![0]!
        .extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.gql(IN_PERSON, { a: author.id, i: input })).errors![0]!.extensions!.code,
    ).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(0);

    const filed = await api.gql(IN_PERSON, { a: author.id, i: input }, { token: officerA });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileDataRequestInPerson).toMatchObject({
      kind: 'ACCESS',
      status: 'RECEIVED',
      channel: 'IN_PERSON',
      subjectName: 'Lục Văn Đến Tận Nơi',
      // Wednesday → due at the end of Friday 04/12 in Vietnam.
      dueAt: '2026-12-04T16:59:59.999Z',
    });
    const [row] = await api.sql(
      `select r.received_by_id = u.id as by_officer from data_request r, staff_user u
        where r.idea_id = $1 and u.email = $2`,
      [id, TEST_STAFF.officerA],
    );
    expect(row.by_officer).toBe(true);
  });

  it('refuses a request with the reason and legal basis, and tells the requester', async () => {
    const { trackingCode } = await t.newIdea({
      author: { fullName: 'Tạ Thị Bị Từ Chối', email: 'bi.tu.choi@example.com' },
    });
    const me = await tracked(trackingCode, 'bi.tu.choi@example.com');
    const filed = await api.gql(FILE, {
      t: me.token,
      i: { kind: 'ERASE', details: 'Xóa toàn bộ hồ sơ ý tưởng của tôi.' },
    });
    const req = filed.data!.fileDataRequest.dataRequests[0];
    expect(
      (await api.gql(REFUSE, { id: req.id, r: 'Không' }, { token: officerA })).errors![0]!
        .extensions!.code,
    ).toBe('FORBIDDEN');
    const empty = await api.gql(REFUSE, { id: req.id, r: '  ' }, { token: hub });
    expect(empty.errors![0]!.extensions!.fieldErrors.reason).toBeTruthy();
    expect((await tracked(trackingCode, 'bi.tu.choi@example.com')).dataRequests[0].status).toBe(
      'RECEIVED',
    );

    const reason =
      'Ý tưởng đang được Hội đồng đánh giá; hồ sơ phải lưu theo quy định về thi đua, khen thưởng.';
    const refused = await api.gql(REFUSE, { id: req.id, r: reason }, { token: hub });
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.refuseDataRequest).toMatchObject({
      id: req.id,
      status: 'REFUSED',
      outcome: reason,
      handledAt: clock.now().toISOString(),
    });
    // Refused means nothing was erased, and the author sees why.
    const after = await tracked(trackingCode, 'bi.tu.choi@example.com');
    expect(after.dataRequests[0]).toMatchObject({ status: 'REFUSED', outcome: reason });
    await api.jobs.drain();
    const told = api.senders.sent.filter((m) => m.recipient === 'bi.tu.choi@example.com').at(-1)!;
    expect(told.body).toContain('không thực hiện được');
    expect(told.body).toContain(reason);
    // A decided request is not refused twice.
    const again = await api.gql(REFUSE, { id: req.id, r: reason }, { token: hub });
    expect(again.errors).toBeDefined();
  });
});

describe('public holidays', () => {
  const LIST = 'query ($y: Int!) { publicHolidays(year: $y) { id day name } }';
  const ADD =
    'mutation ($d: String!, $n: String!) { addPublicHoliday(day: $d, name: $n) { id day name } }';
  const REMOVE = 'mutation ($id: ID!) { removePublicHoliday(id: $id) }';

  it('are kept by the hub and skipped by the two-working-day deadline', async () => {
    clock.set(new Date('2026-12-02T02:00:00Z')); // Wednesday
    [hub, officerA] = await Promise.all([
      api.login(TEST_STAFF.hub),
      api.login(TEST_STAFF.officerA),
    ]);
    const days = async (year: number) =>
      (await api.gql(LIST, { y: year }, { token: hub })).data!.publicHolidays.map(
        (h: any) => h.day,
      );
    expect(await days(2026)).toEqual(expect.arrayContaining(['2026-09-01', '2026-09-02']));
    expect(await days(2026)).not.toContain('2026-12-03');
    expect(
      (await api.gql(LIST, { y: 2026 }, { token: officerA })).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.gql(ADD, { d: '2026-12-03', n: 'Nghỉ bù' }, { token: officerA })).errors![0]!
        .extensions!.code,
    ).toBe('FORBIDDEN');
    const bad = await api.gql(ADD, { d: '03/12/2026', n: 'Nghỉ bù' }, { token: hub });
    expect(bad.errors![0]!.extensions!.fieldErrors.day).toBeTruthy();

    const added = await api.gql(ADD, { d: '2026-12-03', n: 'Ngày hội văn hóa xã' }, { token: hub });
    expect(added.data!.addPublicHoliday).toMatchObject({
      day: '2026-12-03',
      name: 'Ngày hội văn hóa xã',
    });
    expect(await days(2026)).toContain('2026-12-03');
    expect(await days(2027)).not.toContain('2026-12-03');
    const twice = await api.gql(ADD, { d: '2026-12-03', n: 'Lặp' }, { token: hub });
    expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');

    const dueOfNewRequest = async (email: string) => {
      const { trackingCode } = await t.newIdea({ author: { fullName: 'Hà Văn Hạn', email } });
      const me = await tracked(trackingCode, email);
      const r = await api.gql(FILE, { t: me.token, i: { kind: 'ACCESS' } });
      return r.data!.fileDataRequest.dataRequests[0].dueAt;
    };
    // Thursday is now a holiday: Friday and Monday are the two working days.
    expect(await dueOfNewRequest('han.mot@example.com')).toBe('2026-12-07T16:59:59.999Z');

    const removed = await api.gql(REMOVE, { id: added.data!.addPublicHoliday.id }, { token: hub });
    expect(removed.data!.removePublicHoliday).toBe(true);
    expect(await days(2026)).not.toContain('2026-12-03');
    expect(await dueOfNewRequest('han.hai@example.com')).toBe('2026-12-04T16:59:59.999Z');
    const gone = await api.gql(REMOVE, { id: added.data!.addPublicHoliday.id }, { token: hub });
    expect(gone.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
