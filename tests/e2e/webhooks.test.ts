import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  DEMO,
  launchBrowser,
  newPage,
  skipReason,
  staffLogin,
  urls,
} from '../helpers/browser.js';
import { apiGql, staffToken } from '../helpers/public.js';

const ADMIN = 'quantri@nhuthanh.example';
const SECRET_FORMAT = /^whsec_[A-Za-z0-9_-]{43}$/;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; event: string; data: Record<string, unknown> };
}

let browser: Browser;
let receiver: Server;
let receiverUrl = '';
const received: Received[] = [];

/** The partner's endpoint: a local HTTP server answering 200 to every POST it keeps. */
async function startReceiver(): Promise<void> {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST') {
        try {
          received.push({ headers: req.headers, body, json: JSON.parse(body) });
        } catch {
          // Not a delivery: ignored.
        }
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/khoinguon`;
}

/** The POSTs that told of this post (other files publish posts too). */
const deliveriesOf = (postId: string) =>
  received.filter((r) => r.json.event === 'POST_PUBLISHED' && r.json.data.postId === postId);

/**
 * The commune's ADMIN manages partners' webhooks (/thiet-lap/webhook): a webhook is created with
 * its events, its signing secret shown once; a published post reaches the partner's endpoint
 * signed with that secret; the delivery log shows it delivered, "Gửi lại" sends it again, and
 * the webhook can be turned off (after a confirmation).
 */
describe.skipIf(!browserAvailable)(
  `partners' webhooks in the admin${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    const stamp = Date.now();
    const name = `Cổng thông tin tỉnh – tin tức ${stamp}`;
    let editorToken = '';
    let postId = '';
    let webhookId = '';

    beforeAll(async () => {
      browser = await launchBrowser();
      await startReceiver();
    });
    afterAll(async () => {
      // Leave nothing listening to the platform's events, nor a test post on the public site.
      const adminToken = await staffToken(ADMIN).catch(() => '');
      if (webhookId && adminToken) {
        await apiGql(
          'mutation ($id: ID!) { setWebhookActive(id: $id, active: false) { id } }',
          { id: webhookId },
          adminToken,
        ).catch(() => undefined);
      }
      if (postId && editorToken) {
        await apiGql(
          'mutation ($id: ID!) { unpublishPost(id: $id) { id } }',
          { id: postId },
          editorToken,
        ).catch(() => undefined);
      }
      await browser?.close();
      await new Promise((resolve) => receiver?.close(resolve));
    });

    it('is neither linked nor opened for staff who do not manage the commune', async () => {
      const { context, page } = await newPage(browser);
      try {
        await staffLogin(page, DEMO.hub);
        expect(await page.getByRole('link', { name: 'Webhook', exact: true }).count()).toBe(0);
        const res = await page.goto(`${urls.admin}/thiet-lap/webhook`);
        expect(res?.status()).toBe(403);
        expect(await page.locator('body').innerText()).toContain(
          'Chỉ quản trị viên của xã được quản lý webhook.',
        );
      } finally {
        await context.close();
      }
    });

    it('creates a webhook whose signed deliveries reach the partner, logged and sent again', async () => {
      const { context, page } = await newPage(browser);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await staffLogin(page, ADMIN);
        await page.getByRole('link', { name: 'Webhook', exact: true }).click();
        await page.waitForURL(/\/thiet-lap\/webhook$/);
        expect(await page.locator('h1').first().innerText()).toBe('Webhook cho đối tác');
        for (const box of await page.locator('input[name="events"]').all()) {
          expect(await box.isChecked()).toBe(false);
        }

        // No event ticked: refused next to the events, the typed values kept, nothing made.
        await page.getByLabel('Tên webhook').fill(name);
        await page.getByLabel('Địa chỉ nhận').fill(receiverUrl);
        await page.getByRole('button', { name: 'Tạo webhook', exact: true }).click();
        const eventsError = page.locator('#webhook-events-error');
        await expect
          .poll(() => eventsError.textContent())
          .toBe('Vui lòng chọn ít nhất một sự kiện.');
        expect(await page.getByLabel('Tên webhook').inputValue()).toBe(name);
        expect(await page.getByLabel('Địa chỉ nhận').inputValue()).toBe(receiverUrl);
        expect(await page.getByTestId('new-webhook').count()).toBe(0);

        // Posts published: created, the secret shown once with how to check the signature.
        await page.getByLabel('Bài viết được đăng').check();
        await page.getByRole('button', { name: 'Tạo webhook', exact: true }).click();
        const box = page.getByTestId('new-webhook');
        await box.waitFor();
        const secret = await page.getByTestId('new-webhook-value').inputValue();
        expect(secret).toMatch(SECRET_FORMAT);
        const boxText = await box.innerText();
        expect(boxText).toContain('Khóa chỉ hiện một lần');
        expect(boxText).toContain('X-KhoiNguon-Signature');
        expect(boxText).toContain('HMAC-SHA256(secret, "<timestamp>.<body>")');
        expect(
          await box.getByRole('link', { name: /Hướng dẫn nhận webhook/ }).getAttribute('href'),
        ).toMatch(/\/docs#webhooks$/);
        expect(page.url()).not.toContain(secret);
        for (const c of await context.cookies()) expect(c.value).not.toContain(secret);
        const row = page.locator('tr', { hasText: name });
        await expect.poll(() => row.innerText()).toContain('Đang bật');
        const rowText = await row.innerText();
        expect(rowText).toContain(receiverUrl);
        expect(rowText).toContain('Bài viết được đăng');
        expect(rowText).not.toContain('Ý tưởng được vinh danh');
        webhookId = ((await row.getAttribute('data-testid')) ?? '').replace(/^webhook-/, '');
        expect(webhookId).not.toBe('');

        // The editor publishes a post: the partner receives it, signed with the secret.
        editorToken = await staffToken(DEMO.editor);
        const title = `Tin kiểm thử webhook ${stamp}`;
        const { createPost } = await apiGql<{ createPost: { id: string } }>(
          'mutation ($input: PostInput!) { createPost(input: $input) { id } }',
          {
            input: {
              kind: 'NEWS',
              title,
              summary: 'Tin dùng để kiểm thử webhook.',
              body: {
                type: 'doc',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tin.' }] }],
              },
            },
          },
          editorToken,
        );
        postId = createPost.id;
        await apiGql(
          'mutation ($id: ID!) { publishPost(id: $id) { id } }',
          { id: postId },
          editorToken,
        );
        await expect.poll(() => deliveriesOf(postId).length, { timeout: 30_000 }).toBe(1);
        const first = deliveriesOf(postId)[0]!;
        expect(first.headers['x-khoinguon-event']).toBe('POST_PUBLISHED');
        expect(first.json.data.title).toBe(title);
        const timestamp = String(first.headers['x-khoinguon-timestamp']);
        expect(timestamp).toMatch(/^\d+$/);
        const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${first.body}`).digest('hex')}`;
        expect(first.headers['x-khoinguon-signature']).toBe(expected);

        // After a reload the secret is gone; the delivery log shows the delivery, delivered.
        await page.goto(`${urls.admin}/thiet-lap/webhook`);
        expect(await page.getByTestId('new-webhook').count()).toBe(0);
        expect(await page.content()).not.toContain(secret);
        await page.getByRole('link', { name: `Nhật ký gửi của webhook ${name}` }).click();
        await page.waitForURL(new RegExp(`/thiet-lap/webhook/${webhookId}$`));
        const delivery = page.getByTestId(`delivery-${first.headers['x-khoinguon-delivery']}`);
        await expect
          .poll(
            async () => {
              await page.reload();
              return delivery.getByTestId('status').innerText();
            },
            { timeout: 15_000 },
          )
          .toBe('Đã gửi');
        expect(await delivery.getByTestId('code').innerText()).toBe('200');
        expect(await delivery.getByTestId('attempts').innerText()).toBe('1');
        expect(await delivery.getByTestId('time').innerText()).toMatch(
          /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/,
        );
        expect(await delivery.innerText()).toContain('Bài viết được đăng');

        // "Gửi lại": the partner receives the same event again, as a new delivery in the log.
        await delivery.getByRole('button', { name: /^Gửi lại/ }).click();
        await page.getByText('Đã xếp lịch gửi lại.').waitFor();
        await expect.poll(() => deliveriesOf(postId).length, { timeout: 30_000 }).toBe(2);
        const again = deliveriesOf(postId)[1]!;
        expect(again.headers['x-khoinguon-delivery']).not.toBe(
          first.headers['x-khoinguon-delivery'],
        );
        expect(again.json.data).toEqual(first.json.data);
        await expect
          .poll(
            async () => {
              await page.reload();
              return page
                .locator('[data-testid="deliveries"] tbody tr[data-status="DELIVERED"]')
                .count();
            },
            { timeout: 15_000 },
          )
          .toBe(2);

        // Turning off asks first, then shows the webhook as off.
        await page.goto(`${urls.admin}/thiet-lap/webhook`);
        await row.getByRole('button', { name: `Tắt webhook ${name}` }).click();
        const confirm = page.getByTestId('off-confirm');
        await confirm.waitFor();
        expect(await confirm.innerText()).toContain(receiverUrl);
        expect(await row.getByTestId('state').innerText()).toBe('Đang bật');
        await confirm.getByRole('button', { name: 'Tắt webhook', exact: true }).click();
        await page.getByText(`Đã tắt webhook "${name}".`).waitFor();
        await expect.poll(() => row.getByTestId('state').innerText()).toBe('Đã tắt');
        expect(await row.getByRole('button', { name: `Bật lại webhook ${name}` }).count()).toBe(1);
      } finally {
        await context.close();
      }
    });
  },
);
