import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

let api: TestApi;
let hub: string;
let cat: Awaited<ReturnType<typeof catalog>>;
const clock = new TestClock(new Date('2026-06-01T01:00:00Z'));

const SEARCH = `query ($q: String!) { ideas(first: 50, where: { search: $q }) { totalCount nodes { title } } }`;

beforeAll(async () => {
  api = await startTestApi({ clock });
  hub = await api.login(TEST_STAFF.hub);
  cat = await catalog(api);
  const f = cat.field('chuyen-doi-so');
  for (const title of [
    'Ý tưởng số hóa hồ sơ hộ tịch của xã',
    'Đường điện năng lượng mặt trời cho thôn',
    'Hoá đơn điện tử tại chợ phiên',
    'Trồng rừng keo theo chuẩn FSC',
  ]) {
    clock.advance(3_600_000);
    await submitIdea(api, ideaInput(f, { title }));
  }
});
afterAll(() => api?.close());

describe('accent-insensitive search', () => {
  it.each([
    ['y tuong so', ['Ý tưởng số hóa hồ sơ hộ tịch của xã']],
    ['Ý TƯỞNG SỐ HÓA', ['Ý tưởng số hóa hồ sơ hộ tịch của xã']],
    ['duong dien', ['Đường điện năng lượng mặt trời cho thôn']],
    ['hoa', ['Hoá đơn điện tử tại chợ phiên', 'Ý tưởng số hóa hồ sơ hộ tịch của xã']],
    ['ho tich', ['Ý tưởng số hóa hồ sơ hộ tịch của xã']],
    ['fsc', ['Trồng rừng keo theo chuẩn FSC']],
    ['khong co gi nhu vay', []],
  ])('"%s" finds %j', async (q, titles) => {
    const r = await api.gql(SEARCH, { q }, { token: hub });
    expect(r.data!.ideas.nodes.map((n: any) => n.title).sort()).toEqual([...titles].sort());
    expect(r.data!.ideas.totalCount).toBe(titles.length);
  });

  it('uses the search index rather than scanning titles one by one', async () => {
    const plan = await api.sql(
      `set enable_seqscan = off; explain select id from idea where search_vector @@ to_tsquery('simple', 'y:* & tuong:*')`,
    );
    expect(JSON.stringify(plan)).toMatch(/idea_search_vector_index/);
  });
});

describe('cursor paging', () => {
  const PAGE = `query ($after: String, $first: Int!) {
    ideas(first: $first, after: $after, orderBy: { field: RECEIVED_AT, direction: ASC }) {
      edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    }
  }`;

  it('walks every idea once, in order, with opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: any = await api.gql(PAGE, { after, first: 3 }, { token: hub });
      seen.push(...r.data.ideas.edges.map((e: any) => e.node.title));
      expect(r.data.ideas.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!r.data.ideas.pageInfo.hasNextPage) break;
      after = r.data.ideas.pageInfo.endCursor;
      expect(after).not.toMatch(/RECEIVED|2026/);
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(seen[0]).toBe('Ý tưởng số hóa hồ sơ hộ tịch của xã');
  });

  it('refuses more than 100 per page and a forged cursor', async () => {
    const big = await api.gql(PAGE, { first: 101 }, { token: hub });
    expect(big.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const forged = await api.gql(PAGE, { first: 2, after: 'not-a-cursor' }, { token: hub });
    expect(forged.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(forged.errors![0]!.extensions!.fieldErrors.after).toBeTruthy();
  });

  it('counts only when totalCount is selected', async () => {
    api.resetQueries();
    await api.gql('{ ideas(first: 2) { nodes { id } } }', {}, { token: hub });
    expect(api.queries.filter((q) => /count\(/i.test(q))).toHaveLength(0);
    api.resetQueries();
    await api.gql('{ ideas(first: 2) { totalCount } }', {}, { token: hub });
    expect(api.queries.filter((q) => /count\(/i.test(q))).toHaveLength(1);
  });
});
