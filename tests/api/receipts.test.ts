import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'api/dist/db/cli.js');

let api: TestApi;
let hub: string;
let t: Triage;

const VERIFY = `query ($d: String!) { verifyReceipt(digest: $d) {
  found seq kind revision recordedAt prevHash entryHash intact linked headSeq headHash
} }`;

beforeAll(async () => {
  api = await startTestApi();
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

async function verifyCommand(): Promise<{ code: number; out: string }> {
  if (!existsSync(CLI))
    throw new Error(`${CLI} không tồn tại: chạy "npm run build" trước (npm test tự làm việc này).`);
  try {
    const r = await run(process.execPath, [CLI, 'verify-receipts'], {
      env: { ...process.env, DATABASE_URL: api.databaseUrl },
    });
    return { code: 0, out: r.stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('the public receipt log', () => {
  it('puts every receipt in a hash chain that anyone can recompute', async () => {
    const receipts = [];
    for (let i = 0; i < 3; i++) {
      const { trackingCode } = await t.newIdea();
      const [row] = await api.sql('select digest from idea where tracking_code = $1', [
        trackingCode,
      ]);
      receipts.push(row.digest as string);
    }
    const page = await api.gql(
      '{ receiptLog(afterSeq: 0, first: 1000) { seq kind digest recordedAt prevHash entryHash } }',
    );
    const log = page.data!.receiptLog as {
      seq: number;
      kind: string;
      digest: string;
      recordedAt: string;
      prevHash: string;
      entryHash: string;
    }[];
    // Recomputed from the public listing alone, with the published formula.
    let prev = GENESIS_HASH;
    log.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      expect(e.prevHash).toBe(prev);
      expect(entryHash({ ...e, recordedAt: new Date(e.recordedAt) })).toBe(e.entryHash);
      prev = e.entryHash;
    });
    for (const d of receipts) expect(log.map((e) => e.digest)).toContain(d);
    expect(JSON.stringify(log)).not.toMatch(/@example\.com|Nguyễn/);

    const check = await api.gql(VERIFY, { d: receipts[1] });
    expect(check.data!.verifyReceipt).toMatchObject({
      found: true,
      kind: 'SUBMISSION',
      revision: 1,
      intact: true,
      linked: true,
      headSeq: log.length,
      headHash: log.at(-1)!.entryHash,
    });
    const unknown = await api.gql(VERIFY, { d: 'ab'.repeat(32) });
    expect(unknown.data!.verifyReceipt).toMatchObject({ found: false, intact: false });
  });

  it('logs each new revision with its own digest', async () => {
    const id = await t.ideaIn('NEEDS_INFO');
    const [idea] = await api.sql(
      `select i.tracking_code, p.email from idea i join authorship a on a.idea_id = i.id join person p on p.id = a.person_id where i.id = $1`,
      [id],
    );
    const tracked = await api.gql(
      'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }',
      { c: idea.tracking_code, k: idea.email },
    );
    const r = await api.gql(
      'mutation ($t: String!, $i: SupplementInput!) { supplementIdea(token: $t, input: $i) { revision } }',
      {
        t: tracked.data!.trackIdea.token,
        i: {
          note: 'Bổ sung người thực hiện',
          requirements: 'Tổ công nghệ số cộng đồng thực hiện.',
        },
      },
    );
    expect(r.data!.supplementIdea.revision).toBe(2);
    const [rev] = await api.sql(
      'select digest from idea_revision where idea_id = $1 and number = 2',
      [id],
    );
    const check = await api.gql(VERIFY, { d: rev.digest });
    expect(check.data!.verifyReceipt).toMatchObject({
      found: true,
      kind: 'REVISION',
      revision: 2,
      intact: true,
      linked: true,
    });
  });

  it('refuses to change or remove an entry', async () => {
    await expect(api.sql(`update receipt_log set digest = repeat('0', 64)`)).rejects.toThrow(
      /append-only/,
    );
    await expect(api.sql(`delete from receipt_log where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`truncate receipt_log`)).rejects.toThrow(/append-only/);
  });

  it('has the verify command find a tampered entry and a removed one', async () => {
    const intact = await verifyCommand();
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/chuỗi mã băm hợp lệ/);

    // Someone with the database owner's rights bypasses the trigger and rewrites an entry.
    const [target] = await api.sql(
      `select seq, digest from receipt_log order by seq limit 1 offset 1`,
    );
    await api.sql(`alter table receipt_log disable trigger receipt_log_append_only`);
    await api.sql(`update receipt_log set digest = $1 where seq = $2`, [
      'f'.repeat(64),
      target.seq,
    ]);
    const tampered = await verifyCommand();
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(`mục #${target.seq}: Nội dung mục đã bị thay đổi`);
    expect(tampered.out).toMatch(/KHÔNG toàn vẹn/);
    const check = await api.gql(VERIFY, { d: 'f'.repeat(64) });
    expect(check.data!.verifyReceipt).toMatchObject({ found: true, intact: false });

    // Putting the digest back and deleting a later entry shows up as a gap.
    await api.sql(`update receipt_log set digest = $1 where seq = $2`, [target.digest, target.seq]);
    await api.sql(`delete from receipt_log where seq = 3`);
    await api.sql(`alter table receipt_log enable trigger receipt_log_append_only`);
    const removed = await verifyCommand();
    expect(removed.code).toBe(1);
    expect(removed.out).toMatch(/mục #4: Thiếu mục số 3/);
  });
});
