import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT, submitIdea } from '../helpers/factories.js';

let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));

beforeAll(async () => {
  api = await startTestApi({ clock });
  cat = await catalog(api);
});
afterAll(() => api?.close());

async function ideaCount(): Promise<number> {
  const [row] = await api.sql<{ n: string }>('select count(*) as n from idea');
  return Number(row!.n);
}

describe('submitIdea', () => {
  it('returns a receipt with a tracking code, the server time and a SHA-256 digest', async () => {
    const input = ideaInput(cat.field('chuyen-doi-so'), { unitId: cat.unit('thon-a') });
    const receipt = await submitIdea(api, input);
    expect(receipt.trackingCode).toMatch(/^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.receivedAt).toBe('2026-11-20T02:00:00.000Z');
    expect(receipt.digest).toMatch(/^[0-9a-f]{64}$/);

    // The digest is recomputable from the receipt and the submitted text (documented canonical form).
    const [idea] = await api.sql('select * from idea where tracking_code = $1', [
      receipt.trackingCode,
    ]);
    const canonical = JSON.stringify([
      'khoi-nguon-receipt-v1',
      receipt.trackingCode,
      receipt.receivedAt,
      cat.campaignId,
      input.title,
      input.problem,
      input.solution,
      input.benefit,
      null,
      [cat.field('chuyen-doi-so')],
      'PRELIMINARY',
      'Nguyễn Thị Thử',
    ]);
    expect(createHash('sha256').update(canonical).digest('hex')).toBe(receipt.digest);
    expect(idea.digest).toBe(receipt.digest);
    expect(idea.status).toBe('SUBMITTED');
    expect(idea.channel).toBe('ONLINE');
  });

  it('stores text in Unicode NFC', async () => {
    const decomposed = 'Ý tưởng hoá đơn điện tử cho chợ'.normalize('NFD');
    const receipt = await submitIdea(
      api,
      ideaInput(cat.field('chuyen-doi-so'), { title: decomposed }),
    );
    const [row] = await api.sql('select title from idea where tracking_code = $1', [
      receipt.trackingCode,
    ]);
    expect(row.title).toBe(decomposed.normalize('NFC'));
    expect(row.title).not.toBe(decomposed);
  });

  it('returns the same receipt for a retry with the same idempotency key and creates one idea', async () => {
    const input = ideaInput(cat.field('nong-nghiep'), { idempotencyKey: 'retry-key-0001' });
    const before = await ideaCount();
    const first = await submitIdea(api, input);
    clock.advance(60_000);
    const [second, third] = await Promise.all([submitIdea(api, input), submitIdea(api, input)]);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(await ideaCount()).toBe(before + 1);
  });

  it('refuses a reused idempotency key with different content (CONFLICT) and writes nothing', async () => {
    const input = ideaInput(cat.field('nong-nghiep'), { idempotencyKey: 'retry-key-0002' });
    await submitIdea(api, input);
    const before = await ideaCount();
    const r = await api.gql(SUBMIT, {
      input: { ...input, title: 'Một nội dung hoàn toàn khác trước' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await ideaCount()).toBe(before);
  });

  it('records an acknowledgement for the author and a public "received" step', async () => {
    const receipt = await submitIdea(api, ideaInput(cat.field('y-te')));
    const [row] = await api.sql(
      `select (select count(*) from idea_event e where e.idea_id = i.id) as events,
              (select count(*) from idea_message r where r.idea_id = i.id) as responses,
              (select count(*) from authorship a where a.idea_id = i.id and a.share = 100 and a.role = 'LEAD') as leads
         from idea i where tracking_code = $1`,
      [receipt.trackingCode],
    );
    expect(row).toEqual({ events: '1', responses: '1', leads: '1' });
  });
});

describe('submitIdea with invalid input', () => {
  const cases: [string, (f: string) => Record<string, unknown>, string][] = [
    ['an empty title', (f) => ideaInput(f, { title: '   ' }), 'title'],
    ['a 50 000-character field', (f) => ideaInput(f, { solution: 'a'.repeat(50_000) }), 'solution'],
    [
      'a bad email',
      (f) => ideaInput(f, { author: { fullName: 'Trần Văn A', email: 'khong-phai-email' } }),
      'author.email',
    ],
    [
      'a bad phone number',
      (f) => ideaInput(f, { author: { fullName: 'Trần Văn A', phone: '12345' } }),
      'author.phone',
    ],
    [
      'no contact at all',
      (f) => ideaInput(f, { author: { fullName: 'Trần Văn A' } }),
      'author.email',
    ],
    ['an unknown field id', () => ideaInput('00000000-0000-4000-8000-000000000000'), 'fieldIds'],
    ['a field id that is not an id', () => ideaInput('nong-nghiep'), 'fieldIds'],
    ['no field', (f) => ideaInput(f, { fieldIds: [] }), 'fieldIds'],
    [
      'an unknown unit',
      (f) => ideaInput(f, { unitId: '00000000-0000-4000-8000-000000000000' }),
      'unitId',
    ],
  ];

  it.each(cases)(
    'refuses %s with BAD_USER_INPUT, a Vietnamese field error and nothing written',
    async (_name, build, field) => {
      const before = await api.sql<{ n: string }>(
        'select (select count(*) from idea) + (select count(*) from person) + (select count(*) from idea_event) as n',
      );
      const r = await api.gql(SUBMIT, { input: build(cat.field('giao-duc')) });
      expect(r.data).toBeFalsy();
      const err = r.errors![0]!;
      expect(err.extensions?.code).toBe('BAD_USER_INPUT');
      expect(err.extensions?.fieldErrors?.[field]).toMatch(/[àáảãạăâđêôơưýÝĐ]|Vui lòng|không/);
      expect(JSON.stringify(r.errors)).not.toMatch(/select|insert|stack|at .*\.ts/i);
      const after = await api.sql<{ n: string }>(
        'select (select count(*) from idea) + (select count(*) from person) + (select count(*) from idea_event) as n',
      );
      expect(after[0]!.n).toBe(before[0]!.n);
    },
  );

  it('reports every invalid field at once', async () => {
    const r = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('giao-duc'), {
        title: '',
        problem: 'ngắn',
        author: { fullName: '', email: 'x' },
      }),
    });
    expect(Object.keys(r.errors![0]!.extensions!.fieldErrors).sort()).toEqual(
      ['author.email', 'author.fullName', 'problem', 'title'].sort(),
    );
  });

  it('publishes the privacy notice in force, and refuses a submission citing a notice that does not exist', async () => {
    const NOTICE = '{ privacyNotice { version title body publishedAt } }';
    const first = (await api.gql(NOTICE)).data!.privacyNotice;
    expect(first.version).toBe(1);
    expect(first.title).toBeTruthy();
    expect(first.body.length).toBeGreaterThan(100);

    // A newer version supersedes it for everyone who submits from now on.
    await api.sql(
      `insert into privacy_notice (id, tenant_id, version, title, body, published_at, created_at)
       select gen_random_uuid(), tenant_id, 2, title || ' (sửa đổi)', body, $1, $1
         from privacy_notice where version = 1 and tenant_id = (select tenant_id from privacy_notice
           where version = 1 and title = $2 limit 1)`,
      [clock.now(), first.title],
    );
    const current = (await api.gql(NOTICE)).data!.privacyNotice;
    expect(current).toMatchObject({ version: 2, title: `${first.title} (sửa đổi)` });

    const before = await ideaCount();
    const stale = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('giao-duc'), {
        consents: { noticeVersion: 3, processData: true },
      }),
    });
    expect(stale.errors![0]!.extensions!.fieldErrors['consents.noticeVersion']).toMatch(
      /tải lại trang/,
    );
    expect(await ideaCount()).toBe(before);
    const receipt = await submitIdea(
      api,
      ideaInput(cat.field('giao-duc'), { consents: { noticeVersion: 2, processData: true } }),
    );
    const [consent] = await api.sql(
      `select c.notice_version from consent c join authorship a on a.id = c.authorship_id
         join idea i on i.id = a.idea_id where i.tracking_code = $1 and c.kind = 'PROCESS_DATA'`,
      [receipt.trackingCode],
    );
    expect(consent.notice_version).toBe(2);
  });

  it('answers a missing required argument with a Vietnamese message and a stable code', async () => {
    const r = await api.gql(SUBMIT, { input: { title: 'Thiếu gần hết các trường' } });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toBe('Dữ liệu đầu vào không đúng kiểu.');
  });
});
