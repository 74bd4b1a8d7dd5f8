/**
 * Webhooks: a partner's endpoint told of the commune's public events — an idea honoured, a post
 * published, a public idea changing status. Each event is a delivery row (the log the admin
 * shows) and a job on the queue (graphile-worker: retries with exponential backoff), written in
 * the transaction of the change itself, so an event is sent if and only if the change committed.
 * Each POST carries `X-KhoiNguon-Signature: sha256=<HMAC-SHA256(secret, "<timestamp>.<body>")>`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, mayManageAccounts } from '../common/access.js';
import { NotFoundError } from '../common/errors.js';
import { isUuid, Validator } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { enqueueJob, type JobHandler } from '../jobs/job.runner.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { WebhookDeliveryStatus, WebhookEvent } from './webhook.enums.js';
import type { CreateWebhookInput } from './webhook.inputs.js';

export const WEBHOOK_QUEUE = 'deliver-webhook';
/** Attempts of one delivery: the last one about 2.5 minutes after the first (e, e², …, e⁵ s). */
export const WEBHOOK_MAX_ATTEMPTS = 6;
const TIMEOUT_MS = 10_000;
const ONLY_ADMIN = 'Chỉ Quản trị được quản lý webhook.';

/**
 * Queues `event` for every active webhook of the commune that listens to it, in the caller's
 * transaction. `data` is what the public may know; `path` (if any) becomes `url` on the public
 * site when sent.
 */
export async function emitWebhookEvent(
  tx: EntityManager,
  e: {
    tenantId: string;
    event: WebhookEvent;
    data: Record<string, unknown>;
    now: Date;
    /** Asked only when some webhook listens (it may cost a query): whether to send at all. */
    onlyIf?: () => Promise<boolean>;
  },
): Promise<void> {
  const hooks = (await tx.find(Webhook, { tenant: e.tenantId, active: true })).filter((h) =>
    h.events.includes(e.event),
  );
  if (!hooks.length || (e.onlyIf && !(await e.onlyIf()))) return;
  for (const hook of hooks) {
    const delivery = tx.create(WebhookDelivery, {
      tenant: e.tenantId,
      webhook: hook,
      event: e.event,
      payload: e.data,
      createdAt: e.now,
    });
    await enqueueJob(
      tx,
      WEBHOOK_QUEUE,
      { deliveryId: delivery.id },
      {
        runAt: e.now,
        now: e.now,
        tenantId: e.tenantId,
        maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      },
    );
  }
}

/** The signature a receiver checks: HMAC-SHA256 of `<timestamp>.<body>` with the secret. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Sends one delivery; a failure (not 2xx, timeout, network) is retried by the queue. */
export function webhookDeliveryHandler(deps: { now: () => Date; publicUrl: string }): JobHandler {
  return async (job, { em }) => {
    const id = String(job.payload.deliveryId ?? '');
    const delivery = isUuid(id)
      ? await em.findOne(WebhookDelivery, { id }, { populate: ['webhook', 'webhook.secret'] })
      : null;
    if (!delivery) return { skipped: 'no delivery' };
    const hook = delivery.webhook.getEntity();
    delivery.attempts = job.attempts;
    if (!hook.active) {
      delivery.status = WebhookDeliveryStatus.FAILED;
      delivery.lastError = 'Webhook đã tắt trước khi gửi.';
      await em.flush();
      return { skipped: 'inactive' };
    }
    const { path, ...data } = delivery.payload as { path?: string } & Record<string, unknown>;
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      createdAt: delivery.createdAt.toISOString(),
      data: { ...data, ...(path ? { url: `${deps.publicUrl}${path}` } : {}) },
    });
    const timestamp = Math.floor(deps.now().getTime() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'KhoiNguon-Webhook/1',
          'x-khoinguon-event': delivery.event,
          'x-khoinguon-delivery': delivery.id,
          'x-khoinguon-timestamp': String(timestamp),
          'x-khoinguon-signature': webhookSignature(hook.secret, timestamp, body),
        },
        body,
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (status < 200 || status >= 300) error = `Địa chỉ nhận trả lời HTTP ${status}.`;
    } catch (err) {
      error = `Không gửi được: ${String((err as Error)?.message ?? err).slice(0, 300)}`;
    }
    delivery.lastStatusCode = status;
    delivery.lastError = error;
    if (!error) {
      delivery.status = WebhookDeliveryStatus.DELIVERED;
      delivery.deliveredAt = deps.now();
      await em.flush();
      return { status };
    }
    delivery.status =
      job.attempts >= job.maxAttempts
        ? WebhookDeliveryStatus.FAILED
        : WebhookDeliveryStatus.PENDING;
    await em.flush();
    throw new Error(`Webhook ${hook.id}: ${error}`);
  };
}

export function listWebhooks(ctx: Context): Promise<Webhook[]> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ONLY_ADMIN);
  return ctx.em.find(
    Webhook,
    { tenant: ctx.tenant.id },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}

async function findWebhook(ctx: Context, id: string): Promise<Webhook> {
  const hook = isUuid(id) ? await ctx.em.findOne(Webhook, { id, tenant: ctx.tenant.id }) : null;
  if (!hook) throw new NotFoundError('Không tìm thấy webhook.');
  return hook;
}

/** The last deliveries of a webhook, newest first (ADMIN). */
export async function webhookDeliveries(
  ctx: Context,
  webhookId: string,
  first: number,
): Promise<WebhookDelivery[]> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ONLY_ADMIN);
  const hook = await findWebhook(ctx, webhookId);
  return ctx.em.find(
    WebhookDelivery,
    { webhook: hook.id },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 100) },
  );
}

/** A new webhook (ADMIN): the signing secret is in the answer, and only there. */
export async function createWebhook(
  ctx: Context,
  input: CreateWebhookInput,
): Promise<{ webhook: Webhook; secret: string }> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ONLY_ADMIN);
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'tên webhook', required: true, max: 120 });
  const url = v.text('url', input.url, { label: 'địa chỉ nhận', required: true, max: 2000 });
  if (url) {
    let parsed: URL | null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    const plainAllowed = ctx.config.env !== 'production';
    if (!parsed || !(parsed.protocol === 'https:' || (plainAllowed && parsed.protocol === 'http:')))
      v.add('url', 'Địa chỉ nhận phải là một địa chỉ https:// đầy đủ.');
    else if (parsed.username || parsed.password)
      v.add('url', 'Địa chỉ nhận không được chứa tên đăng nhập hay mật khẩu.');
  }
  const events = [...new Set(input.events ?? [])];
  if (!events.length) v.add('events', 'Vui lòng chọn ít nhất một sự kiện.');
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const webhook = ctx.em.create(Webhook, {
    tenant: ctx.tenant.id,
    name: name!,
    url: url!,
    events,
    secret,
    createdByName: ctx.viewer.fullName,
    createdAt: now,
  });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.WEBHOOK_CHANGED,
    actor: auditActor(ctx.viewer),
    details: { webhookId: webhook.id, name, url, events, change: 'created' },
    at: now,
  });
  await ctx.em.flush();
  return { webhook, secret };
}

/** Turns a webhook on or off (ADMIN); off, nothing more is queued or sent to it. */
export async function setWebhookActive(
  ctx: Context,
  id: string,
  active: boolean,
): Promise<Webhook> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ONLY_ADMIN);
  const hook = await findWebhook(ctx, id);
  if (hook.active !== active) {
    hook.active = active;
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.WEBHOOK_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { webhookId: hook.id, name: hook.name, change: active ? 'enabled' : 'disabled' },
      at: ctx.clock.now(),
    });
    await ctx.em.flush();
  }
  return hook;
}

/** Sends a delivery's event again, as a new delivery (ADMIN). */
export async function redeliverWebhook(ctx: Context, deliveryId: string): Promise<WebhookDelivery> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ONLY_ADMIN);
  const old = isUuid(deliveryId)
    ? await ctx.em.findOne(WebhookDelivery, { id: deliveryId, tenant: ctx.tenant.id })
    : null;
  if (!old) throw new NotFoundError('Không tìm thấy lần gửi này.');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const again = tx.create(WebhookDelivery, {
      tenant: ctx.tenant.id,
      webhook: old.webhook.id,
      event: old.event,
      payload: old.payload,
      createdAt: now,
    });
    await enqueueJob(
      tx,
      WEBHOOK_QUEUE,
      { deliveryId: again.id },
      {
        runAt: now,
        now,
        tenantId: ctx.tenant.id,
        maxAttempts: WEBHOOK_MAX_ATTEMPTS,
        createdBy: ctx.viewer.kind === 'staff' ? ctx.viewer.userId : null,
      },
    );
    return again;
  });
}
