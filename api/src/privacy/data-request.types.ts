import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConsentKind } from '../consent/consent.enums.js';
import { type DataRequest } from './data-request.entity.js';
import { DataRequestChannel, DataRequestKind, DataRequestStatus } from './data-request.enums.js';

@InputType({ description: 'Chỉnh sửa dữ liệu cá nhân được đề nghị' })
export class CorrectionsInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType({ description: 'Yêu cầu của chủ thể dữ liệu' })
export class DataRequestInput {
  @Field(() => DataRequestKind)
  kind: DataRequestKind;

  @Field(() => String, { nullable: true, description: 'Nội dung, lý do yêu cầu' })
  details?: string | null;

  @Field(() => CorrectionsInput, { nullable: true, description: 'Với yêu cầu chỉnh sửa' })
  corrections?: CorrectionsInput | null;

  @Field(() => [ConsentKind], { nullable: true, description: 'Với yêu cầu rút lại sự đồng ý' })
  consentKinds?: ConsentKind[] | null;
}

@ObjectType({ description: 'Yêu cầu của chủ thể dữ liệu trong hàng đợi xử lý' })
export class DataRequestView {
  @Field(() => ID)
  id: string;

  @Field(() => DataRequestKind)
  kind: DataRequestKind;

  @Field()
  kindLabel: string;

  @Field(() => DataRequestStatus)
  status: DataRequestStatus;

  @Field(() => DataRequestChannel)
  channel: DataRequestChannel;

  @Field()
  receivedAt: Date;

  @Field({ description: 'Hạn xử lý: hết ngày làm việc thứ hai sau ngày nhận' })
  dueAt: Date;

  @Field({ description: 'Đã quá hạn mà chưa xử lý' })
  overdue: boolean;

  @Field(() => Date, { nullable: true })
  handledAt: Date | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  corrections: Record<string, unknown> | null;

  @Field(() => [ConsentKind], { nullable: true })
  consentKinds: ConsentKind[] | null;

  @Field({ description: 'Người yêu cầu (đã ẩn danh nếu yêu cầu xóa đã thực hiện)' })
  subjectName: string;

  @Field(() => String, { nullable: true })
  subjectEmail: string | null;

  @Field(() => String, { nullable: true })
  subjectPhone: string | null;

  @Field(() => ID, { nullable: true })
  ideaId: string | null;

  @Field(() => String, { nullable: true })
  ideaTitle: string | null;

  @Field(() => String, { nullable: true })
  trackingCode: string | null;

  /** The row behind the view, for the personal data of a completed access or export. */
  request?: DataRequest;
}

@ObjectType({ description: 'Ngày nghỉ lễ, Tết (không tính vào thời hạn ngày làm việc)' })
export class PublicHolidayView {
  @Field(() => ID)
  id: string;

  @Field({ description: 'yyyy-mm-dd' })
  day: string;

  @Field()
  name: string;
}
