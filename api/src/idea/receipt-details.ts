import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ObjectType } from 'type-graphql';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { localDay } from '../common/vietnam-time.js';
import { OutboundMessage } from '../outbox/outbound-message.entity.js';
import { DeliveryChannel, DeliveryStatus } from '../outbox/outbox.enums.js';
import type { Idea } from './idea.entity.js';
import { IdeaStep } from './idea.entity.js';
import { effectiveDue } from './step.clock.js';

/**
 * What an author is told on the receipt and on the tracking page besides the code and digest
 * (issue #15): when the hub owes them an answer, which files arrived, and where the confirmation
 * was sent — the contact partly hidden, as on a bank's receipt.
 */
@ObjectType({ description: 'Một tệp đính kèm đã nhận (tên và kích thước, không có nội dung)' })
export class ReceivedFile {
  @Field()
  fileName: string;

  @Field(() => Float, { description: 'Kích thước (byte)' })
  size: number;

  @Field({ description: 'Kiểu tệp xác định theo nội dung' })
  mimeType: string;
}

@ObjectType({ description: 'Tin xác nhận đã gửi cho tác giả khi tiếp nhận (địa chỉ đã che bớt)' })
export class ConfirmationNotice {
  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  @Field({ description: 'Số điện thoại hoặc email, che bớt: 091•••••001, n•••@gmail.com' })
  recipient: string;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;
}

/** What the receipt (submitIdea) and the tracking page (trackIdea) both tell the author. */
@ObjectType()
export class ReceiptFacts {
  @Field(() => String, {
    nullable: true,
    description:
      'Ngày (YYYY-MM-DD, giờ Việt Nam) muộn nhất cơ quan đầu mối phản hồi tác giả, theo thời hạn của bước đang xử lý; trống khi đang chờ tác giả bổ sung hoặc khi đã xử lý xong',
  })
  answerDueOn: string | null;

  @Field(() => [ReceivedFile], {
    description: 'Các tệp tác giả đã gửi kèm (cả khi bổ sung), tên và kích thước',
  })
  attachments: ReceivedFile[];

  @Field(() => [ConfirmationNotice], {
    description: 'Tin nhắn SMS / email xác nhận đã gửi khi tiếp nhận (địa chỉ đã che bớt)',
  })
  confirmations: ConfirmationNotice[];
}

export type ReceiptDetails = Pick<ReceiptFacts, 'answerDueOn' | 'attachments' | 'confirmations'>;

/** A phone or email with most of it hidden: enough to recognise, not to reuse. */
export function maskContact(channel: DeliveryChannel, value: string): string {
  if (channel === DeliveryChannel.SMS) {
    const digits = value.replace(/\D/g, '');
    if (digits.length < 7) return '•'.repeat(digits.length);
    return `${digits.slice(0, 3)}${'•'.repeat(digits.length - 6)}${digits.slice(-3)}`;
  }
  const at = value.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${value[0]}•••${value.slice(at)}`;
}

/**
 * The day (Vietnam time, YYYY-MM-DD) by which the hub owes the author an answer: the due date of
 * the idea's open step, moved by the time the step was paused. None while the hub waits for the
 * author, or when the step has no due date (a finished idea).
 */
export function answerDueOn(steps: IdeaStep[], now: Date): string | null {
  const open = steps.find((s) => !s.endedAt && s.dueAt && !s.pausedAt);
  const due = open ? effectiveDue(open, now) : null;
  return due ? localDay(due) : null;
}

export async function receiptDetails(
  em: EntityManager,
  idea: Idea,
  now: Date,
): Promise<ReceiptDetails> {
  const [steps, files, sent] = await Promise.all([
    em.find(IdeaStep, { idea: idea.id, endedAt: null }),
    em.find(
      Attachment,
      // The author's own files (and the paper form signed at a reception point), not staff's.
      {
        idea: idea.id,
        erasedAt: null,
        kind: { $in: [AttachmentKind.SUPPORTING, AttachmentKind.PAPER_FORM] },
      },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    // The confirmation: what was queued for the author in the submission's own transaction.
    em.find(
      OutboundMessage,
      { idea: idea.id, createdAt: idea.receivedAt },
      { orderBy: { channel: 'asc' } },
    ),
  ]);
  return {
    answerDueOn: answerDueOn(steps, now),
    attachments: files.map((f) => ({ fileName: f.fileName, size: f.size, mimeType: f.mimeType })),
    confirmations: sent.map((m) => ({
      channel: m.channel,
      recipient: maskContact(m.channel, m.recipient),
      status: m.status,
    })),
  };
}
