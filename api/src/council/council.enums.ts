import { registerEnumType } from 'type-graphql';

export enum ConclusionRule {
  SCORE = 'SCORE',
  VOTE = 'VOTE',
  SCORE_AND_VOTE = 'SCORE_AND_VOTE',
}
registerEnumType(ConclusionRule, {
  name: 'ConclusionRule',
  description: 'Cách Hội đồng đi đến kết luận đề xuất thử nghiệm',
  valuesConfig: {
    SCORE: { description: 'Điểm bình quân có trọng số đạt ngưỡng' },
    VOTE: { description: 'Biểu quyết tán thành từ 2/3 số thành viên trở lên' },
    SCORE_AND_VOTE: { description: 'Điểm đạt ngưỡng và biểu quyết tán thành từ 2/3 trở lên' },
  },
});

export enum CouncilRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}
export const COUNCIL_ROLE_LABEL: Record<CouncilRole, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  SECRETARY: 'Thư ký Hội đồng',
  MEMBER: 'Thành viên',
};
registerEnumType(CouncilRole, {
  name: 'CouncilRole',
  valuesConfig: Object.fromEntries(
    Object.entries(COUNCIL_ROLE_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum ReviewStatus {
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  valuesConfig: { OPEN: { description: 'Đang chấm' }, CONCLUDED: { description: 'Đã kết luận' } },
});

export enum ReviewConclusion {
  RECOMMEND_PILOT = 'RECOMMEND_PILOT',
  SEND_TO_SUPPORT = 'SEND_TO_SUPPORT',
  ARCHIVE = 'ARCHIVE',
}
export const CONCLUSION_LABEL: Record<ReviewConclusion, string> = {
  RECOMMEND_PILOT: 'Đề xuất thử nghiệm',
  SEND_TO_SUPPORT: 'Hỗ trợ hoàn thiện thêm',
  ARCHIVE: 'Lưu trữ, theo dõi',
};
registerEnumType(ReviewConclusion, {
  name: 'ReviewConclusion',
  valuesConfig: Object.fromEntries(
    Object.entries(CONCLUSION_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, {
  name: 'VoteChoice',
  valuesConfig: {
    FOR: { description: 'Tán thành' },
    AGAINST: { description: 'Không tán thành' },
    ABSTAIN: { description: 'Không biểu quyết' },
  },
});
