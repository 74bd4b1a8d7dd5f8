import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;
let hub: string;
let officerA: string;
let officerB: string;
const ids: Record<string, string> = {};

const LIST = `query ($where: IdeaWhereInput) {
  ideas(first: 100, where: $where) {
    totalCount
    nodes { id title trackingCode unit { code } authors { displayName contact { fullName email phone } } }
  }
}`;

async function idOf(trackingCode: string): Promise<string> {
  const [row] = await api.sql('select id from idea where tracking_code = $1', [trackingCode]);
  return row.id;
}

beforeAll(async () => {
  api = await startTestApi();
  cat = await catalog(api);
  [hub, officerA, officerB] = await Promise.all([
    api.login(TEST_STAFF.hub),
    api.login(TEST_STAFF.officerA),
    api.login(TEST_STAFF.officerB),
  ]);
  const f = cat.field('moi-truong');
  ids.a1 = await idOf(
    (
      await submitIdea(
        api,
        ideaInput(f, { unitId: cat.unit('thon-a'), title: 'Ý tưởng của thôn A số một' }),
      )
    ).trackingCode,
  );
  ids.a2 = await idOf(
    (
      await submitIdea(
        api,
        ideaInput(f, { unitId: cat.unit('thon-a'), title: 'Ý tưởng của thôn A số hai' }),
      )
    ).trackingCode,
  );
  ids.b1 = await idOf(
    (
      await submitIdea(
        api,
        ideaInput(f, {
          unitId: cat.unit('thon-b'),
          title: 'Ý tưởng của thôn B số một',
          // Publishable: the author allows publication (not their name) and declared its origin.
          consents: { noticeVersion: 1, processData: true, publishContent: true },
          origin: { ownWork: true },
        }),
      )
    ).trackingCode,
  );
  ids.none = await idOf(
    (await submitIdea(api, ideaInput(f, { title: 'Ý tưởng không gắn với thôn nào' }))).trackingCode,
  );
});
afterAll(() => api?.close());

describe('who sees which ideas', () => {
  it('shows anonymous callers nothing unpublished', async () => {
    const r = await api.gql(LIST);
    expect(r.data!.ideas.totalCount).toBe(0);
    expect(r.data!.ideas.nodes).toEqual([]);
    const one = await api.gql('query ($id: ID!) { idea(id: $id) { id title } }', { id: ids.a1 });
    expect(one.data!.idea).toBeNull();
  });

  it('shows anonymous callers a published idea but no personal data', async () => {
    const established = await api.gql(
      'mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { rightsStatus } }',
      { i: { ideaId: ids.b1, status: 'ESTABLISHED', reason: 'Đã cam đoan nguồn gốc.' } },
      { token: hub },
    );
    expect(established.data!.setRightsStatus.rightsStatus).toBe('ESTABLISHED');
    const pub = await api.gql(
      'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { publishedAt } }',
      { id: ids.b1 },
      { token: hub },
    );
    expect(pub.data!.setIdeaPublished.publishedAt).toBeTruthy();
    const r = await api.gql(LIST);
    expect(r.data!.ideas.nodes.map((n: any) => n.id)).toEqual([ids.b1]);
    const node = r.data!.ideas.nodes[0];
    expect(node.trackingCode).toBeNull();
    expect(node.authors).toEqual([{ displayName: 'Tác giả ẩn danh', contact: null }]);
    // A unit's reception officer works in that unit's inbox only, published or not.
    const inboxA = await api.gql(LIST, {}, { token: officerA });
    expect(inboxA.data!.ideas.nodes.map((n: any) => n.id)).not.toContain(ids.b1);
    const text = JSON.stringify(r.data);
    expect(text).not.toContain('@example.com');
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('Nguyễn Thị Thử');
    await api.gql(
      'mutation ($id: ID!) { setIdeaPublished(id: $id, published: false) { id } }',
      { id: ids.b1 },
      { token: hub },
    );
  });

  it('refuses publishing to a reception officer (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    const q = 'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }';
    expect(
      (await api.gql(q, { id: ids.a1 }, { token: officerA })).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    expect((await api.gql(q, { id: ids.a1 })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const [row] = await api.sql('select published_at from idea where id = $1', [ids.a1]);
    expect(row.published_at).toBeNull();
  });

  it("shows a reception officer only their unit's inbox, with contacts", async () => {
    const r = await api.gql(LIST, {}, { token: officerA });
    const got = r.data!.ideas.nodes.map((n: any) => n.id).sort();
    expect(got).toEqual([ids.a1, ids.a2].sort());
    expect(r.data!.ideas.totalCount).toBe(2);
    expect(r.data!.ideas.nodes[0].authors[0].contact.email).toMatch(/@example\.com$/);
    const other = await api.gql(LIST, {}, { token: officerB });
    expect(other.data!.ideas.nodes.map((n: any) => n.id)).toEqual([ids.b1]);
    const denied = await api.gql(
      'query ($id: ID!) { idea(id: $id) { id } }',
      { id: ids.b1 },
      { token: officerA },
    );
    expect(denied.data!.idea).toBeNull();
  });

  it('shows the hub every idea of its commune', async () => {
    const r = await api.gql(LIST, {}, { token: hub });
    expect(r.data!.ideas.totalCount).toBe(4);
    expect(r.data!.ideas.nodes.every((n: any) => n.trackingCode)).toBe(true);
  });

  it("never shows one commune's ideas to another commune's staff", async () => {
    const otherHub = await api.login(TEST_STAFF.otherTenantHub);
    const r = await api.gql(LIST, {}, { token: otherHub });
    expect(r.data!.ideas.totalCount).toBe(0);
    const viaHeader = await api.gql(LIST, {}, { token: otherHub, tenant: '16228' });
    expect(viaHeader.data!.ideas.totalCount).toBe(0);
  });

  it('filters staff lists by unit, status and field', async () => {
    const byUnit = await api.gql(LIST, { where: { unitId: cat.unit('thon-b') } }, { token: hub });
    expect(byUnit.data!.ideas.nodes.map((n: any) => n.id)).toEqual([ids.b1]);
    const byStatus = await api.gql(LIST, { where: { status: ['ACCEPTED'] } }, { token: hub });
    expect(byStatus.data!.ideas.totalCount).toBe(0);
    const byField = await api.gql(
      LIST,
      { where: { fieldIds: [cat.field('giao-duc')] } },
      { token: hub },
    );
    expect(byField.data!.ideas.totalCount).toBe(0);
    const byField2 = await api.gql(
      LIST,
      { where: { fieldIds: [cat.field('moi-truong')] } },
      { token: hub },
    );
    expect(byField2.data!.ideas.totalCount).toBe(4);
  });
});

describe('trackIdea', () => {
  const TRACK = `query ($code: String!, $contact: String!) {
    trackIdea(code: $code, contact: $contact) { trackingCode title status statusLabel digest history { toStatus note at } responses { kind body } }
  }`;

  it('shows the author the status, the public steps and the responses', async () => {
    const receipt = await submitIdea(
      api,
      ideaInput(cat.field('y-te'), {
        author: { fullName: 'Lê Văn Tra', phone: '+84 987 654 321' },
      }),
    );
    const r = await api.gql(TRACK, {
      code: receipt.trackingCode.toLowerCase().replace(/-/g, ' '),
      contact: '0987.654.321',
    });
    expect(r.errors).toBeUndefined();
    const t = r.data!.trackIdea;
    expect(t.status).toBe('SUBMITTED');
    expect(t.statusLabel).toBe('Đã tiếp nhận');
    expect(t.digest).toBe(receipt.digest);
    expect(t.history).toHaveLength(1);
    expect(t.responses[0].kind).toBe('ACKNOWLEDGEMENT');
    expect(t.responses[0].body).toContain(receipt.trackingCode);
  });

  it('gives the same NOT_FOUND for a wrong contact and a wrong code', async () => {
    const receipt = await submitIdea(
      api,
      ideaInput(cat.field('y-te'), {
        author: { fullName: 'Lê Văn Tra', email: 'tra@example.com' },
      }),
    );
    const wrongContact = await api.gql(TRACK, {
      code: receipt.trackingCode,
      contact: 'khac@example.com',
    });
    const wrongCode = await api.gql(TRACK, { code: 'KN-0000-0000', contact: 'tra@example.com' });
    expect(wrongContact.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(wrongCode.errors![0]!.message).toBe(wrongContact.errors![0]!.message);
    const ok = await api.gql(TRACK, { code: receipt.trackingCode, contact: 'TRA@example.com ' });
    expect(ok.data!.trackIdea.trackingCode).toBe(receipt.trackingCode);
  });
});
