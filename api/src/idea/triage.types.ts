import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IdeaStatus, Maturity, RevisionSource } from './idea.enums.js';
import { Idea } from './idea.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { JobStatus } from '../jobs/job.enums.js';
import { IdeaActivityType } from './triage.enums.js';

@ObjectType({ description: 'Bước xử lý hiện tại và thời hạn của nó' })
export class IdeaStepInfo {
  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field()
  startedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Thời hạn (đã cộng thời gian tạm dừng chờ tác giả)',
  })
  dueAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Đang tạm dừng từ lúc này (chờ tác giả bổ sung)',
  })
  pausedAt: Date | null;

  @Field()
  overdue: boolean;
}

@ObjectType({ description: 'Ý tưởng tiếp nhận trước có nội dung tương tự' })
export class SimilarIdea {
  @Field(() => Idea)
  idea: Idea;

  @Field(() => Float, { description: 'Mức tương đồng (0–1)' })
  score: number;
}

@ObjectType({ description: 'Một phiên bản nội dung của ý tưởng' })
export class IdeaRevisionView {
  @Field(() => Int)
  number: number;

  @Field(() => RevisionSource)
  source: RevisionSource;

  @Field()
  createdAt: Date;

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

  @Field(() => Maturity)
  maturity: Maturity;

  @Field(() => [IdeaField])
  fields: IdeaField[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  digest: string;
}

@ObjectType({ description: 'Kết quả xử lý một ý tưởng trong thao tác hàng loạt' })
export class BulkOutcomeView {
  @Field(() => ID)
  ideaId: string;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType({ description: 'Số ý tưởng theo trạng thái (cho hộp ý tưởng)' })
export class StatusCount {
  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Tổng hợp hộp ý tưởng trong phạm vi của người xem' })
export class InboxSummary {
  @Field(() => [StatusCount])
  byStatus: StatusCount[];

  @Field(() => Int, { description: 'Số ý tưởng quá hạn ở bước hiện tại' })
  overdue: number;

  @Field(() => Int)
  unassigned: number;
}

@ObjectType()
export class JobProgress {
  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: 'Một lần nhập ý tưởng từ bảng tính' })
export class ImportJobView {
  @Field(() => ID)
  id: string;

  @Field(() => JobStatus)
  status: JobStatus;

  @Field(() => JobProgress, { nullable: true })
  progress: JobProgress | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Báo cáo từng dòng: {dryRun, total, accepted, refused, imported, message, rows[{row, status, title, errors[{field, message}], trackingCode}]}',
  })
  report: Record<string, unknown> | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType({ description: 'Cán bộ có thể được phân công' })
export class StaffMember {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  unitName: string | null;
}

@ObjectType({ description: 'Một sự kiện trực tiếp về ý tưởng' })
export class IdeaActivity {
  @Field(() => IdeaActivityType)
  type: IdeaActivityType;

  @Field(() => ID)
  ideaId: string;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => ID, { nullable: true })
  receptionPointId: string | null;
}
