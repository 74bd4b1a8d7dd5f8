import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PrivacyNotice } from '../consent/consent.entity.js';
import { ConsentChannel, ConsentGiver, ConsentKind } from '../consent/consent.enums.js';
import { ConsentInput, GuardianInput } from '../idea/idea.inputs.js';
import { AuthorRole } from '../idea/idea.enums.js';
import { DisputeParty, DisputeStatus, RightsStatus } from './rights.enums.js';

@ObjectType({
  description: 'Một lần tác giả đồng ý (hoặc đã rút lại), gắn với phiên bản thông báo',
})
export class ConsentRecord {
  @Field(() => ConsentKind)
  kind: ConsentKind;

  @Field()
  label: string;

  @Field(() => ConsentGiver)
  givenBy: ConsentGiver;

  @Field()
  givenAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Int)
  noticeVersion: number;

  @Field(() => ConsentChannel)
  channel: ConsentChannel;
}

@ObjectType({ description: 'Tình trạng hiện tại của một loại đồng ý' })
export class ConsentSummary {
  @Field(() => ConsentKind)
  kind: ConsentKind;

  @Field()
  label: string;

  @Field({ description: 'Tác giả đang đồng ý' })
  self: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Với người dưới 16 tuổi: cha, mẹ hoặc người giám hộ đang đồng ý',
  })
  guardian: boolean | null;

  @Field({ description: 'Có hiệu lực (đủ các bên cần đồng ý)' })
  effective: boolean;
}

@ObjectType({ description: 'Cam đoan nguồn gốc ý tưởng của chủ nhiệm' })
export class OriginDeclaration {
  @Field({ description: 'Tự đề xuất (false: có kế thừa, đã nêu nguồn)' })
  ownWork: boolean;

  @Field(() => String, { nullable: true })
  sources: string | null;

  @Field()
  declaredAt: Date;
}

@ObjectType({ description: 'Các điều kiện còn thiếu để công khai, thử nghiệm, nhân rộng' })
export class RightsCheck {
  @Field(() => [String])
  publish: string[];

  @Field(() => [String])
  pilot: string[];

  @Field(() => [String])
  scale: string[];
}

@ObjectType({ description: 'Một lần thay đổi tình trạng quyền tác giả' })
export class RightsDecisionView {
  @Field(() => ID)
  id: string;

  @Field(() => RightsStatus, { nullable: true })
  fromStatus: RightsStatus | null;

  @Field(() => RightsStatus)
  toStatus: RightsStatus;

  @Field()
  reason: string;

  @Field(() => [ID])
  evidenceIds: string[];

  @Field(() => String, { nullable: true })
  decidedBy: string | null;

  @Field()
  at: Date;
}

@ObjectType({ description: 'Khiếu nại tranh chấp quyền tác giả' })
export class DisputeView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  ideaId: string;

  @Field()
  ideaTitle: string;

  @Field(() => DisputeParty)
  party: DisputeParty;

  @Field()
  claimantName: string;

  @Field()
  claimantContact: string;

  @Field()
  statement: string;

  @Field(() => [ID])
  evidenceIds: string[];

  @Field(() => DisputeStatus)
  status: DisputeStatus;

  @Field(() => String, { nullable: true })
  resolution: string | null;

  @Field()
  raisedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

@ObjectType({ description: 'Xác nhận đã nhận khiếu nại' })
export class DisputeReceipt {
  @Field(() => ID)
  id: string;

  @Field()
  receivedAt: Date;

  @Field()
  message: string;
}

@InputType({ description: 'Khiếu nại tranh chấp quyền tác giả (từ trang công cộng)' })
export class DisputeInput {
  @Field(() => ID)
  ideaId: string;

  @Field({ description: 'Họ và tên người khiếu nại' })
  claimantName: string;

  @Field({ description: 'Email hoặc số điện thoại để nhận kết quả' })
  claimantContact: string;

  @Field({ description: 'Nội dung khiếu nại (ai là tác giả, ý tưởng đã có từ đâu…)' })
  statement: string;

  @Field(() => [ID], { defaultValue: [], description: 'Tài liệu chứng minh (POST /uploads)' })
  evidenceIds: string[];
}

@InputType()
export class RightsStatusInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => RightsStatus)
  status: RightsStatus;

  @Field({ description: 'Lý do, căn cứ' })
  reason: string;

  @Field(() => [ID], { defaultValue: [], description: 'Tài liệu chứng minh (POST /uploads)' })
  evidenceIds: string[];
}

@InputType()
export class ResolveDisputeInput {
  @Field(() => ID)
  disputeId: string;

  @Field(() => DisputeStatus, { description: 'UPHELD hoặc DISMISSED' })
  outcome: DisputeStatus;

  @Field({ description: 'Kết quả giải quyết (gửi người khiếu nại)' })
  resolution: string;

  @Field(() => RightsStatus, {
    nullable: true,
    description: 'Bắt buộc khi giải quyết khiếu nại cuối cùng: tình trạng quyền tác giả sau đó',
  })
  rightsStatus?: RightsStatus | null;
}

@InputType()
export class AuthorShareInput {
  @Field(() => ID)
  authorId: string;

  @Field(() => Int)
  share: number;
}

@InputType({ description: 'Đồng tác giả trả lời lời mời xác nhận' })
export class InvitationAnswerInput {
  @Field({ description: 'true: xác nhận là đồng tác giả; false: từ chối' })
  accept: boolean;

  @Field(() => ConsentInput, { nullable: true, description: 'Bắt buộc khi xác nhận' })
  consents?: ConsentInput | null;

  @Field({ defaultValue: false })
  isMinor: boolean;

  @Field(() => GuardianInput, { nullable: true })
  guardian?: GuardianInput | null;
}

@InputType({ description: 'Đồng tác giả xác nhận trực tiếp tại đầu mối tiếp nhận' })
export class InPersonAnswerInput extends InvitationAnswerInput {
  @Field(() => ID, { nullable: true, description: 'Bản quét phiếu xác nhận có chữ ký' })
  paperFormId?: string | null;
}

@InputType({ description: 'Sự đồng ý tác giả ký (hoặc rút) trên giấy, do cán bộ ghi nhận' })
export class InPersonConsentInput {
  @Field(() => ID)
  authorId: string;

  @Field(() => ConsentKind)
  kind: ConsentKind;

  @Field()
  given: boolean;

  @Field(() => ConsentGiver, { defaultValue: ConsentGiver.SELF })
  givenBy: ConsentGiver;

  @Field(() => ID, {
    nullable: true,
    description: 'Bản quét văn bản có chữ ký (bắt buộc khi đồng ý)',
  })
  paperFormId?: string | null;
}

@ObjectType({ description: 'Lời mời xác nhận đồng tác giả' })
export class CoAuthorInvitationView {
  @Field()
  ideaTitle: string;

  @Field()
  receivedAt: Date;

  @Field({ description: 'Chủ nhiệm ý tưởng (người đã ghi tên bạn)' })
  leadName: string;

  @Field({ description: 'Tên của bạn như chủ nhiệm đã ghi' })
  fullName: string;

  @Field(() => Int)
  share: number;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => PrivacyNotice, { nullable: true })
  notice: PrivacyNotice | null;
}

@ObjectType()
export class InvitationAnswerView {
  @Field()
  accepted: boolean;

  @Field(() => String, { nullable: true })
  trackingCode: string | null;

  @Field()
  message: string;
}

@ObjectType({ description: 'Tác giả của ý tưởng, như tác giả thấy trên trang tra cứu' })
export class TrackingAuthor {
  @Field(() => ID)
  id: string;

  @Field(() => AuthorRole)
  role: AuthorRole;

  @Field(() => Int)
  share: number;

  @Field()
  fullName: string;

  @Field({ description: 'Là bạn' })
  isMe: boolean;

  @Field()
  confirmed: boolean;

  @Field()
  declined: boolean;

  @Field()
  isMinor: boolean;

  @Field(() => [ConsentSummary], { description: 'Các đồng ý hiện tại (chỉ của bạn)' })
  consents: ConsentSummary[];
}

@ObjectType({ description: 'Yêu cầu về dữ liệu cá nhân của bạn' })
export class MyDataRequest {
  @Field(() => ID)
  id: string;

  @Field()
  kindLabel: string;

  @Field()
  kind: string;

  @Field()
  status: string;

  @Field()
  receivedAt: Date;

  @Field()
  dueAt: Date;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Dữ liệu của bạn (với yêu cầu xem/xuất dữ liệu đã thực hiện)',
  })
  data: unknown;
}
