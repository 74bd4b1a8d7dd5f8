import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Columns every table has: a UUID chosen by the application (so an entity has it before flush). */
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults, optional in `em.create()`. Subclasses extend the union. */
  [OptionalProps]?: 'createdAt' | Optional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Thời điểm tạo bản ghi' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
