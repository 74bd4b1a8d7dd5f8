import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Tenant } from './tenant.entity.js';
import { FirstAdminInput, CommuneSettingsInput } from './tenant.inputs.js';
import {
  CommuneCandidate,
  CommuneCreation,
  ProvinceHonouredIdea,
  ProvinceOverview,
} from './tenant.types.js';
import * as tenants from './tenant.service.js';

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => Tenant, {
    description:
      'Xã/phường mà yêu cầu hướng tới (theo tài khoản cán bộ, tiêu đề X-Tenant hoặc mặc định): tên, biểu trưng, liên hệ',
  })
  currentTenant(@Ctx() ctx: Context): Tenant {
    return tenants.currentTenant(ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Địa chỉ ảnh biểu trưng của xã',
  })
  logoUrl(@Ctx() ctx: Context, @Root() tenant: Tenant): Promise<string | null> {
    return tenants.logoUrl(ctx, tenant);
  }

  @Query(() => [CommuneCandidate], {
    description:
      'Các xã/phường của tỉnh trong danh mục đơn vị hành chính (tìm theo tên không dấu), đánh dấu xã đã tạo (quản trị cấp tỉnh)',
  })
  communeCandidates(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
  ): Promise<CommuneCandidate[]> {
    return tenants.communeCandidates(ctx, search, first);
  }

  @Mutation(() => CommuneCreation, {
    description:
      'Tạo một xã của tỉnh từ danh mục, với thiết lập mặc định (lĩnh vực, bộ tiêu chí, mức thưởng, ngày nghỉ, thông báo dữ liệu), và gửi lời mời qua email cho quản trị viên đầu tiên — quản trị cấp tỉnh',
  })
  createCommuneTenant(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('firstAdmin', () => FirstAdminInput) firstAdmin: FirstAdminInput,
  ): Promise<CommuneCreation> {
    return tenants.createCommuneTenant(ctx, code, firstAdmin);
  }

  @Mutation(() => Tenant, {
    description:
      'Tạm ngừng một xã của tỉnh, kèm lý do: cán bộ của xã bị từ chối và trang công cộng của xã ngừng phục vụ cho đến khi mở lại — quản trị cấp tỉnh',
  })
  suspendCommune(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Tenant> {
    return tenants.setCommuneSuspended(ctx, code, true, reason);
  }

  @Mutation(() => Tenant, {
    description: 'Mở lại một xã đang tạm ngừng của tỉnh — quản trị cấp tỉnh',
  })
  resumeCommune(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<Tenant> {
    return tenants.setCommuneSuspended(ctx, code, false, null);
  }

  @Query(() => ProvinceOverview, {
    description:
      'Các xã của tỉnh đặt cạnh nhau: số ý tưởng tiếp nhận, phản hồi, đưa ra Hội đồng, thử nghiệm, vinh danh (chỉ số liệu tổng hợp)',
  })
  provinceOverview(@Ctx() ctx: Context): Promise<ProvinceOverview> {
    return tenants.provinceOverview(ctx);
  }

  @Query(() => [ProvinceHonouredIdea], {
    description:
      'Ý tưởng được vinh danh của một xã kèm tên tác giả — chỉ khi xã đã cho phép; mỗi lần xem được ghi nhật ký của xã',
  })
  provinceHonouredIdeas(
    @Ctx() ctx: Context,
    @Arg('communeCode', () => String) communeCode: string,
  ): Promise<ProvinceHonouredIdea[]> {
    return tenants.provinceHonouredIdeas(ctx, communeCode);
  }

  @Mutation(() => Tenant, {
    description: 'Xã cho phép (hoặc thôi cho phép) cấp tỉnh xem dữ liệu cá nhân — quản trị xã',
  })
  setProvinceDataAccess(
    @Ctx() ctx: Context,
    @Arg('granted', () => Boolean) granted: boolean,
  ): Promise<Tenant> {
    return tenants.setProvinceDataAccess(ctx, granted);
  }

  @Mutation(() => Tenant, {
    description: 'Cập nhật thông tin của xã: tên hiển thị, biểu trưng, liên hệ, người ký văn bản',
  })
  updateCommuneSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => CommuneSettingsInput) input: CommuneSettingsInput,
  ): Promise<Tenant> {
    return tenants.updateCommuneSettings(ctx, input);
  }
}
