import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { ALL_CONSENTS } from '../helpers/triage.js';

/**
 * The hub's inbox compiled whole (`common/compiled-read.ts`, staff reads): one statement checks
 * the session, builds the answer and writes the personal-data audit. It must answer exactly what
 * the general path answers (a directive sends the same query there), write the same audit rows,
 * and leave every session it does not hold — another role, signed out, a commune requiring TOTP
 * — to the general path.
 */
let api: TestApi;
let hub: string;
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));
let cat: Awaited<ReturnType<typeof catalog>>;
const ids: Record<string, string> = {};
const codes: Record<string, string> = {};

/** The admin's inbox (admin/src/lib/graphql/ideas.graphql), with more of the hub's fields. */
const INBOX = (
  slow: boolean,
) => `query Inbox($where: IdeaWhereInput, $after: String, $first: Int!, $o: IdeaOrderByInput) {
  ideas(first: $first, after: $after, where: $where, orderBy: $o) {
    ${slow ? '__typename @include(if: true)' : '__typename'}
    totalCount
    nodes {
      id title trackingCode status statusLabel channel receivedAt publishedAt viewerWorksOnIt
      unit { name code nowPartOf { name code } }
      fields { id name }
      authors { displayName role share kind id personId confirmed declined isMinor anonymised restricted }
      assignee { id fullName unitName }
      currentStep { status startedAt dueAt pausedAt overdue }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function auditRows(): Promise<number> {
  const [r] = await api.sql(
    `select count(*)::int as n from audit_entry where action = 'PERSONAL_DATA_READ'`,
  );
  return r.n;
}

/** The same query compiled whole and through the general path, with the audit each wrote. */
async function both(variables: Record<string, unknown>, token = hub) {
  const before = await auditRows();
  api.resetQueries();
  const fast = await api.gql(INBOX(false), variables, { token });
  const fastQueries = [...api.queries];
  const mid = await auditRows();
  const slow = await api.gql(INBOX(true), variables, { token });
  const after = await auditRows();
  expect(fast.errors).toBeUndefined();
  expect(slow.errors).toBeUndefined();
  return {
    fast: fast.data!.ideas,
    slow: slow.data!.ideas,
    fastQueries,
    audited: { fast: mid - before, slow: after - mid },
  };
}

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false, tenantCacheSeconds: 0 } });
  hub = await api.login(TEST_STAFF.hub);
  cat = await catalog(api);
  const fieldIds = cat.fields.map((f) => f.id);
  const submit = async (key: string, overrides: Record<string, unknown>) => {
    clock.advance(60_000);
    const r = await submitIdea(api, ideaInput(fieldIds[0]!, overrides));
    codes[key] = r.trackingCode;
    const [row] = await api.sql('select id from idea where tracking_code = $1', [r.trackingCode]);
    ids[key] = row.id;
  };
  await submit('a', {
    title: 'Lọc nước sạch bằng cát cho thôn A',
    unitId: cat.unit('thon-a'),
    fieldIds: [fieldIds[1]!, fieldIds[0]!],
    consents: ALL_CONSENTS,
  });
  await submit('b', { title: 'Chợ phiên trực tuyến', unitId: cat.unit('thon-b') });
  await submit('c', { title: 'Giếng nước sạch cho trường học', unitId: cat.unit('thon-b') });
  await submit('d', { title: 'Sổ tay số của tổ hòa giải' });
  // A co-author (not yet confirmed), an anonymised person, an assignee, a paused and an overdue
  // step, a published idea and a unit merged into another: what the hub's view shows.
  const [person] = await api.sql(
    `insert into person (id, tenant_id, full_name, email) select gen_random_uuid(), tenant_id, 'Trần Văn Phụ', 'phu@example.com' from idea where id = $1 returning id`,
    [ids.a],
  );
  await api.sql(
    `insert into authorship (id, tenant_id, idea_id, person_id, role, share) select gen_random_uuid(), tenant_id, id, $2, 'CO_AUTHOR', 30 from idea where id = $1`,
    [ids.a, person.id],
  );
  await api.sql(
    `update person set anonymised_at = now(), full_name = 'Đã ẩn danh' where id in (select person_id from authorship where idea_id = $1)`,
    [ids.d],
  );
  await api.sql(
    `update idea set assignee_id = (select id from staff_user where email = $2) where id = $1`,
    [ids.b, TEST_STAFF.officerB],
  );
  await api.sql(
    `update idea_step set due_at = '2026-11-10T02:00:00Z', paused_ms = 3600000 where idea_id = $1 and ended_at is null`,
    [ids.b],
  );
  await api.sql(
    `update idea_step set due_at = '2026-11-10T02:00:00Z', paused_at = '2026-11-15T02:00:00Z', paused_ms = 1000 where idea_id = $1 and ended_at is null`,
    [ids.c],
  );
  await api.sql(
    `update idea set rights_status = 'ESTABLISHED', published_at = '2026-11-19T02:00:00Z' where id = $1`,
    [ids.a],
  );
  await api.sql(`update unit set merged_into_id = $2, merged_at = now() where id = $1`, [
    cat.unit('thon-b'),
    cat.unit('thon-a'),
  ]);
});
afterAll(() => api?.close());

describe("the hub's inbox compiled whole", () => {
  it('answers what the general path answers, in one statement that also writes the audit', async () => {
    for (const variables of [
      { first: 50 },
      { first: 2, where: { status: ['SUBMITTED', 'NEEDS_INFO', 'ACCEPTED'] } },
      { first: 10, o: { field: 'PUBLISHED_AT', direction: 'DESC' } },
      // ("nuoc sach" alone could be a tracking code: the general path looks that up.)
      { first: 10, where: { search: 'loc nuoc sach', unitId: cat.unit('thon-a') } },
      { first: 10, where: { published: false, unassigned: true } },
      { first: 10, where: { assigneeId: 'x' } },
    ]) {
      const label = JSON.stringify(variables);
      if (variables.where?.assigneeId === 'x') {
        // A value the general path refuses: it answers, with its error.
        const r = await api.gql(INBOX(false), variables, { token: hub });
        expect(r.errors?.[0]?.extensions?.code, label).toBe('BAD_USER_INPUT');
        continue;
      }
      const r = await both(variables);
      expect(r.fast, label).toEqual(r.slow);
      expect(r.audited.fast, label).toBe(r.fast.nodes.length);
      expect(r.audited.slow, label).toBe(r.fast.nodes.length);
      const statements = r.fastQueries.filter(
        (q) => !/kn_read_session_tenant|tenant_id from session/.test(q),
      );
      expect(statements, r.fastQueries.join('\n')).toHaveLength(1);
      expect(statements[0]).toMatch(/^with v as/);
      expect(statements[0]).toMatch(/insert into audit_entry/);
    }
    const all = (await both({ first: 50 })).fast;
    const byId = new Map(all.nodes.map((n: any) => [n.id, n]));
    const a: any = byId.get(ids.a);
    expect(a.trackingCode).toBe(codes.a);
    expect(a.viewerWorksOnIt).toBe(true);
    expect(a.authors.map((x: any) => [x.displayName, x.role, x.confirmed])).toEqual([
      ['Nguyễn Thị Thử', 'LEAD', true],
      ['Trần Văn Phụ', 'CO_AUTHOR', false],
    ]);
    const b: any = byId.get(ids.b);
    expect(b.unit.nowPartOf.code).toBe('thon-a');
    expect(b.assignee.fullName).toBeTruthy();
    expect(b.currentStep).toMatchObject({ dueAt: '2026-11-10T03:00:00.000Z', overdue: true });
    const c: any = byId.get(ids.c);
    expect(c.currentStep.overdue).toBe(false);
    expect(c.currentStep.pausedAt).toBe('2026-11-15T02:00:00.000Z');
    expect((byId.get(ids.d) as any).authors[0].anonymised).toBe(true);
  });

  it('writes the audit with the actor, the time of the clock and the purpose', async () => {
    clock.set('2026-11-20T09:30:00Z'); // within the session's 12 hours
    await api.gql(INBOX(false), { first: 1, where: { status: ['SUBMITTED'] } }, { token: hub });
    const rows = await api.sql(
      `select a.actor_id, a.actor_name, a.created_at, a.details, u.email from audit_entry a
         join staff_user u on u.id = a.actor_id
        where a.action = 'PERSONAL_DATA_READ' order by a.created_at desc limit 1`,
    );
    expect(rows[0].email).toBe(TEST_STAFF.hub);
    expect(rows[0].created_at.toISOString()).toBe('2026-11-20T09:30:00.000Z');
    expect(rows[0].details).toEqual({ purpose: 'xem ý tưởng' });
  });

  it('moves due dates and overdue with the clock, in the filter too', async () => {
    for (const at of ['2026-11-10T02:30:00Z', '2026-11-10T03:30:00Z']) {
      clock.set(at);
      for (const overdue of [true, false]) {
        const r = await both({ first: 50, where: { overdue } });
        expect(r.fast, `${at} ${overdue}`).toEqual(r.slow);
      }
      const r = await both({ first: 50, where: { overdue: true } });
      expect(r.fast.nodes.map((n: any) => n.id)).toEqual(
        at.startsWith('2026-11-10T03') ? [ids.b] : [],
      );
    }
    clock.set('2026-11-20T10:00:00Z');
  });

  it('leaves other sessions to the general path: another role, signed out, TOTP required', async () => {
    // A unit head sees their unit's ideas: the compiled statement yields nothing for that role.
    const head = await api.login(TEST_STAFF.headA);
    const r = await both({ first: 50 }, head);
    expect(r.fast).toEqual(r.slow);
    expect(r.fast.nodes.map((n: any) => n.id).sort()).toEqual([ids.a, ids.b, ids.c].sort());
    // Signed out: the token is nobody's, so the public answer (no tracking codes).
    const gone = await api.login(TEST_STAFF.hub);
    await api.gql('mutation { logout }', {}, { token: gone });
    const out = await api.gql(INBOX(false), { first: 50 }, { token: gone });
    expect(out.errors).toBeUndefined();
    expect(out.data!.ideas.nodes.map((n: any) => n.id)).toEqual([ids.a]);
    expect(out.data!.ideas.nodes[0].trackingCode).toBeNull();
    // A disabled account, then a commune that requires TOTP of its hub: the general path refuses.
    const other = await api.login(TEST_STAFF.admin);
    await api.sql(`update staff_user set active = false where email = $1`, [TEST_STAFF.admin]);
    const disabled = await api.gql(INBOX(false), { first: 5 }, { token: other });
    expect(disabled.data!.ideas.nodes.every((n: any) => n.trackingCode === null)).toBe(true);
    await api.sql(`update staff_user set active = true where email = $1`, [TEST_STAFF.admin]);
    await api.sql(
      `update tenant set require_two_factor_for_admins = true where id = (select tenant_id from staff_user where email = $1)`,
      [TEST_STAFF.hub],
    );
    const before = await auditRows();
    const totp = await api.gql(INBOX(false), { first: 5 }, { token: hub });
    expect(totp.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    expect(await auditRows()).toBe(before);
    await api.sql(`update tenant set require_two_factor_for_admins = false`);
  });

  it('leaves a tracking-code search and other roots to the general path', async () => {
    const r = await both({ first: 5, where: { search: codes.c!.toLowerCase() } });
    expect(r.fast).toEqual(r.slow);
    expect(r.fast.nodes.map((n: any) => n.id)).toEqual([ids.c]);
    expect(r.fastQueries.some((q) => /^with v as/.test(q))).toBe(false);
  });
});
