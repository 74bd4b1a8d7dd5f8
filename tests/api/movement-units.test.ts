/**
 * Units and villages act, not just read (issue #16, §IV.1, §V.2–V.3, §VIII): participant groups,
 * implementation plans, activities, requests to the hub, pilot updates by the host unit, ideas a
 * unit proposes itself, unit news drafts, and the public transparency figures by period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';
import { png } from '../helpers/png.js';
import { createPost } from '../helpers/content.js';

const clock = new TestClock(new Date('2027-03-02T02:00:00Z'));
let api: TestApi;
let t: Triage;
let hub: string;
let headA: string;
let officerB: string;
let unitEditor: string;
let editor: string;

const code = (r: { errors?: { extensions?: Record<string, any> }[] }) =>
  r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  headA = await api.login(TEST_STAFF.headA);
  officerB = await api.login(TEST_STAFF.officerB);
  unitEditor = await api.login(TEST_STAFF.unitEditorA);
  editor = await api.login(TEST_STAFF.editor);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

describe('participant groups', () => {
  it('are the commune’s list, offered to the public, editable by the hub only', async () => {
    const list = await api.gql('{ participantGroups { id code name nameEn } }');
    expect(list.data!.participantGroups.map((g: any) => g.code)).toEqual([
      'can-bo',
      'cong-nhan',
      'nong-dan',
      'hoc-sinh',
      'giao-vien',
      'nha-khoa-hoc',
      'doanh-nghiep',
      'doan-vien',
      'hoi-vien-phu-nu',
      'cuu-chien-binh',
      'khac',
    ]);
    const SAVE = `mutation ($id: ID, $n: String!, $a: Boolean) {
      saveParticipantGroup(id: $id, name: $n, active: $a) { id code name active }
    }`;
    const added = await api.gql(SAVE, { n: 'Người cao tuổi' }, { token: hub });
    expect(added.data!.saveParticipantGroup).toMatchObject({
      code: 'nguoi-cao-tuoi',
      active: true,
    });
    const dup = await api.gql(SAVE, { n: 'nguoi cao tuoi' }, { token: hub });
    expect(dup.errors![0]!.extensions!.fieldErrors.name).toBe('Đã có nhóm trùng tên này.');
    const retired = await api.gql(
      SAVE,
      { id: added.data!.saveParticipantGroup.id, n: 'Người cao tuổi', a: false },
      { token: hub },
    );
    expect(retired.data!.saveParticipantGroup.active).toBe(false);
    const publicList = await api.gql('{ participantGroups { code } }');
    expect(publicList.data!.participantGroups.map((g: any) => g.code)).not.toContain(
      'nguoi-cao-tuoi',
    );
    expect(code(await api.gql(SAVE, { n: 'Thương binh' }, { token: headA }))).toBe('FORBIDDEN');
  });

  it('are recorded with the author (optional), never on the idea’s public face, and erased with the person', async () => {
    const [farmers] = await api.sql(`select id from participant_group where code = 'nong-dan'`);
    const { id } = await t.newIdea({
      author: {
        fullName: 'Lò Văn Nông',
        email: 'lo.van.nong@example.com',
        participantGroupId: farmers.id,
        ageBand: 'FROM_36_TO_60',
        gender: 'MALE',
      },
    });
    const [row] = await api.sql(
      `select i.participant_group_id as idea_group, p.participant_group_id as person_group, p.age_band, p.gender
         from idea i join authorship a on a.idea_id = i.id join person p on p.id = a.person_id where i.id = $1`,
      [id],
    );
    expect(row).toEqual({
      idea_group: farmers.id,
      person_group: farmers.id,
      age_band: 'FROM_36_TO_60',
      gender: 'MALE',
    });
    // Not exposed on an idea at all (the schema has no such field on Idea or its authors).
    const probe = await api.gql('{ ideas(first: 1) { nodes { participantGroup { id } } } }');
    expect(code(probe)).toBe('GRAPHQL_VALIDATION_FAILED');
    const org = await api.gql(
      `mutation ($i: SubmitIdeaInput!) { submitIdea(input: $i) { trackingCode } }`,
      {
        i: {
          title: 'Ý tưởng của hợp tác xã về sấy nông sản',
          problem: 'Nông sản sau thu hoạch bị ẩm mốc do thiếu lò sấy.',
          solution: 'Lắp lò sấy dùng chung chạy bằng trấu tại hợp tác xã.',
          benefit: 'Giảm hao hụt sau thu hoạch, tăng giá bán.',
          fieldIds: [t.cat.field('moi-truong')],
          maturity: 'PRELIMINARY',
          author: {
            fullName: 'Hợp tác xã Xuân Du',
            kind: 'ORGANISATION',
            email: 'htx.xuandu@example.com',
            ageBand: 'OVER_60',
          },
          consents: { noticeVersion: 1, processData: true },
        },
      },
    );
    expect(org.errors![0]!.extensions!.fieldErrors['author.ageBand']).toBe(
      'Nhóm tuổi, giới tính chỉ ghi cho cá nhân, không cho tổ chức.',
    );
  });
});

describe('implementation plans', () => {
  const SAVE = `mutation ($i: UnitPlanInput!) {
    saveUnitPlan(input: $i) { id year status documentNumber documentDate fileId fileName ownTargets unit { code } receptionPoint { name } }
  }`;

  it('are recorded by the unit head for their unit, with the document, and counted in the §IV.1 KPI', async () => {
    const before = await api.gql(
      '{ planCoverage(year: 2027) { units withIssuedPlan withWorkingPoint planShare missing { unit { code } lacksPlan lacksPoint } } }',
      {},
      { token: hub },
    );
    const cov = before.data!.planCoverage;
    expect(cov.withIssuedPlan).toBe(0);
    expect(cov.missing.find((m: any) => m.unit.code === 'thon-a')).toMatchObject({
      lacksPlan: true,
    });
    const file = await api.upload('ke-hoach-thon-a.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), {
      token: headA,
      kind: 'PLAN_DOCUMENT',
    });
    expect(file.status).toBe(201);
    const [point] = await api.sql(
      `select rp.id from reception_point rp join unit u on u.id = rp.unit_id where u.code = 'thon-a'`,
    );
    const incomplete = await api.gql(
      SAVE,
      { i: { unitId: t.cat.unit('thon-a'), year: 2027, status: 'ISSUED' } },
      { token: headA },
    );
    expect(incomplete.errors![0]!.extensions!.fieldErrors).toMatchObject({
      documentNumber: 'Kế hoạch đã ban hành cần có số văn bản.',
      documentDate: 'Kế hoạch đã ban hành cần có ngày ban hành.',
    });
    const saved = await api.gql(
      SAVE,
      {
        i: {
          unitId: t.cat.unit('thon-a'),
          year: 2027,
          status: 'ISSUED',
          documentNumber: '05/KH-TĐA',
          documentDate: '2027-02-20',
          fileId: file.body.id,
          ownTargets: 'Ít nhất 5 ý tưởng; 100% ý tưởng được phản hồi.',
          receptionPointId: point.id,
        },
      },
      { token: headA },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveUnitPlan).toMatchObject({
      status: 'ISSUED',
      documentNumber: '05/KH-TĐA',
      documentDate: '2027-02-20',
      fileName: 'ke-hoach-thon-a.pdf',
      unit: { code: 'thon-a' },
      receptionPoint: { name: 'Nhà văn hóa thôn Đồng Ánh' },
    });
    // The head of thon-a cannot write thon-b's plan.
    const other = await api.gql(
      SAVE,
      { i: { unitId: t.cat.unit('thon-b'), year: 2027, status: 'DRAFT' } },
      { token: headA },
    );
    expect(code(other)).toBe('FORBIDDEN');
    const after = (
      await api.gql(
        '{ planCoverage(year: 2027) { units withIssuedPlan missing { unit { code } lacksPlan } } }',
        {},
        { token: hub },
      )
    ).data!.planCoverage;
    expect(after.withIssuedPlan).toBe(1);
    expect(after.missing.find((m: any) => m.unit.code === 'thon-a')?.lacksPlan ?? false).toBe(
      false,
    );
    const mine = await api.gql(
      '{ unitPlans(year: 2027) { unit { code } status } }',
      {},
      { token: headA },
    );
    expect(mine.data!.unitPlans).toEqual([{ unit: { code: 'thon-a' }, status: 'ISSUED' }]);
    expect(
      code(await api.gql('{ planCoverage(year: 2027) { units } }', {}, { token: headA })),
    ).toBe('FORBIDDEN');
  });
});

describe('activities', () => {
  it('are logged by the unit head with photos, listed for their unit, and deleted when wrong', async () => {
    const photo = await api.upload('hop-thon.png', png(8, 8), {
      token: headA,
      kind: 'ACTIVITY_PHOTO',
    });
    expect(photo.status).toBe(201);
    const RECORD = `mutation ($i: ActivityInput!) { recordMovementActivity(input: $i) { id title audience photoIds unit { code } } }`;
    const future = await api.gql(
      RECORD,
      {
        i: {
          unitId: t.cat.unit('thon-a'),
          kind: 'MEETING',
          title: 'Họp thôn phát động phong trào',
          heldOn: '2027-12-01',
          audience: 0,
        },
      },
      { token: headA },
    );
    expect(future.errors![0]!.extensions!.fieldErrors).toMatchObject({
      heldOn: 'Chỉ ghi hoạt động đã tổ chức (ngày không ở tương lai).',
      audience: 'Số người tham dự là số nguyên từ 1 đến 100.000.',
    });
    const ok = await api.gql(
      RECORD,
      {
        i: {
          unitId: t.cat.unit('thon-a'),
          kind: 'MEETING',
          title: 'Họp thôn phát động phong trào',
          heldOn: '2027-02-25',
          audience: 85,
          photoIds: [photo.body.id],
        },
      },
      { token: headA },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordMovementActivity).toMatchObject({
      audience: 85,
      photoIds: [photo.body.id],
      unit: { code: 'thon-a' },
    });
    // The photo is kept (used), and cannot be attached a second time.
    const again = await api.gql(
      RECORD,
      {
        i: {
          unitId: t.cat.unit('thon-a'),
          kind: 'PROPAGANDA',
          title: 'Tuyên truyền trên loa truyền thanh',
          heldOn: '2027-02-26',
          audience: 300,
          photoIds: [photo.body.id],
        },
      },
      { token: headA },
    );
    expect(again.errors![0]!.extensions!.fieldErrors.photoIds).toContain('đã được dùng');
    const list = await api.gql(
      '{ movementActivities(from: "2027-01-01", to: "2027-12-31") { title unit { code } } }',
      {},
      { token: headA },
    );
    expect(list.data!.movementActivities).toEqual([
      { title: 'Họp thôn phát động phong trào', unit: { code: 'thon-a' } },
    ]);
    expect(
      (await api.gql('{ movementActivities { id } }', {}, { token: officerB })).data!
        .movementActivities,
    ).toEqual([]);
    const del = await api.gql(
      'mutation ($id: ID!) { deleteMovementActivity(id: $id) }',
      { id: ok.data!.recordMovementActivity.id },
      { token: headA },
    );
    expect(del.data!.deleteMovementActivity).toBe(true);
  });
});

describe('difficulties and requests for support', () => {
  it('go to the hub, which answers by a due date; the unit replies; either side closes', async () => {
    const raised = await api.gql(
      `mutation ($i: UnitRequestInput!) { raiseUnitRequest(input: $i) { id status dueOn subject unit { code } } }`,
      {
        i: {
          unitId: t.cat.unit('thon-a'),
          kind: 'SUPPORT',
          subject: 'Xin hỗ trợ máy chiếu cho buổi tuyên truyền',
          body: 'Thôn chưa có máy chiếu để giới thiệu các ý tưởng đã được công nhận.',
        },
      },
      { token: headA },
    );
    expect(raised.errors).toBeUndefined();
    const r = raised.data!.raiseUnitRequest;
    // Ten working days from Tuesday 02/03/2027.
    expect(r).toMatchObject({ status: 'OPEN', dueOn: '2027-03-16', unit: { code: 'thon-a' } });
    const REPLY = `mutation ($id: ID!, $b: String, $d: String, $c: Boolean) {
      replyToUnitRequest(id: $id, body: $b, dueOn: $d, close: $c) { status dueOn overdue messages { body fromHub authorName } }
    }`;
    expect(
      code(await api.gql(REPLY, { id: r.id, b: 'Tôi trả lời', d: '2027-03-20' }, { token: headA })),
    ).toBe('BAD_USER_INPUT');
    const answered = await api.gql(
      REPLY,
      { id: r.id, b: 'Phòng sẽ cho mượn máy chiếu từ ngày 10/03.', d: '2027-03-10' },
      { token: hub },
    );
    expect(answered.data!.replyToUnitRequest).toMatchObject({
      status: 'ANSWERED',
      dueOn: '2027-03-10',
      messages: [
        { fromHub: false, authorName: 'Trưởng Thôn A' },
        { fromHub: true, body: 'Phòng sẽ cho mượn máy chiếu từ ngày 10/03.' },
      ],
    });
    const replied = await api.gql(
      REPLY,
      { id: r.id, b: 'Xin cảm ơn, thôn sẽ cử người lên nhận.' },
      { token: headA },
    );
    expect(replied.data!.replyToUnitRequest.status).toBe('OPEN');
    // Another unit's staff do not see it.
    expect(
      code(
        await api.gql(
          'query ($id: ID!) { unitRequest(id: $id) { id } }',
          { id: r.id },
          { token: officerB },
        ),
      ),
    ).toBe('NOT_FOUND');
    const hubList = await api.gql(
      '{ unitRequests(status: OPEN) { subject unit { code } } }',
      {},
      { token: hub },
    );
    expect(hubList.data!.unitRequests).toEqual([
      { subject: 'Xin hỗ trợ máy chiếu cho buổi tuyên truyền', unit: { code: 'thon-a' } },
    ]);
    const closed = await api.gql(REPLY, { id: r.id, c: true }, { token: hub });
    expect(closed.data!.replyToUnitRequest.status).toBe('CLOSED');
    expect(code(await api.gql(REPLY, { id: r.id, b: 'Thêm' }, { token: headA }))).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('the unit as an author and a pilot host', () => {
  it('lets the unit head submit an idea on the unit’s behalf, with the unit as its author', async () => {
    const r = await api.gql(
      `mutation ($i: UnitIdeaInput!) { submitUnitIdea(input: $i) { trackingCode } }`,
      {
        i: {
          title: 'Bản đồ số các điểm sạt lở của thôn Đồng Ánh',
          problem: 'Mùa mưa, người dân không biết đoạn đường nào đang nguy hiểm.',
          solution: 'Thôn cập nhật bản đồ số các điểm sạt lở và nhắn tin cảnh báo.',
          benefit: 'Giảm tai nạn khi đi lại mùa mưa lũ.',
          fieldIds: [t.cat.field('moi-truong')],
        },
      },
      { token: headA },
    );
    expect(r.errors).toBeUndefined();
    const [row] = await api.sql(
      `select p.kind, p.full_name, p.email, u.code from idea i join authorship a on a.idea_id = i.id
         join person p on p.id = a.person_id join unit u on u.id = i.unit_id where i.tracking_code = $1`,
      [r.data!.submitUnitIdea.trackingCode],
    );
    expect(row).toEqual({
      kind: 'ORGANISATION',
      full_name: 'Thôn Đồng Ánh',
      email: 'truongthon.a@test.example',
      code: 'thon-a',
    });
    const denied = await api.gql(
      `mutation ($i: UnitIdeaInput!) { submitUnitIdea(input: $i) { trackingCode } }`,
      {
        i: {
          title: 'Một ý tưởng khác của thôn',
          problem: 'Vấn đề.',
          solution: 'Giải pháp.',
          benefit: 'Hiệu quả.',
          fieldIds: [t.cat.field('moi-truong')],
        },
      },
      { token: officerB },
    );
    expect(code(denied)).toBe('FORBIDDEN');
  });

  it('lets the host unit head update a pilot and propose its report; the hub approves it', async () => {
    const id = await t.ideaIn('PILOTING');
    const hosted = await api.gql(
      'query ($u: ID!) { hostedPilots(unitId: $u) { id ideaId ideaTitle status } }',
      { u: t.cat.unit('thon-a') },
      { token: headA },
    );
    const pilot = hosted.data!.hostedPilots.find((p: any) => p.ideaId === id);
    expect(pilot.status).toBe('RUNNING');
    expect(
      code(
        await api.gql(
          'query ($u: ID!) { hostedPilots(unitId: $u) { id } }',
          { u: t.cat.unit('thon-b') },
          { token: headA },
        ),
      ),
    ).toBe('FORBIDDEN');
    const update = await api.gql(
      'mutation ($p: ID!, $v: [IndicatorInput!]!) { addPilotUpdate(pilotId: $p, note: "Tháng đầu: 12 hộ tham gia.", values: $v) { updates { note } } }',
      {
        p: pilot.id,
        v: [{ name: 'Số hộ tham gia', unit: 'hộ', baseline: 0, target: 20, actual: 12 }],
      },
      { token: headA },
    );
    expect(update.errors).toBeUndefined();
    const REPORT = {
      results: 'Đạt 24 hộ tham gia, vượt mục tiêu.',
      recommendation: 'APPLY',
      indicators: [{ name: 'Số hộ tham gia', unit: 'hộ', baseline: 0, target: 20, actual: 24 }],
      programmes: ['NEW_RURAL'],
    };
    const proposed = await api.gql(
      'mutation ($p: ID!, $i: PilotReportInput!) { proposePilotReport(pilotId: $p, input: $i) { status proposedReport { results recommendation proposedBy } } }',
      { p: pilot.id, i: REPORT },
      { token: headA },
    );
    expect(proposed.data!.proposePilotReport).toEqual({
      status: 'RUNNING',
      proposedReport: {
        results: 'Đạt 24 hộ tham gia, vượt mục tiêu.',
        recommendation: 'APPLY',
        proposedBy: 'Trưởng Thôn A',
      },
    });
    // The unit head cannot approve it: the final report is the hub's.
    const self = await api.gql(
      'mutation ($p: ID!, $i: PilotReportInput!) { reportPilot(pilotId: $p, input: $i) { status } }',
      { p: pilot.id, i: REPORT },
      { token: headA },
    );
    expect(code(self)).toBe('FORBIDDEN');
    const approved = await api.gql(
      'mutation ($p: ID!, $i: PilotReportInput!) { reportPilot(pilotId: $p, input: $i) { status proposedReport { results } } }',
      { p: pilot.id, i: REPORT },
      { token: hub },
    );
    expect(approved.data!.reportPilot).toEqual({ status: 'REPORTED', proposedReport: null });
    expect(await t.statusOf(id)).toBe('APPLIED');
  });
});

describe('unit news', () => {
  it('are drafted by the unit’s editor and published by the commune’s editor only', async () => {
    const page = await api.gql(
      'mutation ($i: PostInput!) { createPost(input: $i) { id } }',
      { i: { kind: 'PAGE', title: 'Trang giới thiệu thôn', body: { type: 'doc', content: [] } } },
      { token: unitEditor },
    );
    expect(page.errors![0]!.extensions!.fieldErrors?.kind ?? page.errors![0]!.message).toContain(
      'tin tức của đơn vị',
    );
    const draft = await createPost(api, unitEditor, { title: 'Thôn Đồng Ánh ra quân làm đường' });
    const [row] = await api.sql(
      `select u.code from post p join unit u on u.id = p.unit_id where p.id = $1`,
      [draft.id],
    );
    expect(row.code).toBe('thon-a');
    expect(
      code(
        await api.gql(
          'mutation ($id: ID!) { publishPost(id: $id) { id } }',
          { id: draft.id },
          { token: unitEditor },
        ),
      ),
    ).toBe('FORBIDDEN');
    const sent = await api.gql(
      'mutation ($id: ID!) { requestPostReview(id: $id) { reviewRequestedAt unit { code } } }',
      { id: draft.id },
      { token: unitEditor },
    );
    expect(sent.data!.requestPostReview.unit).toEqual({ code: 'thon-a' });
    expect(sent.data!.requestPostReview.reviewRequestedAt).not.toBeNull();
    const queue = await api.gql(
      '{ posts(awaitingReview: true) { nodes { id title } } }',
      {},
      { token: editor },
    );
    expect(queue.data!.posts.nodes.map((p: any) => p.id)).toEqual([draft.id]);
    // The commune's own drafts stay out of the unit editor's sight.
    const own = await createPost(api, editor, { title: 'Bản nháp của xã chưa đăng' });
    const seen = await api.gql('{ posts(first: 50) { nodes { id } } }', {}, { token: unitEditor });
    expect(seen.data!.posts.nodes.map((p: any) => p.id)).toContain(draft.id);
    expect(seen.data!.posts.nodes.map((p: any) => p.id)).not.toContain(own.id);
    const published = await api.gql(
      'mutation ($id: ID!) { publishPost(id: $id) { status } }',
      { id: draft.id },
      { token: editor },
    );
    expect(published.data!.publishPost.status).toBe('PUBLISHED');
    // Once published it is the commune's editors' to change.
    const late = await api.gql(
      'mutation ($id: ID!) { requestPostReview(id: $id, requested: false) { id } }',
      { id: draft.id },
      { token: unitEditor },
    );
    expect(code(late)).toBe('FORBIDDEN');
  });
});

describe('the public transparency figures', () => {
  it('filter by year or phase and give each unit its proposers, with no personal data', async () => {
    const Q = `query ($y: Int, $p: ID) { transparencyStats(year: $y, phaseId: $p) {
      periodLabel participants totals { received } byUnit { name participants received }
    } }`;
    const all = (await api.gql(Q, {})).data!.transparencyStats;
    expect(all.periodLabel).toBeNull();
    const y2027 = (await api.gql(Q, { y: 2027 })).data!.transparencyStats;
    expect(y2027.periodLabel).toBe('Năm 2027');
    expect(y2027.totals.received).toBe(all.totals.received);
    const y2026 = (await api.gql(Q, { y: 2026 })).data!.transparencyStats;
    expect(y2026.totals.received).toBe(0);
    expect(y2026.participants).toBe(0);
    const a = y2027.byUnit.find((u: any) => u.name === 'Thôn Đồng Ánh');
    expect(a.participants).toBeGreaterThan(0);
    expect(a.participants).toBeLessThanOrEqual(a.received);
    const [phase] = await api.sql(
      `select id, name from campaign_phase order by sort_order limit 1`,
    );
    const byPhase = (await api.gql(Q, { p: phase.id })).data!.transparencyStats;
    expect(byPhase.periodLabel).toBe(phase.name);
    expect(JSON.stringify(y2027)).not.toContain('@example.com');
  });
});

describe('targets as a unit head reads them', () => {
  it('lists the defaults and their own overrides; the hub sees the breakdown by field', async () => {
    const SET = `mutation ($i: TargetInput!) { setMovementTarget(input: $i) { id } }`;
    for (const i of [
      { year: 2027, unitKind: 'VILLAGE', metric: 'RECEIVED', value: 4 },
      { year: 2027, unitId: t.cat.unit('thon-b'), metric: 'RECEIVED', value: 2 },
      { year: 2027, fieldId: t.cat.field('moi-truong'), metric: 'RECEIVED', value: 10 },
    ])
      expect((await api.gql(SET, { i }, { token: hub })).errors).toBeUndefined();
    const mixed = await api.gql(
      SET,
      {
        i: {
          year: 2027,
          unitKind: 'VILLAGE',
          fieldId: t.cat.field('moi-truong'),
          metric: 'PILOTS',
          value: 1,
        },
      },
      { token: hub },
    );
    expect(code(mixed)).toBe('BAD_USER_INPUT');
    const mine = await api.gql(
      '{ movementTargets(period: { year: 2027 }) { metric value unitKind unit { code } fieldId } }',
      {},
      { token: headA },
    );
    expect(
      mine.data!.movementTargets.map((x: any) => x.unit?.code ?? x.unitKind ?? 'field'),
    ).toEqual(expect.not.arrayContaining(['thon-b']));
    const breakdown = await api.gql(
      '{ breakdownProgress(period: { year: 2027 }) { dimension label item { metric target actual } } }',
      {},
      { token: hub },
    );
    expect(breakdown.data!.breakdownProgress).toEqual([
      {
        dimension: 'FIELD',
        label: 'Môi trường',
        item: { metric: 'RECEIVED', target: 10, actual: expect.any(Number) },
      },
    ]);
  });
});
