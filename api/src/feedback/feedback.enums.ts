import { registerEnumType } from 'type-graphql';

/** What a complaint about handling is about (§V.1): how an idea was received, judged or used. */
export enum FeedbackStage {
  RECEPTION = 'RECEPTION',
  EVALUATION = 'EVALUATION',
  USE = 'USE',
  OTHER = 'OTHER',
}
registerEnumType(FeedbackStage, {
  name: 'FeedbackStage',
  valuesConfig: {
    RECEPTION: { description: 'Việc tiếp nhận ý tưởng' },
    EVALUATION: { description: 'Việc đánh giá, thẩm định' },
    USE: { description: 'Việc sử dụng, ứng dụng, nhân rộng ý tưởng' },
    OTHER: { description: 'Khác' },
  },
});

export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  ANSWERED = 'ANSWERED',
  ESCALATED = 'ESCALATED',
}
registerEnumType(FeedbackStatus, {
  name: 'FeedbackStatus',
  valuesConfig: {
    RECEIVED: { description: 'Đã tiếp nhận, đang xem xét' },
    ANSWERED: { description: 'Đã trả lời' },
    ESCALATED: { description: 'Chuyển thành tranh chấp quyền tác giả' },
  },
});

export enum FeedbackChannel {
  PUBLIC_SITE = 'PUBLIC_SITE',
  TRACKING = 'TRACKING',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(FeedbackChannel, {
  name: 'FeedbackChannel',
  valuesConfig: {
    PUBLIC_SITE: { description: 'Trang công cộng' },
    TRACKING: { description: 'Trang tra cứu của tác giả' },
    IN_PERSON: { description: 'Trực tiếp tại đầu mối' },
  },
});
