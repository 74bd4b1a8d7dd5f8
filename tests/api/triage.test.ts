import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { ALLOWED, STATUSES, Triage, type Status } from '../helpers/triage.js';

let api: TestApi;
let t: Triage;
let hub: string;
const clock = new TestClock(new Date('2026-09-01T01:00:00Z'));
const DAY = 86_400_000;

beforeAll(async () => {
  // Sessions long enough to outlive the weeks this file moves the clock through.
  api = await startTestApi({ clock, config: { runJobs: false, sessionTtlHours: 24 * 30 } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

async function snapshot(id: string) {
  const [row] = await api.sql(
    `select i.status, i.updated_at, (select count(*) from idea_event e where e.idea_id = i.id) as events,
            (select count(*) from idea_message m where m.idea_id = i.id) as messages,
            (select count(*) from audit_entry a where a.idea_id = i.id and a.action <> 'PERSONAL_DATA_READ') as audits
       from idea i where i.id = $1`,
    [id],
  );
  return row;
}

const FROM: Exclude<Status, 'WITHDRAWN'>[] = STATUSES.filter((s) => s !== 'WITHDRAWN') as never;

describe('the state machine of PRODUCT.md §3', () => {
  for (const from of FROM) {
    const targets = STATUSES.filter((to) => to !== from || ALLOWED[from].includes(to));
    for (const to of targets.filter((x) => x !== 'WITHDRAWN')) {
      const allowed = ALLOWED[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, async () => {
        const id = await t.ideaIn(from);
        const before = await snapshot(id);
        const r = await t.move(id, to);
        if (allowed) {
          expect(r.errors).toBeUndefined();
          expect(r.status).toBe(to);
          const [event] = await api.sql(
            `select e.from_status, e.to_status, u.email from idea_event e join staff_user u on u.id = e.actor_id
              where e.idea_id = $1 and e.to_status = $2 and e.kind = 'STATUS_CHANGED'`,
            [id, to],
          );
          // Under review, the council's chair decides; otherwise the hub.
          expect(event).toEqual({
            from_status: from,
            to_status: to,
            email: from === 'UNDER_REVIEW' ? TEST_STAFF.councilChair : TEST_STAFF.hub,
          });
        } else {
          expect(r.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
          expect(r.errors![0]!.message).toMatch(/Không thể chuyển/);
          expect(await snapshot(id)).toEqual(before);
        }
      });
    }
  }

  it('lets only the author withdraw (staff get FORBIDDEN, nothing changes)', async () => {
    const id = await t.ideaIn('ACCEPTED');
    const before = await snapshot(id);
    const r = await t.move(id, 'WITHDRAWN');
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await snapshot(id)).toEqual(before);
  });

  it('leaves the decisions on an idea under review to the council chair (hub: FORBIDDEN)', async () => {
    const id = await t.ideaIn('UNDER_REVIEW');
    const r = await api.gql(
      'mutation ($i: TransitionIdeaInput!) { transitionIdea(input: $i) { id } }',
      { i: { ideaId: id, to: 'ARCHIVED', message: 'Lưu trữ' } },
      { token: hub },
    );
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await t.statusOf(id)).toBe('UNDER_REVIEW');
  });

  it('refuses triage to a reception officer and to anonymous callers', async () => {
    const id = await t.ideaIn('SUBMITTED');
    const officer = await api.login(TEST_STAFF.officerA);
    expect((await t.move(id, 'ACCEPTED', {}, officer)).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await api.gql('mutation ($i: TransitionIdeaInput!) { transitionIdea(input: $i) { id } }', {
          i: { ideaId: id, to: 'ACCEPTED' },
        })
      ).errors![0]!.extensions!.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('what each decision needs', () => {
  it.each([
    ['OUT_OF_SCOPE', { message: 'Lý do' }, 'guidance'],
    ['NOT_ELIGIBLE', { guidance: 'Hướng dẫn' }, 'message'],
    ['NEEDS_INFO', {}, 'missing'],
    ['ACCEPTED', {}, 'classification'],
  ] as const)('refuses %s without its required data (%s missing → %s)', async (to, data, field) => {
    const id = await t.ideaIn('SUBMITTED');
    const r = await api.gql(
      'mutation ($input: TransitionIdeaInput!) { transitionIdea(input: $input) { id } }',
      { input: { ideaId: id, to, ...data } },
      { token: hub },
    );
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions!.fieldErrors[field]).toBeTruthy();
    expect((await snapshot(id)).status).toBe('SUBMITTED');
  });

  it('refuses marking an idea a duplicate of a later one, and keeps both submission times', async () => {
    const earlier = await t.newIdea({ title: 'Chợ phiên không dùng tiền mặt' });
    clock.advance(3_600_000);
    const later = await t.newIdea({ title: 'Chợ phiên thanh toán bằng mã QR' });
    const wrong = await t.move(earlier.id, 'DUPLICATE', { duplicateOfId: later.id });
    expect(wrong.errors![0]!.extensions!.fieldErrors.duplicateOfId).toMatch(/trước/);
    const ok = await t.move(later.id, 'DUPLICATE', { duplicateOfId: earlier.id });
    expect(ok.errors).toBeUndefined();
    const q = await api.gql(
      'query ($id: ID!) { idea(id: $id) { receivedAt duplicateOf { id receivedAt } } }',
      { id: later.id },
      { token: hub },
    );
    const idea = q.data!.idea;
    expect(idea.duplicateOf.id).toBe(earlier.id);
    expect(new Date(idea.duplicateOf.receivedAt).getTime()).toBeLessThan(
      new Date(idea.receivedAt).getTime(),
    );
  });

  it('answers the author for every decision and counts the idea as responded once', async () => {
    const { id } = await t.newIdea();
    await t.move(id, 'NEEDS_INFO');
    const [first] = await api.sql('select responded_at from idea where id = $1', [id]);
    expect(first.responded_at).not.toBeNull();
    const msgs = await api.sql(
      `select kind, body, missing from idea_message where idea_id = $1 and kind = 'NEEDS_INFO'`,
      [id],
    );
    expect(msgs[0].body).toContain('Cách thức, quy trình triển khai');
    expect(msgs[0].missing).toEqual(['IMPLEMENTATION', 'COST']);
    const outbox = await api.sql(
      `select channel, recipient from outbound_message where idea_id = $1 order by created_at, channel`,
      [id],
    );
    expect(outbox.length).toBeGreaterThanOrEqual(4); // acknowledgement + request, by email and SMS
  });
});

describe('step due dates and the paused clock', () => {
  it('pauses the triage clock while waiting for the author and resumes it after the supplement', async () => {
    const { id, trackingCode } = await t.newIdea({
      author: { fullName: 'Tác Giả Chờ', email: 'cho@example.com' },
    });
    const step0 = (
      await api.gql(
        'query ($id: ID!) { idea(id: $id) { currentStep { status dueAt overdue } } }',
        { id },
        { token: hub },
      )
    ).data!.idea.currentStep;
    expect(step0.status).toBe('SUBMITTED');
    const due0 = new Date(step0.dueAt).getTime();
    expect(due0 - clock.now().getTime()).toBe(7 * DAY);

    clock.advance(2 * DAY);
    await t.move(id, 'NEEDS_INFO');
    clock.advance(10 * DAY); // the author takes ten days: longer than the whole triage time
    const paused = await api.gql(
      'query ($id: ID!) { idea(id: $id) { status currentStep { pausedAt overdue } } }',
      { id },
      { token: hub },
    );
    expect(paused.data!.idea.currentStep.pausedAt).toBeTruthy();
    expect(paused.data!.idea.currentStep.overdue).toBe(false);
    const overdueList = await api.gql(
      '{ ideas(first: 100, where: { overdue: true }) { nodes { id } } }',
      {},
      { token: hub },
    );
    expect(overdueList.data!.ideas.nodes.map((n: any) => n.id)).not.toContain(id);

    const track = await api.gql(
      'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }',
      { c: trackingCode, k: 'cho@example.com' },
    );
    const sup = await api.gql(
      'mutation ($t: String!, $i: SupplementInput!) { supplementIdea(token: $t, input: $i) { status revision content { solution } } }',
      {
        t: track.data!.trackIdea.token,
        i: {
          solution: 'Đoàn thanh niên thực hiện, kinh phí 5 triệu đồng từ xã hội hóa.',
          note: 'Tôi đã bổ sung cách làm và kinh phí.',
        },
      },
    );
    expect(sup.errors).toBeUndefined();
    expect(sup.data!.supplementIdea.status).toBe('SUBMITTED');
    expect(sup.data!.supplementIdea.revision).toBe(2);

    const resumed = (
      await api.gql(
        'query ($id: ID!) { idea(id: $id) { currentStep { status dueAt pausedAt overdue } revisions { number source solution } } }',
        { id },
        { token: hub },
      )
    ).data!.idea;
    expect(resumed.currentStep.pausedAt).toBeNull();
    // Due date moved by exactly the ten days spent waiting.
    expect(new Date(resumed.currentStep.dueAt).getTime()).toBe(due0 + 10 * DAY);
    expect(resumed.currentStep.overdue).toBe(false);
    expect(resumed.revisions.map((r: any) => r.number)).toEqual([1, 2]);
    expect(resumed.revisions[0].solution).not.toBe(resumed.revisions[1].solution);

    clock.advance(6 * DAY); // 2 + 6 = 8 days of triage time > 7
    const late = (
      await api.gql(
        'query ($id: ID!) { idea(id: $id) { currentStep { overdue } } }',
        { id },
        { token: hub },
      )
    ).data!.idea;
    expect(late.currentStep.overdue).toBe(true);
    const overdue = await api.gql(
      '{ ideas(first: 100, where: { overdue: true }) { nodes { id } } inboxSummary { overdue } }',
      {},
      { token: hub },
    );
    expect(overdue.data!.ideas.nodes.map((n: any) => n.id)).toContain(id);
    expect(overdue.data!.inboxSummary.overdue).toBeGreaterThanOrEqual(1);
  });

  it('sets a due date per idea and needs a reason to extend it', async () => {
    const { id } = await t.newIdea();
    const SET =
      'mutation ($id: ID!, $d: DateTimeISO!, $r: String) { setIdeaDueDate(ideaId: $id, dueAt: $d, reason: $r) { dueAt } }';
    const shorter = new Date(clock.now().getTime() + 3 * DAY).toISOString();
    expect(
      (await api.gql(SET, { id, d: shorter }, { token: hub })).data!.setIdeaDueDate.dueAt,
    ).toBe(shorter);
    const longer = new Date(clock.now().getTime() + 20 * DAY).toISOString();
    const refused = await api.gql(SET, { id, d: longer }, { token: hub });
    expect(refused.errors![0]!.extensions!.fieldErrors.reason).toMatch(/lý do/);
    const ok = await api.gql(
      SET,
      { id, d: longer, r: 'Cần khảo sát thực địa tại 3 thôn' },
      { token: hub },
    );
    expect(ok.data!.setIdeaDueDate.dueAt).toBe(longer);
    const events = await api.sql(
      `select reason from idea_event where idea_id = $1 and kind = 'DUE_DATE_CHANGED'`,
      [id],
    );
    expect(events.map((e) => e.reason)).toContainEqual(expect.stringContaining('Gia hạn đến'));
    expect(events.map((e) => e.reason)).toContainEqual(
      expect.stringContaining('Cần khảo sát thực địa'),
    );
  });
});

describe('bulk work in the inbox', () => {
  it('assigns and routes many ideas at once, reporting each one', async () => {
    const a = await t.ideaIn('ACCEPTED');
    const b = await t.ideaIn('ACCEPTED');
    const c = await t.ideaIn('SUBMITTED');
    const staff = await api.gql('{ staffMembers { id fullName } }', {}, { token: hub });
    const me = staff.data!.staffMembers.find((s: any) => s.fullName === 'Lê Thị Đầu Mối');
    const assigned = await api.gql(
      'mutation ($ids: [ID!]!, $a: ID) { assignIdeas(ideaIds: $ids, assigneeId: $a) { id assignee { fullName } } }',
      { ids: [a, b, c], a: me.id },
      { token: hub },
    );
    expect(
      assigned.data!.assignIdeas.every((i: any) => i.assignee.fullName === 'Lê Thị Đầu Mối'),
    ).toBe(true);
    const routed = await api.gql(
      'mutation ($i: BulkTransitionInput!) { transitionIdeas(input: $i) { ideaId ok code } }',
      { i: { ideaIds: [a, b, c], to: 'UNDER_REVIEW', message: 'Chuyển Hội đồng đánh giá.' } },
      { token: hub },
    );
    const byId = Object.fromEntries(routed.data!.transitionIdeas.map((o: any) => [o.ideaId, o]));
    expect(byId[a].ok).toBe(true);
    expect(byId[b].ok).toBe(true);
    expect(byId[c]).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    const mine = await api.gql(
      'query ($a: ID) { ideas(first: 10, where: { assigneeId: $a, status: [UNDER_REVIEW] }) { totalCount } }',
      { a: me.id },
      { token: hub },
    );
    expect(mine.data!.ideas.totalCount).toBe(2);
  });

  it('saves inbox filters per staff member', async () => {
    const saved = await api.gql(
      'mutation { saveView(name: "Quá hạn của tôi", filters: "qua-han=co&trang-thai=SUBMITTED&trang-thai=NEEDS_INFO") { id name filters } }',
      {},
      { token: hub },
    );
    expect(saved.data!.saveView.filters).toEqual({
      'qua-han': ['co'],
      'trang-thai': ['SUBMITTED', 'NEEDS_INFO'],
    });
    const list = await api.gql('{ savedViews { name } }', {}, { token: hub });
    expect(list.data!.savedViews.map((v: any) => v.name)).toContain('Quá hạn của tôi');
    const other = await api.login(TEST_STAFF.officerA);
    expect(
      (await api.gql('{ savedViews { name } }', {}, { token: other })).data!.savedViews,
    ).toEqual([]);
  });

  it('deletes a saved view for its owner only', async () => {
    const saved = await api.gql(
      'mutation { saveView(name: "Chờ bổ sung", filters: "trang-thai=NEEDS_INFO") { id } }',
      {},
      { token: hub },
    );
    const id = saved.data!.saveView.id;
    const DELETE = 'mutation ($id: ID!) { deleteView(id: $id) }';
    const names = async () =>
      (await api.gql('{ savedViews { name } }', {}, { token: hub })).data!.savedViews.map(
        (v: any) => v.name,
      );
    // Someone else's view is not theirs to delete: nothing happens.
    const other = await api.login(TEST_STAFF.officerA);
    expect((await api.gql(DELETE, { id }, { token: other })).data!.deleteView).toBe(false);
    expect(await names()).toContain('Chờ bổ sung');
    expect((await api.gql(DELETE, { id })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    expect((await api.gql(DELETE, { id }, { token: hub })).data!.deleteView).toBe(true);
    expect(await names()).not.toContain('Chờ bổ sung');
    expect(await names()).toContain('Quá hạn của tôi');
    // Already gone.
    expect((await api.gql(DELETE, { id }, { token: hub })).data!.deleteView).toBe(false);
  });
});
