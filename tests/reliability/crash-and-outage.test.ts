import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { freePort } from '@khoi-nguon/api/testing';
import { ideaInput, SUBMIT } from '../helpers/factories.js';
import { gql, spawnApi, startOwnCluster, type ApiProcess, type OwnCluster } from './cluster.js';

let cluster: OwnCluster;
let port: number;
let api: ApiProcess;
let fieldId: string;
let unitId: string;

beforeAll(async () => {
  cluster = await startOwnCluster();
  port = await freePort();
  api = await spawnApi(cluster.databaseUrl, port);
  const r = await gql(api.url, '{ fields { id code } units { id code } }');
  fieldId = r.body.data.fields[0].id;
  unitId = r.body.data.units[0].id;
});
afterAll(async () => {
  if (api && api.child.exitCode === null) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
  await cluster?.close();
});

async function sql<R extends pg.QueryResultRow = any>(text: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: cluster.databaseUrl });
  await c.connect();
  try {
    return (await c.query<R>(text, params)).rows;
  } finally {
    await c.end();
  }
}

/**
 * A client that retries like the apps do: the same idempotency key until the API acknowledges the
 * submission with a receipt (through refused connections, cut connections and 503 answers).
 */
async function submitUntilAcknowledged(
  key: string,
  input: Record<string, unknown>,
  seen: { failures: number; unavailable: number },
): Promise<string> {
  for (;;) {
    try {
      const r = await gql(api.url, SUBMIT, { input: { ...input, idempotencyKey: key } });
      const receipt = r.body.data?.submitIdea;
      if (receipt) return receipt.trackingCode as string;
      const code = r.body.errors?.[0]?.extensions?.code;
      if (code === 'SERVICE_UNAVAILABLE') seen.unavailable++;
      else throw new Error(`unexpected answer ${r.status}: ${JSON.stringify(r.body.errors)}`);
    } catch (err) {
      if (String(err).includes('unexpected answer')) throw err;
      seen.failures++;
    }
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
  }
}

describe('the API killed with SIGKILL under load', () => {
  it('keeps every acknowledged submission exactly once after a restart', async () => {
    const acknowledged = new Map<string, string>();
    const seen = { failures: 0, unavailable: 0 };
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const key = `rel-${w}-${i}`;
        const input = ideaInput(fieldId, { unitId });
        acknowledged.set(key, await submitUntilAcknowledged(key, input, seen));
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    const waitFor = async (n: number) => {
      const until = Date.now() + 90_000;
      while (acknowledged.size < n) {
        if (Date.now() > until) throw new Error(`only ${acknowledged.size} acknowledged`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    try {
      await waitFor(24);
      // Killed mid-flight: some submissions are committed but never answered.
      api.child.kill('SIGKILL');
      await api.exited;
      const ackedBeforeKill = acknowledged.size;
      api = await spawnApi(cluster.databaseUrl, port);
      await waitFor(ackedBeforeKill + 24);
    } finally {
      stop = true;
      await Promise.all(workers);
    }
    // The clients did see the outage (refused or cut connections) and retried through it.
    expect(seen.failures).toBeGreaterThan(0);
    const rows = await sql<{ idempotency_key: string; tracking_code: string; n: number }>(
      `select idempotency_key, min(tracking_code) as tracking_code, count(*)::int as n
         from idea where idempotency_key like 'rel-%' group by idempotency_key`,
    );
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    const stored = new Map(rows.map((r) => [r.idempotency_key, r.tracking_code]));
    expect(stored.size).toBe(acknowledged.size);
    for (const [key, code] of acknowledged) expect(stored.get(key)).toBe(code);
    // The receipt log (hash chain, appended by a trigger on every insert) has one entry each.
    const [{ entries }] = await sql(
      `select count(*)::int as entries from receipt_log e
         join idea i on i.id = e.idea_id
         where i.idempotency_key like 'rel-%' and e.kind = 'SUBMISSION'`,
    );
    expect(entries).toBe(acknowledged.size);
  });
});

describe('PostgreSQL stopped and started again under a running API', () => {
  it('answers 503 SERVICE_UNAVAILABLE while it is down and recovers without a restart', async () => {
    const pid = api.child.pid;
    await cluster.stopPostgres();

    const health = await fetch(`${api.origin}/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBeTruthy();
    expect(await health.json()).toMatchObject({ database: 'down', code: 'SERVICE_UNAVAILABLE' });

    const read = await gql(api.url, '{ fields { id } }');
    expect(read.status).toBe(503);
    expect(read.headers.get('retry-after')).toBe('5');
    expect(read.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(read.body.errors[0].message).toMatch(/cơ sở dữ liệu/);

    const write = await gql(api.url, SUBMIT, {
      input: { ...ideaInput(fieldId, { unitId }), idempotencyKey: 'rel-outage' },
    });
    expect(write.status).toBe(503);
    expect(write.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    // A plain-HTTP route answers the same code in the same shape.
    const file = await fetch(`${api.origin}/uploads`, {
      method: 'POST',
      headers: { 'accept-language': 'en', 'x-file-name': 'a.pdf' },
      body: new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')),
    });
    expect(file.status).toBe(503);
    expect(file.headers.get('retry-after')).toBe('5');
    expect((await file.json()).errors[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      message: expect.stringMatching(/database/),
    });

    await cluster.startPostgres();
    const until = Date.now() + 30_000;
    while ((await fetch(`${api.origin}/health`)).status !== 200) {
      if (Date.now() > until) throw new Error('the API did not recover');
      await new Promise((r) => setTimeout(r, 100));
    }
    const again = await gql(api.url, SUBMIT, {
      input: { ...ideaInput(fieldId, { unitId }), idempotencyKey: 'rel-outage' },
    });
    expect(again.body.data?.submitIdea?.trackingCode).toBeTruthy();
    // The same process: it recovered by itself.
    expect(api.child.exitCode).toBeNull();
    expect(api.child.pid).toBe(pid);
  });
});

describe('SIGTERM to the API process', () => {
  it('stops it gracefully with exit code 0', async () => {
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(api.output.join('')).toMatch(/API đã dừng/);
  });
});
