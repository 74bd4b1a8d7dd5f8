import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AreaType, UnitKind } from '../unit/unit.enums.js';
import { Maturity } from '../idea/idea.enums.js';
import {
  ActivityKind,
  Criterion,
  PlanStatus,
  TargetMetric,
  UnitRequestKind,
} from './movement.enums.js';

@InputType({ description: 'Kỳ tính: một năm, hoặc một giai đoạn của phong trào' })
export class PeriodInput {
  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true, description: 'Giai đoạn (bỏ trống: cả năm)' })
  phaseId?: string | null;
}

@InputType({
  description:
    'Một chỉ tiêu: của một đơn vị (unitId), mặc định theo loại đơn vị và/hoặc loại địa bàn, mặc định của xã (không phạm vi), hoặc chỉ tiêu chung theo lĩnh vực/nhóm đối tượng',
})
export class TargetInput {
  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true })
  phaseId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => UnitKind, { nullable: true })
  unitKind?: UnitKind | null;

  @Field(() => AreaType, { nullable: true })
  areaType?: AreaType | null;

  @Field(() => ID, { nullable: true })
  fieldId?: string | null;

  @Field(() => ID, { nullable: true })
  participantGroupId?: string | null;

  @Field(() => TargetMetric)
  metric: TargetMetric;

  @Field(() => Float, { nullable: true, description: 'Bỏ trống để xóa chỉ tiêu này' })
  value?: number | null;
}

@InputType()
export class WeightInput {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => Float)
  weight: number;
}

@InputType({ description: 'Kế hoạch triển khai của đơn vị' })
export class UnitPlanInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  documentDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Tệp kế hoạch (tải lên /uploads?kind=PLAN_DOCUMENT); bỏ trống để giữ tệp cũ',
  })
  fileId?: string | null;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => String, { nullable: true })
  ownTargets?: string | null;

  @Field(() => ID, { nullable: true, description: 'Đầu mối tiếp nhận của đơn vị' })
  receptionPointId?: string | null;
}

@InputType({ description: 'Hoạt động phong trào đơn vị đã tổ chức' })
export class ActivityInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  heldOn: string;

  @Field(() => Int)
  audience: number;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Ảnh đã tải lên (/uploads?kind=ACTIVITY_PHOTO)',
  })
  photoIds: string[];
}

@InputType({ description: 'Kiến nghị, đề nghị hỗ trợ của đơn vị' })
export class UnitRequestInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => UnitRequestKind)
  kind: UnitRequestKind;

  @Field()
  subject: string;

  @Field()
  body: string;
}

@InputType({ description: 'Ý tưởng do đơn vị (tập thể) đề xuất, thủ trưởng gửi thay mặt đơn vị' })
export class UnitIdeaInput {
  @Field(() => ID, { nullable: true, description: 'Phong trào (bỏ trống: phong trào đang nhận)' })
  campaignId?: string | null;

  @Field()
  title: string;

  @Field()
  problem: string;

  @Field()
  solution: string;

  @Field()
  benefit: string;

  @Field(() => String, { nullable: true })
  requirements?: string | null;

  @Field(() => [ID])
  fieldIds: string[];

  @Field(() => Maturity, { defaultValue: Maturity.PRELIMINARY })
  maturity: Maturity;

  @Field(() => ID, { nullable: true, description: 'Nhóm đối tượng (không bắt buộc)' })
  participantGroupId?: string | null;

  @Field({ defaultValue: true, description: 'Đồng ý công khai nội dung khi được công nhận' })
  publishContent: boolean;

  @Field(() => [ID], { defaultValue: [] })
  attachmentIds: string[];

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
