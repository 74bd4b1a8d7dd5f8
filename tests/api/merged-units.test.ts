import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

/**
 * Unit-level access after a merge: an idea keeps pointing at the unit it was filed with, so the
 * unit heads and reception officers of the unit it was merged into (directly or down a chain)
 * must still see and work on it, and nobody of an unrelated unit may.
 */

let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;
let admin: string;
const units: Record<string, string> = {};
const ideas: Record<string, string> = {};

const CREATE_UNIT = `mutation ($input: UnitInput!) { createUnit(input: $input) { id } }`;
const MERGE_UNIT = `mutation ($id: ID!, $intoId: ID!) { mergeUnit(id: $id, intoId: $intoId) { id } }`;
const IDEA = `query ($id: ID!) { idea(id: $id) { id authors { contact { fullName } } } }`;
const LIST = `query ($where: IdeaWhereInput) { ideas(first: 100, where: $where) { nodes { id } } }`;
const MESSAGE = `mutation ($ideaId: ID!, $body: String!) { sendIdeaMessage(ideaId: $ideaId, body: $body) { id } }`;

async function createUnit(code: string, name: string): Promise<string> {
  const r = await api.gql(
    CREATE_UNIT,
    { input: { code, name, kind: 'VILLAGE', areaType: 'RURAL', population: 500 } },
    { token: admin },
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.createUnit.id;
}

/** A staff account of a unit, with the test password (copied from the seeded administrator). */
async function staffOf(email: string, role: string, unitId: string): Promise<string> {
  await api.sql(
    `insert into staff_user (id, tenant_id, unit_id, email, full_name, password_hash, roles)
     select gen_random_uuid(), tenant_id, $1, $2, 'Cán Bộ Thử', password_hash, $3
       from staff_user where email = $4`,
    [unitId, email, `{${role}}`, TEST_STAFF.admin],
  );
  return api.login(email);
}

async function ideaId(trackingCode: string): Promise<string> {
  const [row] = await api.sql('select id from idea where tracking_code = $1', [trackingCode]);
  return row.id;
}

const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  cat = await catalog(api);
  admin = await api.login(TEST_STAFF.admin);
  units.a = await createUnit('thon-gop-a', 'Thôn Gộp A');
  units.b = await createUnit('thon-nhan-b', 'Thôn Nhận B');
  units.c = await createUnit('thon-gop-c', 'Thôn Gộp C');
  const f = cat.field('moi-truong');
  ideas.ofA = await ideaId(
    (await submitIdea(api, ideaInput(f, { unitId: units.a, title: 'Ý tưởng gửi thôn Gộp A' })))
      .trackingCode,
  );
  ideas.ofC = await ideaId(
    (await submitIdea(api, ideaInput(f, { unitId: units.c, title: 'Ý tưởng gửi thôn Gộp C' })))
      .trackingCode,
  );
  tokens.headB = await staffOf('truongthon.nhanb@test.example', 'UNIT_HEAD', units.b);
  tokens.officerB = await staffOf('tiepnhan.nhanb@test.example', 'RECEPTION_OFFICER', units.b);
  tokens.officerA = await staffOf('tiepnhan.gopa@test.example', 'RECEPTION_OFFICER', units.a);
  // Unrelated units: the seeded Thôn Đồng Ánh and Thôn Bãi Bằng.
  tokens.headOther = await api.login(TEST_STAFF.headA);
  tokens.officerOther = await api.login(TEST_STAFF.officerB);

  // Before any merge, B's staff do not see A's idea.
  const before = await api.gql(IDEA, { id: ideas.ofA }, { token: tokens.headB });
  expect(before.data!.idea).toBeNull();

  // C joins A, then A joins B: both ideas now belong under B (C's down a chain of two merges).
  for (const [id, intoId] of [
    [units.c, units.a],
    [units.a, units.b],
  ]) {
    const r = await api.gql(MERGE_UNIT, { id, intoId }, { token: admin });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  }
});
afterAll(() => api?.close());

describe("unit-level access to a merged unit's ideas", () => {
  it.each([
    ['the unit head of B', 'headB'],
    ['a reception officer of B', 'officerB'],
    ["A's officer, moved to B by the merge", 'officerA'],
  ])(
    '%s sees the ideas filed with A and C, with personal data, and may act on them',
    async (_, who) => {
      for (const id of [ideas.ofA, ideas.ofC]) {
        const one = await api.gql(IDEA, { id }, { token: tokens[who] });
        expect(one.errors, JSON.stringify(one.errors)).toBeUndefined();
        expect(one.data!.idea).toMatchObject({
          id,
          authors: [{ contact: { fullName: 'Nguyễn Thị Thử' } }],
        });
      }
      const list = await api.gql(LIST, {}, { token: tokens[who] });
      expect(list.data!.ideas.nodes.map((n: any) => n.id)).toEqual(
        expect.arrayContaining([ideas.ofA, ideas.ofC]),
      );
      const filtered = await api.gql(LIST, { where: { unitId: units.b } }, { token: tokens[who] });
      expect(filtered.data!.ideas.nodes.map((n: any) => n.id).sort()).toEqual(
        [ideas.ofA, ideas.ofC].sort(),
      );
      const sent = await api.gql(
        MESSAGE,
        { ideaId: ideas.ofA, body: 'Thôn đã nhận ý tưởng của bà sau khi sáp nhập.' },
        { token: tokens[who] },
      );
      expect(sent.errors, JSON.stringify(sent.errors)).toBeUndefined();
      expect(sent.data!.sendIdeaMessage.id).toBe(ideas.ofA);
    },
  );

  it.each([
    ['the unit head of an unrelated unit', 'headOther'],
    ['a reception officer of an unrelated unit', 'officerOther'],
  ])('%s still neither sees nor acts on them', async (_, who) => {
    for (const id of [ideas.ofA, ideas.ofC]) {
      const one = await api.gql(IDEA, { id }, { token: tokens[who] });
      expect(one.data!.idea).toBeNull();
    }
    const list = await api.gql(LIST, {}, { token: tokens[who] });
    const seen = list.data!.ideas.nodes.map((n: any) => n.id);
    expect(seen).not.toContain(ideas.ofA);
    expect(seen).not.toContain(ideas.ofC);
    const sent = await api.gql(
      MESSAGE,
      { ideaId: ideas.ofA, body: 'Tin nhắn không được phép.' },
      { token: tokens[who] },
    );
    expect(sent.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
