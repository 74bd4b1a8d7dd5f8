import type { IdeaStatus, Maturity } from '$lib/gql/graphql';
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
