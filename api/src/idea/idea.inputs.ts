import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/connection.js';
import { Channel, IdeaStatus, Maturity } from './idea.enums.js';
import { PersonKind } from '../person/person.enums.js';
import { AgeBand, Gender } from '../person/demographics.enums.js';
import { registerEnumType } from 'type-graphql';

@InputType({ description: 'Cha, mẹ hoặc người giám hộ của người đề xuất dưới 16 tuổi' })
export class GuardianInput {
  @Field({ description: 'Họ và tên' })
  fullName: string;

  @Field({ description: 'Quan hệ với người đề xuất (bố, mẹ, người giám hộ…)' })
  relation: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'Cam đoan về nguồn gốc ý tưởng của chủ nhiệm' })
export class OriginInput {
  @Field({
    description: 'Ý tưởng do tôi/chúng tôi tự đề xuất (false: có kế thừa — nêu nguồn)',
  })
  ownWork: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Nguồn, tài liệu, ý tưởng trước đó đã tham khảo hoặc kế thừa',
  })
  sources?: string | null;
}

@InputType({ description: 'Thông tin tác giả (người đề xuất)' })
export class AuthorInput {
  @Field({ description: 'Họ và tên (hoặc tên tổ chức, tập thể)' })
  fullName: string;

  @Field(() => PersonKind, { defaultValue: PersonKind.INDIVIDUAL })
  kind: PersonKind;

  @Field(() => Int, {
    nullable: true,
    description:
      'Tỷ lệ đóng góp của chủ nhiệm (%); bỏ trống: phần còn lại sau đồng tác giả. Tổng phải bằng 100 %',
  })
  share?: number | null;

  @Field({ defaultValue: false, description: 'Người đề xuất dưới 16 tuổi' })
  isMinor: boolean;

  @Field(() => GuardianInput, {
    nullable: true,
    description: 'Bắt buộc khi người đề xuất dưới 16 tuổi',
  })
  guardian?: GuardianInput | null;

  @Field(() => String, { nullable: true, description: 'Email (cần email hoặc số điện thoại)' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Số điện thoại' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ liên hệ' })
  address?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Nhóm đối tượng (danh mục participantGroups; không bắt buộc, chỉ dùng trong số liệu tổng hợp)',
  })
  participantGroupId?: string | null;

  @Field(() => AgeBand, { nullable: true, description: 'Nhóm tuổi (không bắt buộc)' })
  ageBand?: AgeBand | null;

  @Field(() => Gender, { nullable: true, description: 'Giới tính (không bắt buộc)' })
  gender?: Gender | null;
}

@InputType({ description: 'Đồng tác giả (được ghi nhận sau khi xác nhận)' })
export class CoAuthorInput {
  @Field()
  fullName: string;

  @Field(() => PersonKind, { defaultValue: PersonKind.INDIVIDUAL })
  kind: PersonKind;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Int, { description: 'Tỷ lệ đóng góp (%)' })
  share: number;
}

@InputType({
  description:
    'Các đồng ý của tác giả — mặc định là không; mỗi đồng ý gắn với phiên bản thông báo xử lý dữ liệu đã hiển thị',
})
export class ConsentInput {
  @Field(() => Int, {
    description: 'Phiên bản thông báo xử lý dữ liệu cá nhân đã hiển thị cho người đề xuất',
  })
  noticeVersion: number;

  @Field({ description: 'Đồng ý xử lý dữ liệu cá nhân để xem xét ý tưởng (bắt buộc)' })
  processData: boolean;

  @Field({ defaultValue: false })
  showName: boolean;

  @Field({ defaultValue: false })
  publishContent: boolean;

  @Field({ defaultValue: false })
  allowPilot: boolean;

  @Field({ defaultValue: false })
  allowScale: boolean;

  @Field({
    defaultValue: false,
    description: 'Chuyển hồ sơ lên chương trình đổi mới sáng tạo cấp tỉnh, quốc gia',
  })
  shareProgrammes: boolean;

  @Field({
    defaultValue: false,
    description:
      'Với người dưới 16 tuổi: cha, mẹ hoặc người giám hộ cũng đồng ý với các lựa chọn trên',
  })
  guardianConsent: boolean;
}

@InputType({ description: 'Gửi một ý tưởng' })
export class SubmitIdeaInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Phong trào/đợt phát động; mặc định là phong trào đang diễn ra',
  })
  campaignId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Để trống. Ô ẩn của biểu mẫu công khai: người dùng không thấy nên không điền, máy gửi tự động thì điền (bài gửi bị từ chối)',
  })
  website?: string | null;

  @Field({ description: 'Tên ý tưởng (10–200 ký tự)' })
  title: string;

  @Field({ description: 'Vấn đề, thực trạng cần giải quyết' })
  problem: string;

  @Field({ description: 'Nội dung giải pháp đề xuất' })
  solution: string;

  @Field({ description: 'Hiệu quả dự kiến' })
  benefit: string;

  @Field(() => String, { nullable: true, description: 'Điều kiện, nguồn lực cần để triển khai' })
  requirements?: string | null;

  @Field(() => [ID], { description: 'Lĩnh vực (ít nhất một)' })
  fieldIds: string[];

  @Field(() => Maturity, { defaultValue: Maturity.PRELIMINARY })
  maturity: Maturity;

  @Field(() => ID, { nullable: true, description: 'Thôn/đơn vị nơi gửi ý tưởng' })
  unitId?: string | null;

  @Field(() => AuthorInput, { description: 'Người đề xuất (chủ nhiệm)' })
  author: AuthorInput;

  @Field(() => [CoAuthorInput], { defaultValue: [], description: 'Đồng tác giả' })
  coAuthors: CoAuthorInput[];

  @Field(() => ConsentInput)
  consents: ConsentInput;

  @Field(() => OriginInput, { nullable: true, description: 'Cam đoan nguồn gốc ý tưởng' })
  origin?: OriginInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Phần cần giữ bí mật (bí quyết, chi tiết kỹ thuật…): chỉ cán bộ xử lý xem, không bao giờ công khai',
  })
  confidential?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Tệp đã tải lên qua POST /uploads' })
  attachmentIds: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Khóa chống gửi trùng do ứng dụng tạo (tối đa 100 ký tự): gửi lại với cùng khóa trả về cùng giấy biên nhận',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Bộ lọc danh sách ý tưởng' })
export class IdeaWhereInput {
  @Field(() => String, {
    nullable: true,
    description: 'Tìm kiếm không phân biệt dấu: "y tuong so" tìm được "ý tưởng số hóa"',
  })
  search?: string | null;

  @Field(() => [IdeaStatus], { nullable: true })
  status?: IdeaStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'Thuộc một trong các lĩnh vực này' })
  fieldIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Chỉ ý tưởng đã (true) hoặc chưa (false) công khai',
  })
  published?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Tiếp nhận từ thời điểm này' })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Tiếp nhận trước thời điểm này' })
  receivedBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Chỉ ý tưởng quá hạn ở bước hiện tại' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Cán bộ được phân công' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Chỉ ý tưởng chưa phân công' })
  unassigned?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Chỉ ý tưởng đã (true) hoặc chưa (false) được vinh danh',
  })
  honoured?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Năm tiếp nhận (theo giờ Việt Nam), ví dụ 2026',
  })
  year?: number | null;
}

export enum IdeaOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  UPDATED_AT = 'UPDATED_AT',
  PUBLISHED_AT = 'PUBLISHED_AT',
  HONOURED_AT = 'HONOURED_AT',
}
registerEnumType(IdeaOrderField, {
  name: 'IdeaOrderField',
  valuesConfig: {
    RECEIVED_AT: { description: 'Thời điểm tiếp nhận' },
    UPDATED_AT: { description: 'Lần cập nhật gần nhất' },
    PUBLISHED_AT: { description: 'Thời điểm công khai (chỉ ý tưởng đã công khai)' },
    HONOURED_AT: { description: 'Thời điểm vinh danh (chỉ ý tưởng đã được vinh danh)' },
  },
});

@InputType()
export class IdeaOrderByInput {
  @Field(() => IdeaOrderField, { defaultValue: IdeaOrderField.RECEIVED_AT })
  field: IdeaOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

@InputType({ description: 'Ý tưởng người dân mang đến đầu mối tiếp nhận, do cán bộ ghi nhận' })
export class InPersonIdeaInput extends SubmitIdeaInput {
  @Field(() => ID, { description: 'Đầu mối tiếp nhận (thuộc đơn vị của cán bộ)' })
  receptionPointId: string;

  @Field(() => ID, { description: 'Bản quét phiếu đề xuất giấy (đã tải lên)' })
  paperFormId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Ghi chú về việc người đề xuất ký đồng ý trên phiếu giấy',
  })
  consentNote?: string | null;
}
