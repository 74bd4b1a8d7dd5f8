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
  OUT_OF_SCOPE: 'Không thuộc phạm vi',
  NOT_ELIGIBLE: 'Chưa đủ điều kiện',
  ACCEPTED: 'Đã phân loại',
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
    IN_PERSON: { description: 'Trực tiếp' },
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
  CLASSIFIED = 'CLASSIFIED',
  SUPPLEMENTED = 'SUPPLEMENTED',
  ASSIGNED = 'ASSIGNED',
  DUE_DATE_CHANGED = 'DUE_DATE_CHANGED',
  AUTHORS_CHANGED = 'AUTHORS_CHANGED',
  CONSENT_CHANGED = 'CONSENT_CHANGED',
  RIGHTS_CHANGED = 'RIGHTS_CHANGED',
}
registerEnumType(IdeaEventKind, {
  name: 'IdeaEventKind',
  valuesConfig: {
    SUBMITTED: { description: 'Tiếp nhận' },
    STATUS_CHANGED: { description: 'Chuyển trạng thái' },
    PUBLISHED: { description: 'Công khai' },
    UNPUBLISHED: { description: 'Thôi công khai' },
    CLASSIFIED: { description: 'Phân loại' },
    SUPPLEMENTED: { description: 'Tác giả bổ sung' },
    ASSIGNED: { description: 'Phân công cán bộ xử lý' },
    DUE_DATE_CHANGED: { description: 'Đặt hoặc gia hạn thời hạn' },
    AUTHORS_CHANGED: { description: 'Thay đổi tác giả, tỷ lệ đóng góp' },
    CONSENT_CHANGED: { description: 'Tác giả thay đổi sự đồng ý' },
    RIGHTS_CHANGED: { description: 'Thay đổi tình trạng quyền tác giả' },
  },
});

export enum Feasibility {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(Feasibility, {
  name: 'Feasibility',
  description: 'Tính khả thi',
  valuesConfig: {
    HIGH: { description: 'Cao' },
    MEDIUM: { description: 'Trung bình' },
    LOW: { description: 'Thấp' },
  },
});

export enum Applicability {
  WIDE = 'WIDE',
  LOCAL = 'LOCAL',
  LIMITED = 'LIMITED',
}
registerEnumType(Applicability, {
  name: 'Applicability',
  description: 'Khả năng ứng dụng',
  valuesConfig: {
    WIDE: { description: 'Áp dụng rộng' },
    LOCAL: { description: 'Áp dụng tại đơn vị' },
    LIMITED: { description: 'Phạm vi hẹp' },
  },
});

export enum IdeaRoute {
  SUPPORT = 'SUPPORT',
  COUNCIL_REVIEW = 'COUNCIL_REVIEW',
  ARCHIVE_MONITOR = 'ARCHIVE_MONITOR',
}
registerEnumType(IdeaRoute, {
  name: 'IdeaRoute',
  description: 'Hướng xử lý sau phân loại',
  valuesConfig: {
    SUPPORT: { description: 'Hỗ trợ hoàn thiện' },
    COUNCIL_REVIEW: { description: 'Chuyển Hội đồng đánh giá' },
    ARCHIVE_MONITOR: { description: 'Lưu trữ, theo dõi' },
  },
});

export enum MissingInfo {
  DESCRIPTION = 'DESCRIPTION',
  IMPLEMENTATION = 'IMPLEMENTATION',
  COST = 'COST',
  LOCATION = 'LOCATION',
  BENEFIT = 'BENEFIT',
  EVIDENCE = 'EVIDENCE',
  CONTACT = 'CONTACT',
  OTHER = 'OTHER',
}
export const MISSING_INFO_LABEL: Record<MissingInfo, string> = {
  DESCRIPTION: 'Mô tả rõ hơn nội dung ý tưởng',
  IMPLEMENTATION: 'Cách thức, quy trình triển khai',
  COST: 'Kinh phí, nguồn lực dự kiến',
  LOCATION: 'Địa điểm, phạm vi áp dụng thử',
  BENEFIT: 'Hiệu quả dự kiến, số liệu minh chứng',
  EVIDENCE: 'Tài liệu, hình ảnh kèm theo',
  CONTACT: 'Thông tin liên hệ',
  OTHER: 'Nội dung khác',
};
registerEnumType(MissingInfo, {
  name: 'MissingInfo',
  description: 'Nội dung cần tác giả bổ sung',
  valuesConfig: Object.fromEntries(
    Object.entries(MISSING_INFO_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum RevisionSource {
  SUBMISSION = 'SUBMISSION',
  AUTHOR_SUPPLEMENT = 'AUTHOR_SUPPLEMENT',
  STAFF_CLASSIFICATION = 'STAFF_CLASSIFICATION',
  SUPPORT = 'SUPPORT',
}
registerEnumType(RevisionSource, {
  name: 'RevisionSource',
  valuesConfig: {
    SUBMISSION: { description: 'Bản gửi đầu tiên' },
    AUTHOR_SUPPLEMENT: { description: 'Tác giả bổ sung' },
    STAFF_CLASSIFICATION: { description: 'Cán bộ phân loại lại lĩnh vực, mức độ' },
    SUPPORT: { description: 'Hoàn thiện trong bước hỗ trợ' },
  },
});

export enum MessageDirection {
  TO_AUTHOR = 'TO_AUTHOR',
  FROM_AUTHOR = 'FROM_AUTHOR',
}
registerEnumType(MessageDirection, {
  name: 'MessageDirection',
  valuesConfig: {
    TO_AUTHOR: { description: 'Gửi tác giả' },
    FROM_AUTHOR: { description: 'Tác giả gửi' },
  },
});

export enum ResponseKind {
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
  NEEDS_INFO = 'NEEDS_INFO',
  DECISION = 'DECISION',
  UPDATE = 'UPDATE',
  REPLY = 'REPLY',
}
registerEnumType(ResponseKind, {
  name: 'ResponseKind',
  description: 'Loại phản hồi gửi tác giả',
  valuesConfig: {
    ACKNOWLEDGEMENT: { description: 'Xác nhận tiếp nhận' },
    NEEDS_INFO: { description: 'Đề nghị bổ sung' },
    DECISION: { description: 'Kết quả xử lý' },
    UPDATE: { description: 'Cập nhật' },
    REPLY: { description: 'Trao đổi' },
  },
});
