import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { PersonKind } from '../person/person.enums.js';
import {
  ConsentRecord,
  ConsentSummary,
  MyDataRequest,
  OriginDeclaration,
  TrackingAuthor,
} from '../rights/rights.types.js';
import { RightsStatus } from '../rights/rights.enums.js';
import { Authorship, Idea } from './idea.entity.js';
import { ReceiptFacts } from './receipt-details.js';
import {
  AuthorRole,
  IdeaEventKind,
  IdeaStatus,
  MessageDirection,
  MissingInfo,
  ResponseKind,
} from './idea.enums.js';

@ObjectType({
  description:
    'Giấy biên nhận: mã tra cứu, thời điểm tiếp nhận và mã băm SHA-256 của nội dung đã gửi (bằng chứng về thời điểm đề xuất)',
})
export class IdeaReceipt extends ReceiptFacts {
  @Field({ description: 'Mã tra cứu, dùng cùng email/số điện thoại để theo dõi ý tưởng' })
  trackingCode: string;

  @Field()
  receivedAt: Date;

  @Field({
    description:
      'SHA-256 (hex) của mảng JSON chuẩn hóa ["khoi-nguon-receipt-v1", trackingCode, receivedAt (ISO 8601), campaignId, title, problem, solution, benefit, requirements, fieldIds (đã sắp xếp), maturity, authorName] với văn bản dạng NFC; khi có phần giữ bí mật thì thêm phần đó vào cuối mảng',
  })
  digest: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'Thông tin liên hệ của tác giả — chỉ cán bộ có thẩm quyền xem được' })
export class AuthorContact {
  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}

@ObjectType({ description: 'Tác giả của ý tưởng' })
export class Author {
  @Field(() => ID, { nullable: true, description: 'Mã tác giả (chỉ cán bộ xử lý)' })
  id: string | null;

  @Field(() => AuthorRole)
  role: AuthorRole;

  @Field(() => PersonKind)
  kind: PersonKind;

  @Field(() => Int, { description: 'Tỷ lệ đóng góp (%)' })
  share: number;

  @Field({
    description:
      'Tên hiển thị; "Tác giả ẩn danh" khi tác giả chưa đồng ý hiển thị tên hoặc người xem không được phép thấy tên',
  })
  displayName: string;

  @Field(() => AuthorContact, { nullable: true })
  contact: AuthorContact | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Mã người đề xuất, để đề nghị khen thưởng đúng tác giả (chỉ cán bộ được xem thông tin liên hệ)',
  })
  personId: string | null;

  @Field({
    description: 'Đã xác nhận tham gia (đồng tác giả chưa xác nhận chưa được ghi nhận công khai)',
  })
  confirmed: boolean;

  @Field({ description: 'Đồng tác giả đã từ chối (không được ghi nhận)' })
  declined: boolean;

  @Field({ description: 'Đang chờ đồng tác giả xác nhận qua liên kết đã gửi' })
  invitationPending: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'Hạn của liên kết xác nhận đang chờ (chỉ cán bộ xử lý)',
  })
  invitationExpiresAt: Date | null;

  @Field({ description: 'Người dưới 16 tuổi (cần thêm đồng ý của cha, mẹ, người giám hộ)' })
  isMinor: boolean;

  @Field({ description: 'Đã yêu cầu hạn chế xử lý dữ liệu' })
  restricted: boolean;

  @Field({ description: 'Dữ liệu cá nhân đã bị xóa, ẩn danh theo yêu cầu' })
  anonymised: boolean;

  @Field(() => AuthorContact, {
    nullable: true,
    description: 'Cha, mẹ hoặc người giám hộ (chỉ cán bộ xử lý)',
  })
  guardian: AuthorContact | null;

  @Field(() => String, { nullable: true })
  guardianRelation: string | null;

  @Field(() => [ConsentSummary], {
    nullable: true,
    description: 'Tình trạng từng loại đồng ý (chỉ cán bộ xử lý)',
  })
  consentSummary: ConsentSummary[] | null;

  @Field(() => [ConsentRecord], {
    nullable: true,
    description: 'Lịch sử đồng ý, rút lại (chỉ cán bộ xử lý)',
  })
  consents: ConsentRecord[] | null;

  /** The row behind a staff view, for the consent fields (loaded only when asked for). */
  authorship?: Authorship;
}

@ObjectType({ description: 'Một bước trong lịch sử xử lý ý tưởng' })
export class IdeaHistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => IdeaEventKind)
  kind: IdeaEventKind;

  @Field()
  at: Date;

  @Field(() => IdeaStatus, { nullable: true })
  fromStatus: IdeaStatus | null;

  @Field(() => IdeaStatus, { nullable: true })
  toStatus: IdeaStatus | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú gửi tác giả' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do nội bộ (chỉ cán bộ)' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Cán bộ thực hiện (chỉ cán bộ)' })
  actorName: string | null;
}

@ObjectType({ description: 'Một tin trong luồng trao đổi giữa cơ quan đầu mối và tác giả' })
export class ThreadMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ResponseKind)
  kind: ResponseKind;

  @Field(() => MessageDirection)
  direction: MessageDirection;

  @Field()
  body: string;

  @Field()
  sentAt: Date;

  @Field(() => [MissingInfo], { description: 'Với đề nghị bổ sung: các nội dung còn thiếu' })
  missing: MissingInfo[];
}

@ObjectType({ description: 'Nội dung hiện tại của ý tưởng' })
export class IdeaContent {
  @Field()
  title: string;

  @Field()
  problem: string;

  @Field()
  solution: string;

  @Field()
  benefit: string;

  @Field(() => String, { nullable: true })
  requirements: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phần giữ bí mật (chỉ tác giả và cán bộ xử lý thấy)',
  })
  confidential: string | null;
}

@ObjectType({ description: 'Kết quả tra cứu ý tưởng của tác giả' })
export class IdeaTracking extends ReceiptFacts {
  @Field()
  trackingCode: string;

  @Field()
  title: string;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field()
  statusLabel: string;

  @Field()
  receivedAt: Date;

  @Field()
  digest: string;

  @Field(() => Int, { description: 'Phiên bản nội dung hiện tại' })
  revision: number;

  @Field(() => IdeaContent)
  content: IdeaContent;

  @Field(() => [IdeaHistoryEntry])
  history: IdeaHistoryEntry[];

  @Field(() => [ThreadMessage], { description: 'Các phản hồi gửi tác giả' })
  responses: ThreadMessage[];

  @Field(() => [ThreadMessage], { description: 'Toàn bộ trao đổi, kể cả tin tác giả gửi' })
  thread: ThreadMessage[];

  @Field({
    description:
      'Mã phiên tra cứu (hiệu lực vài giờ) để trả lời, bổ sung và theo dõi trực tiếp mà không gửi lại thông tin liên hệ',
  })
  token: string;

  @Field(() => TrackingAuthor, { description: 'Bạn (tác giả đang tra cứu)' })
  me: TrackingAuthor;

  @Field(() => [TrackingAuthor], { description: 'Các tác giả của ý tưởng' })
  authors: TrackingAuthor[];

  @Field(() => RightsStatus)
  rightsStatus: RightsStatus;

  @Field()
  rightsStatusLabel: string;

  @Field(() => OriginDeclaration, { nullable: true })
  origin: OriginDeclaration | null;

  @Field({ description: 'Đang hiển thị trên trang công cộng' })
  publiclyVisible: boolean;

  @Field(() => [MyDataRequest], { description: 'Các yêu cầu về dữ liệu cá nhân của bạn' })
  dataRequests: MyDataRequest[];
}

@ObjectType({ description: 'Số liệu tổng hợp của phong trào' })
export class IdeaCounters {
  @Field(() => Int, { description: 'Số ý tưởng đã tiếp nhận' })
  received: number;

  @Field(() => Int, { description: 'Số ý tưởng đã có phản hồi kết quả xử lý' })
  answered: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Tỷ lệ ý tưởng đã được phản hồi (0–1), chỉ tiêu 100 % (§IV.1)',
  })
  responseRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Thời gian phản hồi trung bình (giờ)' })
  averageResponseHours: number | null;

  @Field(() => Int, { description: 'Số ý tưởng đang hoặc đã thử nghiệm' })
  piloted: number;

  @Field(() => Int, { description: 'Số ý tưởng đã ứng dụng' })
  applied: number;

  @Field(() => Int, { description: 'Số ý tưởng đã nhân rộng' })
  scaled: number;

  @Field(() => Int, { description: 'Số ý tưởng đã công khai' })
  published: number;

  @Field(() => Int, { description: 'Số ý tưởng đang được vinh danh trên trang công cộng' })
  honoured: number;
}

export const IdeaConnection = Connection(Idea, 'Idea');
export type IdeaConnection = InstanceType<typeof IdeaConnection>;

@ObjectType({ description: 'Thông báo trực tiếp cho trang tra cứu của tác giả' })
export class TrackingUpdate {
  @Field(() => ID)
  ideaId: string;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field()
  statusLabel: string;

  @Field()
  at: Date;

  @Field()
  type: string;
}
