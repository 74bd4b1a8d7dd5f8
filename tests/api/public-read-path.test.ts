import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { ALL_CONSENTS } from '../helpers/triage.js';
import { createPost, PUBLISH_POST } from '../helpers/content.js';

/**
 * The public read path: anonymous reads compiled into one SQL statement must answer exactly what
 * the general (ORM) path answers, with the same visibility and consent rules. Three ways answer
 * one query: the whole operation compiled (`common/compiled-read.ts`: an anonymous POST without a
 * browser's Origin), the list compiled inside its resolver (what Apollo runs, e.g. for a request
 * carrying `extensions`) and the general path (a directive sends a query there).
 */
let api: TestApi;
let hub: string;
let cat: Awaited<ReturnType<typeof catalog>>;
const ids: Record<string, string> = {};

const NODE = `id title status statusLabel publishedAt receivedAt updatedAt trackingCode honouredAt
  rightsStatus maturity channel
  fields { id name nameEn code sortOrder }
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

/** Through Apollo and the resolvers: a body with `extensions` is never compiled whole. */
async function viaResolvers(query: string, variables: Record<string, unknown>) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions: {} }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

async function both(variables: Record<string, unknown>) {
  api.resetQueries();
  const fast = await api.gql(LIST(false), variables);
  const fastQueries = [...api.queries];
  api.resetQueries();
  const mid = await viaResolvers(LIST(false), variables);
  const midQueries = [...api.queries];
  const slow = await api.gql(LIST(true), variables);
  expect(fast.errors).toBeUndefined();
  expect(mid.errors).toBeUndefined();
  expect(slow.errors).toBeUndefined();
  expect(mid.data!.ideas).toEqual(slow.data!.ideas);
  return { fast: fast.data!.ideas, slow: slow.data!.ideas, fastQueries, midQueries };
}

describe('the public read path', () => {
  it('answers exactly what the general path answers, in one statement for the page', async () => {
    for (const o of [
      null,
      { field: 'PUBLISHED_AT', direction: 'DESC' },
      { field: 'RECEIVED_AT', direction: 'ASC' },
    ]) {
      const { fast, slow, fastQueries, midQueries } = await both({ first: 20, o });
      expect(fast).toEqual(slow);
      expect(fast.nodes.length).toBe(3);
      // Compiled whole: one statement builds the answer, reading no long text it was not asked.
      expect(fastQueries, fastQueries.join('\n')).toHaveLength(1);
      expect(fastQueries[0]).toMatch(/^select json_build_object\('data'/);
      expect(fastQueries[0]).not.toMatch(/search_vector|\.problem|\.solution/);
      // In the resolver: the page (ideas with fields, unit and authors as JSON) and the count.
      expect(
        midQueries.filter((q) => /from "idea"/.test(q)),
        midQueries.join('\n'),
      ).toHaveLength(2);
      expect(midQueries.join('\n')).not.toMatch(/search_vector|"problem"|from "person"/);
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
      const mid = await viaResolvers(ONE(false), { id: ids[key] });
      expect(fast.errors).toBeUndefined();
      expect(fast.data).toEqual(slow.data);
      expect(mid.data).toEqual(slow.data);
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

  it('searches village and unit names as well as the ideas, and "%" is no wildcard', async () => {
    const found = async (search: string) => {
      const r = await both({ first: 10, w: { search } });
      expect(r.fast).toEqual(r.slow);
      return r.fast.nodes.map((n: any) => n.id).sort();
    };
    // Thôn Bãi Bằng's two public ideas, by the village's name alone, accents or not.
    expect(await found('Bãi Bằng')).toEqual([ids.anonymous, ids.second].sort());
    expect(await found('thon bai bang')).toEqual([ids.anonymous, ids.second].sort());
    // A village's name and a word of the idea: both required.
    expect(await found('bai bang gieng')).toEqual([ids.second]);
    expect(await found('dong anh nuoc')).toEqual([ids.named]);
    expect(await found('dong anh cho phien')).toEqual([]);
    // A former name of the unit finds it too.
    await api.sql(
      `update unit set former_names = '[{"name": "Xóm Núi Tùng", "until": "2025-06-30"}]'
        where code = 'thon-b' and tenant_id = (select tenant_id from idea where id = $1)`,
      [ids.second],
    );
    try {
      expect(await found('nui tung')).toEqual([ids.anonymous, ids.second].sort());
    } finally {
      await api.sql(`update unit set former_names = '[]' where code = 'thon-b'`);
    }
    // Nothing to look for finds nothing, never everything.
    for (const wildcard of ['%', '%%', '_', '***', ' % ']) {
      const r = await both({ first: 10, w: { search: wildcard } });
      expect(r.fast).toEqual(r.slow);
      expect(r.fast.totalCount, wildcard).toBe(0);
    }
  });

  it('counts on the public read model, without repeating "published" or probing consents', async () => {
    const { fastQueries, midQueries } = await both({
      first: 5,
      w: { published: true },
      o: { field: 'PUBLISHED_AT', direction: 'DESC' },
    });
    const count = midQueries.find((q) => /count\(/.test(q))!;
    expect(count).toMatch(/public_visible/);
    expect(count).not.toMatch(/consent/);
    expect((count.match(/published_at" is not null/g) ?? []).length).toBeLessThanOrEqual(1);
    // Compiled whole, the count is a sub-select of the one statement.
    const sub = /\(select count\(\*\)::int from idea (\w+) where ([^)]*)\)/.exec(fastQueries[0]!);
    expect(sub, fastQueries[0]).not.toBeNull();
    expect(sub![2]).toMatch(/public_visible/);
    expect(sub![2]).not.toMatch(/consent|published_at/);
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

describe('operations compiled whole (one statement builds the answer)', () => {
  /** The answer compiled whole, through the resolvers and on the general path, with statements. */
  async function three(query: string, variables: Record<string, unknown> = {}) {
    api.resetQueries();
    const fast = await api.gql(query, variables);
    const fastQueries = [...api.queries];
    const mid = await viaResolvers(query, variables);
    // The general path: the same operation with a directive the compiler leaves alone.
    const slow = await api.gql(query.replace(/\{/, '{ __typename @include(if: true) '), variables);
    delete (slow.data as Record<string, unknown> | undefined)?.__typename;
    return { fast, mid, slow, fastQueries };
  }

  it('answers news like the general path: kinds, search, cursors, page info', async () => {
    const editor = await api.login(TEST_STAFF.editor);
    for (const [i, title] of [
      'Hội nghị phát động phong trào sáng tạo',
      'Tập huấn viết ý tưởng cho thôn Đồng Lạc',
      'Kết quả hội đồng tư vấn quý IV',
    ].entries()) {
      const post = await createPost(api, editor, { title, summary: `Tóm tắt số ${i + 1}` });
      await api.gql(PUBLISH_POST, { id: post.id }, { token: editor });
    }
    await createPost(api, editor, { title: 'Bản nháp chưa đăng' });
    const NEWS = `query ($first: Int, $after: String, $search: String) {
      posts(kind: NEWS, first: $first, after: $after, search: $search) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id slug } }
        nodes { __typename id kind slug title summary publishedAt updatedAt createdAt seoTitle seoDescription }
      } }`;
    const one = await three(NEWS, { first: 2 });
    expect(one.fast.errors).toBeUndefined();
    expect(one.fastQueries).toHaveLength(1);
    expect(one.fast.data).toEqual(one.slow.data);
    expect(one.mid.data).toEqual(one.slow.data);
    expect(one.fast.data!.posts.totalCount).toBe(3);
    expect(one.fast.data!.posts.pageInfo.hasNextPage).toBe(true);
    const two = await three(NEWS, { first: 2, after: one.fast.data!.posts.pageInfo.endCursor });
    expect(two.fast.data).toEqual(two.slow.data);
    expect(two.fast.data!.posts.nodes).toHaveLength(1);
    const found = await three(NEWS, { first: 5, search: 'dong lac' });
    expect(found.fast.data).toEqual(found.slow.data);
    expect(found.fast.data!.posts.nodes.map((n: any) => n.title)).toEqual([
      'Tập huấn viết ý tưởng cho thôn Đồng Lạc',
    ]);
    const none = await three(NEWS, { first: 5, search: '%' });
    expect(none.fast.data).toEqual(none.slow.data);
    expect(none.fast.data!.posts.totalCount).toBe(0);
  });

  it('answers the counters like the general path, only those asked for', async () => {
    const Q = `query ($c: ID) { ideaCounters(campaignId: $c) {
      received answered responseRate averageResponseHours piloted applied scaled published honoured } }`;
    const all = await three(Q);
    expect(all.fast.errors).toBeUndefined();
    expect(all.fastQueries).toHaveLength(1);
    expect(all.fast.data).toEqual(all.slow.data);
    expect(all.fast.data!.ideaCounters.published).toBeGreaterThan(0);
    // An answer and its response time change the rate and the average.
    await api.sql(
      `update idea set responded_at = received_at + interval '49 hours 17 minutes' where id = $1`,
      [ids.named],
    );
    const answered = await three(Q);
    expect(answered.fast.data).toEqual(answered.slow.data);
    expect(answered.fast.data!.ideaCounters.averageResponseHours).toBe(49.3);
    const [campaign] = await api.sql('select campaign_id from idea where id = $1', [ids.named]);
    const byCampaign = await three(Q, { c: campaign.campaign_id });
    expect(byCampaign.fast.data).toEqual(byCampaign.slow.data);
    const one = await three('{ ideaCounters { published } }');
    expect(one.fast.data).toEqual({
      ideaCounters: { published: answered.fast.data!.ideaCounters.published },
    });
    expect(one.fastQueries[0]).not.toMatch(/avg\(|WITHDRAWN/);
  });

  it('keeps aliases, fragments, __typename and several root fields in one statement', async () => {
    const Q = `query Home($id: ID!) {
      kind: __typename
      latest: ideas(first: 2, orderBy: { field: PUBLISHED_AT, direction: DESC }) { ...Card }
      honoured: ideas(first: 3, where: { honoured: false }) { total: totalCount nodes { ... on Idea { id heading: title } } }
      one: idea(id: $id) { id title fields { label: name } authors { __typename displayName } }
      news: posts(first: 1) { nodes { slug } }
      stats: ideaCounters { published }
    }
    fragment Card on IdeaConnection { nodes { id title status unit { name } } pageInfo { hasNextPage } }`;
    const r = await three(Q, { id: ids.named });
    expect(r.fast.errors).toBeUndefined();
    expect(r.fastQueries).toHaveLength(1);
    expect(r.fast.data).toEqual(r.slow.data);
    expect(Object.keys(r.fast.data!)).toEqual([
      'kind',
      'latest',
      'honoured',
      'one',
      'news',
      'stats',
    ]);
    expect(r.fast.data!.one.fields[0]).toHaveProperty('label');
  });

  it('answers a connection without its rows (only a count, only page info), empty or not', async () => {
    for (const query of [
      '{ ideas(first: 2) { totalCount } }',
      '{ ideas(first: 2, where: { search: "khong co y tuong nay" }) { totalCount } }',
      '{ ideas(first: 1) { __typename pageInfo { hasNextPage hasPreviousPage } } }',
      '{ ideas(first: 0) { nodes { id } pageInfo { hasNextPage startCursor endCursor } } }',
      '{ ideas(first: 5, where: { search: "khong co" }) { edges { cursor } pageInfo { startCursor } } }',
      '{ posts(first: 1) { totalCount pageInfo { hasNextPage } } }',
    ]) {
      const r = await three(query);
      expect(r.fast.errors, query).toBeUndefined();
      expect(r.fastQueries, query).toHaveLength(1);
      expect(r.fast.data, query).toEqual(r.slow.data);
      expect(r.mid.data, query).toEqual(r.slow.data);
    }
  });

  it('falls back to the general path when its own database connection fails', async () => {
    // KN_COMPILED_READ_URL pointing nowhere (a replica that is down): every read still answers.
    const broken = await startTestApi({
      config: { runJobs: false, compiledReadUrl: 'postgres://nobody:x@127.0.0.1:9/none' },
    });
    try {
      const q = '{ ideas(first: 3) { totalCount nodes { id title } } ideaCounters { received } }';
      await broken.gql(q); // reads the commune once (the compiled path needs it cached)
      broken.resetQueries();
      const r = await broken.gql(q);
      expect(r.errors).toBeUndefined();
      expect(r.data!.ideas.totalCount).toBe(r.data!.ideas.nodes.length);
      expect(typeof r.data!.ideaCounters.received).toBe('number');
      // Answered by the resolvers through the ORM's pool.
      expect(broken.queries.some((x) => /from "idea"/.test(x))).toBe(true);
    } finally {
      await broken.close();
    }
  });

  it('leaves what it cannot answer to the general path, errors worded as before', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['{ ideas(first: 101) { nodes { id } } }', {}],
      ['query ($w: IdeaWhereInput) { ideas(where: $w) { nodes { id } } }', { w: { unitId: 'x' } }],
      ['query ($w: IdeaWhereInput) { ideas(where: $w) { nodes { id } } }', { w: { year: 1990 } }],
      ['{ ideas(after: "not-a-cursor") { nodes { id } } }', {}],
      ['query ($id: ID!) { idea(id: $id) { id } }', {}],
      ['{ ideas { nodes { id title(x: 1) } } }', {}],
      ['{ ideas { nodes { id } } } mutation { logout }', {}],
    ];
    for (const [query, variables] of cases) {
      const fast = await api.gql(query, variables);
      const mid = await viaResolvers(query, variables);
      expect(fast.errors, query).toBeDefined();
      expect(fast.errors!.map((e: any) => e.extensions?.code)).toEqual(
        (mid.errors as any[]).map((e) => e.extensions?.code),
      );
    }
    // More root fields than one json_build_object takes (50): the general path answers them.
    const many = `{ ${Array.from({ length: 51 }, (_, i) => `c${i}: ideaCounters { received }`).join(' ')} }`;
    api.resetQueries();
    const wide = await api.gql(many);
    expect(wide.errors?.map((e: any) => e.extensions?.code)).toEqual(
      (await viaResolvers(many, {})).errors?.map((e: any) => e.extensions?.code),
    );
    expect(api.queries.some((q) => /^select json_build_object\('data'/.test(q))).toBe(false);
    // A field it does not compile (an idea's public history): the general path answers it all.
    api.resetQueries();
    const history = await api.gql('{ ideas(first: 2) { nodes { id history { at } } } }');
    expect(history.errors).toBeUndefined();
    expect(api.queries.some((q) => /^select json_build_object\('data'/.test(q))).toBe(false);
    // Another commune through X-Tenant, and one that does not exist.
    const other = await api.gql('{ ideas { nodes { id } } }', {}, { tenant: '16231' });
    expect(other.data!.ideas.nodes.map((n: any) => n.id)).toEqual([ids.otherTenant]);
    const unknown = await api.gql('{ ideas { nodes { id } } }', {}, { tenant: '99999' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
