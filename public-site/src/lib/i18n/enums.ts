import type { IdeaStatus, Maturity, MissingInfo } from '$lib/gql/graphql';
import type { Lang } from './index';

export const STATUS: Record<Lang, Record<IdeaStatus, string>> = {
  vi: {
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
  },
  en: {
    SUBMITTED: 'Received',
    NEEDS_INFO: 'Needs more information',
    DUPLICATE: 'Duplicate',
    OUT_OF_SCOPE: 'Out of scope',
    NOT_ELIGIBLE: 'Not eligible',
    ACCEPTED: 'Accepted',
    IN_SUPPORT: 'Being refined with support',
    UNDER_REVIEW: 'Under council review',
    RECOMMENDED: 'Recommended for a pilot',
    PILOTING: 'Piloting',
    APPLIED: 'Applied',
    SCALED: 'Scaled',
    ARCHIVED: 'Archived',
    WITHDRAWN: 'Withdrawn',
  },
};

export const MATURITY: Record<Lang, Record<Maturity, string>> = {
  vi: { PRELIMINARY: 'Sơ khởi', COMPLETE: 'Đã hoàn thiện', TESTED: 'Đã thử nghiệm' },
  en: { PRELIMINARY: 'Preliminary', COMPLETE: 'Complete', TESTED: 'Tested' },
};

/** Stages shown in the public gallery filter. */
export const PUBLIC_STAGES: IdeaStatus[] = [
  'ACCEPTED',
  'IN_SUPPORT',
  'UNDER_REVIEW',
  'RECOMMENDED',
  'PILOTING',
  'APPLIED',
  'SCALED',
];

export const MISSING: Record<Lang, Record<MissingInfo, string>> = {
  vi: {
    DESCRIPTION: 'Mô tả rõ hơn nội dung ý tưởng',
    IMPLEMENTATION: 'Cách thức, quy trình triển khai',
    COST: 'Kinh phí, nguồn lực dự kiến',
    LOCATION: 'Địa điểm, phạm vi áp dụng thử',
    BENEFIT: 'Hiệu quả dự kiến, số liệu minh chứng',
    EVIDENCE: 'Tài liệu, hình ảnh kèm theo',
    CONTACT: 'Thông tin liên hệ',
    OTHER: 'Nội dung khác',
  },
  en: {
    DESCRIPTION: 'A clearer description of the idea',
    IMPLEMENTATION: 'How it would be implemented',
    COST: 'Expected cost and resources',
    LOCATION: 'Where it could be tried',
    BENEFIT: 'Expected benefit, with figures',
    EVIDENCE: 'Supporting documents or pictures',
    CONTACT: 'Contact details',
    OTHER: 'Something else',
  },
};
