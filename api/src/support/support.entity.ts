import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { SupportStatus } from './support.enums.js';

/** Hỗ trợ hoàn thiện (§III.3): an expert or a unit helps the author finish a preliminary idea. */
@ObjectType({ description: 'Kế hoạch hỗ trợ hoàn thiện ý tưởng' })
@Entity({ tableName: 'support_plan' })
export class SupportPlan extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Idea, { ref: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Index()
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  expert?: Ref<StaffUser> | null;

  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  @Field({ description: 'Mục tiêu hỗ trợ' })
  @Property({ type: 'text' })
  goal: string;

  @Field(() => SupportStatus)
  @Enum({ items: () => SupportStatus, default: SupportStatus.ACTIVE })
  status: SupportStatus = SupportStatus.ACTIVE;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @OneToMany(() => SupportTask, (t) => t.plan, { orderBy: { createdAt: 'asc' } })
  tasks = new Collection<SupportTask>(this);
}

@ObjectType({ description: 'Việc cần làm trong kế hoạch hỗ trợ' })
@Entity({ tableName: 'support_task' })
export class SupportTask extends TenantOwned {
  @Index()
  @ManyToOne(() => SupportPlan, { ref: true, deleteRule: 'cascade' })
  plan: Ref<SupportPlan>;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  doneAt?: Date | null;
}
