import { registerEnumType } from 'type-graphql';

/** Where a unit's implementation plan stands (§IV.1, §V.2). */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  IN_PROGRESS = 'IN_PROGRESS',
  REVIEWED = 'REVIEWED',
}
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Tình trạng kế hoạch triển khai của đơn vị',
  valuesConfig: {
    DRAFT: { description: 'Dự thảo' },
    ISSUED: { description: 'Đã ban hành' },
    IN_PROGRESS: { description: 'Đang triển khai' },
    REVIEWED: { description: 'Đã sơ kết, tổng kết' },
  },
});

/** A plan counts as issued once it has left the draft. */
export const ISSUED_PLAN_STATUSES = [
  PlanStatus.ISSUED,
  PlanStatus.IN_PROGRESS,
  PlanStatus.REVIEWED,
];

/** What a target counts (§IV.2). */
export enum TargetMetric {
  RECEIVED = 'RECEIVED',
  RESPONSE_RATE = 'RESPONSE_RATE',
  ACCEPTED = 'ACCEPTED',
  PILOTS = 'PILOTS',
  APPLICATIONS = 'APPLICATIONS',
  SCALINGS = 'SCALINGS',
  HONOURS = 'HONOURS',
}
registerEnumType(TargetMetric, {
  name: 'TargetMetric',
  description: 'Chỉ tiêu',
  valuesConfig: {
    RECEIVED: { description: 'Số ý tưởng tiếp nhận' },
    RESPONSE_RATE: { description: 'Tỷ lệ phản hồi (%)' },
    ACCEPTED: { description: 'Số ý tưởng đưa ra Hội đồng' },
    PILOTS: { description: 'Số thử nghiệm' },
    APPLICATIONS: { description: 'Số mô hình ứng dụng' },
    SCALINGS: { description: 'Số lượt nhân rộng' },
    HONOURS: { description: 'Số ý tưởng được vinh danh' },
  },
});

export enum ActivityKind {
  MEETING = 'MEETING',
  CONFERENCE = 'CONFERENCE',
  PROPAGANDA = 'PROPAGANDA',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'Loại hoạt động phong trào',
  valuesConfig: {
    MEETING: { description: 'Họp, sinh hoạt' },
    CONFERENCE: { description: 'Hội nghị' },
    PROPAGANDA: { description: 'Tuyên truyền' },
    TRAINING: { description: 'Tập huấn, hướng dẫn' },
    OTHER: { description: 'Khác' },
  },
});

export enum UnitRequestKind {
  DIFFICULTY = 'DIFFICULTY',
  SUPPORT = 'SUPPORT',
}
registerEnumType(UnitRequestKind, {
  name: 'UnitRequestKind',
  valuesConfig: {
    DIFFICULTY: { description: 'Khó khăn, vướng mắc' },
    SUPPORT: { description: 'Đề nghị hỗ trợ' },
  },
});

export enum UnitRequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(UnitRequestStatus, {
  name: 'UnitRequestStatus',
  valuesConfig: {
    OPEN: { description: 'Chờ trả lời' },
    ANSWERED: { description: 'Đã trả lời' },
    CLOSED: { description: 'Đã đóng' },
  },
});

/** The five criteria of §IV.3 of the plan. */
export enum Criterion {
  PARTICIPATION = 'PARTICIPATION',
  IDEAS = 'IDEAS',
  EFFECTIVENESS = 'EFFECTIVENESS',
  SPREAD = 'SPREAD',
  IMPACT = 'IMPACT',
}
registerEnumType(Criterion, {
  name: 'Criterion',
  description: 'Tiêu chí đánh giá thi đua (§IV.3)',
  valuesConfig: {
    PARTICIPATION: { description: 'a) Mức độ tham gia rộng rãi, thực chất' },
    IDEAS: { description: 'b) Số lượng và chất lượng ý tưởng' },
    EFFECTIVENESS: { description: 'c) Hiệu quả tư vấn, hỗ trợ, thử nghiệm, ứng dụng' },
    SPREAD: { description: 'd) Khả năng lan tỏa, nhân rộng' },
    IMPACT: {
      description:
        'đ) Tác động đến cải cách hành chính, chuyển đổi số, phát triển kinh tế - xã hội',
    },
  },
});

/** How the KPIs are broken down on the dashboard. */
export enum KpiDimension {
  UNIT = 'UNIT',
  AREA_TYPE = 'AREA_TYPE',
  FIELD = 'FIELD',
  PARTICIPANT_GROUP = 'PARTICIPANT_GROUP',
  MONTH = 'MONTH',
}
registerEnumType(KpiDimension, {
  name: 'KpiDimension',
  valuesConfig: {
    UNIT: { description: 'Theo đơn vị' },
    AREA_TYPE: { description: 'Theo loại địa bàn' },
    FIELD: { description: 'Theo lĩnh vực' },
    PARTICIPANT_GROUP: { description: 'Theo nhóm đối tượng' },
    MONTH: { description: 'Theo tháng' },
  },
});
