import { registerEnumType } from 'type-graphql';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  valuesConfig: {
    DRAFT: { description: 'Đang chuẩn bị' },
    ACTIVE: { description: 'Đang nhận ý tưởng' },
    CLOSED: { description: 'Đã kết thúc' },
  },
});

export enum PhaseKind {
  ROLLOUT = 'ROLLOUT',
  MIDTERM_REVIEW = 'MIDTERM_REVIEW',
  FINAL_REVIEW = 'FINAL_REVIEW',
  CALL = 'CALL',
}

registerEnumType(PhaseKind, {
  name: 'PhaseKind',
  valuesConfig: {
    ROLLOUT: { description: 'Triển khai đồng bộ' },
    MIDTERM_REVIEW: { description: 'Sơ kết' },
    FINAL_REVIEW: { description: 'Tổng kết' },
    CALL: { description: 'Đợt phát động theo chủ đề' },
  },
});
