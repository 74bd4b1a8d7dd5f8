import { registerEnumType } from 'type-graphql';

/** Every kind of message the platform sends by email/SMS (outbox). */
export enum MessageKind {
  IDEA_RECEIVED = 'IDEA_RECEIVED',
  INFO_REQUESTED = 'INFO_REQUESTED',
  IDEA_ANSWERED = 'IDEA_ANSWERED',
  COAUTHOR_INVITATION = 'COAUTHOR_INVITATION',
  DISPUTE_OUTCOME = 'DISPUTE_OUTCOME',
  DATA_REQUEST_RECEIVED = 'DATA_REQUEST_RECEIVED',
  DATA_REQUEST_OUTCOME = 'DATA_REQUEST_OUTCOME',
  STAFF_INVITATION = 'STAFF_INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
  TRACKING_CODES = 'TRACKING_CODES',
}

export const MESSAGE_KIND_LABEL: Record<MessageKind, string> = {
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
};

registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'Loại thông báo nền tảng gửi qua email/SMS',
  valuesConfig: Object.fromEntries(
    Object.entries(MESSAGE_KIND_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});
