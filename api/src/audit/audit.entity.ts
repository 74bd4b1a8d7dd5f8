import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';

export enum AuditAction {
  IDEA_SUBMITTED = 'IDEA_SUBMITTED',
  IDEA_TRANSITIONED = 'IDEA_TRANSITIONED',
  IDEA_CLASSIFIED = 'IDEA_CLASSIFIED',
  IDEA_ASSIGNED = 'IDEA_ASSIGNED',
  IDEA_DUE_DATE_CHANGED = 'IDEA_DUE_DATE_CHANGED',
  IDEA_PUBLISHED = 'IDEA_PUBLISHED',
  IDEA_UNPUBLISHED = 'IDEA_UNPUBLISHED',
  IDEA_SUPPLEMENTED = 'IDEA_SUPPLEMENTED',
  IDEA_IMPORTED = 'IDEA_IMPORTED',
  RESPONSE_SENT = 'RESPONSE_SENT',
  AUTHOR_REPLIED = 'AUTHOR_REPLIED',
  PERSONAL_DATA_READ = 'PERSONAL_DATA_READ',
  COUNCIL_CHANGED = 'COUNCIL_CHANGED',
  RUBRIC_CHANGED = 'RUBRIC_CHANGED',
  REVIEW_CONFLICT_DECLARED = 'REVIEW_CONFLICT_DECLARED',
  REVIEW_SCORED = 'REVIEW_SCORED',
  SUPPORT_CHANGED = 'SUPPORT_CHANGED',
  PILOT_CHANGED = 'PILOT_CHANGED',
  ADOPTION_RECORDED = 'ADOPTION_RECORDED',
  IDEA_HONOURED = 'IDEA_HONOURED',
  AWARD_CHANGED = 'AWARD_CHANGED',
  SETTINGS_CHANGED = 'SETTINGS_CHANGED',
  AUTHORSHIP_CHANGED = 'AUTHORSHIP_CHANGED',
  CONSENT_CHANGED = 'CONSENT_CHANGED',
  RIGHTS_CHANGED = 'RIGHTS_CHANGED',
  DISPUTE_CHANGED = 'DISPUTE_CHANGED',
  DATA_REQUEST_CHANGED = 'DATA_REQUEST_CHANGED',
  PERSONAL_DATA_ERASED = 'PERSONAL_DATA_ERASED',
  CONTENT_SCHEDULED = 'CONTENT_SCHEDULED',
  CONTENT_PUBLISHED = 'CONTENT_PUBLISHED',
  CONTENT_UNPUBLISHED = 'CONTENT_UNPUBLISHED',
  CONTENT_ARCHIVED = 'CONTENT_ARCHIVED',
  CONTENT_REVISION_RESTORED = 'CONTENT_REVISION_RESTORED',
  BANNER_CHANGED = 'BANNER_CHANGED',
  FEATURED_CHANGED = 'FEATURED_CHANGED',
}
export const AUDIT_LABEL: Record<AuditAction, string> = {
  IDEA_SUBMITTED: 'Tiếp nhận ý tưởng',
  IDEA_TRANSITIONED: 'Chuyển trạng thái',
  IDEA_CLASSIFIED: 'Phân loại',
  IDEA_ASSIGNED: 'Phân công xử lý',
  IDEA_DUE_DATE_CHANGED: 'Đặt/gia hạn thời hạn',
  IDEA_PUBLISHED: 'Công khai',
  IDEA_UNPUBLISHED: 'Thôi công khai',
  IDEA_SUPPLEMENTED: 'Tác giả bổ sung',
  IDEA_IMPORTED: 'Nhập từ bảng tính',
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
registerEnumType(AuditAction, {
  name: 'AuditAction',
  valuesConfig: Object.fromEntries(
    Object.entries(AUDIT_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

/**
 * The append-only audit log: a database trigger refuses every UPDATE and DELETE on this table
 * (the one exception: an erasure request redacts the erased person's details, inside its own
 * transaction, with `kn.erasure` set).
 * Actor names are copied in, so the record stays readable whatever happens to the account.
 */
@ObjectType({ description: 'Một dòng nhật ký kiểm toán (chỉ ghi thêm, không sửa, không xóa)' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class AuditEntry extends TenantOwned {
  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action: AuditAction;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field({ description: 'Người thực hiện: cán bộ, "Tác giả" hoặc "Hệ thống"' })
  @Property({ length: 200 })
  actorName: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  ideaId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
