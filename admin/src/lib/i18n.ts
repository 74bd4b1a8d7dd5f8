import type {
  AdoptionKind,
  Applicability,
  AttachmentKind,
  AuditAction,
  AuthorRole,
  AwardForm,
  AwardStatus,
  Channel,
  ConclusionRule,
  ConsentChannel,
  ConsentGiver,
  ConsentKind,
  CouncilRole,
  DataRequestChannel,
  DataRequestKind,
  DataRequestStatus,
  DeliveryChannel,
  DeliveryStatus,
  DisputeParty,
  DisputeStatus,
  Feasibility,
  FundingSource,
  IdeaEventKind,
  IdeaRoute,
  IdeaStatus,
  JobStatus,
  Maturity,
  MessageDirection,
  MissingInfo,
  PersonKind,
  PilotRecommendation,
  PilotStatus,
  Programme,
  RecipientKind,
  ResponseKind,
  ReviewConclusion,
  ReviewStatus,
  RevisionSource,
  RightsStatus,
  Role,
  SupportStatus,
  VoteChoice,
} from '$lib/gql/graphql';

/** Labels of the admin, in Vietnamese (the staff's language). */
export const STATUS: Record<IdeaStatus, string> = {
  SUBMITTED: 'Mới tiếp nhận',
  NEEDS_INFO: 'Chờ bổ sung',
  DUPLICATE: 'Trùng lặp',
  OUT_OF_SCOPE: 'Ngoài phạm vi',
  NOT_ELIGIBLE: 'Chưa đủ điều kiện',
  ACCEPTED: 'Đã phân loại',
  IN_SUPPORT: 'Hỗ trợ hoàn thiện',
  UNDER_REVIEW: 'Hội đồng đánh giá',
  RECOMMENDED: 'Đề xuất thử nghiệm',
  PILOTING: 'Đang thử nghiệm',
  APPLIED: 'Đã ứng dụng',
  SCALED: 'Đã nhân rộng',
  ARCHIVED: 'Lưu trữ, theo dõi',
  WITHDRAWN: 'Tác giả rút',
};
export const STATUSES = Object.keys(STATUS) as IdeaStatus[];

export const CHANNEL: Record<Channel, string> = {
  ONLINE: 'Trực tuyến',
  IN_PERSON: 'Trực tiếp',
  IMPORTED: 'Nhập từ bảng tính',
};

export const MATURITY: Record<Maturity, string> = {
  PRELIMINARY: 'Sơ khởi',
  COMPLETE: 'Đã hoàn thiện',
  TESTED: 'Đã thử nghiệm',
};
export const MATURITIES = Object.keys(MATURITY) as Maturity[];

export const ROLE: Record<Role, string> = {
  ADMIN: 'Quản trị hệ thống',
  HUB: 'Phòng Văn hóa – Xã hội',
  RECEPTION_OFFICER: 'Cán bộ tiếp nhận',
  COUNCIL_MEMBER: 'Thành viên Hội đồng',
  EDITOR: 'Biên tập viên',
  UNIT_HEAD: 'Thủ trưởng đơn vị',
};

export const AUTHOR_ROLE: Record<AuthorRole, string> = {
  LEAD: 'Chủ nhiệm',
  CO_AUTHOR: 'Đồng tác giả',
};

export const RESPONSE_KIND: Record<ResponseKind, string> = {
  ACKNOWLEDGEMENT: 'Xác nhận tiếp nhận',
  NEEDS_INFO: 'Đề nghị bổ sung',
  DECISION: 'Kết quả xử lý',
  UPDATE: 'Cập nhật',
  REPLY: 'Trao đổi',
};

export const MESSAGE_DIRECTION: Record<MessageDirection, string> = {
  FROM_AUTHOR: 'Tác giả gửi',
  TO_AUTHOR: 'Gửi tác giả',
};

export const EVENT_KIND: Record<IdeaEventKind, string> = {
  SUBMITTED: 'Tiếp nhận',
  STATUS_CHANGED: 'Chuyển trạng thái',
  CLASSIFIED: 'Phân loại',
  ASSIGNED: 'Phân công cán bộ xử lý',
  DUE_DATE_CHANGED: 'Đặt hoặc gia hạn thời hạn',
  SUPPLEMENTED: 'Tác giả bổ sung',
  PUBLISHED: 'Công khai',
  UNPUBLISHED: 'Thôi công khai',
  AUTHORS_CHANGED: 'Thay đổi tác giả, tỷ lệ đóng góp',
  CONSENT_CHANGED: 'Tác giả thay đổi sự đồng ý',
  RIGHTS_CHANGED: 'Thay đổi tình trạng quyền tác giả',
};

export const FEASIBILITY: Record<Feasibility, string> = {
  HIGH: 'Cao',
  MEDIUM: 'Trung bình',
  LOW: 'Thấp',
};
export const FEASIBILITIES = Object.keys(FEASIBILITY) as Feasibility[];

export const APPLICABILITY: Record<Applicability, string> = {
  WIDE: 'Áp dụng rộng',
  LOCAL: 'Áp dụng tại đơn vị',
  LIMITED: 'Phạm vi hẹp',
};
export const APPLICABILITIES = Object.keys(APPLICABILITY) as Applicability[];

export const IDEA_ROUTE: Record<IdeaRoute, string> = {
  SUPPORT: 'Hỗ trợ hoàn thiện',
  COUNCIL_REVIEW: 'Chuyển Hội đồng đánh giá',
  ARCHIVE_MONITOR: 'Lưu trữ, theo dõi',
};
export const IDEA_ROUTES = Object.keys(IDEA_ROUTE) as IdeaRoute[];

export const MISSING_INFO: Record<MissingInfo, string> = {
  DESCRIPTION: 'Mô tả rõ hơn nội dung ý tưởng',
  BENEFIT: 'Hiệu quả dự kiến, số liệu minh chứng',
  IMPLEMENTATION: 'Cách thức, quy trình triển khai',
  COST: 'Kinh phí, nguồn lực dự kiến',
  LOCATION: 'Địa điểm, phạm vi áp dụng thử',
  EVIDENCE: 'Tài liệu, hình ảnh kèm theo',
  CONTACT: 'Thông tin liên hệ',
  OTHER: 'Nội dung khác',
};
export const MISSING_INFOS = Object.keys(MISSING_INFO) as MissingInfo[];

export const AUDIT_ACTION: Record<AuditAction, string> = {
  IDEA_SUBMITTED: 'Tiếp nhận ý tưởng',
  IDEA_IMPORTED: 'Nhập từ bảng tính',
  IDEA_TRANSITIONED: 'Chuyển trạng thái',
  IDEA_CLASSIFIED: 'Phân loại',
  IDEA_ASSIGNED: 'Phân công xử lý',
  IDEA_DUE_DATE_CHANGED: 'Đặt/gia hạn thời hạn',
  IDEA_SUPPLEMENTED: 'Tác giả bổ sung',
  IDEA_PUBLISHED: 'Công khai',
  IDEA_UNPUBLISHED: 'Thôi công khai',
  RESPONSE_SENT: 'Gửi phản hồi cho tác giả',
  AUTHOR_REPLIED: 'Tác giả trả lời',
  PERSONAL_DATA_READ: 'Xem dữ liệu cá nhân',
  COUNCIL_CHANGED: 'Thành lập/cập nhật Hội đồng',
  RUBRIC_CHANGED: 'Sửa bộ tiêu chí chấm điểm',
  REVIEW_CONFLICT_DECLARED: 'Kê khai xung đột lợi ích',
  REVIEW_SCORED: 'Nộp phiếu chấm điểm',
  SUPPORT_CHANGED: 'Hỗ trợ hoàn thiện',
  PILOT_CHANGED: 'Thử nghiệm',
  ADOPTION_RECORDED: 'Ghi nhận ứng dụng/nhân rộng',
  IDEA_HONOURED: 'Vinh danh',
  AWARD_CHANGED: 'Khen thưởng',
  SETTINGS_CHANGED: 'Thay đổi thiết lập',
  AUTHORSHIP_CHANGED: 'Thay đổi tác giả, đồng tác giả',
  CONSENT_CHANGED: 'Thay đổi sự đồng ý của tác giả',
  RIGHTS_CHANGED: 'Thay đổi tình trạng quyền tác giả',
  DISPUTE_CHANGED: 'Khiếu nại tranh chấp quyền tác giả',
  DATA_REQUEST_CHANGED: 'Yêu cầu về dữ liệu cá nhân',
  PERSONAL_DATA_ERASED: 'Xóa, ẩn danh dữ liệu cá nhân',
  CONTENT_SCHEDULED: 'Hẹn giờ đăng bài',
  CONTENT_PUBLISHED: 'Đăng bài',
  CONTENT_UNPUBLISHED: 'Thôi đăng bài (về bản nháp)',
  CONTENT_ARCHIVED: 'Lưu trữ bài',
  CONTENT_REVISION_RESTORED: 'Khôi phục phiên bản bài',
  BANNER_CHANGED: 'Thay đổi băng-rôn',
  FEATURED_CHANGED: 'Thay đổi mục nổi bật trang chủ',
};
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION) as AuditAction[];

export const DELIVERY_STATUS: Record<DeliveryStatus, string> = {
  PENDING: 'Đang chờ gửi',
  SENT: 'Đã gửi',
  FAILED: 'Gửi thất bại',
};
export const DELIVERY_STATUSES = Object.keys(DELIVERY_STATUS) as DeliveryStatus[];

export const DELIVERY_CHANNEL: Record<DeliveryChannel, string> = {
  EMAIL: 'Thư điện tử',
  SMS: 'Tin nhắn SMS',
};
export const DELIVERY_CHANNELS = Object.keys(DELIVERY_CHANNEL) as DeliveryChannel[];

export const ATTACHMENT_KIND: Record<AttachmentKind, string> = {
  SUPPORTING: 'Tài liệu kèm theo',
  PAPER_FORM: 'Bản quét phiếu đề xuất giấy',
  IMPORT_SOURCE: 'Bảng tính nhập ý tưởng',
  DECISION: 'Văn bản quyết định',
  REPORT: 'Báo cáo',
  EVIDENCE: 'Bằng chứng về quyền tác giả',
};

export const REVISION_SOURCE: Record<RevisionSource, string> = {
  SUBMISSION: 'Bản gửi đầu tiên',
  AUTHOR_SUPPLEMENT: 'Tác giả bổ sung',
  STAFF_CLASSIFICATION: 'Cán bộ phân loại lại lĩnh vực, mức độ',
  SUPPORT: 'Hoàn thiện trong bước hỗ trợ',
};

export const SUPPORT_STATUS: Record<SupportStatus, string> = {
  ACTIVE: 'Đang hỗ trợ',
  DONE: 'Đã hoàn thành',
};

export const PILOT_STATUS: Record<PilotStatus, string> = {
  RUNNING: 'Đang thử nghiệm',
  REPORTED: 'Đã báo cáo kết quả',
};

export const PILOT_RECOMMENDATION: Record<PilotRecommendation, string> = {
  APPLY: 'Ứng dụng chính thức',
  SCALE: 'Ứng dụng và đề xuất nhân rộng',
  STOP: 'Dừng, lưu trữ theo dõi',
};
export const PILOT_RECOMMENDATIONS = Object.keys(PILOT_RECOMMENDATION) as PilotRecommendation[];

/** Funding sources of §VI. */
export const FUNDING_SOURCE: Record<FundingSource, string> = {
  STATE_BUDGET: 'Ngân sách nhà nước',
  SOCIALISED: 'Xã hội hóa',
  SPONSORSHIP: 'Tài trợ hợp pháp',
  OTHER: 'Lồng ghép chương trình, nguồn khác',
};
export const FUNDING_SOURCES = Object.keys(FUNDING_SOURCE) as FundingSource[];

/** Programmes a pilot or an adoption is integrated with (§III.4). */
export const PROGRAMME: Record<Programme, string> = {
  DIGITAL_TRANSFORMATION: 'Chuyển đổi số',
  ADMIN_REFORM: 'Cải cách hành chính',
  NEW_RURAL: 'Xây dựng nông thôn mới',
  CIVILISED_URBAN: 'Đô thị văn minh',
  OCOP: 'Sản phẩm chủ lực, OCOP',
};
export const PROGRAMMES = Object.keys(PROGRAMME) as Programme[];

export const ADOPTION_KIND: Record<AdoptionKind, string> = {
  APPLIED: 'Ứng dụng chính thức',
  SCALED: 'Nhân rộng',
};
export const ADOPTION_KINDS = Object.keys(ADOPTION_KIND) as AdoptionKind[];

/** Forms of commendation (Law 06/2022/QH15) the commune deals with. */
export const AWARD_FORM: Record<AwardForm, string> = {
  COMMUNE_CERTIFICATE: 'Giấy khen của Chủ tịch UBND xã',
  ADVANCED_WORKER: 'Danh hiệu "Lao động tiên tiến"',
  HIGHER_LEVEL: 'Đề nghị cấp trên khen thưởng',
};
export const AWARD_FORMS = Object.keys(AWARD_FORM) as AwardForm[];

export const AWARD_STATUS: Record<AwardStatus, string> = {
  PROPOSED: 'Đã đề nghị',
  DECIDED: 'Đã có quyết định',
  REVOKED: 'Đã thu hồi',
};
export const AWARD_STATUSES = Object.keys(AWARD_STATUS) as AwardStatus[];

export const RECIPIENT_KIND: Record<RecipientKind, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
};
export const RECIPIENT_KINDS = Object.keys(RECIPIENT_KIND) as RecipientKind[];

export const JOB_STATUS: Record<JobStatus, string> = {
  PENDING: 'Đang chờ',
  RUNNING: 'Đang chạy',
  DONE: 'Đã xong',
  FAILED: 'Thất bại',
};

export const COUNCIL_ROLE: Record<CouncilRole, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  SECRETARY: 'Thư ký Hội đồng',
  MEMBER: 'Thành viên',
};
export const COUNCIL_ROLES = Object.keys(COUNCIL_ROLE) as CouncilRole[];

export const CONCLUSION_RULE: Record<ConclusionRule, string> = {
  SCORE: 'Điểm bình quân có trọng số đạt ngưỡng',
  VOTE: 'Biểu quyết tán thành từ 2/3 số thành viên trở lên',
  SCORE_AND_VOTE: 'Điểm đạt ngưỡng và biểu quyết tán thành từ 2/3',
};
export const CONCLUSION_RULES = Object.keys(CONCLUSION_RULE) as ConclusionRule[];

export const REVIEW_CONCLUSION: Record<ReviewConclusion, string> = {
  RECOMMEND_PILOT: 'Đề xuất thử nghiệm',
  SEND_TO_SUPPORT: 'Hỗ trợ hoàn thiện thêm',
  ARCHIVE: 'Lưu trữ, theo dõi',
};
export const REVIEW_CONCLUSIONS = Object.keys(REVIEW_CONCLUSION) as ReviewConclusion[];

export const REVIEW_STATUS: Record<ReviewStatus, string> = {
  OPEN: 'Đang chấm',
  CONCLUDED: 'Đã kết luận',
};

export const VOTE_CHOICE: Record<VoteChoice, string> = {
  FOR: 'Tán thành',
  AGAINST: 'Không tán thành',
  ABSTAIN: 'Không biểu quyết',
};
export const VOTE_CHOICES = Object.keys(VOTE_CHOICE) as VoteChoice[];

/** Authors' rights (§III.6). */
export const RIGHTS_STATUS: Record<RightsStatus, string> = {
  UNCLEAR: 'Chưa rõ',
  ESTABLISHED: 'Đã xác lập',
  DISPUTED: 'Có tranh chấp',
};
export const RIGHTS_STATUSES = Object.keys(RIGHTS_STATUS) as RightsStatus[];

export const DISPUTE_STATUS: Record<DisputeStatus, string> = {
  OPEN: 'Đang xem xét',
  UPHELD: 'Có cơ sở',
  DISMISSED: 'Không có cơ sở',
};

export const DISPUTE_PARTY: Record<DisputeParty, string> = {
  AUTHOR: 'Tác giả của ý tưởng',
  THIRD_PARTY: 'Người khác (bên thứ ba)',
};

export const PERSON_KIND: Record<PersonKind, string> = {
  INDIVIDUAL: 'Cá nhân',
  ORGANISATION: 'Tổ chức, tập thể',
};
export const PERSON_KINDS = Object.keys(PERSON_KIND) as PersonKind[];

export const CONSENT_KIND: Record<ConsentKind, string> = {
  SHOW_NAME: 'Hiển thị tên công khai',
  PUBLISH_CONTENT: 'Công khai nội dung ý tưởng',
  ALLOW_PILOT: 'Cho thử nghiệm, sử dụng',
  ALLOW_SCALE: 'Cho nhân rộng',
  PROCESS_DATA: 'Xử lý dữ liệu cá nhân',
};
/** The four consents about using the idea and the name, shown and recorded per author. */
export const RIGHTS_CONSENTS: ConsentKind[] = [
  'SHOW_NAME',
  'PUBLISH_CONTENT',
  'ALLOW_PILOT',
  'ALLOW_SCALE',
];

export const CONSENT_GIVER: Record<ConsentGiver, string> = {
  SELF: 'Tác giả',
  GUARDIAN: 'Cha, mẹ hoặc người giám hộ',
};

export const CONSENT_CHANNEL: Record<ConsentChannel, string> = {
  ONLINE: 'Trực tuyến',
  PAPER: 'Ký trên giấy',
};

/** Data-subject requests (Law 91/2025/QH15). */
export const DATA_REQUEST_KIND: Record<DataRequestKind, string> = {
  ACCESS: 'Xem dữ liệu cá nhân',
  CORRECT: 'Chỉnh sửa dữ liệu cá nhân',
  EXPORT: 'Xuất dữ liệu thành tệp',
  ERASE: 'Xóa, ẩn danh dữ liệu cá nhân',
  RESTRICT: 'Hạn chế xử lý',
  WITHDRAW_CONSENT: 'Rút lại sự đồng ý',
};
export const DATA_REQUEST_KINDS = Object.keys(DATA_REQUEST_KIND) as DataRequestKind[];

export const DATA_REQUEST_STATUS: Record<DataRequestStatus, string> = {
  RECEIVED: 'Đang xử lý',
  DONE: 'Đã thực hiện',
  REFUSED: 'Đã từ chối',
};
export const DATA_REQUEST_STATUSES = Object.keys(DATA_REQUEST_STATUS) as DataRequestStatus[];

export const DATA_REQUEST_CHANNEL: Record<DataRequestChannel, string> = {
  TRACKING_PAGE: 'Trang tra cứu',
  IN_PERSON: 'Trực tiếp',
};
