import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { viCollator } from '../common/text.js';
import { Council, CouncilMember } from './council.entity.js';
import { COUNCIL_ROLE_LABEL, ConclusionRule, CouncilRole } from './council.enums.js';

@ObjectType({ description: 'Thành viên Hội đồng tư vấn, như trong quyết định thành lập' })
export class PublicCouncilMember {
  @Field({ description: 'Họ và tên' })
  fullName: string;

  @Field(() => CouncilRole)
  role: CouncilRole;

  @Field({ description: 'Vai trò trong Hội đồng' })
  roleLabel: string;

  @Field({ description: 'Chức vụ, đơn vị công tác' })
  title: string;

  @Field({ description: 'Chuyên gia bên ngoài' })
  external: boolean;
}

@ObjectType({
  description:
    'Hội đồng tư vấn, phần công khai: quyết định thành lập, nhiệm kỳ, phạm vi và thành phần (không có thông tin liên hệ, phiếu chấm)',
})
export class PublicCouncil {
  @Field()
  name: string;

  @Field({ description: 'Số quyết định thành lập' })
  decisionNumber: string;

  @Field({ description: 'Ngày quyết định (YYYY-MM-DD)' })
  decisionDate: string;

  @Field({ description: 'Người ký quyết định' })
  signer: string;

  @Field({ description: 'Nhiệm kỳ từ (YYYY-MM-DD)' })
  termStart: string;

  @Field({ description: 'Nhiệm kỳ đến (YYYY-MM-DD)' })
  termEnd: string;

  @Field(() => Int, { description: 'Số thành viên tối thiểu phải chấm để có kết quả' })
  quorum: number;

  @Field(() => ConclusionRule)
  rule: ConclusionRule;

  @Field(() => [IdeaField], { description: 'Lĩnh vực phụ trách (rỗng: mọi lĩnh vực)' })
  fields: IdeaField[];

  @Field(() => [PublicCouncilMember])
  members: PublicCouncilMember[];
}

const ROLE_ORDER = [
  CouncilRole.CHAIR,
  CouncilRole.VICE_CHAIR,
  CouncilRole.SECRETARY,
  CouncilRole.MEMBER,
];

/**
 * The councils of a campaign as the public sees them. The composition of a council is set by a
 * public decision of the commune Chairman and its members act in a public capacity, so names,
 * positions and roles are shown; accounts, e-mails, conflicts and scores never are.
 */
@Resolver(() => Campaign)
export class CampaignCouncilsResolver {
  @FieldResolver(() => [PublicCouncil], {
    description: 'Hội đồng tư vấn đang hoạt động của phong trào (công khai)',
  })
  async councils(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<PublicCouncil[]> {
    const councils = await ctx.em.find(
      Council,
      {
        tenant: ctx.tenant.id,
        active: true,
        $or: [{ campaign: campaign.id }, { campaign: null }],
      },
      { populate: ['fields'], orderBy: { decisionDate: 'asc', id: 'asc' } },
    );
    if (!councils.length) return [];
    const members = await ctx.em.find(
      CouncilMember,
      { council: { $in: councils.map((c) => c.id) } },
      { populate: ['user'] },
    );
    return councils.map((c) => ({
      name: c.name,
      decisionNumber: c.decisionNumber,
      decisionDate: c.decisionDate,
      signer: c.signer,
      termStart: c.termStart,
      termEnd: c.termEnd,
      quorum: c.quorum,
      rule: c.rule,
      fields: [...c.fields].sort((a, b) => a.sortOrder - b.sortOrder),
      members: members
        .filter((m) => m.council.id === c.id)
        .map((m) => ({
          fullName: (m.user.getEntity() as StaffUser).fullName,
          role: m.role,
          roleLabel: COUNCIL_ROLE_LABEL[m.role],
          title: m.title,
          external: m.external,
        }))
        .sort(
          (a, b) =>
            ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
            viCollator.compare(a.fullName, b.fullName),
        ),
    }));
  }
}
