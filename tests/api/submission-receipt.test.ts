import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput } from '../helpers/factories.js';

/**
 * What the author is told (issue #15): the receipt and the tracking page say when the hub will
 * answer, which files arrived and where the confirmation went; a form can have every error of a
 * submission checked at once without storing anything; a file over 10 MB is refused by name.
 */
let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;
const clock = new TestClock(new Date('2026-12-03T03:00:00Z'));

const RECEIPT = `mutation ($input: SubmitIdeaInput!) {
  submitIdea(input: $input) {
    trackingCode answerDueOn
    attachments { fileName size mimeType }
    confirmations { channel recipient status }
  } }`;
const VALIDATE = `query ($input: SubmitIdeaInput!) { validateIdeaSubmission(input: $input) }`;
const TRACK = `query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) {
  status answerDueOn attachments { fileName size } confirmations { channel recipient status } } }`;

/** A small valid PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function count(table: string): Promise<number> {
  const [row] = await api.sql(`select count(*)::int as n from ${table}`);
  return row.n;
}

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  cat = await catalog(api);
});
afterAll(() => api?.close());

describe('the receipt', () => {
  it('gives the answer date, the files received and the confirmations, contacts masked', async () => {
    const up = await api.upload('Thuyết minh ý tưởng.pdf', PDF);
    expect(up.status).toBe(201);
    const r = await api.gql(RECEIPT, {
      input: ideaInput(cat.field('chuyen-doi-so'), {
        attachmentIds: [up.body.id],
        author: {
          fullName: 'Lê Văn Nhận',
          email: 'le.van.nhan@example.com',
          phone: '0912 345 678',
        },
      }),
    });
    expect(r.errors).toBeUndefined();
    const receipt = r.data!.submitIdea;
    // Received on 03/12/2026 (10:00 in Việt Nam): the hub has 7 days to answer.
    expect(receipt.answerDueOn).toBe('2026-12-10');
    expect(receipt.attachments).toEqual([
      { fileName: 'Thuyết minh ý tưởng.pdf', size: PDF.length, mimeType: 'application/pdf' },
    ]);
    expect(receipt.confirmations).toEqual([
      { channel: 'EMAIL', recipient: 'l•••@example.com', status: 'PENDING' },
      { channel: 'SMS', recipient: '091••••678', status: 'PENDING' },
    ]);
    expect(JSON.stringify(receipt)).not.toContain('345');

    // The tracking page says the same; while the hub waits for the author, no date is owed.
    const track = await api.gql(TRACK, { c: receipt.trackingCode, k: '0912345678' });
    expect(track.errors).toBeUndefined();
    expect(track.data!.trackIdea).toMatchObject({
      answerDueOn: '2026-12-10',
      attachments: [{ fileName: 'Thuyết minh ý tưởng.pdf', size: PDF.length }],
      confirmations: [
        { channel: 'EMAIL', recipient: 'l•••@example.com' },
        { channel: 'SMS', recipient: '091••••678' },
      ],
    });
    await api.sql(
      `update idea_step set paused_at = now() where idea_id = (select id from idea where tracking_code = $1)`,
      [receipt.trackingCode],
    );
    const waiting = await api.gql(TRACK, { c: receipt.trackingCode, k: '0912345678' });
    expect(waiting.data!.trackIdea.answerDueOn).toBeNull();
  });

  it('confirms only through the contacts given, and lists no file when none was sent', async () => {
    const r = await api.gql(RECEIPT, {
      input: ideaInput(cat.field('chuyen-doi-so'), {
        author: { fullName: 'Người Không Liên Hệ', email: 'chi.email@example.com' },
      }),
    });
    expect(r.data!.submitIdea.confirmations).toEqual([
      { channel: 'EMAIL', recipient: 'c•••@example.com', status: 'PENDING' },
    ]);
    expect(r.data!.submitIdea.attachments).toEqual([]);
  });
});

describe('checking a submission without sending it', () => {
  it('reports every field error at once and stores nothing', async () => {
    const before = await Promise.all(
      ['idea', 'person', 'outbound_message', 'audit_entry'].map(count),
    );
    const r = await api.gql(VALIDATE, {
      input: {
        title: 'Ngắn',
        problem: '',
        solution: 'x',
        benefit: '',
        fieldIds: [],
        author: { fullName: '' },
        consents: { noticeVersion: 1, processData: false },
      },
    });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const fe = r.errors![0]!.extensions!.fieldErrors as Record<string, string>;
    for (const key of ['title', 'problem', 'solution', 'benefit', 'fieldIds', 'author.fullName'])
      expect(fe[key], key).toMatch(/\S/);
    expect(Object.keys(fe).length).toBeGreaterThanOrEqual(7);
    // A text far over its limit names its field (the form sends it cut to 20,001 characters).
    const long = await api.gql(VALIDATE, {
      input: ideaInput(cat.field('chuyen-doi-so'), { problem: 'a'.repeat(20_001) }),
    });
    expect(Object.keys(long.errors![0]!.extensions!.fieldErrors as object)).toEqual(['problem']);
    // A valid one is only checked.
    const ok = await api.gql(VALIDATE, { input: ideaInput(cat.field('chuyen-doi-so')) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.validateIdeaSubmission).toBe(true);
    const after = await Promise.all(
      ['idea', 'person', 'outbound_message', 'audit_entry'].map(count),
    );
    expect(after).toEqual(before);
  });
});

describe('a file over the limit', () => {
  it("is refused by name with the 10 MB limit, in the caller's language", async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const vi = await api.upload('Bản vẽ lớn.pdf', big);
    expect(vi.status).toBe(413);
    expect(vi.body.errors[0].extensions.code).toBe('LIMITS_EXCEEDED');
    expect(vi.body.errors[0].message).toBe('Tệp "Bản vẽ lớn.pdf" vượt quá 10 MB.');
    expect(vi.body.errors[0].extensions.fieldErrors.file).toBe(vi.body.errors[0].message);
    const res = await fetch(`${api.origin}/uploads`, {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent('big.pdf'), 'accept-language': 'en' },
      body: new Uint8Array(big),
    });
    const en = (await res.json()) as any;
    expect(res.status).toBe(413);
    expect(en.errors[0].message).toBe('The file "big.pdf" is larger than 10 MB.');
    // The API is fine afterwards.
    expect((await api.upload('nho.pdf', PDF)).status).toBe(201);
  });
});
