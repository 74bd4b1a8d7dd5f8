import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

let api: TestApi;
let t: Triage;
let hub: string;
const clock = new TestClock(new Date('2026-09-15T02:00:00Z'));

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false, sessionTtlHours: 24 * 30 } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

const IDEA = `query ($id: ID!) { idea(id: $id) {
  status
  pilots { id status scope budget { item amount source } indicators { name baseline target actual } recommendation updates { note } hostUnit { code } }
  adoptions { kind unit { code } adoptedOn programmes }
  supportPlans { id status goal expertName tasks { id title doneAt } }
  reviews { status conclusion }
} }`;

describe('support', () => {
  it('assigns an expert with tasks, records a revision worked out with the author, then goes back to review', async () => {
    const id = await t.ideaIn('ACCEPTED');
    const staff = (await api.gql('{ staffMembers { id fullName } }', {}, { token: hub })).data!
      .staffMembers;
    const expert = staff.find((s: any) => s.fullName === 'Cán Bộ Thôn B');
    const r = await t.move(id, 'IN_SUPPORT', {
      support: {
        expertId: expert.id,
        goal: 'Hoàn thiện dự toán và quy trình.',
        tasks: ['Khảo sát 10 hộ', 'Lập dự toán'],
      },
    });
    expect(r.status).toBe('IN_SUPPORT');
    const plan = (await api.gql(IDEA, { id }, { token: hub })).data!.idea.supportPlans[0];
    expect(plan).toMatchObject({ status: 'ACTIVE', expertName: 'Cán Bộ Thôn B' });
    expect(plan.tasks.map((x: any) => x.title)).toEqual(['Khảo sát 10 hộ', 'Lập dự toán']);

    // The expert (an officer of another unit) now works on the idea.
    const expertToken = await api.login(TEST_STAFF.officerB);
    const seen = await api.gql(
      'query ($id: ID!) { idea(id: $id) { title authors { contact { email } } } }',
      { id },
      { token: expertToken },
    );
    expect(seen.data!.idea.authors[0].contact.email).toMatch(/@example.com/);
    await api.gql(
      'mutation ($t: ID!) { setSupportTaskDone(taskId: $t, done: true) { id } }',
      { t: plan.tasks[0].id },
      { token: expertToken },
    );
    const revised = await api.gql(
      'mutation ($p: ID!, $i: SupplementInput!) { reviseIdeaInSupport(planId: $p, input: $i) { revision solution } }',
      {
        p: plan.id,
        i: {
          solution:
            'Giải pháp đã hoàn thiện cùng tác giả: lắp đặt theo 3 giai đoạn, có dự toán chi tiết.',
          note: 'Bổ sung dự toán sau khảo sát.',
        },
      },
      { token: expertToken },
    );
    expect(revised.data!.reviseIdeaInSupport.revision).toBe(3);
    const done = await api.gql(
      'mutation ($p: ID!) { completeSupport(planId: $p, message: "Đã hoàn thiện.") { status } }',
      { p: plan.id },
      { token: expertToken },
    );
    expect(done.data!.completeSupport.status).toBe('UNDER_REVIEW');
    const after = (await api.gql(IDEA, { id }, { token: hub })).data!.idea;
    expect(after.supportPlans[0].status).toBe('DONE');
    expect(after.reviews[0].status).toBe('OPEN');
    const gone = await api.gql(
      'query ($id: ID!) { idea(id: $id) { id } }',
      { id },
      { token: expertToken },
    );
    expect(gone.data!.idea).toBeNull();
  });

  it('lets the assigned expert add tasks with a due date while the plan is active, and no one else', async () => {
    const id = await t.ideaIn('ACCEPTED');
    const staff = (await api.gql('{ staffMembers { id fullName } }', {}, { token: hub })).data!
      .staffMembers;
    const expert = staff.find((s: any) => s.fullName === 'Cán Bộ Thôn B');
    await t.move(id, 'IN_SUPPORT', {
      support: { expertId: expert.id, goal: 'Lập dự toán.', tasks: ['Khảo sát'] },
    });
    const planId = (await api.gql(IDEA, { id }, { token: hub })).data!.idea.supportPlans[0].id;
    const ADD = `mutation ($p: ID!, $t: String!, $d: DateTimeISO) {
      addSupportTask(planId: $p, title: $t, dueAt: $d) { id tasks { title dueAt doneAt } } }`;
    const expertToken = await api.login(TEST_STAFF.officerB);
    const editor = await api.login(TEST_STAFF.editor);
    expect(
      (await api.gql(ADD, { p: planId, t: 'Việc lạ' }, { token: editor })).errors![0]!.extensions!
        .code,
    ).toBe('FORBIDDEN');
    expect((await api.gql(ADD, { p: planId, t: 'Việc lạ' })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await api.gql(ADD, { p: planId, t: ' ' }, { token: expertToken })).errors![0]!.extensions!
        .fieldErrors.title,
    ).toBeTruthy();

    const due = new Date(clock.now().getTime() + 7 * 86_400_000).toISOString();
    const added = await api.gql(
      ADD,
      { p: planId, t: 'Họp thôn lấy ý kiến', d: due },
      { token: expertToken },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addSupportTask.tasks).toEqual([
      expect.objectContaining({ title: 'Khảo sát', dueAt: null }),
      { title: 'Họp thôn lấy ý kiến', dueAt: due, doneAt: null },
    ]);
    await api.gql(
      'mutation ($p: ID!) { completeSupport(planId: $p, message: "Đã hoàn thiện.") { status } }',
      { p: planId },
      { token: expertToken },
    );
    const late = await api.gql(ADD, { p: planId, t: 'Việc muộn' }, { token: hub });
    expect(late.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    const tasks = (await api.gql(IDEA, { id }, { token: hub })).data!.idea.supportPlans[0].tasks;
    expect(tasks.map((x: any) => x.title)).toEqual(['Khảo sát', 'Họp thôn lấy ý kiến']);
  });

  it('ends the plan and the expert’s access when the hub moves the idea on directly', async () => {
    const id = await t.ideaIn('ACCEPTED');
    const staff = (await api.gql('{ staffMembers { id fullName } }', {}, { token: hub })).data!
      .staffMembers;
    const expert = staff.find((s: any) => s.fullName === 'Cán Bộ Thôn B');
    await t.move(id, 'IN_SUPPORT', {
      support: { expertId: expert.id, goal: 'Hoàn thiện dự toán.', tasks: ['Lập dự toán'] },
    });
    // Straight to the council with the hub's route button, not through completeSupport.
    expect((await t.move(id, 'UNDER_REVIEW')).status).toBe('UNDER_REVIEW');
    const idea = (await api.gql(IDEA, { id }, { token: hub })).data!.idea;
    expect(idea.supportPlans[0].status).toBe('DONE');
    const [row] = await api.sql(
      'select support_expert_id, support_unit_id from idea where id = $1',
      [id],
    );
    expect(row).toEqual({ support_expert_id: null, support_unit_id: null });
    const seen = await api.gql(
      'query ($id: ID!) { idea(id: $id) { id } }',
      { id },
      { token: await api.login(TEST_STAFF.officerB) },
    );
    expect(seen.data!.idea).toBeNull();
  });
});

describe('pilots, adoption and scaling', () => {
  it('refuses to start a pilot without its plan, then runs, updates and reports it', async () => {
    const id = await t.ideaIn('RECOMMENDED');
    const bare = await api.gql(
      'mutation ($i: TransitionIdeaInput!) { transitionIdea(input: $i) { id } }',
      { i: { ideaId: id, to: 'PILOTING' } },
      { token: hub },
    );
    expect(bare.errors![0]!.extensions!.fieldErrors.pilot).toBeTruthy();
    expect(await t.statusOf(id)).toBe('RECOMMENDED');
    const badDates = await t.move(id, 'PILOTING', {
      pilot: {
        ...(t.payload('PILOTING').pilot as object),
        startsOn: '2026-10-01',
        endsOn: '2026-09-01',
      },
    });
    expect(badDates.errors![0]!.extensions!.fieldErrors['pilot.endsOn']).toBeTruthy();
    expect((await t.move(id, 'PILOTING')).status).toBe('PILOTING');
    const pilot = (await api.gql(IDEA, { id }, { token: hub })).data!.idea.pilots[0];
    expect(pilot).toMatchObject({
      status: 'RUNNING',
      hostUnit: { code: 'thon-a' },
      budget: [{ item: 'Vật tư', amount: 5_000_000, source: 'SOCIALISED' }],
    });
    await api.gql(
      'mutation ($p: ID!, $v: [IndicatorInput!]!) { addPilotUpdate(pilotId: $p, note: "Tháng đầu: 12 hộ tham gia.", values: $v) { id } }',
      {
        p: pilot.id,
        v: [{ name: 'Số hộ tham gia', unit: 'hộ', baseline: 0, target: 20, actual: 12 }],
      },
      { token: hub },
    );
    const report = await api.gql(
      'mutation ($p: ID!, $i: PilotReportInput!) { reportPilot(pilotId: $p, input: $i) { status recommendation } }',
      {
        p: pilot.id,
        i: {
          results: 'Đạt 24 hộ tham gia, vượt mục tiêu.',
          recommendation: 'SCALE',
          indicators: [{ name: 'Số hộ tham gia', unit: 'hộ', baseline: 0, target: 20, actual: 24 }],
          programmes: ['NEW_RURAL'],
        },
      },
      { token: hub },
    );
    expect(report.data!.reportPilot).toEqual({ status: 'REPORTED', recommendation: 'SCALE' });
    let idea = (await api.gql(IDEA, { id }, { token: hub })).data!.idea;
    expect(idea.status).toBe('APPLIED');
    expect(idea.adoptions).toEqual([
      {
        kind: 'APPLIED',
        unit: { code: 'thon-a' },
        adoptedOn: '2026-09-15',
        programmes: ['NEW_RURAL'],
      },
    ]);
    expect(idea.pilots[0].updates.map((u: any) => u.note)).toEqual(['Tháng đầu: 12 hộ tham gia.']);

    const scaled = await api.gql(
      'mutation ($id: ID!, $i: AdoptionInput!) { recordAdoption(ideaId: $id, kind: SCALED, input: $i) { kind } }',
      { id, i: t.payload('SCALED').adoption },
      { token: hub },
    );
    expect(scaled.errors).toBeUndefined();
    idea = (await api.gql(IDEA, { id }, { token: hub })).data!.idea;
    expect(idea.status).toBe('SCALED');
    expect(idea.adoptions.map((a: any) => [a.kind, a.unit.code])).toEqual([
      ['APPLIED', 'thon-a'],
      ['SCALED', 'thon-b'],
    ]);
    const messages = await api.sql(
      `select body from idea_message where idea_id = $1 order by created_at`,
      [id],
    );
    expect(messages.map((m) => m.body).join('\n')).toMatch(/ứng dụng chính thức/);
    expect(messages.map((m) => m.body).join('\n')).toMatch(/nhân rộng tại Thôn Bãi Bằng/);
  });

  it('archives the idea when the pilot report says stop', async () => {
    const id = await t.ideaIn('PILOTING');
    const pilot = (await api.gql(IDEA, { id }, { token: hub })).data!.idea.pilots[0];
    await api.gql(
      'mutation ($p: ID!, $i: PilotReportInput!) { reportPilot(pilotId: $p, input: $i) { status } }',
      { p: pilot.id, i: { results: 'Chi phí vận hành cao hơn lợi ích.', recommendation: 'STOP' } },
      { token: hub },
    );
    expect(await t.statusOf(id)).toBe('ARCHIVED');
  });

  it("dates the host unit's adoption by Vietnam's calendar, not UTC's", async () => {
    const id = await t.ideaIn('PILOTING');
    const pilot = (await api.gql(IDEA, { id }, { token: hub })).data!.idea.pilots[0];
    const before = clock.now();
    clock.set(new Date('2026-09-15T18:30:00Z')); // 01:30 on 16/09/2026 in Vietnam
    try {
      const r = await api.gql(
        'mutation ($p: ID!, $i: PilotReportInput!) { reportPilot(pilotId: $p, input: $i) { status } }',
        { p: pilot.id, i: { results: 'Đạt mục tiêu.', recommendation: 'APPLY' } },
        { token: hub },
      );
      expect(r.errors).toBeUndefined();
    } finally {
      clock.set(before);
    }
    const idea = (await api.gql(IDEA, { id }, { token: hub })).data!.idea;
    expect(idea.adoptions.map((a: any) => a.adoptedOn)).toEqual(['2026-09-16']);
  });
});

describe('leaving the pilot step', () => {
  it('closes a running pilot when the hub applies the idea directly or it is archived', async () => {
    const applied = await t.ideaIn('PILOTING');
    expect((await t.move(applied, 'APPLIED')).status).toBe('APPLIED');
    const archived = await t.ideaIn('PILOTING');
    expect(
      (await t.move(archived, 'ARCHIVED', { message: 'Không còn kinh phí thử nghiệm.' })).status,
    ).toBe('ARCHIVED');
    const rows = await api.sql(
      `select idea_id, status, recommendation, results, reported_at is not null as reported from pilot where idea_id = any($1)`,
      [[applied, archived]],
    );
    expect(rows.find((r) => r.idea_id === applied)).toMatchObject({
      status: 'REPORTED',
      recommendation: 'APPLY',
      reported: true,
    });
    expect(rows.find((r) => r.idea_id === archived)).toMatchObject({
      status: 'REPORTED',
      recommendation: 'STOP',
      results: expect.stringMatching(/Lưu trữ.*Không còn kinh phí/),
    });
  });
});

describe('recognition and awards', () => {
  const PROPOSE = `mutation ($i: AwardInput!) { proposeAward(input: $i) { id status } }`;
  const DECIDE = `mutation ($id: ID!, $n: String!, $d: String!) { decideAward(id: $id, decisionNumber: $n, decisionDate: $d) { status coefficient baseSalary prizeAmount } }`;

  it('computes the prize from the dated settings, rounded up to 10,000 đồng', async () => {
    const id = await t.ideaIn('APPLIED');
    const p = await api.gql(
      PROPOSE,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'INDIVIDUAL',
          recipientName: 'Nguyễn Thị Thử',
          achievement: 'Tác giả ý tưởng được ứng dụng.',
          ideaIds: [id],
        },
      },
      { token: hub },
    );
    const d = await api.gql(
      DECIDE,
      { id: p.data!.proposeAward.id, n: '45/QĐ-UBND', d: '2026-09-20' },
      { token: hub },
    );
    expect(d.data!.decideAward).toEqual({
      status: 'DECIDED',
      coefficient: 0.15,
      baseSalary: 2_340_000,
      prizeAmount: 360_000,
    });

    // A new base salary from 2027 applies to decisions made after it, not before.
    await api.gql(
      'mutation { addBaseSalary(input: { amount: 2530000, validFrom: "2027-01-01", legalBasis: "Nghị định mới" }) { id } }',
      {},
      { token: hub },
    );
    const p2 = await api.gql(
      PROPOSE,
      {
        i: {
          form: 'ADVANCED_WORKER',
          recipientKind: 'INDIVIDUAL',
          recipientName: 'Nguyễn Thị Thử',
          achievement: 'Lao động tiên tiến 2026.',
          ideaIds: [id],
        },
      },
      { token: hub },
    );
    const d2 = await api.gql(
      DECIDE,
      { id: p2.data!.proposeAward.id, n: '02/QĐ-UBND', d: '2027-01-05' },
      { token: hub },
    );
    expect(d2.data!.decideAward).toMatchObject({ baseSalary: 2_530_000, prizeAmount: 760_000 }); // 759,000 → 760,000
  });

  it('applies a new award coefficient to decisions dated from its day, with the settings listed for the hub', async () => {
    const RATES = '{ awardRates { form recipientKind coefficient validFrom legalBasis } }';
    const SALARIES = '{ baseSalaries { amount validFrom } }';
    const ADD_RATE = `mutation ($i: AwardRateInput!) { addAwardRate(input: $i) { id coefficient validFrom } }`;
    const rate = {
      form: 'COMMUNE_CERTIFICATE',
      recipientKind: 'INDIVIDUAL',
      coefficient: 0.2,
      validFrom: '2027-06-01',
      legalBasis: 'Quyết định sửa đổi mức khen thưởng của UBND xã',
    };
    const officer = await api.login(TEST_STAFF.officerA);
    for (const q of [RATES, SALARIES])
      expect((await api.gql(q, {}, { token: officer })).errors![0]!.extensions!.code).toBe(
        'FORBIDDEN',
      );
    expect(
      (await api.gql(ADD_RATE, { i: rate }, { token: officer })).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    const bad = await api.gql(
      ADD_RATE,
      { i: { ...rate, coefficient: 0, validFrom: '01/06/2027' } },
      { token: hub },
    );
    expect(Object.keys(bad.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'coefficient',
      'validFrom',
    ]);

    const added = await api.gql(ADD_RATE, { i: rate }, { token: hub });
    expect(added.data!.addAwardRate).toMatchObject({ coefficient: 0.2, validFrom: '2027-06-01' });
    const rates = (await api.gql(RATES, {}, { token: hub })).data!.awardRates.filter(
      (r: any) => r.form === 'COMMUNE_CERTIFICATE' && r.recipientKind === 'INDIVIDUAL',
    );
    // Newest first; the old coefficient stays for decisions dated before.
    expect(rates.map((r: any) => [r.coefficient, r.validFrom])[0]).toEqual([0.2, '2027-06-01']);
    expect(rates.map((r: any) => r.coefficient)).toContain(0.15);
    const salaries = (await api.gql(SALARIES, {}, { token: hub })).data!.baseSalaries;
    expect(salaries.length).toBeGreaterThan(0);
    expect([...salaries.map((s: any) => s.validFrom)].sort().reverse()).toEqual(
      salaries.map((s: any) => s.validFrom),
    );
    const baseOn = (day: string) => salaries.find((s: any) => s.validFrom <= day).amount;

    const id = await t.ideaIn('APPLIED');
    const decide = async (day: string) => {
      const p = await api.gql(
        PROPOSE,
        {
          i: {
            form: 'COMMUNE_CERTIFICATE',
            recipientKind: 'INDIVIDUAL',
            recipientName: 'Nguyễn Thị Thử',
            achievement: `Giấy khen ngày ${day}.`,
            ideaIds: [id],
          },
        },
        { token: hub },
      );
      return (
        await api.gql(
          DECIDE,
          { id: p.data!.proposeAward.id, n: `${day}/QĐ`, d: day },
          { token: hub },
        )
      ).data!.decideAward;
    };
    const roundUp = (n: number) => Math.ceil(n / 10_000) * 10_000;
    expect(await decide('2027-05-31')).toMatchObject({
      coefficient: 0.15,
      baseSalary: baseOn('2027-05-31'),
      prizeAmount: roundUp(0.15 * baseOn('2027-05-31')),
    });
    expect(await decide('2027-06-01')).toMatchObject({
      coefficient: 0.2,
      baseSalary: baseOn('2027-06-01'),
      prizeAmount: roundUp(0.2 * baseOn('2027-06-01')),
    });
  });

  it('keeps a revoked award with its evidence, and needs evidence to propose one', async () => {
    const noEvidence = await api.gql(
      PROPOSE,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'COLLECTIVE',
          recipientName: 'Thôn Đồng Ánh',
          achievement: 'Tích cực tham gia phong trào.',
        },
      },
      { token: hub },
    );
    expect(noEvidence.errors![0]!.extensions!.fieldErrors.ideaIds).toMatch(/minh chứng/);
    const id = await t.ideaIn('APPLIED');
    const p = await api.gql(
      PROPOSE,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'COLLECTIVE',
          recipientName: 'Thôn Đồng Ánh',
          unitId: t.cat.unit('thon-a'),
          achievement: 'Ứng dụng ý tưởng hiệu quả.',
          ideaIds: [id],
        },
      },
      { token: hub },
    );
    const awardId = p.data!.proposeAward.id;
    await api.gql(DECIDE, { id: awardId, n: '50/QĐ-UBND', d: '2026-09-21' }, { token: hub });
    const revoked = await api.gql(
      'mutation ($id: ID!) { revokeAward(id: $id, reason: "Kê khai thành tích không trung thực.") { status revokedAt revokeReason prizeAmount ideas { id } } }',
      { id: awardId },
      { token: hub },
    );
    expect(revoked.data!.revokeAward).toMatchObject({
      status: 'REVOKED',
      revokeReason: 'Kê khai thành tích không trung thực.',
      prizeAmount: 710_000,
      ideas: [{ id }],
    });
    const list = await api.gql('{ awards(status: REVOKED) { id } }', {}, { token: hub });
    expect(list.data!.awards.map((a: any) => a.id)).toContain(awardId);
  });

  it('links an individual award to an author, whose id only staff who see contacts get', async () => {
    const id = await t.ideaIn('APPLIED');
    const AUTHORS = 'query ($id: ID!) { idea(id: $id) { authors { personId displayName } } }';
    const [author] = (await api.gql(AUTHORS, { id }, { token: hub })).data!.idea.authors;
    expect(author.personId).toMatch(/^[0-9a-f-]{36}$/);
    const p = await api.gql(
      PROPOSE,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'INDIVIDUAL',
          recipientName: author.displayName,
          personId: author.personId,
          achievement: 'Tác giả ý tưởng được ứng dụng.',
          ideaIds: [id],
        },
      },
      { token: hub },
    );
    expect(p.errors).toBeUndefined();
    const [row] = await api.sql('select person_id from award where id = $1', [
      p.data!.proposeAward.id,
    ]);
    expect(row.person_id).toBe(author.personId);
    // Published, the idea is public: a guest sees its authors anonymised, without the id.
    await api.gql(
      'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
      { id },
      { token: hub },
    );
    const guest = await api.gql(AUTHORS, { id });
    expect(guest.data!.idea.authors.every((a: any) => a.personId === null)).toBe(true);
  });

  it('honours a published idea with a citation', async () => {
    const id = await t.ideaIn('APPLIED');
    const unpublished = await api.gql(
      'mutation ($id: ID!) { honourIdea(ideaId: $id, honoured: true, citation: "Ý tưởng tiêu biểu") { id } }',
      { id },
      { token: hub },
    );
    expect(unpublished.errors![0]!.extensions!.fieldErrors.ideaId).toMatch(/công khai/);
    await api.gql(
      'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
      { id },
      { token: hub },
    );
    const ok = await api.gql(
      'mutation ($id: ID!) { honourIdea(ideaId: $id, honoured: true, citation: "Ý tưởng tiêu biểu năm 2026") { honouredAt honourCitation } }',
      { id },
      { token: hub },
    );
    expect(ok.data!.honourIdea.honourCitation).toBe('Ý tưởng tiêu biểu năm 2026');
  });
});
