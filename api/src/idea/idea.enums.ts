import { registerEnumType } from 'type-graphql';

/** The life of an idea (PRODUCT.md §3). */
export enum IdeaStatus {
  SUBMITTED = 'SUBMITTED',
  NEEDS_INFO = 'NEEDS_INFO',
  DUPLICATE = 'DUPLICATE',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  ACCEPTED = 'ACCEPTED',
  IN_SUPPORT = 'IN_SUPPORT',
  UNDER_REVIEW = 'UNDER_REVIEW',
  RECOMMENDED = 'RECOMMENDED',
  PILOTING = 'PILOTING',
  APPLIED = 'APPLIED',
  SCALED = 'SCALED',
  ARCHIVED = 'ARCHIVED',
  WITHDRAWN = 'WITHDRAWN',
}

export const IDEA_STATUS_LABEL: Record<IdeaStatus, string> = {
  SUBMITTED: 'Đã tiếp nhận',
  NEEDS_INFO: 'Cần bổ sung thông tin',
  DUPLICATE: 'Trùng lặp',
  OUT_OF_SCOPE: 'Không thuộc phạm vi tiếp nhận',
  NOT_ELIGIBLE: 'Chưa đủ điều kiện xem xét',
  ACCEPTED: 'Đã phân loại, chấp nhận xem xét',
  IN_SUPPORT: 'Đang hỗ trợ hoàn thiện',
  UNDER_REVIEW: 'Hội đồng đang đánh giá',
  RECOMMENDED: 'Được đề xuất thử nghiệm',
  PILOTING: 'Đang thử nghiệm',
  APPLIED: 'Đã ứng dụng',
  SCALED: 'Đã nhân rộng',
  ARCHIVED: 'Lưu trữ, theo dõi',
  WITHDRAWN: 'Tác giả đã rút',
};

registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  description: 'Trạng thái của ý tưởng',
  valuesConfig: Object.fromEntries(
    Object.entries(IDEA_STATUS_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum Maturity {
  PRELIMINARY = 'PRELIMINARY',
  COMPLETE = 'COMPLETE',
  TESTED = 'TESTED',
}
registerEnumType(Maturity, {
  name: 'Maturity',
  description: 'Mức độ hoàn thiện',
  valuesConfig: {
    PRELIMINARY: { description: 'Sơ khởi' },
    COMPLETE: { description: 'Đã hoàn thiện' },
    TESTED: { description: 'Đã thử nghiệm' },
  },
});

export enum Channel {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  IMPORTED = 'IMPORTED',
}
registerEnumType(Channel, {
  name: 'Channel',
  description: 'Kênh tiếp nhận',
  valuesConfig: {
    ONLINE: { description: 'Trực tuyến' },
    IN_PERSON: { description: 'Trực tiếp tại đầu mối tiếp nhận' },
    IMPORTED: { description: 'Nhập từ bảng tính' },
  },
});

export enum AuthorRole {
  LEAD = 'LEAD',
  CO_AUTHOR = 'CO_AUTHOR',
}
registerEnumType(AuthorRole, {
  name: 'AuthorRole',
  valuesConfig: {
    LEAD: { description: 'Chủ nhiệm' },
    CO_AUTHOR: { description: 'Đồng tác giả' },
  },
});

export enum IdeaEventKind {
  SUBMITTED = 'SUBMITTED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  PUBLISHED = 'PUBLISHED',
  UNPUBLISHED = 'UNPUBLISHED',
}
registerEnumType(IdeaEventKind, { name: 'IdeaEventKind' });

export enum ResponseKind {
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
  NEEDS_INFO = 'NEEDS_INFO',
  DECISION = 'DECISION',
  UPDATE = 'UPDATE',
}
registerEnumType(ResponseKind, {
  name: 'ResponseKind',
  description: 'Loại phản hồi gửi tác giả',
  valuesConfig: {
    ACKNOWLEDGEMENT: { description: 'Xác nhận đã tiếp nhận' },
    NEEDS_INFO: { description: 'Đề nghị bổ sung thông tin' },
    DECISION: { description: 'Thông báo kết quả xử lý' },
    UPDATE: { description: 'Thông tin cập nhật' },
  },
});
