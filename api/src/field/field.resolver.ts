import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { IdeaField } from './field.entity.js';
import { activeFields } from './field.service.js';

@Resolver(() => IdeaField)
export class FieldResolver {
  @Query(() => [IdeaField], { description: 'Danh mục lĩnh vực đang dùng' })
  fields(@Ctx() ctx: Context): Promise<IdeaField[]> {
    return activeFields(ctx);
  }
}
