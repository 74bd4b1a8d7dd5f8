import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../api/src/partner/client-example.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { ideaInput, submitIdea } from '../helpers/factories.js';
import { ALL_CONSENTS, Triage } from '../helpers/triage.js';
import { createPost, PUBLISH_POST } from '../helpers/content.js';

/**
 * Webhooks: the ADMIN registers a partner's endpoint (the signing secret shown once); an idea
 * honoured, a post published and a public idea changing status are POSTed to it, signed with
 * HMAC-SHA256, from the job queue (retried with backoff until the endpoint answers 2xx); every
 * delivery is logged and can be sent again; a disabled webhook hears nothing more.
 */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
let api: TestApi;
let admin: string;
let receiver: http.Server;
let endpoint: string;
const received: Received[] = [];
let failNext = 0;

async function until<T>(
  probe: () => Promise<T | null | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failNext > 0) {
        failNext -= 1;
        res.statusCode = 503;
        return res.end('bận');
      }
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/khoi-nguon`;
  api = await startTestApi({ config: { runJobs: true } });
  admin = await api.login(TEST_STAFF.admin);
});
afterAll(async () => {
  await api?.close();
  await new Promise((r) => receiver?.close(r));
});

const CREATE = `mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id name url events active createdByName } }
}`;

/** With the partners' example (api/src/partner/client-example.ts, shown on /docs). */
function verify(secret: string, r: Received): boolean {
  const ts = Number(r.headers['x-khoinguon-timestamp']);
  return (
    verifyWebhook(secret, r.headers, r.body, ts) &&
    !verifyWebhook(`${secret}x`, r.headers, r.body, ts) &&
    !verifyWebhook(secret, r.headers, `${r.body} `, ts)
  );
}

describe('webhooks', () => {
  let secret: string;
  let webhookId: string;

  it('are created by the ADMIN alone, with a https address (http allowed outside production)', async () => {
    const hub = await api.login(TEST_STAFF.hub);
    const refused = await api.gql(
      CREATE,
      { input: { name: 'x', url: endpoint, events: ['POST_PUBLISHED'] } },
      { token: hub },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const bad = await api.gql(
      CREATE,
      { input: { name: ' ', url: 'ftp://user:pw@x', events: [] } },
      { token: admin },
    );
    expect(Object.keys(bad.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'events',
      'name',
      'url',
    ]);
    const r = await api.gql(
      CREATE,
      {
        input: {
          name: 'Cổng thông tin tỉnh',
          url: endpoint,
          events: ['IDEA_HONOURED', 'POST_PUBLISHED', 'IDEA_STATUS_CHANGED'],
        },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    secret = r.data!.createWebhook.secret;
    webhookId = r.data!.createWebhook.webhook.id;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await api.gql('{ webhooks { id name active } }', {}, { token: admin });
    expect(list.data!.webhooks).toEqual([
      { id: webhookId, name: 'Cổng thông tin tỉnh', active: true },
    ]);
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('sends a published post, an honoured idea and a public status change, signed', async () => {
    const editor = await api.login(TEST_STAFF.editor);
    const post = await createPost(api, editor, { title: 'Phát động đợt thi đua mới' });
    expect(
      (await api.gql(PUBLISH_POST, { id: post.id }, { token: editor })).errors,
    ).toBeUndefined();
    const news = await until(async () => received.find((r) => r.body.includes('POST_PUBLISHED')));
    expect(verify(secret, news)).toBe(true);
    expect(news.headers['x-khoinguon-event']).toBe('POST_PUBLISHED');
    const body = JSON.parse(news.body);
    expect(body).toMatchObject({
      event: 'POST_PUBLISHED',
      data: { postId: post.id, title: 'Phát động đợt thi đua mới', kind: post.kind },
    });
    expect(body.data.url).toMatch(/^http.*\/tin-tuc\//);

    // A public idea: honoured, then moved on.
    const hub = await api.login(TEST_STAFF.hub);
    const triage = await Triage.create(api, hub);
    const r = await submitIdea(
      api,
      ideaInput(triage.cat.field('moi-truong'), {
        title: 'Thu gom rác thải nhựa theo lịch',
        consents: ALL_CONSENTS,
      }),
    );
    const [row] = await api.sql('select id from idea where tracking_code = $1', [r.trackingCode]);
    await api.sql(
      `update idea set rights_status = 'ESTABLISHED', published_at = now() where id = $1`,
      [row.id],
    );
    const honour = await api.gql(
      'mutation ($id: ID!) { honourIdea(ideaId: $id, honoured: true, citation: "Vì môi trường xanh") { id honouredAt } }',
      { id: row.id },
      { token: hub },
    );
    expect(honour.errors).toBeUndefined();
    const honoured = await until(async () =>
      received.find((x) => x.body.includes('IDEA_HONOURED') && x.body.includes(row.id)),
    );
    expect(verify(secret, honoured)).toBe(true);
    expect(JSON.parse(honoured.body).data).toMatchObject({
      ideaId: row.id,
      citation: 'Vì môi trường xanh',
    });
    expect((await triage.move(row.id, 'ACCEPTED')).errors).toBeUndefined();
    const moved = await until(async () =>
      received.find((x) => x.body.includes('IDEA_STATUS_CHANGED') && x.body.includes(row.id)),
    );
    expect(JSON.parse(moved.body).data).toMatchObject({ from: 'SUBMITTED', to: 'ACCEPTED' });
    // An idea the public does not see: its changes are not sent.
    const hidden = await submitIdea(api, ideaInput(triage.cat.field('moi-truong')));
    const [h] = await api.sql('select id from idea where tracking_code = $1', [
      hidden.trackingCode,
    ]);
    expect((await triage.move(h.id, 'ACCEPTED')).errors).toBeUndefined();
    const [queued] = await api.sql(
      `select count(*)::int as n from webhook_delivery where payload->>'ideaId' = $1`,
      [h.id],
    );
    expect(queued.n).toBe(0);
  });

  it('retries an endpoint that fails, logs every delivery and sends one again on request', async () => {
    const before = received.length;
    failNext = 1;
    const editor = await api.login(TEST_STAFF.editor);
    const post = await createPost(api, editor, { title: 'Kết quả chấm điểm đợt 1' });
    await api.gql(PUBLISH_POST, { id: post.id }, { token: editor });
    await until(async () => received.slice(before).find((x) => x.body.includes(post.id)));
    const log = await api.gql(
      `query ($id: ID!) { webhookDeliveries(webhookId: $id) { id event status attempts lastStatusCode lastError deliveredAt payload } }`,
      { id: webhookId },
      { token: admin },
    );
    const delivery = log.data!.webhookDeliveries.find((d: any) => d.payload.postId === post.id);
    expect(delivery).toMatchObject({
      event: 'POST_PUBLISHED',
      status: 'DELIVERED',
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
    });
    const again = await api.gql(
      'mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { id status } }',
      { id: delivery.id },
      { token: admin },
    );
    expect(again.errors).toBeUndefined();
    const copies = await until(async () => {
      const n = received.filter((x) => x.body.includes(post.id)).length;
      return n >= 2 ? n : null;
    });
    expect(copies).toBe(2);
  });

  it('sends nothing to a disabled webhook', async () => {
    const off = await api.gql(
      'mutation ($id: ID!) { setWebhookActive(id: $id, active: false) { id active } }',
      { id: webhookId },
      { token: admin },
    );
    expect(off.data!.setWebhookActive.active).toBe(false);
    const editor = await api.login(TEST_STAFF.editor);
    const post = await createPost(api, editor, { title: 'Tin không gửi đi' });
    await api.gql(PUBLISH_POST, { id: post.id }, { token: editor });
    const [n] = await api.sql(
      `select count(*)::int as n from webhook_delivery where payload->>'postId' = $1`,
      [post.id],
    );
    expect(n.n).toBe(0);
    const [audited] = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'WEBHOOK_CHANGED'`,
    );
    expect(audited.n).toBe(2);
  });
});
