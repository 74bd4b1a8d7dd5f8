import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from '../jobs/job.entity.js';
import { enqueueJob, type JobHandler } from '../jobs/job.runner.js';
import { OutboundMessage } from './outbound-message.entity.js';
import { DeliveryChannel, DeliveryStatus } from './outbox.enums.js';
import type { Senders } from './outbox.senders.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { assertAllowed, mayReadOutbox } from '../common/access.js';
import { pageByCreatedAt } from '../common/connection.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/validate.js';
import type { Idea } from '../idea/idea.entity.js';
import type { OutboxWhereInput } from './outbox.inputs.js';
import { OutboxConnection } from './outbox.types.js';

export const DELIVER_QUEUE = 'deliver-message';

/**
 * Queues a notification to every contact the author gave (email and/or phone), in the caller's
 * transaction: if the decision rolls back, nothing is sent; if it commits, delivery is retried
 * until it succeeds.
 */
export async function notifyAuthor(
  em: EntityManager,
  opts: {
    tenantId: string;
    /** null: a message about no idea (an answer to a complaint filed without a code). */
    ideaId: string | null;
    contact: { email?: string | null; phone?: string | null };
    subject: string;
    body: string;
    smsBody?: string;
    now: Date;
  },
): Promise<OutboundMessage[]> {
  const out: OutboundMessage[] = [];
  const targets: [DeliveryChannel, string | null | undefined][] = [
    [DeliveryChannel.EMAIL, opts.contact.email],
    [DeliveryChannel.SMS, opts.contact.phone],
  ];
  for (const [channel, recipient] of targets) {
    if (!recipient) continue;
    const message = em.create(OutboundMessage, {
      tenant: opts.tenantId,
      idea: opts.ideaId,
      channel,
      recipient,
      subject: channel === DeliveryChannel.EMAIL ? opts.subject : null,
      body: channel === DeliveryChannel.SMS ? (opts.smsBody ?? opts.body) : opts.body,
      createdAt: opts.now,
    });
    out.push(message);
    await enqueueJob(
      em,
      DELIVER_QUEUE,
      { messageId: message.id },
      { runAt: opts.now, now: opts.now, tenantId: opts.tenantId },
    );
  }
  return out;
}

/** After the final attempt, a message to an erased person keeps no trace of them. */
function purgeIfAsked(message: OutboundMessage): void {
  if (!message.purgeAfterDelivery) return;
  message.recipient = '[đã xóa]';
  message.subject = message.subject ? '[đã xóa]' : null;
  message.body = '[Nội dung đã xóa sau khi gửi, theo yêu cầu xóa dữ liệu cá nhân]';
}

export function deliveryHandler(senders: Senders, now: () => Date): JobHandler {
  return async (job: Job, { em }) => {
    const message = await em.findOne(OutboundMessage, { id: String(job.payload.messageId) });
    if (!message || message.status === DeliveryStatus.SENT) return { skipped: true };
    const sender = message.channel === DeliveryChannel.EMAIL ? senders.email : senders.sms;
    message.attempts += 1;
    try {
      await sender.send({
        recipient: message.recipient,
        subject: message.subject ?? null,
        body: message.body,
      });
      message.status = DeliveryStatus.SENT;
      message.sentAt = now();
      message.transport = sender.name;
      message.lastError = null;
      purgeIfAsked(message);
      await em.flush();
      return { sent: true, transport: sender.name };
    } catch (err) {
      message.lastError = err instanceof Error ? err.message : String(err);
      message.transport = sender.name;
      if (job.attempts >= job.maxAttempts || sender.name === 'none') {
        message.status = DeliveryStatus.FAILED;
        purgeIfAsked(message);
      }
      await em.flush();
      throw err;
    }
  };
}

/** The outbox, newest first: what was (or in demo mode would have been) sent to authors. */
export async function listOutboundMessages(
  ctx: Context,
  where: OutboxWhereInput | null,
  page: { first: number; after: string | null },
): Promise<OutboxConnection> {
  assertAllowed(ctx.viewer, mayReadOutbox(ctx.viewer), 'Chỉ cơ quan đầu mối được xem hộp thư đi.');
  const filter = (): FilterQuery<OutboundMessage> => ({
    tenant: ctx.tenant.id,
    ...(where?.status ? { status: where.status } : {}),
    ...(where?.channel ? { channel: where.channel } : {}),
    ...(where?.ideaId && isUuid(where.ideaId) ? { idea: where.ideaId } : {}),
  });
  return OutboxConnection.from(await pageByCreatedAt(ctx.em, OutboundMessage, filter, page));
}

/** Queues a failed (or pending) message again; never one whose recipient asked for erasure. */
export async function retryOutboundMessage(ctx: Context, id: string): Promise<OutboundMessage> {
  assertAllowed(ctx.viewer, mayReadOutbox(ctx.viewer));
  const message = isUuid(id)
    ? await ctx.em.findOne(OutboundMessage, { id, tenant: ctx.tenant.id })
    : null;
  if (!message) throw new NotFoundError('Không tìm thấy thông báo.');
  if (message.recipient === '[đã xóa]' || message.lastError?.startsWith('Đã hủy'))
    throw new ConflictError('Không gửi lại được: người nhận đã yêu cầu xóa dữ liệu cá nhân.');
  if (message.status !== DeliveryStatus.SENT) {
    message.status = DeliveryStatus.PENDING;
    await ctx.em.transactional(async (tx) => {
      await enqueueJob(
        tx,
        DELIVER_QUEUE,
        { messageId: message.id },
        { runAt: ctx.clock.now(), now: ctx.clock.now(), tenantId: ctx.tenant.id },
      );
    });
  }
  return message;
}

export async function messageIdeaTitle(m: OutboundMessage): Promise<string | null> {
  if (!m.idea) return null;
  const idea = (await m.idea.load({ dataloader: true })) as Idea | null;
  return idea?.title ?? null;
}
