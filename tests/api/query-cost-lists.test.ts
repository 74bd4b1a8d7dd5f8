import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';
import { Triage } from '../helpers/triage.js';
import { createPost, PUBLISH_POST, uploadImage } from '../helpers/content.js';

/**
 * Every list the admin or the public site loads answers in a constant number of SQL statements,
 * whether it shows 1, 10 or 100 rows. The queries are the apps' own operations, read from their
 * `.graphql` files, so a field added to a page is measured here too. One row of each kind is made
 * through the API; the others are copies of it (SQL), each pointing at a different idea, so that
 * nothing is served from the identity map by accident.
 */

let api: TestApi;
let t: Triage;
let tenantId: string;
const tokens: Record<string, string> = {};

/** An operation of an app with the fragments it uses (from any of the app's .graphql files). */
function operation(app: 'admin' | 'public-site', name: string): string {
  const dir = new URL(`../../${app}/src/lib/graphql/`, import.meta.url);
  const defs: DefinitionNode[] = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(readFileSync(new URL(f, dir), 'utf8')).definitions);
  const fragments = new Map(
    defs
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op = defs.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`${app} has no operation ${name}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        const f = fragments.get(s.name.value);
        if (f && !used.has(f.name.value)) {
          used.set(f.name.value, f);
          collect(f);
        }
      },
    });
  collect(op);
  return [op, ...used.values()].map((d) => print(d)).join('\n');
}

/**
 * Copies one row of `table` once per row of `source` (a subquery aliased `g`), with some columns
 * replaced by SQL expressions (which may use `g`). Generated columns are left to the database.
 */
async function copyRows(
  table: string,
  rowFilter: string,
  source: string,
  set: Record<string, string>,
  params: unknown[] = [],
): Promise<void> {
  const cols = (
    await api.sql<{ column_name: string }>(
      `select column_name from information_schema.columns
        where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER'
        order by ordinal_position`,
      [table],
    )
  ).map((c) => c.column_name);
  const values = cols.map((c) => set[c] ?? `t."${c}"`);
  await api.sql(
    `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')})
     select ${values.join(', ')} from "${table}" t cross join (${source}) g where ${rowFilter}`,
    params,
  );
}

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await api.sql(`select count(*)::int as n from "${table}" where ${where}`, params);
  return row.n;
}

/** Ideas of the tenant that no row of `table` points at yet (`idea_id`), `n` of them. */
function freeIdeas(table: string, n: number): string {
  return `select i.id as idea_id, row_number() over (order by i.id) as n from idea i
           where i.tenant_id = '${tenantId}'
             and not exists (select 1 from "${table}" x where x.idea_id = i.id)
           order by i.id limit ${n}`;
}

async function statementsFor(
  doc: string,
  variables: Record<string, unknown>,
  token: string | null,
  rows: (data: any) => unknown[],
  expected: number,
): Promise<number> {
  await api.gql('{ viewer { id } }', {}, { token }); // warm the tenant cache
  api.resetQueries();
  const r = await api.gql(doc, variables, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(rows(r.data)).toHaveLength(expected);
  return api.queries.length;
}

/** Grows the list to 1, 10 and 100 rows and expects the same number of statements each time. */
async function expectConstant(
  grow: (n: number) => Promise<void>,
  measure: (n: number) => Promise<number>,
  atMost: number,
): Promise<void> {
  const counts: number[] = [];
  for (const n of [1, 10, 100]) {
    await grow(n);
    counts.push(await measure(n));
  }
  expect(counts[2], api.queries.join('\n')).toBeLessThanOrEqual(atMost);
  expect(counts).toEqual([counts[0], counts[0], counts[0]]);
}

beforeAll(async () => {
  // No background jobs here: only the statements of the request itself are counted.
  api = await startTestApi({ config: { runJobs: false } });
  for (const [k, email] of Object.entries({
    hub: TEST_STAFF.hub,
    editor: TEST_STAFF.editor,
    council: TEST_STAFF.council,
  }))
    tokens[k] = await api.login(email);
  t = await Triage.create(api, tokens.hub!);
  const [idea] = await api.sql('select tenant_id from idea limit 1');
  tenantId = idea.tenant_id;
  // Enough ideas for every copied row to point at its own.
  const cat = await catalog(api);
  for (let i = 0; i < 110; i += 10)
    await Promise.all(
      Array.from({ length: 10 }, (_, k) =>
        submitIdea(api, ideaInput(cat.fields[(i + k) % cat.fields.length]!.id)),
      ),
    );
}, 300_000);
afterAll(() => api?.close());

describe('statement counts of the lists the apps load', () => {
  it('lists councils (admin) with their campaign, fields, members and open reviews', async () => {
    const [source] = await api.sql('select id from council where tenant_id = $1 limit 1', [
      tenantId,
    ]);
    const doc = operation('admin', 'Councils');
    const grow = async (n: number) => {
      const missing = n - (await count('council', 'tenant_id = $1', [tenantId]));
      if (missing <= 0) return;
      await copyRows(
        'council',
        't.id = $1',
        `select generate_series(1, ${missing}) as n`,
        // Copies are inactive, so the standing council stays the only one that takes new ideas.
        { id: 'gen_random_uuid()', name: `t.name || ' ' || g.n`, active: 'false' },
        [source.id],
      );
      const fresh = `select c.id as council_id from council c
                      where not exists (select 1 from council_member m where m.council_id = c.id)`;
      await copyRows(
        'council_member',
        't.council_id = $1',
        fresh,
        {
          id: 'gen_random_uuid()',
          council_id: 'g.council_id',
        },
        [source.id],
      );
      const noFields = `select c.id as council_id from council c
                         where c.id <> '${source.id}'
                           and not exists (select 1 from council_field f where f.council_id = c.id)`;
      await copyRows(
        'council_field',
        't.council_id = $1',
        noFields,
        {
          council_id: 'g.council_id',
        },
        [source.id],
      );
    };
    await grow(1);
    await t.ideaIn('UNDER_REVIEW'); // an open review for the `reviews(status: OPEN)` field
    await expectConstant(
      grow,
      (n) => statementsFor(doc, {}, tokens.hub!, (d) => d.councils, n),
      12,
    );
  });

  describe('reviews', () => {
    let councilId: string;
    let sourceReview: string;

    beforeAll(async () => {
      const ideaId = await t.ideaIn('UNDER_REVIEW');
      const [review] = await api.sql(`select id, council_id from review where idea_id = $1`, [
        ideaId,
      ]);
      sourceReview = review.id;
      councilId = review.council_id;
      await dropOtherReviews();
    });

    async function dropOtherReviews() {
      const others = `select id from review where council_id = $1 and id <> $2`;
      await api.sql(`delete from review_participant where review_id in (${others})`, [
        councilId,
        sourceReview,
      ]);
      await api.sql(`delete from review where id in (${others})`, [councilId, sourceReview]);
    }

    const grow = async (n: number) => {
      const missing = n - (await count('review', 'council_id = $1', [councilId]));
      if (missing <= 0) return;
      await copyRows(
        'review',
        't.id = $1',
        freeIdeas('review', missing),
        { id: 'gen_random_uuid()', idea_id: 'g.idea_id' },
        [sourceReview],
      );
      const fresh = `select r.id as review_id from review r
                      where not exists (select 1 from review_participant p where p.review_id = r.id)`;
      await copyRows(
        'review_participant',
        't.review_id = $1',
        fresh,
        {
          id: 'gen_random_uuid()',
          review_id: 'g.review_id',
        },
        [sourceReview],
      );
    };

    it("lists a council member's reviews (admin) with council, idea and the member's role", async () => {
      const doc = operation('admin', 'Reviews');
      await expectConstant(
        grow,
        (n) => statementsFor(doc, { status: null }, tokens.council!, (d) => d.reviews, n),
        14,
      );
    });

    it("shows a council's page (admin) with each review's idea and result", async () => {
      await dropOtherReviews();
      const doc = operation('admin', 'Council');
      await expectConstant(
        grow,
        (n) => statementsFor(doc, { id: councilId }, tokens.hub!, (d) => d.council.reviews, n),
        20,
      );
    });
  });

  it('lists awards (admin) with the ideas they cite', async () => {
    const ideaId = await t.ideaIn('APPLIED');
    const p = await api.gql(
      `mutation ($i: AwardInput!) { proposeAward(input: $i) { id } }`,
      {
        i: {
          form: 'COMMUNE_CERTIFICATE',
          recipientKind: 'INDIVIDUAL',
          recipientName: 'Nguyễn Thị Thử',
          achievement: 'Tác giả ý tưởng được ứng dụng.',
          ideaIds: [ideaId],
        },
      },
      { token: tokens.hub },
    );
    const source = p.data!.proposeAward.id as string;
    const grow = async (n: number) => {
      const missing = n - (await count('award', 'tenant_id = $1', [tenantId]));
      if (missing <= 0) return;
      await copyRows(
        'award',
        't.id = $1',
        `select generate_series(1, ${missing}) as n`,
        { id: 'gen_random_uuid()' },
        [source],
      );
      await api.sql(
        `insert into award_idea (award_id, idea_id)
         select a.id, i.idea_id from
           (select id, row_number() over (order by id) as n from award a
             where not exists (select 1 from award_idea x where x.award_id = a.id)) a
           join (${freeIdeas('award_idea', missing)}) i on i.n = a.n`,
      );
    };
    const doc = operation('admin', 'Awards');
    await expectConstant(
      grow,
      (n) => statementsFor(doc, { status: null }, tokens.hub!, (d) => d.awards, n),
      10,
    );
  });

  it('lists disputes (admin) with the title of the idea each is about', async () => {
    // Anyone may dispute what the public sees: a published idea with its rights established.
    const { id: ideaId } = await t.newIdea();
    await t.establishRights(ideaId);
    const shown = await api.gql(
      'mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }',
      { id: ideaId },
      { token: tokens.hub },
    );
    expect(shown.errors, JSON.stringify(shown.errors)).toBeUndefined();
    const r = await api.gql('mutation ($i: DisputeInput!) { raiseDispute(input: $i) { id } }', {
      i: {
        ideaId,
        claimantName: 'Trần Văn Khiếu',
        claimantContact: 'khieu.nai@example.com',
        statement: 'Tôi đã trình bày giải pháp này tại họp thôn tháng 3/2026, có biên bản.',
      },
    });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const source = r.data!.raiseDispute.id as string;
    const grow = async (n: number) => {
      const missing = n - (await count('dispute', 'tenant_id = $1', [tenantId]));
      if (missing <= 0) return;
      await copyRows(
        'dispute',
        't.id = $1',
        freeIdeas('dispute', missing),
        { id: 'gen_random_uuid()', idea_id: 'g.idea_id' },
        [source],
      );
    };
    const doc = operation('admin', 'Disputes');
    await expectConstant(
      grow,
      (n) => statementsFor(doc, { status: null }, tokens.hub!, (d) => d.disputes, n),
      8,
    );
  });

  it('lists the data-subject request queue (admin) with subject and idea', async () => {
    const { id: ideaId } = await t.newIdea();
    const idea = await api.gql(
      'query ($id: ID!) { idea(id: $id) { authors { id } } }',
      { id: ideaId },
      { token: tokens.hub },
    );
    const filed = await api.gql(
      `mutation ($a: ID!, $i: DataRequestInput!) { fileDataRequestInPerson(authorId: $a, input: $i) { id } }`,
      { a: idea.data!.idea.authors[0].id, i: { kind: 'ACCESS', details: 'Xem dữ liệu của tôi.' } },
      { token: tokens.hub },
    );
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    const source = filed.data!.fileDataRequestInPerson.id as string;
    const grow = async (n: number) => {
      const missing = n - (await count('data_request', 'tenant_id = $1', [tenantId]));
      if (missing <= 0) return;
      const people = `select a.person_id, a.idea_id from authorship a
                       where not exists (select 1 from data_request d where d.idea_id = a.idea_id)
                       order by a.idea_id limit ${missing}`;
      await copyRows(
        'data_request',
        't.id = $1',
        people,
        { id: 'gen_random_uuid()', idea_id: 'g.idea_id', person_id: 'g.person_id' },
        [source],
      );
    };
    const doc = operation('admin', 'DataRequestQueue');
    await expectConstant(
      grow,
      (n) =>
        statementsFor(
          doc,
          { status: null, overdue: null, year: 2026, next: 2027 },
          tokens.hub!,
          (d) => d.dataRequests,
          n,
        ),
      10,
    );
  });

  describe('content', () => {
    let mediaId: string;

    beforeAll(async () => {
      mediaId = (await uploadImage(api, tokens.editor!)).id;
      const post = await createPost(api, tokens.editor!, {
        title: 'Tin đo số câu lệnh',
        coverImageId: mediaId,
      });
      const published = await api.gql(PUBLISH_POST, { id: post.id }, { token: tokens.editor });
      expect(published.errors).toBeUndefined();
      await copyRows(
        'post',
        't.id = $1',
        'select generate_series(1, 99) as n',
        { id: 'gen_random_uuid()', slug: `t.slug || '-' || g.n`, title: `t.title || ' ' || g.n` },
        [post.id],
      );
      await copyRows(
        'media_asset',
        't.id = $1',
        'select generate_series(1, 99) as n',
        { id: 'gen_random_uuid()', filename: `g.n || '-' || t.filename` },
        [mediaId],
      );
    });

    it('lists the media library (admin) at 1, 10 and 100 per page', async () => {
      const doc = operation('admin', 'MediaAssets');
      await expectConstant(
        async () => {},
        (n) => statementsFor(doc, { first: n }, tokens.editor!, (d) => d.mediaAssets.nodes, n),
        8,
      );
    });

    it('lists posts (admin) at 1, 10 and 100 per page', async () => {
      const doc = operation('admin', 'Posts');
      await expectConstant(
        async () => {},
        (n) =>
          statementsFor(doc, { kind: 'NEWS', first: n }, tokens.editor!, (d) => d.posts.nodes, n),
        8,
      );
    });

    it('lists news (public site) with cover images and tags at 1, 10 and 100 per page', async () => {
      const doc = operation('public-site', 'NewsList');
      await expectConstant(
        async () => {},
        (n) =>
          statementsFor(
            doc,
            { kind: 'NEWS', otherKind: 'PROPAGANDA', first: n },
            null,
            (d) => d.main.nodes,
            n,
          ),
        12,
      );
    });
  });
});
