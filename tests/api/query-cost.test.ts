import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

let api: TestApi;
let hub: string;

const PAGE = `query ($first: Int!) {
  ideas(first: $first) {
    totalCount
    nodes {
      id title status statusLabel
      campaign { id title }
      fields { id name }
      unit { id name }
      authors { displayName role share contact { fullName email phone } }
    }
  }
}`;

beforeAll(async () => {
  // No background jobs here: only the statements of the request itself are counted.
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  const cat = await catalog(api);
  const units = [cat.unit('thon-a'), cat.unit('thon-b'), null];
  const fieldIds = cat.fields.map((f) => f.id);
  // 99 ideas ten at a time (mixed units, some without), then the newest one alone: the order of
  // ideas received in the same instant is by id, so `first: 1` must not depend on which of a
  // concurrent batch landed last (an idea without a unit needs no unit query).
  for (let i = 0; i < 99; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, 99 - i) }, (_, k) =>
        submitIdea(
          api,
          ideaInput(fieldIds[(i + k) % fieldIds.length]!, {
            unitId: units[(i + k) % 3],
            fieldIds: [
              fieldIds[(i + k) % fieldIds.length]!,
              fieldIds[(i + k + 1) % fieldIds.length]!,
            ],
          }),
        ),
      ),
    );
  }
  await submitIdea(
    api,
    ideaInput(fieldIds[0]!, { unitId: cat.unit('thon-a'), fieldIds: [fieldIds[0]!, fieldIds[1]!] }),
  );
});
afterAll(() => api?.close());

async function statementsFor(first: number): Promise<number> {
  await api.gql('{ viewer { id } }', {}, { token: hub }); // warm the tenant cache
  api.resetQueries();
  const r = await api.gql(PAGE, { first }, { token: hub });
  expect(r.errors).toBeUndefined();
  expect(r.data!.ideas.nodes).toHaveLength(first);
  return api.queries.length;
}

describe('query cost', () => {
  it('lists 100 ideas with fields, authors and campaign in a constant number of SQL statements', async () => {
    const for100 = await statementsFor(100);
    const for10 = await statementsFor(10);
    const for1 = await statementsFor(1);
    // session, ideas, count, campaigns, fields, units, authorships, people, and one batched
    // audit insert (begin, insert, commit) recording the staff read of personal data.
    expect(for100, api.queries.join('\n')).toBeLessThanOrEqual(11);
    expect(for100, api.queries.join('\n')).toBe(for10);
    expect(for10, api.queries.join('\n')).toBe(for1);
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than the limit with LIMITS_EXCEEDED', async () => {
    let sel = 'id';
    for (let i = 0; i < 12; i++) sel = `parent { ${sel} }`;
    const r = await api.gql(`{ units { ${sel} } }`);
    expect(r.status).toBe(400);
    expect(r.errors![0]!.extensions!.code).toBe('LIMITS_EXCEEDED');
    expect(r.errors![0]!.message).toMatch(/lồng quá sâu/);
  });

  it('refuses an abusive query by complexity even when it is shallow', async () => {
    const fields = Array.from(
      { length: 60 },
      (_, i) =>
        `a${i}: ideas(first: 100) { nodes { id title fields { id name } authors { displayName } } }`,
    ).join('\n');
    const r = await api.gql(`{ ${fields} }`);
    expect(r.errors![0]!.extensions!.code).toBe('LIMITS_EXCEEDED');
    expect(r.errors![0]!.message).toMatch(/quá phức tạp/);
  });

  it('refuses a request body over the size limit', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ fields { id } }',
        variables: { pad: 'x'.repeat(1_200_000) },
      }),
    });
    expect(res.status).toBe(413);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('LIMITS_EXCEEDED');
  });

  it('keeps SQL and stack traces out of error responses', async () => {
    const r = await api.gql('{ idea(id: "không phải uuid") { id } }');
    expect(r.data!.idea).toBeNull();
    const syntax = await api.gql('{ ideas( }');
    expect(syntax.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.errors![0]!.message).toBe('Câu truy vấn GraphQL sai cú pháp.');
    expect(JSON.stringify(syntax)).not.toMatch(/stacktrace/i);
  });
});
