import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { IdeaField } from './field.entity.js';
import * as fields from './field.service.js';

@Resolver(() => IdeaField)
export class FieldResolver {
  @Query(() => [IdeaField], {
    description:
      'Danh mục lĩnh vực theo thứ tự của xã: đang dùng (mặc định), hoặc cả lĩnh vực đã ngừng dùng (includeRetired) để lọc ý tưởng cũ',
  })
  fields(
    @Ctx() ctx: Context,
    @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean,
  ): Promise<IdeaField[]> {
    return fields.listFields(ctx, includeRetired);
  }

  @Mutation(() => IdeaField, { description: 'Thêm lĩnh vực (cuối danh mục)' })
  createField(
    @Ctx() ctx: Context,
    @Arg('name', () => String) name: string,
    @Arg('nameEn', () => String, { nullable: true, description: 'Tên tiếng Anh (không bắt buộc)' })
    nameEn: string | null,
  ): Promise<IdeaField> {
    return fields.createField(ctx, name, nameEn ?? null);
  }

  @Mutation(() => IdeaField, { description: 'Đổi tên lĩnh vực' })
  renameField(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Arg('nameEn', () => String, {
      nullable: true,
      description: 'Tên tiếng Anh; bỏ qua để giữ nguyên, chuỗi rỗng để xóa',
    })
    nameEn: string | null | undefined,
  ): Promise<IdeaField> {
    return fields.renameField(ctx, id, name, nameEn);
  }

  @Mutation(() => IdeaField, {
    description:
      'Ngừng dùng (retired: true) hoặc dùng lại lĩnh vực; lĩnh vực ngừng dùng vẫn gắn với ý tưởng cũ nhưng không còn trên biểu mẫu gửi ý tưởng',
  })
  setFieldRetired(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('retired', () => Boolean) retired: boolean,
  ): Promise<IdeaField> {
    return fields.setFieldRetired(ctx, id, retired);
  }

  @Mutation(() => [IdeaField], { description: 'Sắp xếp lại toàn bộ danh mục lĩnh vực' })
  reorderFields(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<IdeaField[]> {
    return fields.reorderFields(ctx, ids);
  }
}
