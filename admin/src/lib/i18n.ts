import type {
  Channel,
  IdeaStatus,
  Maturity,
  Role,
  AuthorRole,
  ResponseKind,
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
