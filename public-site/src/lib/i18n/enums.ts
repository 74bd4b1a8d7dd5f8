import type {
  AdoptionKind,
  AreaType,
  AuthorRole,
  CampaignStatus,
  ConclusionRule,
  ContentKind,
  ContentStatus,
  CouncilRole,
  FundingSource,
  PilotRecommendation,
  PilotStatus,
  Programme,
  UnitKind,
  ConsentKind,
  DataRequestKind,
  IdeaStatus,
  Maturity,
  MissingInfo,
  ReceiptLogKind,
  RightsStatus,
} from '$lib/gql/graphql';
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

export const CONSENT: Record<Lang, Record<ConsentKind, string>> = {
  vi: {
    PROCESS_DATA:
      'Đồng ý cho cơ quan tiếp nhận xử lý dữ liệu cá nhân để xem xét và phản hồi ý tưởng',
    SHOW_NAME: 'Đồng ý hiển thị tên tôi công khai',
    PUBLISH_CONTENT: 'Đồng ý công khai nội dung ý tưởng',
    ALLOW_PILOT: 'Đồng ý cho thử nghiệm, sử dụng ý tưởng',
    ALLOW_SCALE: 'Đồng ý cho nhân rộng ý tưởng sang đơn vị khác',
  },
  en: {
    PROCESS_DATA: 'Processing of my personal data to consider and answer the idea',
    SHOW_NAME: 'Showing my name publicly',
    PUBLISH_CONTENT: "Publishing the idea's content",
    ALLOW_PILOT: 'Piloting and using the idea',
    ALLOW_SCALE: 'Scaling the idea to other units',
  },
};

export const DATA_REQUEST_KIND: Record<Lang, Record<DataRequestKind, string>> = {
  vi: {
    ACCESS: 'Xem dữ liệu cá nhân',
    EXPORT: 'Xuất dữ liệu thành tệp',
    CORRECT: 'Chỉnh sửa dữ liệu cá nhân',
    WITHDRAW_CONSENT: 'Rút lại sự đồng ý',
    RESTRICT: 'Hạn chế xử lý',
    ERASE: 'Xóa, ẩn danh dữ liệu cá nhân',
  },
  en: {
    ACCESS: 'See my personal data',
    EXPORT: 'Export my data as a file',
    CORRECT: 'Correct my personal data',
    WITHDRAW_CONSENT: 'Withdraw consent',
    RESTRICT: 'Restrict processing',
    ERASE: 'Erase or anonymise my personal data',
  },
};

/** The tracking page receives a request's status as text (MyDataRequest.status). */
export type DataRequestStatus = 'RECEIVED' | 'DONE' | 'REFUSED';

export const DATA_REQUEST_STATUS: Record<Lang, Record<DataRequestStatus, string>> = {
  vi: { RECEIVED: 'Đang xử lý', DONE: 'Đã thực hiện', REFUSED: 'Từ chối (có lý do)' },
  en: { RECEIVED: 'Being handled', DONE: 'Done', REFUSED: 'Refused (with reasons)' },
};

export const RIGHTS_STATUS: Record<Lang, Record<RightsStatus, string>> = {
  vi: { UNCLEAR: 'Chưa rõ', ESTABLISHED: 'Đã xác lập', DISPUTED: 'Có tranh chấp' },
  en: { UNCLEAR: 'Not yet clear', ESTABLISHED: 'Established', DISPUTED: 'Disputed' },
};

export const AUTHOR_ROLE: Record<Lang, Record<AuthorRole, string>> = {
  vi: { LEAD: 'Chủ nhiệm', CO_AUTHOR: 'Đồng tác giả' },
  en: { LEAD: 'Lead author', CO_AUTHOR: 'Co-author' },
};

export const RECEIPT_KIND: Record<Lang, Record<ReceiptLogKind, string>> = {
  vi: { SUBMISSION: 'Biên nhận khi gửi ý tưởng', REVISION: 'Phiên bản nội dung mới' },
  en: { SUBMISSION: 'Receipt at submission', REVISION: 'New content revision' },
};

export const AREA_TYPE: Record<Lang, Record<AreaType, string>> = {
  vi: {
    URBAN: 'Đô thị',
    RURAL: 'Nông thôn',
    MOUNTAIN: 'Miền núi',
    REMOTE: 'Vùng sâu, vùng xa',
    SPECIAL_DIFFICULTY: 'Đặc biệt khó khăn',
  },
  en: {
    URBAN: 'Urban',
    RURAL: 'Rural',
    MOUNTAIN: 'Mountain',
    REMOTE: 'Remote',
    SPECIAL_DIFFICULTY: 'Especially disadvantaged',
  },
};

export const UNIT_KIND: Record<Lang, Record<UnitKind, string>> = {
  vi: {
    DEPARTMENT: 'Phòng, ban chuyên môn',
    MASS_ORGANISATION: 'Mặt trận, đoàn thể',
    VILLAGE: 'Thôn',
    SCHOOL: 'Trường học',
    PUBLIC_SERVICE: 'Đơn vị sự nghiệp',
    ENTERPRISE: 'Doanh nghiệp, hợp tác xã',
    OTHER: 'Khác',
  },
  en: {
    DEPARTMENT: 'Departments',
    MASS_ORGANISATION: 'Front and mass organisations',
    VILLAGE: 'Villages',
    SCHOOL: 'Schools',
    PUBLIC_SERVICE: 'Public service units',
    ENTERPRISE: 'Enterprises and cooperatives',
    OTHER: 'Other',
  },
};

export const FUNDING_SOURCE: Record<Lang, Record<FundingSource, string>> = {
  vi: {
    STATE_BUDGET: 'Ngân sách nhà nước',
    SOCIALISED: 'Xã hội hóa',
    SPONSORSHIP: 'Tài trợ',
    OTHER: 'Lồng ghép, nguồn khác',
  },
  en: {
    STATE_BUDGET: 'State budget',
    SOCIALISED: 'Community contributions',
    SPONSORSHIP: 'Sponsorship',
    OTHER: 'Other programmes and sources',
  },
};

export const PILOT_STATUS: Record<Lang, Record<PilotStatus, string>> = {
  vi: { RUNNING: 'Đang thử nghiệm', REPORTED: 'Đã báo cáo kết quả' },
  en: { RUNNING: 'Running', REPORTED: 'Results reported' },
};

export const PILOT_RECOMMENDATION: Record<Lang, Record<PilotRecommendation, string>> = {
  vi: {
    APPLY: 'Ứng dụng chính thức',
    SCALE: 'Ứng dụng và nhân rộng',
    STOP: 'Dừng, lưu trữ theo dõi',
  },
  en: { APPLY: 'Apply officially', SCALE: 'Apply and scale', STOP: 'Stop and archive' },
};

export const ADOPTION_KIND: Record<Lang, Record<AdoptionKind, string>> = {
  vi: { APPLIED: 'Ứng dụng chính thức', SCALED: 'Nhân rộng' },
  en: { APPLIED: 'Applied', SCALED: 'Scaled' },
};

export const PROGRAMME: Record<Lang, Record<Programme, string>> = {
  vi: {
    DIGITAL_TRANSFORMATION: 'Chuyển đổi số',
    ADMIN_REFORM: 'Cải cách hành chính',
    NEW_RURAL: 'Nông thôn mới',
    CIVILISED_URBAN: 'Đô thị văn minh',
    OCOP: 'Sản phẩm chủ lực, OCOP',
  },
  en: {
    DIGITAL_TRANSFORMATION: 'Digital transformation',
    ADMIN_REFORM: 'Administrative reform',
    NEW_RURAL: 'New rural development',
    CIVILISED_URBAN: 'Civilised urban areas',
    OCOP: 'Key products, OCOP',
  },
};

export const COUNCIL_ROLE: Record<Lang, Record<CouncilRole, string>> = {
  vi: {
    CHAIR: 'Chủ tịch Hội đồng',
    VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
    SECRETARY: 'Thư ký Hội đồng',
    MEMBER: 'Thành viên',
  },
  en: { CHAIR: 'Chair', VICE_CHAIR: 'Vice-chair', SECRETARY: 'Secretary', MEMBER: 'Member' },
};

export const CONCLUSION_RULE: Record<Lang, Record<ConclusionRule, string>> = {
  vi: {
    SCORE: 'Điểm bình quân có trọng số đạt ngưỡng',
    VOTE: 'Biểu quyết tán thành từ 2/3 số thành viên trở lên',
    SCORE_AND_VOTE: 'Điểm đạt ngưỡng và biểu quyết tán thành từ 2/3 trở lên',
  },
  en: {
    SCORE: 'Weighted mean score reaches the threshold',
    VOTE: 'At least two thirds of members vote in favour',
    SCORE_AND_VOTE: 'Score reaches the threshold and two thirds vote in favour',
  },
};

export const CAMPAIGN_STATUS: Record<Lang, Record<CampaignStatus, string>> = {
  vi: { DRAFT: 'Đang chuẩn bị', ACTIVE: 'Đang nhận ý tưởng', CLOSED: 'Đã kết thúc' },
  en: { DRAFT: 'In preparation', ACTIVE: 'Accepting ideas', CLOSED: 'Closed' },
};

export const CONTENT_KIND: Record<Lang, Record<ContentKind, string>> = {
  vi: { NEWS: 'Tin tức', PROPAGANDA: 'Tuyên truyền', PAGE: 'Trang' },
  en: { NEWS: 'News', PROPAGANDA: 'Awareness', PAGE: 'Page' },
};

export const CONTENT_STATUS: Record<Lang, Record<ContentStatus, string>> = {
  vi: {
    DRAFT: 'Bản nháp',
    SCHEDULED: 'Đã hẹn giờ đăng',
    PUBLISHED: 'Đã đăng',
    ARCHIVED: 'Đã lưu trữ',
  },
  en: {
    DRAFT: 'Draft',
    SCHEDULED: 'Scheduled',
    PUBLISHED: 'Published',
    ARCHIVED: 'Archived',
  },
};
