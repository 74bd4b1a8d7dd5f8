import { registerEnumType } from 'type-graphql';

/** What a partner's endpoint can be told of. */
export enum WebhookEvent {
  /** A published idea was honoured (the public fields of the idea). */
  IDEA_HONOURED = 'IDEA_HONOURED',
  /** A post (news, page…) was published, by an editor or at its scheduled time. */
  POST_PUBLISHED = 'POST_PUBLISHED',
  /** A public idea moved to another status (only ideas the public may see). */
  IDEA_STATUS_CHANGED = 'IDEA_STATUS_CHANGED',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'Sự kiện gửi tới địa chỉ nhận (webhook) của đối tác',
  valuesConfig: {
    IDEA_HONOURED: { description: 'Ý tưởng được vinh danh' },
    POST_PUBLISHED: { description: 'Bài viết được đăng' },
    IDEA_STATUS_CHANGED: { description: 'Ý tưởng công khai chuyển trạng thái' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Trạng thái một lần gửi webhook',
  valuesConfig: {
    PENDING: { description: 'Đang chờ gửi' },
    DELIVERED: { description: 'Đã gửi' },
    FAILED: { description: 'Gửi không được' },
  },
});
