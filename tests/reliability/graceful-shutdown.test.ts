import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';
import { until } from '../helpers/live.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
});
afterAll(() => api?.close());

/** A graphql-ws connection (acknowledged) that records how the server closed it. */
async function openSocket(url: string) {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const closed: { code?: number; reason?: string } = {};
  ws.on('close', (code, reason) => Object.assign(closed, { code, reason: reason.toString() }));
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    ws.on('message', (m) => {
      if (JSON.parse(m.toString()).type === 'connection_ack') resolve();
    });
  });
  return closed;
}

describe('graceful shutdown', () => {
  it('finishes the request in flight, tells WebSocket clients to reconnect (1012), then stops', async () => {
    const cat = await catalog(api);
    const [{ id: tenantId }] = await api.sql(`select id from tenant order by created_at limit 1`);
    // Hold the receipt log's lock: the next submission waits inside its transaction.
    const holder = new pg.Client({ connectionString: api.databaseUrl });
    await holder.connect();
    try {
      await holder.query(`select pg_advisory_lock(hashtextextended('kn_receipt_log:' || $1, 0))`, [
        tenantId,
      ]);
      const socket = await openSocket(api.wsUrl);
      const inFlight = fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SUBMIT,
          variables: { input: { ...ideaInput(cat.field('y-te')), idempotencyKey: 'graceful-1' } },
        }),
      });
      await until(
        async () =>
          (
            await api.sql(
              `select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`,
            )
          )[0].n > 0,
        'the submission to wait for the lock',
      );

      const stopping = api.stop();
      await until(() => socket.code !== undefined, 'the WebSocket to be closed');
      expect(socket.code).toBe(1012);
      expect(socket.reason).toMatch(/kết nối lại/);
      // No new connections once stopping…
      await expect(fetch(`${api.origin}/health`)).rejects.toThrow();
      // …but the request in flight completes.
      await holder.query('select pg_advisory_unlock_all()');
      const res = await inFlight;
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.data.submitIdea.trackingCode).toBeTruthy();
      await stopping;
      const [row] = await api.sql(`select tracking_code from idea where idempotency_key = $1`, [
        'graceful-1',
      ]);
      expect(row.tracking_code).toBe(body.data.submitIdea.trackingCode);
    } finally {
      await holder.end();
    }
  });
});
