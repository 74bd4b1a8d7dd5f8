import type {
  BudgetLevel,
  FeedbackChannel,
  FeedbackStage,
  FeedbackStatus,
  HubReportKind,
  HubReportStatus,
  ReportFormat,
  ReportFrequency,
  SpendingActivity,
  UnitReportStatus,
  AccountStatus,
  ApiKeyScope,
  WebhookDeliveryStatus,
  WebhookEvent,
  AdoptionKind,
  Applicability,
  AreaType,
  AttachmentKind,
  AuditAction,
  AuthorRole,
  AwardForm,
  AwardStatus,
  CampaignStatus,
  Channel,
  ConclusionRule,
  ConsentChannel,
  ConsentGiver,
  ConsentKind,
  ContentKind,
  ContentStatus,
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
  InvitationMethod,
  InvitationStatus,
  JobStatus,
  Maturity,
  MediaKind,
  MessageDirection,
  MissingInfo,
  PersonKind,
  PilotRecommendation,
  PilotStatus,
  Programme,
  ReceiptLogKind,
  RecipientKind,
  ResponseKind,
  ReviewConclusion,
  ReviewStatus,
  RevisionSource,
  RightsStatus,
  Role,
  TenantLevel,
  TenantStatus,
  SupportStatus,
  TagKind,
  UnitKind,
  PhaseKind,
  MessageKind,
  VoteChoice,
  ActivityKind,
  AgeBand,
  Gender,
  PlanStatus,
  TargetMetric,
  TargetSource,
  UnitRequestKind,
  UnitRequestStatus,
  Criterion,
  KpiDimension,
  FigureMetric,
  SchemaEnums,
} from './enums.js';

/**
 * The one source of the labels of the schema's enums, in Vietnamese (first) and English, for both
 * apps (the admin shows `vi`, the public site the visitor's language). The API's enum value
 * descriptions are the `vi` labels (schema/test/labels.test.ts checks it).
 */
export type LabelLang = 'vi' | 'en';

/** Labels of every value of one enum, in both languages. */
export type Labels<T extends string> = Readonly<Record<LabelLang, Readonly<Record<T, string>>>>;

export const IDEA_STATUS: Labels<IdeaStatus> = {
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

export const MATURITY: Labels<Maturity> = {
  vi: {
    PRELIMINARY: 'Sơ khởi',
    COMPLETE: 'Đã hoàn thiện',
    TESTED: 'Đã thử nghiệm',
  },
  en: {
    PRELIMINARY: 'Preliminary',
    COMPLETE: 'Complete',
    TESTED: 'Tested',
  },
};

export const CHANNEL: Labels<Channel> = {
  vi: {
    ONLINE: 'Trực tuyến',
    IN_PERSON: 'Trực tiếp',
    IMPORTED: 'Nhập từ bảng tính',
  },
  en: {
    ONLINE: 'Online',
    IN_PERSON: 'In person',
    IMPORTED: 'Imported from a spreadsheet',
  },
};

export const ROLE: Labels<Role> = {
  vi: {
    ADMIN: 'Quản trị hệ thống',
    HUB: 'Phòng Văn hóa – Xã hội',
    RECEPTION_OFFICER: 'Cán bộ tiếp nhận',
    COUNCIL_MEMBER: 'Thành viên Hội đồng',
    EDITOR: 'Biên tập viên',
    UNIT_HEAD: 'Thủ trưởng đơn vị',
    UNIT_EDITOR: 'Biên tập viên của đơn vị (soạn tin của đơn vị, biên tập viên của xã duyệt đăng)',
    PROVINCE_ADMIN: 'Quản trị cấp tỉnh (tạo và theo dõi các xã của tỉnh)',
  },
  en: {
    ADMIN: 'System administrator',
    HUB: 'Culture and Society Office',
    RECEPTION_OFFICER: 'Reception officer',
    COUNCIL_MEMBER: 'Council member',
    EDITOR: 'Editor',
    UNIT_HEAD: 'Head of unit',
    UNIT_EDITOR: "Unit's editor (drafts the unit's news; the commune's editor approves)",
    PROVINCE_ADMIN: 'Province administrator (creates and follows the province’s communes)',
  },
};

export const AUTHOR_ROLE: Labels<AuthorRole> = {
  vi: {
    LEAD: 'Chủ nhiệm',
    CO_AUTHOR: 'Đồng tác giả',
  },
  en: {
    LEAD: 'Lead author',
    CO_AUTHOR: 'Co-author',
  },
};

export const RESPONSE_KIND: Labels<ResponseKind> = {
  vi: {
    ACKNOWLEDGEMENT: 'Xác nhận tiếp nhận',
    NEEDS_INFO: 'Đề nghị bổ sung',
    DECISION: 'Kết quả xử lý',
    UPDATE: 'Cập nhật',
    REPLY: 'Trao đổi',
  },
  en: {
    ACKNOWLEDGEMENT: 'Acknowledgement of receipt',
    NEEDS_INFO: 'Request for more information',
    DECISION: 'Outcome',
    UPDATE: 'Update',
    REPLY: 'Reply',
  },
};

export const MESSAGE_DIRECTION: Labels<MessageDirection> = {
  vi: {
    FROM_AUTHOR: 'Tác giả gửi',
    TO_AUTHOR: 'Gửi tác giả',
  },
  en: {
    FROM_AUTHOR: 'From the author',
    TO_AUTHOR: 'To the author',
  },
};

export const IDEA_EVENT_KIND: Labels<IdeaEventKind> = {
  vi: {
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
  },
  en: {
    SUBMITTED: 'Received',
    STATUS_CHANGED: 'Status changed',
    CLASSIFIED: 'Classified',
    ASSIGNED: 'Case officer assigned',
    DUE_DATE_CHANGED: 'Due date set or extended',
    SUPPLEMENTED: 'Author added information',
    PUBLISHED: 'Published',
    UNPUBLISHED: 'Unpublished',
    AUTHORS_CHANGED: 'Authors or shares changed',
    CONSENT_CHANGED: 'Author changed a consent',
    RIGHTS_CHANGED: "Authors' rights status changed",
  },
};

export const FEASIBILITY: Labels<Feasibility> = {
  vi: {
    HIGH: 'Cao',
    MEDIUM: 'Trung bình',
    LOW: 'Thấp',
  },
  en: {
    HIGH: 'High',
    MEDIUM: 'Medium',
    LOW: 'Low',
  },
};

export const APPLICABILITY: Labels<Applicability> = {
  vi: {
    WIDE: 'Áp dụng rộng',
    LOCAL: 'Áp dụng tại đơn vị',
    LIMITED: 'Phạm vi hẹp',
  },
  en: {
    WIDE: 'Widely applicable',
    LOCAL: 'Applicable in the unit',
    LIMITED: 'Narrow scope',
  },
};

export const IDEA_ROUTE: Labels<IdeaRoute> = {
  vi: {
    SUPPORT: 'Hỗ trợ hoàn thiện',
    COUNCIL_REVIEW: 'Chuyển Hội đồng đánh giá',
    ARCHIVE_MONITOR: 'Lưu trữ, theo dõi',
  },
  en: {
    SUPPORT: 'Support to refine it',
    COUNCIL_REVIEW: 'Send to the council for review',
    ARCHIVE_MONITOR: 'Archive and monitor',
  },
};

export const MISSING_INFO: Labels<MissingInfo> = {
  vi: {
    DESCRIPTION: 'Mô tả rõ hơn nội dung ý tưởng',
    BENEFIT: 'Hiệu quả dự kiến, số liệu minh chứng',
    IMPLEMENTATION: 'Cách thức, quy trình triển khai',
    COST: 'Kinh phí, nguồn lực dự kiến',
    LOCATION: 'Địa điểm, phạm vi áp dụng thử',
    EVIDENCE: 'Tài liệu, hình ảnh kèm theo',
    CONTACT: 'Thông tin liên hệ',
    OTHER: 'Nội dung khác',
  },
  en: {
    DESCRIPTION: 'A clearer description of the idea',
    BENEFIT: 'Expected benefit, with figures',
    IMPLEMENTATION: 'How it would be implemented',
    COST: 'Expected cost and resources',
    LOCATION: 'Where it could be tried',
    EVIDENCE: 'Supporting documents or pictures',
    CONTACT: 'Contact details',
    OTHER: 'Something else',
  },
};

export const AUDIT_ACTION: Labels<AuditAction> = {
  vi: {
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
    TENANT_CREATED: 'Tạo xã/phường trên nền tảng',
    TENANT_STATUS_CHANGED: 'Tạm ngừng/mở lại xã/phường',
    PROVINCE_ACCESS_CHANGED: 'Cho phép/thôi cho phép cấp tỉnh xem dữ liệu cá nhân',
    PRIVACY_NOTICE_PUBLISHED: 'Ban hành phiên bản thông báo bảo vệ dữ liệu',
    ACCOUNT_CREATED: 'Tạo tài khoản cán bộ',
    INVITATION_SENT: 'Gửi lời mời kích hoạt tài khoản',
    INVITATION_REVOKED: 'Thu hồi lời mời',
    INVITATION_ACCEPTED: 'Nhận lời mời, kích hoạt tài khoản',
    ACCOUNT_CHANGED: 'Sửa tài khoản (họ tên, vai trò, đơn vị)',
    ACCOUNT_DISABLED: 'Khóa tài khoản',
    ACCOUNT_ENABLED: 'Mở khóa tài khoản',
    PASSWORD_CHANGED: 'Đổi mật khẩu',
    PASSWORD_RESET_REQUESTED: 'Yêu cầu đặt lại mật khẩu',
    PASSWORD_RESET: 'Đặt lại mật khẩu',
    TWO_FACTOR_ENABLED: 'Bật xác thực hai bước',
    TWO_FACTOR_DISABLED: 'Tắt xác thực hai bước',
    RECOVERY_CODE_USED: 'Dùng mã khôi phục',
    SESSION_ENDED: 'Kết thúc phiên đăng nhập',
    ACCOUNT_LOCKED: 'Tạm khóa tài khoản do đăng nhập sai nhiều lần',
    UNIT_CHANGED: 'Thêm, sửa, lưu trữ đơn vị',
    UNIT_MERGED: 'Sáp nhập đơn vị',
    RECEPTION_POINT_CHANGED: 'Thêm, sửa đầu mối tiếp nhận',
    FIELD_CHANGED: 'Thay đổi danh mục lĩnh vực',
    CAMPAIGN_CHANGED: 'Thay đổi phong trào, giai đoạn',
    MESSAGE_TEMPLATE_CHANGED: 'Sửa, khôi phục mẫu thông báo',
    API_KEY_CREATED: 'Tạo khóa API cho đối tác',
    API_KEY_REVOKED: 'Thu hồi khóa API',
    WEBHOOK_CHANGED: 'Tạo, bật, tắt webhook',
    MOVEMENT_CHANGED: 'Kế hoạch, chỉ tiêu, hoạt động, kiến nghị của đơn vị',
    SCOREBOARD_FROZEN: 'Chốt bảng điểm thi đua',
    REPORT_CHANGED: 'Lập, sửa, tạo tệp báo cáo',
    REPORT_ISSUED: 'Ban hành, đính chính báo cáo',
    UNIT_REPORT_CHANGED: 'Gửi, trả lại, tiếp nhận báo cáo đơn vị',
    SPENDING_CHANGED: 'Ghi, xóa khoản chi; lập dự toán',
    FEEDBACK_CHANGED: 'Trả lời, chuyển phản ánh',
    IDEA_EXPORTED: 'Xuất hồ sơ ý tưởng lên chương trình cấp trên',
  },
  en: {
    IDEA_SUBMITTED: 'Idea received',
    IDEA_IMPORTED: 'Imported from a spreadsheet',
    IDEA_TRANSITIONED: 'Status changed',
    IDEA_CLASSIFIED: 'Classified',
    IDEA_ASSIGNED: 'Assigned',
    IDEA_DUE_DATE_CHANGED: 'Due date set or extended',
    IDEA_SUPPLEMENTED: 'Author added information',
    IDEA_PUBLISHED: 'Published',
    IDEA_UNPUBLISHED: 'Unpublished',
    RESPONSE_SENT: 'Response sent to the author',
    AUTHOR_REPLIED: 'Author replied',
    PERSONAL_DATA_READ: 'Personal data viewed',
    COUNCIL_CHANGED: 'Council set up or changed',
    RUBRIC_CHANGED: 'Scoring rubric changed',
    REVIEW_CONFLICT_DECLARED: 'Conflict of interest declared',
    REVIEW_SCORED: 'Score sheet submitted',
    SUPPORT_CHANGED: 'Support',
    PILOT_CHANGED: 'Pilot',
    ADOPTION_RECORDED: 'Application or scaling recorded',
    IDEA_HONOURED: 'Honoured',
    AWARD_CHANGED: 'Award',
    SETTINGS_CHANGED: 'Settings changed',
    AUTHORSHIP_CHANGED: 'Authors or co-authors changed',
    CONSENT_CHANGED: "Author's consent changed",
    RIGHTS_CHANGED: "Authors' rights status changed",
    DISPUTE_CHANGED: "Authors' rights dispute",
    DATA_REQUEST_CHANGED: 'Personal data request',
    PERSONAL_DATA_ERASED: 'Personal data erased or anonymised',
    CONTENT_SCHEDULED: 'Post scheduled',
    CONTENT_PUBLISHED: 'Post published',
    CONTENT_UNPUBLISHED: 'Post unpublished (back to draft)',
    CONTENT_ARCHIVED: 'Post archived',
    CONTENT_REVISION_RESTORED: 'Post revision restored',
    BANNER_CHANGED: 'Banner changed',
    FEATURED_CHANGED: 'Home page featured items changed',
    TENANT_CREATED: 'Commune created on the platform',
    TENANT_STATUS_CHANGED: 'Commune suspended/resumed',
    PROVINCE_ACCESS_CHANGED: 'Province access to personal data granted/withdrawn',
    PRIVACY_NOTICE_PUBLISHED: 'Privacy notice version published',
    ACCOUNT_CREATED: 'Staff account created',
    INVITATION_SENT: 'Invitation sent',
    INVITATION_REVOKED: 'Invitation revoked',
    INVITATION_ACCEPTED: 'Invitation accepted, account activated',
    ACCOUNT_CHANGED: 'Account changed (name, roles, unit)',
    ACCOUNT_DISABLED: 'Account disabled',
    ACCOUNT_ENABLED: 'Account enabled',
    PASSWORD_CHANGED: 'Password changed',
    PASSWORD_RESET_REQUESTED: 'Password reset requested',
    PASSWORD_RESET: 'Password reset',
    TWO_FACTOR_ENABLED: 'Two-step verification turned on',
    TWO_FACTOR_DISABLED: 'Two-step verification turned off',
    RECOVERY_CODE_USED: 'Recovery code used',
    SESSION_ENDED: 'Session ended',
    ACCOUNT_LOCKED: 'Account locked after repeated failed sign-ins',
    UNIT_CHANGED: 'Unit added, edited or archived',
    UNIT_MERGED: 'Units merged',
    RECEPTION_POINT_CHANGED: 'Reception point added or edited',
    FIELD_CHANGED: 'Fields changed',
    CAMPAIGN_CHANGED: 'Campaign or phases changed',
    MESSAGE_TEMPLATE_CHANGED: 'Notification template edited or reset',
    API_KEY_CREATED: 'Partner API key created',
    API_KEY_REVOKED: 'API key revoked',
    WEBHOOK_CHANGED: 'Webhook created, enabled or disabled',
    MOVEMENT_CHANGED: "Units' plans, targets, activities and requests",
    SCOREBOARD_FROZEN: 'Emulation scoreboard frozen',
    REPORT_CHANGED: 'Report drafted, edited or generated',
    REPORT_ISSUED: 'Report issued or corrected',
    UNIT_REPORT_CHANGED: 'Unit report sent, returned or accepted',
    SPENDING_CHANGED: 'Spending recorded or removed; estimate set',
    FEEDBACK_CHANGED: 'Complaint answered or escalated',
    IDEA_EXPORTED: "Idea's file exported to a higher programme",
  },
};

export const DELIVERY_STATUS: Labels<DeliveryStatus> = {
  vi: {
    PENDING: 'Đang chờ gửi',
    SENT: 'Đã gửi',
    FAILED: 'Gửi thất bại',
  },
  en: {
    PENDING: 'Waiting to be sent',
    SENT: 'Sent',
    FAILED: 'Sending failed',
  },
};

export const DELIVERY_CHANNEL: Labels<DeliveryChannel> = {
  vi: {
    EMAIL: 'Thư điện tử',
    SMS: 'Tin nhắn SMS',
  },
  en: {
    EMAIL: 'Email',
    SMS: 'SMS',
  },
};

export const ATTACHMENT_KIND: Labels<AttachmentKind> = {
  vi: {
    SUPPORTING: 'Tài liệu kèm theo',
    PAPER_FORM: 'Bản quét phiếu đề xuất giấy',
    IMPORT_SOURCE: 'Bảng tính nhập ý tưởng',
    DECISION: 'Văn bản quyết định',
    REPORT: 'Báo cáo',
    EVIDENCE: 'Bằng chứng về quyền tác giả',
    PLAN_DOCUMENT: 'Văn bản kế hoạch triển khai của đơn vị',
    ACTIVITY_PHOTO: 'Ảnh hoạt động phong trào',
    SPENDING_DOCUMENT: 'Chứng từ khoản chi',
  },
  en: {
    SUPPORTING: 'Supporting document',
    PAPER_FORM: 'Scan of the paper form',
    IMPORT_SOURCE: 'Import spreadsheet',
    DECISION: 'Decision',
    REPORT: 'Report',
    EVIDENCE: "Evidence of authors' rights",
    PLAN_DOCUMENT: "A unit's implementation plan",
    ACTIVITY_PHOTO: 'Photo of a movement activity',
    SPENDING_DOCUMENT: 'Spending voucher',
  },
};

export const REVISION_SOURCE: Labels<RevisionSource> = {
  vi: {
    SUBMISSION: 'Bản gửi đầu tiên',
    AUTHOR_SUPPLEMENT: 'Tác giả bổ sung',
    STAFF_CLASSIFICATION: 'Cán bộ phân loại lại lĩnh vực, mức độ',
    SUPPORT: 'Hoàn thiện trong bước hỗ trợ',
  },
  en: {
    SUBMISSION: 'First submission',
    AUTHOR_SUPPLEMENT: 'Added by the author',
    STAFF_CLASSIFICATION: 'Field or maturity reclassified by staff',
    SUPPORT: 'Refined during support',
  },
};

export const SUPPORT_STATUS: Labels<SupportStatus> = {
  vi: {
    ACTIVE: 'Đang hỗ trợ',
    DONE: 'Đã hoàn thành',
  },
  en: {
    ACTIVE: 'Being supported',
    DONE: 'Completed',
  },
};

export const PILOT_STATUS: Labels<PilotStatus> = {
  vi: {
    RUNNING: 'Đang thử nghiệm',
    REPORTED: 'Đã báo cáo kết quả',
  },
  en: {
    RUNNING: 'Running',
    REPORTED: 'Results reported',
  },
};

export const PILOT_RECOMMENDATION: Labels<PilotRecommendation> = {
  vi: {
    APPLY: 'Ứng dụng chính thức',
    SCALE: 'Ứng dụng và đề xuất nhân rộng',
    STOP: 'Dừng, lưu trữ theo dõi',
  },
  en: {
    APPLY: 'Apply officially',
    SCALE: 'Apply and scale',
    STOP: 'Stop and archive',
  },
};

export const FUNDING_SOURCE: Labels<FundingSource> = {
  vi: {
    STATE_BUDGET: 'Ngân sách nhà nước',
    SOCIALISED: 'Xã hội hóa',
    SPONSORSHIP: 'Tài trợ hợp pháp',
    OTHER: 'Lồng ghép chương trình, nguồn khác',
  },
  en: {
    STATE_BUDGET: 'State budget',
    SOCIALISED: 'Community contributions',
    SPONSORSHIP: 'Sponsorship',
    OTHER: 'Other programmes and sources',
  },
};

export const PROGRAMME: Labels<Programme> = {
  vi: {
    DIGITAL_TRANSFORMATION: 'Chuyển đổi số',
    ADMIN_REFORM: 'Cải cách hành chính',
    NEW_RURAL: 'Xây dựng nông thôn mới',
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

export const ADOPTION_KIND: Labels<AdoptionKind> = {
  vi: {
    APPLIED: 'Ứng dụng chính thức',
    SCALED: 'Nhân rộng',
  },
  en: {
    APPLIED: 'Applied',
    SCALED: 'Scaled',
  },
};

export const AWARD_FORM: Labels<AwardForm> = {
  vi: {
    COMMUNE_CERTIFICATE: 'Giấy khen của Chủ tịch UBND xã',
    ADVANCED_WORKER: 'Danh hiệu "Lao động tiên tiến"',
    HIGHER_LEVEL: 'Đề nghị cấp trên khen thưởng',
  },
  en: {
    COMMUNE_CERTIFICATE: 'Certificate of merit from the Commune Chairman',
    ADVANCED_WORKER: '"Advanced Worker" title',
    HIGHER_LEVEL: 'Proposed for a higher-level award',
  },
};

export const AWARD_STATUS: Labels<AwardStatus> = {
  vi: {
    PROPOSED: 'Đã đề nghị',
    DECIDED: 'Đã có quyết định',
    REVOKED: 'Đã thu hồi',
  },
  en: {
    PROPOSED: 'Proposed',
    DECIDED: 'Decided',
    REVOKED: 'Revoked',
  },
};

export const RECIPIENT_KIND: Labels<RecipientKind> = {
  vi: {
    INDIVIDUAL: 'Cá nhân',
    COLLECTIVE: 'Tập thể',
  },
  en: {
    INDIVIDUAL: 'Individual',
    COLLECTIVE: 'Collective',
  },
};

export const JOB_STATUS: Labels<JobStatus> = {
  vi: {
    PENDING: 'Đang chờ',
    RUNNING: 'Đang chạy',
    DONE: 'Đã xong',
    FAILED: 'Thất bại',
  },
  en: {
    PENDING: 'Waiting',
    RUNNING: 'Running',
    DONE: 'Done',
    FAILED: 'Failed',
  },
};

export const COUNCIL_ROLE: Labels<CouncilRole> = {
  vi: {
    CHAIR: 'Chủ tịch Hội đồng',
    VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
    SECRETARY: 'Thư ký Hội đồng',
    MEMBER: 'Thành viên',
  },
  en: {
    CHAIR: 'Chair',
    VICE_CHAIR: 'Vice-chair',
    SECRETARY: 'Secretary',
    MEMBER: 'Member',
  },
};

export const CONCLUSION_RULE: Labels<ConclusionRule> = {
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

export const REVIEW_CONCLUSION: Labels<ReviewConclusion> = {
  vi: {
    RECOMMEND_PILOT: 'Đề xuất thử nghiệm',
    SEND_TO_SUPPORT: 'Hỗ trợ hoàn thiện thêm',
    ARCHIVE: 'Lưu trữ, theo dõi',
  },
  en: {
    RECOMMEND_PILOT: 'Recommend a pilot',
    SEND_TO_SUPPORT: 'More support to refine it',
    ARCHIVE: 'Archive and monitor',
  },
};

export const REVIEW_STATUS: Labels<ReviewStatus> = {
  vi: {
    OPEN: 'Đang chấm',
    CONCLUDED: 'Đã kết luận',
  },
  en: {
    OPEN: 'Scoring',
    CONCLUDED: 'Concluded',
  },
};

export const API_KEY_SCOPE: Labels<ApiKeyScope> = {
  vi: {
    PUBLIC_READ: 'Đọc dữ liệu công khai',
    STATISTICS: 'Số liệu thống kê',
    SUBMIT: 'Gửi ý tưởng',
  },
  en: {
    PUBLIC_READ: 'Public reads',
    STATISTICS: 'Statistics',
    SUBMIT: 'Submit ideas',
  },
};

export const WEBHOOK_EVENT: Labels<WebhookEvent> = {
  vi: {
    IDEA_HONOURED: 'Ý tưởng được vinh danh',
    POST_PUBLISHED: 'Bài viết được đăng',
    IDEA_STATUS_CHANGED: 'Ý tưởng công khai chuyển trạng thái',
  },
  en: {
    IDEA_HONOURED: 'Idea honoured',
    POST_PUBLISHED: 'Post published',
    IDEA_STATUS_CHANGED: 'Public idea changed status',
  },
};

export const WEBHOOK_DELIVERY_STATUS: Labels<WebhookDeliveryStatus> = {
  vi: { PENDING: 'Đang chờ gửi', DELIVERED: 'Đã gửi', FAILED: 'Gửi không được' },
  en: { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed' },
};

export const VOTE_CHOICE: Labels<VoteChoice> = {
  vi: {
    FOR: 'Tán thành',
    AGAINST: 'Không tán thành',
    ABSTAIN: 'Không biểu quyết',
  },
  en: {
    FOR: 'In favour',
    AGAINST: 'Against',
    ABSTAIN: 'Abstain',
  },
};

export const RIGHTS_STATUS: Labels<RightsStatus> = {
  vi: {
    UNCLEAR: 'Chưa rõ',
    ESTABLISHED: 'Đã xác lập',
    DISPUTED: 'Có tranh chấp',
  },
  en: {
    UNCLEAR: 'Not yet clear',
    ESTABLISHED: 'Established',
    DISPUTED: 'Disputed',
  },
};

export const DISPUTE_STATUS: Labels<DisputeStatus> = {
  vi: {
    OPEN: 'Đang xem xét',
    UPHELD: 'Có cơ sở',
    DISMISSED: 'Không có cơ sở',
  },
  en: {
    OPEN: 'Under consideration',
    UPHELD: 'Upheld',
    DISMISSED: 'Dismissed',
  },
};

export const DISPUTE_PARTY: Labels<DisputeParty> = {
  vi: {
    AUTHOR: 'Tác giả của ý tưởng',
    THIRD_PARTY: 'Người khác (bên thứ ba)',
  },
  en: {
    AUTHOR: 'An author of the idea',
    THIRD_PARTY: 'Someone else (third party)',
  },
};

export const PERSON_KIND: Labels<PersonKind> = {
  vi: {
    INDIVIDUAL: 'Cá nhân',
    ORGANISATION: 'Tổ chức, tập thể',
  },
  en: {
    INDIVIDUAL: 'Individual',
    ORGANISATION: 'Organisation or group',
  },
};

export const CONSENT_KIND: Labels<ConsentKind> = {
  vi: {
    SHOW_NAME: 'Đồng ý hiển thị tên tôi công khai',
    PUBLISH_CONTENT: 'Đồng ý công khai nội dung ý tưởng',
    ALLOW_PILOT: 'Đồng ý cho thử nghiệm, sử dụng ý tưởng',
    ALLOW_SCALE: 'Đồng ý cho nhân rộng ý tưởng sang đơn vị khác',
    SHARE_PROGRAMMES:
      'Đồng ý chuyển hồ sơ ý tưởng lên chương trình đổi mới sáng tạo cấp tỉnh, quốc gia',
    PROCESS_DATA:
      'Đồng ý cho cơ quan tiếp nhận xử lý dữ liệu cá nhân để xem xét và phản hồi ý tưởng',
  },
  en: {
    SHOW_NAME: 'Showing my name publicly',
    PUBLISH_CONTENT: "Publishing the idea's content",
    ALLOW_PILOT: 'Piloting and using the idea',
    ALLOW_SCALE: 'Scaling the idea to other units',
    SHARE_PROGRAMMES:
      "Sending the idea's file to the province's and national innovation programmes",
    PROCESS_DATA: 'Processing of my personal data to consider and answer the idea',
  },
};

export const CONSENT_GIVER: Labels<ConsentGiver> = {
  vi: {
    SELF: 'Tác giả',
    GUARDIAN: 'Cha, mẹ hoặc người giám hộ',
  },
  en: {
    SELF: 'The author',
    GUARDIAN: 'Parent or guardian',
  },
};

export const CONSENT_CHANNEL: Labels<ConsentChannel> = {
  vi: {
    ONLINE: 'Trực tuyến',
    PAPER: 'Ký trên giấy',
  },
  en: {
    ONLINE: 'Online',
    PAPER: 'Signed on paper',
  },
};

export const DATA_REQUEST_KIND: Labels<DataRequestKind> = {
  vi: {
    ACCESS: 'Xem dữ liệu cá nhân',
    CORRECT: 'Chỉnh sửa dữ liệu cá nhân',
    EXPORT: 'Xuất dữ liệu thành tệp',
    ERASE: 'Xóa, ẩn danh dữ liệu cá nhân',
    RESTRICT: 'Hạn chế xử lý',
    WITHDRAW_CONSENT: 'Rút lại sự đồng ý',
  },
  en: {
    ACCESS: 'See my personal data',
    CORRECT: 'Correct my personal data',
    EXPORT: 'Export my data as a file',
    ERASE: 'Erase or anonymise my personal data',
    RESTRICT: 'Restrict processing',
    WITHDRAW_CONSENT: 'Withdraw consent',
  },
};

export const DATA_REQUEST_STATUS: Labels<DataRequestStatus> = {
  vi: {
    RECEIVED: 'Đang xử lý',
    DONE: 'Đã thực hiện',
    REFUSED: 'Từ chối (có lý do)',
  },
  en: {
    RECEIVED: 'Being handled',
    DONE: 'Done',
    REFUSED: 'Refused (with reasons)',
  },
};

export const DATA_REQUEST_CHANNEL: Labels<DataRequestChannel> = {
  vi: {
    TRACKING_PAGE: 'Trang tra cứu',
    IN_PERSON: 'Trực tiếp',
  },
  en: {
    TRACKING_PAGE: 'Tracking page',
    IN_PERSON: 'In person',
  },
};

export const CONTENT_KIND: Labels<ContentKind> = {
  vi: {
    NEWS: 'Tin tức',
    PROPAGANDA: 'Tuyên truyền',
    PAGE: 'Trang tĩnh',
  },
  en: {
    NEWS: 'News',
    PROPAGANDA: 'Awareness',
    PAGE: 'Page',
  },
};

export const CONTENT_STATUS: Labels<ContentStatus> = {
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

export const TAG_KIND: Labels<TagKind> = {
  vi: {
    CAMPAIGN: 'Phong trào',
    FIELD: 'Lĩnh vực',
    TOPIC: 'Chủ đề',
  },
  en: {
    CAMPAIGN: 'Campaign',
    FIELD: 'Field',
    TOPIC: 'Topic',
  },
};

export const MEDIA_KIND: Labels<MediaKind> = {
  vi: {
    IMAGE: 'Hình ảnh',
    DOCUMENT: 'Tài liệu',
  },
  en: {
    IMAGE: 'Image',
    DOCUMENT: 'Document',
  },
};

export const CAMPAIGN_STATUS: Labels<CampaignStatus> = {
  vi: {
    DRAFT: 'Đang chuẩn bị',
    ACTIVE: 'Đang nhận ý tưởng',
    CLOSED: 'Đã kết thúc',
  },
  en: {
    DRAFT: 'In preparation',
    ACTIVE: 'Accepting ideas',
    CLOSED: 'Closed',
  },
};

export const RECEIPT_LOG_KIND: Labels<ReceiptLogKind> = {
  vi: {
    SUBMISSION: 'Biên nhận khi gửi ý tưởng',
    REVISION: 'Phiên bản nội dung mới',
  },
  en: {
    SUBMISSION: 'Receipt at submission',
    REVISION: 'New content revision',
  },
};

export const AREA_TYPE: Labels<AreaType> = {
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

export const PHASE_KIND: Labels<PhaseKind> = {
  vi: {
    ROLLOUT: 'Triển khai đồng bộ',
    MIDTERM_REVIEW: 'Sơ kết',
    FINAL_REVIEW: 'Tổng kết',
    CALL: 'Đợt phát động theo chủ đề',
  },
  en: {
    ROLLOUT: 'Roll-out',
    MIDTERM_REVIEW: 'Mid-term review',
    FINAL_REVIEW: 'Final review',
    CALL: 'Themed call',
  },
};

export const MESSAGE_KIND: Labels<MessageKind> = {
  vi: {
    IDEA_RECEIVED: 'Xác nhận đã tiếp nhận ý tưởng',
    INFO_REQUESTED: 'Đề nghị tác giả bổ sung thông tin',
    IDEA_ANSWERED: 'Phản hồi, kết quả xử lý ý tưởng',
    COAUTHOR_INVITATION: 'Mời xác nhận đồng tác giả',
    DISPUTE_OUTCOME: 'Kết quả giải quyết khiếu nại quyền tác giả',
    DATA_REQUEST_RECEIVED: 'Tiếp nhận yêu cầu về dữ liệu cá nhân',
    DATA_REQUEST_OUTCOME: 'Kết quả yêu cầu về dữ liệu cá nhân',
    STAFF_INVITATION: 'Lời mời cán bộ kích hoạt tài khoản',
    PASSWORD_RESET: 'Đặt lại mật khẩu cán bộ',
    TRACKING_CODES: 'Gửi lại mã tra cứu cho tác giả quên mã',
  },
  en: {
    IDEA_RECEIVED: 'Idea received',
    INFO_REQUESTED: 'Missing information requested',
    IDEA_ANSWERED: 'Answer or outcome about an idea',
    COAUTHOR_INVITATION: 'Co-author asked to confirm',
    DISPUTE_OUTCOME: 'Outcome of an authorship dispute',
    DATA_REQUEST_RECEIVED: 'Personal data request received',
    DATA_REQUEST_OUTCOME: 'Outcome of a personal data request',
    STAFF_INVITATION: 'Staff invitation',
    PASSWORD_RESET: 'Staff password reset',
    TRACKING_CODES: 'Tracking codes resent to an author',
  },
};

export const UNIT_KIND: Labels<UnitKind> = {
  vi: {
    PARTY_COMMITTEE: 'Đảng ủy xã',
    PEOPLES_COUNCIL: 'Hội đồng nhân dân xã',
    PEOPLES_COMMITTEE: 'Ủy ban nhân dân xã',
    DEPARTMENT: 'Phòng, ban chuyên môn',
    FATHERLAND_FRONT: 'Ủy ban Mặt trận Tổ quốc',
    MASS_ORGANISATION: 'Mặt trận, đoàn thể',
    WOMENS_UNION: 'Hội Liên hiệp Phụ nữ',
    YOUTH_UNION: 'Đoàn Thanh niên',
    FARMERS_ASSOCIATION: 'Hội Nông dân',
    VETERANS_ASSOCIATION: 'Hội Cựu chiến binh',
    VILLAGE: 'Thôn',
    RESIDENTIAL_GROUP: 'Tổ dân phố, khu dân cư',
    SCHOOL: 'Trường học',
    HEALTH_STATION: 'Trạm y tế',
    PUBLIC_SERVICE: 'Đơn vị sự nghiệp',
    POLICE: 'Công an xã',
    MILITARY: 'Ban Chỉ huy quân sự xã',
    ENTERPRISE: 'Doanh nghiệp, hợp tác xã',
    COOPERATIVE: 'Hợp tác xã',
    OTHER: 'Khác',
  },
  en: {
    PARTY_COMMITTEE: 'Party committee',
    PEOPLES_COUNCIL: "People's Council",
    PEOPLES_COMMITTEE: "People's Committee",
    DEPARTMENT: 'Departments',
    FATHERLAND_FRONT: 'Fatherland Front committee',
    MASS_ORGANISATION: 'Front and mass organisations',
    WOMENS_UNION: "Women's union",
    YOUTH_UNION: 'Youth union',
    FARMERS_ASSOCIATION: "Farmers' association",
    VETERANS_ASSOCIATION: "Veterans' association",
    VILLAGE: 'Villages',
    RESIDENTIAL_GROUP: 'Residential groups',
    SCHOOL: 'Schools',
    HEALTH_STATION: 'Health station',
    PUBLIC_SERVICE: 'Public service units',
    POLICE: 'Commune police',
    MILITARY: 'Commune military command',
    ENTERPRISE: 'Enterprises and cooperatives',
    COOPERATIVE: 'Cooperatives',
    OTHER: 'Other',
  },
};

export const TENANT_LEVEL: Labels<TenantLevel> = {
  vi: {
    PROVINCE: 'Cấp tỉnh (cán bộ của tỉnh theo dõi các xã)',
    COMMUNE: 'Cấp xã, phường',
  },
  en: {
    PROVINCE: 'Province (the province’s staff follow the communes)',
    COMMUNE: 'Commune or ward',
  },
};

export const TENANT_STATUS: Labels<TenantStatus> = {
  vi: { ACTIVE: 'Đang hoạt động', SUSPENDED: 'Tạm ngừng' },
  en: { ACTIVE: 'Active', SUSPENDED: 'Suspended' },
};

export const ACCOUNT_STATUS: Labels<AccountStatus> = {
  vi: { INVITED: 'Đã mời, chưa kích hoạt', ACTIVE: 'Đang hoạt động', DISABLED: 'Đã khóa' },
  en: { INVITED: 'Invited, not yet active', ACTIVE: 'Active', DISABLED: 'Disabled' },
};

export const INVITATION_METHOD: Labels<InvitationMethod> = {
  vi: { EMAIL_LINK: 'Gửi đường dẫn qua email', PRINTED_CODE: 'Mã in trên giấy, trao tận tay' },
  en: { EMAIL_LINK: 'Link sent by email', PRINTED_CODE: 'Printed code handed over in person' },
};

export const INVITATION_STATUS: Labels<InvitationStatus> = {
  vi: {
    PENDING: 'Đang chờ nhận',
    ACCEPTED: 'Đã nhận',
    REVOKED: 'Đã thu hồi',
    EXPIRED: 'Đã hết hạn',
  },
  en: { PENDING: 'Pending', ACCEPTED: 'Accepted', REVOKED: 'Revoked', EXPIRED: 'Expired' },
};

// The movement's management (§IV, §V): plans, targets, activities, requests, the scoreboard.

export const AGE_BAND: Labels<AgeBand> = {
  vi: {
    UNDER_18: 'Dưới 18 tuổi',
    FROM_18_TO_35: 'Từ 18 đến 35 tuổi',
    FROM_36_TO_60: 'Từ 36 đến 60 tuổi',
    OVER_60: 'Trên 60 tuổi',
  },
  en: {
    UNDER_18: 'Under 18',
    FROM_18_TO_35: '18 to 35',
    FROM_36_TO_60: '36 to 60',
    OVER_60: 'Over 60',
  },
};

export const GENDER: Labels<Gender> = {
  vi: { FEMALE: 'Nữ', MALE: 'Nam', OTHER: 'Khác' },
  en: { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other' },
};

export const PLAN_STATUS: Labels<PlanStatus> = {
  vi: {
    DRAFT: 'Dự thảo',
    ISSUED: 'Đã ban hành',
    IN_PROGRESS: 'Đang triển khai',
    REVIEWED: 'Đã sơ kết, tổng kết',
  },
  en: { DRAFT: 'Draft', ISSUED: 'Issued', IN_PROGRESS: 'Being carried out', REVIEWED: 'Reviewed' },
};

export const TARGET_METRIC: Labels<TargetMetric> = {
  vi: {
    RECEIVED: 'Số ý tưởng tiếp nhận',
    RESPONSE_RATE: 'Tỷ lệ phản hồi (%)',
    ACCEPTED: 'Số ý tưởng đưa ra Hội đồng',
    PILOTS: 'Số thử nghiệm',
    APPLICATIONS: 'Số mô hình ứng dụng',
    SCALINGS: 'Số lượt nhân rộng',
    HONOURS: 'Số ý tưởng được vinh danh',
  },
  en: {
    RECEIVED: 'Ideas received',
    RESPONSE_RATE: 'Response rate (%)',
    ACCEPTED: 'Ideas taken to the council',
    PILOTS: 'Pilots',
    APPLICATIONS: 'Applications',
    SCALINGS: 'Scalings',
    HONOURS: 'Ideas honoured',
  },
};

export const TARGET_SOURCE: Labels<TargetSource> = {
  vi: {
    UNIT: 'Chỉ tiêu riêng của đơn vị',
    KIND_AND_AREA: 'Mặc định theo loại đơn vị và loại địa bàn',
    KIND: 'Mặc định theo loại đơn vị',
    AREA: 'Mặc định theo loại địa bàn',
    COMMUNE: 'Mặc định chung của xã',
  },
  en: {
    UNIT: "The unit's own target",
    KIND_AND_AREA: 'Default for the unit kind and area type',
    KIND: 'Default for the unit kind',
    AREA: 'Default for the area type',
    COMMUNE: "The commune's default",
  },
};

export const ACTIVITY_KIND: Labels<ActivityKind> = {
  vi: {
    MEETING: 'Họp, sinh hoạt',
    CONFERENCE: 'Hội nghị',
    PROPAGANDA: 'Tuyên truyền',
    TRAINING: 'Tập huấn, hướng dẫn',
    OTHER: 'Khác',
  },
  en: {
    MEETING: 'Meeting',
    CONFERENCE: 'Conference',
    PROPAGANDA: 'Awareness session',
    TRAINING: 'Training',
    OTHER: 'Other',
  },
};

export const UNIT_REQUEST_KIND: Labels<UnitRequestKind> = {
  vi: { DIFFICULTY: 'Khó khăn, vướng mắc', SUPPORT: 'Đề nghị hỗ trợ' },
  en: { DIFFICULTY: 'Difficulty', SUPPORT: 'Request for support' },
};

export const UNIT_REQUEST_STATUS: Labels<UnitRequestStatus> = {
  vi: { OPEN: 'Chờ trả lời', ANSWERED: 'Đã trả lời', CLOSED: 'Đã đóng' },
  en: { OPEN: 'Awaiting an answer', ANSWERED: 'Answered', CLOSED: 'Closed' },
};

export const CRITERION: Labels<Criterion> = {
  vi: {
    PARTICIPATION: 'a) Mức độ tham gia rộng rãi, thực chất',
    IDEAS: 'b) Số lượng và chất lượng ý tưởng',
    EFFECTIVENESS: 'c) Hiệu quả tư vấn, hỗ trợ, thử nghiệm, ứng dụng',
    SPREAD: 'd) Khả năng lan tỏa, nhân rộng',
    IMPACT: 'đ) Tác động đến cải cách hành chính, chuyển đổi số, phát triển kinh tế - xã hội',
  },
  en: {
    PARTICIPATION: 'a) Broad and genuine participation',
    IDEAS: 'b) Number and quality of ideas',
    EFFECTIVENESS: 'c) Effectiveness of advice, support, pilots and application',
    SPREAD: 'd) Spread and scaling',
    IMPACT: 'e) Impact on administrative reform, digital transformation and development',
  },
};

export const KPI_DIMENSION: Labels<KpiDimension> = {
  vi: {
    UNIT: 'Theo đơn vị',
    AREA_TYPE: 'Theo loại địa bàn',
    FIELD: 'Theo lĩnh vực',
    PARTICIPANT_GROUP: 'Theo nhóm đối tượng',
    MONTH: 'Theo tháng',
  },
  en: {
    UNIT: 'By unit',
    AREA_TYPE: 'By area type',
    FIELD: 'By field',
    PARTICIPANT_GROUP: 'By participant group',
    MONTH: 'By month',
  },
};

export const FIGURE_METRIC: Labels<FigureMetric> = {
  vi: {
    RECEIVED: 'Ý tưởng tiếp nhận',
    ELIGIBLE: 'Ý tưởng cần phản hồi',
    ANSWERED: 'Ý tưởng đã phản hồi',
    ACCEPTED: 'Đưa ra Hội đồng',
    SUPPORTED: 'Được hỗ trợ hoàn thiện',
    PILOTS: 'Thử nghiệm chủ trì',
    APPLICATIONS: 'Lượt ứng dụng tại đơn vị',
    APPLIED_ELSEWHERE: 'Đơn vị khác ứng dụng',
    SCALINGS: 'Lượt nhân rộng',
    HONOURS: 'Được vinh danh',
    PARTICIPANTS: 'Người đề xuất',
    PARTICIPANT_GROUPS: 'Nhóm đối tượng tham gia',
    ACTIVITIES: 'Hoạt động phong trào',
    AUDIENCE: 'Lượt tham dự hoạt động',
    PROGRAMME_TAGS: 'Lượt gắn chương trình',
  },
  en: {
    RECEIVED: 'Ideas received',
    ELIGIBLE: 'Ideas to answer',
    ANSWERED: 'Ideas answered',
    ACCEPTED: 'Taken to the council',
    SUPPORTED: 'Supported',
    PILOTS: 'Pilots hosted',
    APPLICATIONS: 'Applications at the unit',
    APPLIED_ELSEWHERE: 'Applied by other units',
    SCALINGS: 'Scalings',
    HONOURS: 'Honoured',
    PARTICIPANTS: 'Proposers',
    PARTICIPANT_GROUPS: 'Participant groups',
    ACTIVITIES: 'Movement activities',
    AUDIENCE: 'Activity attendance',
    PROGRAMME_TAGS: 'Programme tags',
  },
};

/**
 * Enums the apps never show to people: sort orders and fields, diff operations, live-update types,
 * the viewer's permissions (they decide screens).
 */
export const FEEDBACK_STAGE: Labels<FeedbackStage> = {
  vi: {
    RECEPTION: 'Việc tiếp nhận ý tưởng',
    EVALUATION: 'Việc đánh giá, thẩm định',
    USE: 'Việc sử dụng, ứng dụng, nhân rộng ý tưởng',
    OTHER: 'Khác',
  },
  en: {
    RECEPTION: 'How the idea was received',
    EVALUATION: 'How the idea was judged',
    USE: 'How the idea was used, applied or scaled',
    OTHER: 'Other',
  },
};

export const FEEDBACK_STATUS: Labels<FeedbackStatus> = {
  vi: {
    RECEIVED: 'Đã tiếp nhận, đang xem xét',
    ANSWERED: 'Đã trả lời',
    ESCALATED: 'Chuyển thành tranh chấp quyền tác giả',
  },
  en: {
    RECEIVED: 'Received, being considered',
    ANSWERED: 'Answered',
    ESCALATED: 'Escalated to an authorship dispute',
  },
};

export const FEEDBACK_CHANNEL: Labels<FeedbackChannel> = {
  vi: {
    PUBLIC_SITE: 'Trang công cộng',
    TRACKING: 'Trang tra cứu của tác giả',
    IN_PERSON: 'Trực tiếp tại đầu mối',
  },
  en: {
    PUBLIC_SITE: 'Public site',
    TRACKING: "The author's tracking page",
    IN_PERSON: 'In person at the hub',
  },
};

export const SPENDING_ACTIVITY: Labels<SpendingActivity> = {
  vi: {
    PROPAGANDA: 'Tuyên truyền, phát động',
    COUNCIL: 'Hoạt động của Hội đồng tư vấn',
    SUPPORT: 'Tư vấn, hỗ trợ hoàn thiện ý tưởng',
    PILOT: 'Thử nghiệm, ứng dụng',
    AWARD: 'Khen thưởng',
    OTHER: 'Khác',
  },
  en: {
    PROPAGANDA: 'Outreach and launch',
    COUNCIL: "The advisory council's work",
    SUPPORT: 'Advice and support to develop ideas',
    PILOT: 'Pilots and applications',
    AWARD: 'Awards',
    OTHER: 'Other',
  },
};

export const BUDGET_LEVEL: Labels<BudgetLevel> = {
  vi: {
    CENTRAL: 'Ngân sách trung ương',
    PROVINCE: 'Ngân sách tỉnh',
    COMMUNE: 'Ngân sách xã',
  },
  en: {
    CENTRAL: 'Central budget',
    PROVINCE: 'Provincial budget',
    COMMUNE: 'Commune budget',
  },
};

export const REPORT_FREQUENCY: Labels<ReportFrequency> = {
  vi: { QUARTERLY: 'Hằng quý', HALF_YEARLY: 'Sáu tháng', YEARLY: 'Hằng năm' },
  en: { QUARTERLY: 'Quarterly', HALF_YEARLY: 'Half-yearly', YEARLY: 'Yearly' },
};

export const UNIT_REPORT_STATUS: Labels<UnitReportStatus> = {
  vi: {
    NOT_STARTED: 'Chưa lập',
    DRAFT: 'Đang soạn',
    SUBMITTED: 'Đã gửi, chờ đầu mối xem xét',
    RETURNED: 'Trả lại để bổ sung',
    ACCEPTED: 'Đã tiếp nhận',
  },
  en: {
    NOT_STARTED: 'Not started',
    DRAFT: 'Being written',
    SUBMITTED: 'Sent, awaiting the hub',
    RETURNED: 'Returned for changes',
    ACCEPTED: 'Accepted',
  },
};

export const HUB_REPORT_KIND: Labels<HubReportKind> = {
  vi: { PERIODIC: 'Báo cáo định kỳ', MID_TERM: 'Báo cáo sơ kết', FINAL: 'Báo cáo tổng kết' },
  en: { PERIODIC: 'Periodic report', MID_TERM: 'Mid-term review', FINAL: 'Final review' },
};

export const HUB_REPORT_STATUS: Labels<HubReportStatus> = {
  vi: { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành' },
  en: { DRAFT: 'Draft', ISSUED: 'Issued' },
};

export const REPORT_FORMAT: Labels<ReportFormat> = {
  vi: { DOCX: 'Văn bản Word (DOCX)', PDF: 'PDF', XLSX: 'Phụ lục số liệu (XLSX)' },
  en: { DOCX: 'Word document (DOCX)', PDF: 'PDF', XLSX: 'Data annex (XLSX)' },
};

export type UnlabelledEnum =
  'DiffOp' | 'IdeaActivityType' | 'IdeaOrderField' | 'Permission' | 'SortDirection';

/** Every labelled enum by its schema name; a new enum in the schema must be labelled here or listed above. */
export const ENUM_LABELS: {
  [E in Exclude<keyof SchemaEnums, UnlabelledEnum>]: Labels<SchemaEnums[E]>;
} = {
  IdeaStatus: IDEA_STATUS,
  Maturity: MATURITY,
  TenantLevel: TENANT_LEVEL,
  TenantStatus: TENANT_STATUS,
  Channel: CHANNEL,
  Role: ROLE,
  AuthorRole: AUTHOR_ROLE,
  ResponseKind: RESPONSE_KIND,
  MessageDirection: MESSAGE_DIRECTION,
  IdeaEventKind: IDEA_EVENT_KIND,
  Feasibility: FEASIBILITY,
  Applicability: APPLICABILITY,
  IdeaRoute: IDEA_ROUTE,
  MissingInfo: MISSING_INFO,
  AuditAction: AUDIT_ACTION,
  DeliveryStatus: DELIVERY_STATUS,
  DeliveryChannel: DELIVERY_CHANNEL,
  AttachmentKind: ATTACHMENT_KIND,
  RevisionSource: REVISION_SOURCE,
  SupportStatus: SUPPORT_STATUS,
  PilotStatus: PILOT_STATUS,
  PilotRecommendation: PILOT_RECOMMENDATION,
  FundingSource: FUNDING_SOURCE,
  Programme: PROGRAMME,
  AdoptionKind: ADOPTION_KIND,
  AwardForm: AWARD_FORM,
  AwardStatus: AWARD_STATUS,
  RecipientKind: RECIPIENT_KIND,
  JobStatus: JOB_STATUS,
  CouncilRole: COUNCIL_ROLE,
  ConclusionRule: CONCLUSION_RULE,
  ReviewConclusion: REVIEW_CONCLUSION,
  ReviewStatus: REVIEW_STATUS,
  VoteChoice: VOTE_CHOICE,
  RightsStatus: RIGHTS_STATUS,
  DisputeStatus: DISPUTE_STATUS,
  DisputeParty: DISPUTE_PARTY,
  PersonKind: PERSON_KIND,
  ConsentKind: CONSENT_KIND,
  ConsentGiver: CONSENT_GIVER,
  ConsentChannel: CONSENT_CHANNEL,
  DataRequestKind: DATA_REQUEST_KIND,
  DataRequestStatus: DATA_REQUEST_STATUS,
  DataRequestChannel: DATA_REQUEST_CHANNEL,
  ContentKind: CONTENT_KIND,
  ContentStatus: CONTENT_STATUS,
  TagKind: TAG_KIND,
  MediaKind: MEDIA_KIND,
  CampaignStatus: CAMPAIGN_STATUS,
  ReceiptLogKind: RECEIPT_LOG_KIND,
  AreaType: AREA_TYPE,
  UnitKind: UNIT_KIND,
  AccountStatus: ACCOUNT_STATUS,
  InvitationMethod: INVITATION_METHOD,
  InvitationStatus: INVITATION_STATUS,
  PhaseKind: PHASE_KIND,
  MessageKind: MESSAGE_KIND,
  ApiKeyScope: API_KEY_SCOPE,
  WebhookEvent: WEBHOOK_EVENT,
  WebhookDeliveryStatus: WEBHOOK_DELIVERY_STATUS,
  AgeBand: AGE_BAND,
  Gender: GENDER,
  PlanStatus: PLAN_STATUS,
  TargetMetric: TARGET_METRIC,
  TargetSource: TARGET_SOURCE,
  ActivityKind: ACTIVITY_KIND,
  UnitRequestKind: UNIT_REQUEST_KIND,
  UnitRequestStatus: UNIT_REQUEST_STATUS,
  Criterion: CRITERION,
  KpiDimension: KPI_DIMENSION,
  FigureMetric: FIGURE_METRIC,
  FeedbackStage: FEEDBACK_STAGE,
  FeedbackStatus: FEEDBACK_STATUS,
  FeedbackChannel: FEEDBACK_CHANNEL,
  SpendingActivity: SPENDING_ACTIVITY,
  BudgetLevel: BUDGET_LEVEL,
  ReportFrequency: REPORT_FREQUENCY,
  UnitReportStatus: UNIT_REPORT_STATUS,
  HubReportKind: HUB_REPORT_KIND,
  HubReportStatus: HUB_REPORT_STATUS,
  ReportFormat: REPORT_FORMAT,
};
