import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Idea } from '../idea/idea.entity.js';
import { CoAuthorInput, OriginInput } from '../idea/idea.inputs.js';
import { IdeaTracking } from '../idea/idea.types.js';
import { authorFromToken, trackByToken } from '../idea/author.service.js';
import { ConsentKind } from '../consent/consent.enums.js';
import { receiptLogPage, verifyReceipt } from '../receipts/receipt-log.service.js';
import { DisputeStatus, RIGHTS_STATUS_LABEL } from './rights.enums.js';
import * as authorship from './authorship.service.js';
import * as rights from './rights.service.js';
import {
  AuthorShareInput,
  CoAuthorInvitationView,
  DisputeInput,
  DisputeReceipt,
  DisputeView,
  InPersonAnswerInput,
  InPersonConsentInput,
  InvitationAnswerInput,
  InvitationAnswerView,
  OriginDeclaration,
  ResolveDisputeInput,
  RightsCheck,
  RightsDecisionView,
  RightsStatusInput,
} from './rights.types.js';
import { ReceiptCheck, ReceiptLogEntryView } from '../receipts/receipt-log.types.js';

@Resolver(() => Idea)
export class IdeaRightsResolver {
  @FieldResolver(() => String, { description: 'Tình trạng quyền tác giả (tiếng Việt)' })
  rightsStatusLabel(@Root() idea: Idea): string {
    return RIGHTS_STATUS_LABEL[idea.rightsStatus];
  }

  @FieldResolver(() => OriginDeclaration, {
    nullable: true,
    description: 'Cam đoan nguồn gốc của chủ nhiệm (chưa cam đoan: null)',
  })
  origin(@Root() idea: Idea): OriginDeclaration | null {
    if (!idea.originDeclaredAt) return null;
    return {
      ownWork: Boolean(idea.originOwnWork),
      sources: idea.originSources ?? null,
      declaredAt: idea.originDeclaredAt,
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phần giữ bí mật: chỉ cán bộ xử lý ý tưởng xem được, không bao giờ công khai',
  })
  confidential(@Root() idea: Idea, @Ctx() ctx: Context): string | null {
    return rights.ideaConfidential(ctx, idea);
  }

  @FieldResolver(() => RightsCheck, {
    nullable: true,
    description: 'Điều kiện còn thiếu để công khai, thử nghiệm, nhân rộng (cán bộ xử lý)',
  })
  rightsCheck(@Root() idea: Idea, @Ctx() ctx: Context): Promise<RightsCheck | null> {
    return rights.ideaRightsCheck(ctx, idea);
  }

  @FieldResolver(() => [RightsDecisionView], {
    nullable: true,
    description: 'Lịch sử xác lập quyền tác giả (cán bộ xử lý)',
  })
  rightsHistory(@Root() idea: Idea, @Ctx() ctx: Context): Promise<RightsDecisionView[] | null> {
    return rights.ideaRightsHistory(ctx, idea);
  }

  @FieldResolver(() => [DisputeView], {
    nullable: true,
    description: 'Khiếu nại tranh chấp (cơ quan đầu mối)',
  })
  disputes(@Root() idea: Idea, @Ctx() ctx: Context): Promise<DisputeView[] | null> {
    return rights.ideaDisputes(ctx, idea);
  }
}

@Resolver()
export class RightsResolver {
  // ——— Public: receipts, co-author invitations, disputes ———

  @Query(() => ReceiptCheck, {
    description:
      'Kiểm tra một biên nhận (mã băm SHA-256) có trong sổ biên nhận công khai và còn nguyên vẹn',
  })
  verifyReceipt(
    @Ctx() ctx: Context,
    @Arg('digest', () => String) digest: string,
  ): Promise<ReceiptCheck> {
    return verifyReceipt(ctx, digest);
  }

  @Query(() => [ReceiptLogEntryView], {
    description:
      'Sổ biên nhận công khai theo thứ tự, để ai cũng tự kiểm tra được chuỗi mã băm (tối đa 1000 mục mỗi lần)',
  })
  receiptLog(
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { defaultValue: 0 }) afterSeq: number,
    @Arg('first', () => Int, { defaultValue: 200 }) first: number,
  ): Promise<ReceiptLogEntryView[]> {
    return receiptLogPage(ctx, afterSeq, first);
  }

  @Query(() => CoAuthorInvitationView, {
    description: 'Lời mời xác nhận đồng tác giả (mã trong liên kết một lần)',
  })
  coAuthorInvitation(@Ctx() ctx: Context, @Arg('code', () => String) code: string) {
    return authorship.coAuthorInvitation(ctx, code);
  }

  @Mutation(() => InvitationAnswerView, {
    description: 'Đồng tác giả xác nhận (kèm các đồng ý) hoặc từ chối; liên kết chỉ dùng một lần',
  })
  answerCoAuthorInvitation(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('input', () => InvitationAnswerInput) input: InvitationAnswerInput,
  ) {
    return authorship.answerCoAuthorInvitation(ctx, code, input);
  }

  @Mutation(() => DisputeReceipt, {
    description:
      'Khiếu nại tranh chấp quyền tác giả về một ý tưởng đang công khai: ý tưởng tạm ngừng hiển thị ngay',
  })
  async raiseDispute(
    @Ctx() ctx: Context,
    @Arg('input', () => DisputeInput) input: DisputeInput,
  ): Promise<DisputeReceipt> {
    const d = await rights.raiseDispute(ctx, input, null);
    return {
      id: d.id,
      receivedAt: d.createdAt,
      message:
        'Đã nhận khiếu nại. Ý tưởng tạm ngừng hiển thị công khai trong khi cơ quan đầu mối xem xét; kết quả sẽ được gửi cho bạn.',
    };
  }

  // ——— The author, through the tracking page ———

  @Mutation(() => IdeaTracking, {
    description:
      'Tác giả đồng ý hoặc rút lại một sự đồng ý; có hiệu lực ngay (người dưới 16 tuổi cần thêm cha, mẹ hoặc người giám hộ)',
  })
  async setMyConsent(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('kind', () => ConsentKind) kind: ConsentKind,
    @Arg('given', () => Boolean) given: boolean,
    @Arg('guardianConsent', () => Boolean, { defaultValue: false }) guardianConsent: boolean,
  ) {
    const { authorship: a } = await authorFromToken(ctx, token);
    await authorship.setMyConsent(ctx, a, kind, given, guardianConsent);
    return trackByToken(ctx, token);
  }

  @Mutation(() => IdeaTracking, { description: 'Chủ nhiệm cam đoan về nguồn gốc ý tưởng' })
  async declareOrigin(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('input', () => OriginInput) input: OriginInput,
  ) {
    const { authorship: a } = await authorFromToken(ctx, token);
    await rights.declareOrigin(ctx, a, input);
    return trackByToken(ctx, token);
  }

  @Mutation(() => IdeaTracking, {
    description: 'Tác giả khiếu nại về quyền tác giả của chính ý tưởng này',
  })
  async raiseDisputeAsAuthor(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('statement', () => String) statement: string,
    @Arg('evidenceIds', () => [ID], { defaultValue: [] }) evidenceIds: string[],
  ) {
    const { authorship: a } = await authorFromToken(ctx, token);
    const person = a.person.getEntity();
    await rights.raiseDispute(
      ctx,
      {
        ideaId: a.idea.id,
        claimantName: person.fullName,
        claimantContact: person.email ?? person.phone ?? '',
        statement,
        evidenceIds,
      },
      a,
    );
    return trackByToken(ctx, token);
  }

  // ——— The hub ———

  @Query(() => [DisputeView], { description: 'Khiếu nại tranh chấp quyền tác giả' })
  disputes(
    @Ctx() ctx: Context,
    @Arg('status', () => DisputeStatus, { nullable: true }) status: DisputeStatus | null,
    @Arg('ideaId', () => ID, { nullable: true }) ideaId: string | null,
  ): Promise<DisputeView[]> {
    return rights.listDisputeViews(ctx, { status, ideaId });
  }

  @Mutation(() => Idea, {
    description:
      'Đặt tình trạng quyền tác giả với lý do và bằng chứng; "Đã xác lập" cần cam đoan nguồn gốc, không còn tranh chấp và đồng tác giả đã trả lời',
  })
  setRightsStatus(
    @Ctx() ctx: Context,
    @Arg('input', () => RightsStatusInput) input: RightsStatusInput,
  ) {
    return rights.setRightsStatus(ctx, input);
  }

  @Mutation(() => Idea, { description: 'Ghi nhận cam đoan nguồn gốc chủ nhiệm ký trên giấy' })
  recordOrigin(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('input', () => OriginInput) input: OriginInput,
  ) {
    return rights.recordOrigin(ctx, ideaId, input);
  }

  @Mutation(() => DisputeView, { description: 'Giải quyết khiếu nại; kết quả gửi người khiếu nại' })
  resolveDispute(
    @Ctx() ctx: Context,
    @Arg('input', () => ResolveDisputeInput) input: ResolveDisputeInput,
  ): Promise<DisputeView> {
    return rights.resolveDisputeView(ctx, input);
  }

  @Mutation(() => Idea, {
    description: 'Thêm đồng tác giả (được mời xác nhận); tỷ lệ đóng góp mới phải có tổng 100 %',
  })
  addCoAuthor(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('coAuthor', () => CoAuthorInput) coAuthor: CoAuthorInput,
    @Arg('shares', () => [AuthorShareInput], { defaultValue: [] }) shares: AuthorShareInput[],
  ) {
    return authorship.addCoAuthor(ctx, ideaId, coAuthor, shares);
  }

  @Mutation(() => Idea, { description: 'Điều chỉnh tỷ lệ đóng góp (tổng phải bằng 100 %)' })
  setAuthorShares(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('shares', () => [AuthorShareInput]) shares: AuthorShareInput[],
    @Arg('reason', () => String) reason: string,
  ) {
    return authorship.setAuthorShares(ctx, ideaId, shares, reason);
  }

  @Mutation(() => Idea, { description: 'Gửi lại liên kết xác nhận cho đồng tác giả' })
  resendCoAuthorInvitation(@Ctx() ctx: Context, @Arg('authorId', () => ID) authorId: string) {
    return authorship.resendCoAuthorInvitation(ctx, authorId);
  }

  @Mutation(() => Idea, {
    description: 'Ghi nhận đồng tác giả xác nhận hoặc từ chối trực tiếp (kèm phiếu có chữ ký)',
  })
  confirmCoAuthorInPerson(
    @Ctx() ctx: Context,
    @Arg('authorId', () => ID) authorId: string,
    @Arg('input', () => InPersonAnswerInput) input: InPersonAnswerInput,
  ) {
    return authorship.confirmCoAuthorInPerson(ctx, authorId, input);
  }

  @Mutation(() => Idea, {
    description: 'Ghi nhận sự đồng ý (hoặc rút lại) tác giả ký trên giấy tại đầu mối tiếp nhận',
  })
  recordConsentInPerson(
    @Ctx() ctx: Context,
    @Arg('input', () => InPersonConsentInput) input: InPersonConsentInput,
  ) {
    return authorship.recordConsentInPerson(ctx, input);
  }
}
