import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Unit } from '../unit/unit.entity.js';
import type { Context } from '../context.js';
import { ApiKey } from './api-key.entity.js';
import { CreateApiKeyInput, CreatedApiKey } from './api-key.inputs.js';
import * as keys from './api-key.service.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: 'Khóa API của đối tác (chỉ Quản trị), mới nhất trước' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return keys.listApiKeys(ctx);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Tạo khóa API cho một đối tác (chỉ Quản trị); khóa chỉ hiện một lần',
  })
  createApiKey(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return keys.createApiKey(ctx, input);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Thôn/đơn vị duy nhất khóa được dùng (không có: cả xã)',
  })
  async unit(@Root() key: ApiKey): Promise<Unit | null> {
    return key.unit ? key.unit.load() : null;
  }

  @Mutation(() => ApiKey, { description: 'Thu hồi khóa API: có hiệu lực ngay (chỉ Quản trị)' })
  revokeApiKey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return keys.revokeApiKey(ctx, id);
  }
}
