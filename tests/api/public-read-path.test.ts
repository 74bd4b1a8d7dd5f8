import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { ALL_CONSENTS } from '../helpers/triage.js';

/**
 * The public read path: anonymous lists compiled into one SQL statement must answer exactly what
 * the general (ORM) path answers, with the same visibility and consent rules.
 */
let api: TestApi;
let hub: string;
let cat: Awaited<ReturnType<typeof catalog>>;
const ids: Record<string, string> = {};

const NODE = `id title status statusLabel publishedAt receivedAt updatedAt trackingCode honouredAt
  rightsStatus maturity channel
  fields { id name code sortOrder }
  unit { id name code kind }
  authors { displayName role share kind id personId contact { fullName email } isMinor confirmed }`;

/** The same selection twice: the directive sends the second through the general path. */
const LIST = (
  slow: boolean,
) => `query ($w: IdeaWhereInput, $o: IdeaOrderByInput, $first: Int!, $after: String) {
  ideas(first: $first, where: $w, orderBy: $o, after: $after) {
    ${slow ? '__typename @include(if: true)' : '__typename'}
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title } }
    nodes { ${NODE} }
  }
}`;

async function ideaId(trackingCode: string): Promise<string> {
  const [row] = await api.sql('select id from idea where tracking_code = $1', [trackingCode]);
  return row.id;
}

/** Publishes an idea the way the hub would, minus the round trips (rights, publication). */
async function publish(id: string, at: string) {
  await api.sql(`update idea set rights_status = 'ESTABLISHED', published_at = $2 where id = $1`, [
    id,
    at,
  ]);
}

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  cat = await catalog(api);
  const fieldIds = cat.fields.map((f) => f.id);
  const submit = async (key: string, overrides: Record<string, unknown>) => {
    const r = await submitIdea(api, ideaInput(fieldIds[0]!, overrides));
    ids[key] = await ideaId(r.trackingCode);
  };
  await submit('named', {
    title: 'Lọc nước sạch bằng cát cho thôn A',
    unitId: cat.unit('thon-a'),
    fieldIds: [fieldIds[1]!, fieldIds[0]!],
    consents: ALL_CONSENTS,
  });
  await submit('anonymous', {
    title: 'Chợ phiên trực tuyến',
    unitId: cat.unit('thon-b'),
    consents: { ...ALL_CONSENTS, showName: false },
  });
  await submit('unpublished', { title: 'Ý tưởng chưa công khai', consents: ALL_CONSENTS });
  await submit('withdrawn', {
    title: 'Nước sạch cho trường học (tác giả rút đồng ý công khai)',
    consents: ALL_CONSENTS,
  });
  await submit('second', {
    title: 'Giếng nước sạch cho thôn B',
    unitId: cat.unit('thon-b'),
    consents: ALL_CONSENTS,
  });
  await publish(ids.named!, '2026-11-01T02:00:00Z');
  await publish(ids.anonymous!, '2026-11-02T02:00:00Z');
  await publish(ids.withdrawn!, '2026-11-03T02:00:00Z');
  await publish(ids.second!, '2026-11-04T02:00:00Z');
  await api.sql(
    `update consent set withdrawn_at = now() where kind = 'PUBLISH_CONTENT'
       and authorship_id in (select id from authorship where idea_id = $1)`,
    [ids.withdrawn],
  );
  // Another commune's public idea never appears here.
  const other = await api.gql<{ fields: { id: string }[] }>(
    '{ fields { id } }',
    {},
    { tenant: '16231' },
  );
  const o = await api.gql<{ submitIdea: { trackingCode: string } }>(
    'mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { trackingCode } }',
    {
      input: ideaInput(other.data!.fields[0]!.id, {
        title: 'Nước sạch của xã khác',
        consents: ALL_CONSENTS,
      }),
    },
    { tenant: '16231' },
  );
  ids.otherTenant = await ideaId(o.data!.submitIdea.trackingCode);
  await publish(ids.otherTenant, '2026-11-05T02:00:00Z');
});
afterAll(() => api?.close());

async function both(variables: Record<string, unknown>) {
  api.resetQueries();
  const fast = await api.gql(LIST(false), variables);
  const fastQueries = [...api.queries];
  const slow = await api.gql(LIST(true), variables);
  expect(fast.errors).toBeUndefined();
  expect(slow.errors).toBeUndefined();
  return { fast: fast.data!.ideas, slow: slow.data!.ideas, fastQueries };
}

describe('the public read path', () => {
  it('answers exactly what the general path answers, in one statement for the page', async () => {
    for (const o of [
      null,
      { field: 'PUBLISHED_AT', direction: 'DESC' },
      { field: 'RECEIVED_AT', direction: 'ASC' },
    ]) {
      const { fast, slow, fastQueries } = await both({ first: 20, o });
      expect(fast).toEqual(slow);
      expect(fast.nodes.length).toBe(3);
      // The page (ideas with fields, unit and authors as JSON) and the count: nothing else.
      expect(
        fastQueries.filter((q) => /from "idea"/.test(q)),
        fastQueries.join('\n'),
      ).toHaveLength(2);
      expect(fastQueries.join('\n')).not.toMatch(/search_vector|"problem"|from "person"/);
    }
  });

  it('answers one idea (the idea page) like the general path, in one statement', async () => {
    const ONE = (slow: boolean) => `query ($id: ID!) { idea(id: $id) {
      ${slow ? '__typename @include(if: true)' : '__typename'}
      ${NODE} problem solution benefit requirements honourCitation
    } }`;
    for (const [key, visible] of [
      ['named', true],
      ['anonymous', true],
      ['unpublished', false],
      ['withdrawn', false],
    ] as const) {
      api.resetQueries();
      const fast = await api.gql(ONE(false), { id: ids[key] });
      const fastQueries = [...api.queries];
      const slow = await api.gql(ONE(true), { id: ids[key] });
      expect(fast.errors).toBeUndefined();
      expect(fast.data).toEqual(slow.data);
      expect(Boolean(fast.data!.idea), key).toBe(visible);
      const statements = fastQueries.filter(
        (q) => /^\s*select/i.test(q) && !/from "tenant"/.test(q),
      );
      expect(statements, fastQueries.join('\n')).toHaveLength(1);
      expect(statements[0]).not.toMatch(/search_vector|from "person"/);
    }
  });

  it('keeps the consent and visibility rules: names, unpublished, withdrawn, other communes', async () => {
    const { fast } = await both({ first: 50 });
    const byId = new Map(fast.nodes.map((n: any) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual([ids.named, ids.anonymous, ids.second].sort());
    const named: any = byId.get(ids.named);
    expect(named.authors).toEqual([
      {
        displayName: 'Nguyễn Thị Thử',
        role: 'LEAD',
        share: 100,
        kind: 'INDIVIDUAL',
        id: null,
        personId: null,
        contact: null,
        isMinor: false,
        confirmed: true,
      },
    ]);
    expect(named.trackingCode).toBeNull();
    expect(named.unit.code).toBe('thon-a');
    expect(named.fields.map((f: any) => f.id).sort()).toEqual(
      [cat.fields[0]!.id, cat.fields[1]!.id].sort(),
    );
    expect((byId.get(ids.anonymous) as any).authors[0].displayName).toBe('Tác giả ẩn danh');
  });

  it('pages with cursors and filters the same way, search accent-insensitive', async () => {
    const w = { search: 'nuoc sach' };
    const one = await both({ first: 1, w, o: { field: 'PUBLISHED_AT', direction: 'DESC' } });
    expect(one.fast).toEqual(one.slow);
    expect(one.fast.totalCount).toBe(2);
    expect(one.fast.nodes.map((n: any) => n.id)).toEqual([ids.second]);
    expect(one.fast.pageInfo.hasNextPage).toBe(true);
    const two = await both({
      first: 1,
      w,
      o: { field: 'PUBLISHED_AT', direction: 'DESC' },
      after: one.fast.pageInfo.endCursor,
    });
    expect(two.fast).toEqual(two.slow);
    expect(two.fast.nodes.map((n: any) => n.id)).toEqual([ids.named]);
    expect(two.fast.pageInfo.hasNextPage).toBe(false);
    const filtered = await both({
      first: 10,
      w: { search: 'NUOC sạch', unitId: cat.unit('thon-a'), fieldIds: [cat.fields[1]!.id] },
    });
    expect(filtered.fast).toEqual(filtered.slow);
    expect(filtered.fast.nodes.map((n: any) => n.id)).toEqual([ids.named]);
  });

  it('counts on the public read model, without repeating "published" or probing consents', async () => {
    const { fastQueries } = await both({
      first: 5,
      w: { published: true },
      o: { field: 'PUBLISHED_AT', direction: 'DESC' },
    });
    const count = fastQueries.find((q) => /count\(/.test(q))!;
    expect(count).toMatch(/public_visible/);
    expect(count).not.toMatch(/consent/);
    expect((count.match(/published_at" is not null/g) ?? []).length).toBeLessThanOrEqual(1);
  });

  it('keeps the public read model in step with rights, consents and authorships', async () => {
    const visible = async () =>
      (await both({ first: 50 })).fast.nodes.map((n: { id: string }) => n.id) as string[];
    await api.sql(`update idea set rights_status = 'DISPUTED' where id = $1`, [ids.second]);
    expect(await visible()).not.toContain(ids.second);
    await api.sql(`update idea set rights_status = 'ESTABLISHED' where id = $1`, [ids.second]);
    expect(await visible()).toContain(ids.second);
    // A consent given again brings the idea back; a new credited co-author without it hides it.
    await api.sql(
      `update consent set withdrawn_at = null where kind = 'PUBLISH_CONTENT'
         and authorship_id in (select id from authorship where idea_id = $1)`,
      [ids.withdrawn],
    );
    expect(await visible()).toContain(ids.withdrawn);
    await api.sql(
      `with p as (insert into person (id, tenant_id, kind, full_name)
                  select gen_random_uuid(), tenant_id, 'INDIVIDUAL', 'Đồng Tác Giả Mới' from idea where id = $1
                  returning id, tenant_id)
       insert into authorship (id, tenant_id, idea_id, person_id, role, share, confirmed_at)
       select gen_random_uuid(), p.tenant_id, $1, p.id, 'CO_AUTHOR', 0, now() from p`,
      [ids.withdrawn],
    );
    expect(await visible()).not.toContain(ids.withdrawn);
  });

  it('leaves staff on the general path, which sees what staff may see', async () => {
    const r = await api.gql(LIST(false), { first: 50 }, { token: hub });
    expect(r.errors).toBeUndefined();
    const seen = r.data!.ideas.nodes.map((n: any) => n.id);
    expect(seen).toContain(ids.unpublished);
    expect(seen).not.toContain(ids.otherTenant);
    const named = r.data!.ideas.nodes.find((n: any) => n.id === ids.named);
    expect(named.authors[0].contact.email).toMatch(/@example\.com$/);
  });
});
