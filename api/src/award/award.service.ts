import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, mayManageAwards } from '../common/access.js';
import { BadInputError, InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { assertRightsCleared } from '../rights/rights.gate.js';
import { RightsUse } from '../rights/rights.enums.js';
import { Idea } from '../idea/idea.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Person } from '../person/person.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { respond } from '../idea/transition.core.js';
import { ResponseKind } from '../idea/idea.enums.js';
import { Adoption, Pilot } from '../pilot/pilot.entity.js';
import { prizeAmount } from '../council/review.result.js';
import { Award, AwardRate, BaseSalary } from './award.entity.js';
import { AwardForm, AwardStatus, RecipientKind, AWARD_FORM_LABEL } from './award.enums.js';
import { formatDateVi } from '../common/text.js';
import { awardLoaders } from './award.loaders.js';
import type { PublicAward } from './award.types.js';
import { emitWebhookEvent } from '../partner/webhook.service.js';
import { WebhookEvent } from '../partner/webhook.enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface AwardInputData {
  form: AwardForm;
  higherLevelForm?: string | null;
  recipientKind: RecipientKind;
  recipientName: string;
  personId?: string | null;
  unitId?: string | null;
  achievement: string;
  ideaIds: string[];
  pilotIds: string[];
  adoptionIds: string[];
}

/** The setting in force on a date: the latest row whose validFrom is on or before it. */
export async function settingsOn(
  em: EntityManager,
  tenantId: string,
  form: AwardForm,
  kind: RecipientKind,
  date: string,
) {
  const [rate, salary] = await Promise.all([
    em.findOne(
      AwardRate,
      { tenant: tenantId, form, recipientKind: kind, validFrom: { $lte: date } },
      { orderBy: { validFrom: 'desc' } },
    ),
    em.findOne(
      BaseSalary,
      { tenant: tenantId, validFrom: { $lte: date } },
      { orderBy: { validFrom: 'desc' } },
    ),
  ]);
  return { rate, salary };
}

export async function proposeAward(ctx: Context, input: AwardInputData): Promise<Award> {
  const { viewer } = ctx;
  assertAllowed(viewer, mayManageAwards(viewer), 'Chỉ cơ quan đầu mối lập đề nghị khen thưởng.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const v = new Validator();
    const recipientName = v.text('recipientName', input.recipientName, {
      label: 'tên người/tập thể được đề nghị',
      required: true,
      max: 300,
    });
    const achievement = v.text('achievement', input.achievement, {
      label: 'thành tích',
      required: true,
      max: 10_000,
      multiline: true,
    });
    const higher = v.text('higherLevelForm', input.higherLevelForm, {
      label: 'hình thức đề nghị cấp trên',
      max: 300,
    });
    if (input.form === AwardForm.HIGHER_LEVEL && !higher)
      v.add('higherLevelForm', 'Ghi rõ hình thức đề nghị cấp trên khen thưởng.');
    let person: Person | null = null;
    let unit: Unit | null = null;
    if (input.personId) {
      person = isUuid(input.personId)
        ? await tx.findOne(Person, { id: input.personId, tenant: ctx.tenant.id })
        : null;
      if (!person) v.add('personId', 'Không tìm thấy tác giả.');
    }
    if (input.unitId) {
      unit = isUuid(input.unitId)
        ? await tx.findOne(Unit, { id: input.unitId, tenant: ctx.tenant.id })
        : null;
      if (!unit) v.add('unitId', 'Không tìm thấy đơn vị.');
    }
    if (input.recipientKind === RecipientKind.COLLECTIVE && person)
      v.add('personId', 'Tập thể không gắn với một cá nhân.');
    const ideas =
      input.ideaIds.length && input.ideaIds.every(isUuid)
        ? await tx.find(Idea, { id: { $in: input.ideaIds }, tenant: ctx.tenant.id })
        : [];
    if (ideas.length !== new Set(input.ideaIds).size) v.add('ideaIds', 'Có ý tưởng không tồn tại.');
    const pilots =
      input.pilotIds.length && input.pilotIds.every(isUuid)
        ? await tx.count(Pilot, { id: { $in: input.pilotIds }, tenant: ctx.tenant.id })
        : 0;
    if (pilots !== new Set(input.pilotIds).size) v.add('pilotIds', 'Có thử nghiệm không tồn tại.');
    const adoptions =
      input.adoptionIds.length && input.adoptionIds.every(isUuid)
        ? await tx.count(Adoption, { id: { $in: input.adoptionIds }, tenant: ctx.tenant.id })
        : 0;
    if (adoptions !== new Set(input.adoptionIds).size)
      v.add('adoptionIds', 'Có kết quả ứng dụng không tồn tại.');
    if (!ideas.length && !pilots && !adoptions)
      v.add(
        'ideaIds',
        'Đề nghị khen thưởng cần minh chứng: ý tưởng, thử nghiệm hoặc kết quả ứng dụng.',
      );
    v.throwIfInvalid();
    const award = tx.create(Award, {
      tenant: ctx.tenant.id,
      form: input.form,
      higherLevelForm: higher,
      recipientKind: input.recipientKind,
      recipientName: recipientName!,
      person,
      unit,
      achievement: achievement!,
      evidence: {
        pilotIds: [...new Set(input.pilotIds)],
        adoptionIds: [...new Set(input.adoptionIds)],
      },
      proposedBy: tx.getReference(StaffUser, viewer.userId),
      createdAt: now,
    });
    for (const idea of ideas) award.ideas.add(idea);
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.AWARD_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { awardId: award.id, step: 'proposed', form: input.form, recipient: recipientName },
      at: now,
    });
    await tx.flush();
    return award;
  });
}

/** Records the decision; the prize is computed from the settings in force on the decision date. */
export async function decideAward(
  ctx: Context,
  id: string,
  decisionNumber: string,
  decisionDate: string,
): Promise<Award> {
  const { viewer } = ctx;
  assertAllowed(viewer, mayManageAwards(viewer));
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const award = isUuid(id)
      ? await tx.findOne(Award, { id, tenant: ctx.tenant.id }, { populate: ['ideas'] })
      : null;
    if (!award) throw new NotFoundError('Không tìm thấy đề nghị khen thưởng.');
    if (award.status !== AwardStatus.PROPOSED)
      throw new InvalidTransitionError('Đề nghị này đã có quyết định hoặc đã thu hồi.');
    const v = new Validator();
    const number = v.text('decisionNumber', decisionNumber, {
      label: 'số quyết định',
      required: true,
      max: 60,
    });
    if (!DATE.test(decisionDate)) v.add('decisionDate', 'Ngày quyết định không hợp lệ.');
    v.throwIfInvalid();
    award.status = AwardStatus.DECIDED;
    award.decisionNumber = number;
    award.decisionDate = decisionDate;
    if (award.form !== AwardForm.HIGHER_LEVEL) {
      const { rate, salary } = await settingsOn(
        tx,
        ctx.tenant.id,
        award.form,
        award.recipientKind,
        decisionDate,
      );
      if (!rate || !salary) {
        throw new BadInputError({
          decisionDate: 'Chưa có hệ số khen thưởng hoặc mức lương cơ sở áp dụng cho ngày này.',
        });
      }
      award.coefficient = rate.coefficient;
      award.baseSalary = salary.amount;
      award.prizeAmount = prizeAmount(rate.coefficient, salary.amount);
    }
    for (const idea of award.ideas) {
      await respond(tx, idea, {
        kind: ResponseKind.DECISION,
        body:
          `Chủ tịch UBND xã đã ra Quyết định số ${number} ngày ${formatDateVi(new Date(decisionDate))} khen thưởng ` +
          `${award.recipientName} (${AWARD_FORM_LABEL[award.form]}) với thành tích liên quan đến ý tưởng "${idea.title}". Xin chúc mừng!`,
        sentBy: viewer.userId,
        now,
      });
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.AWARD_CHANGED,
      actor: auditActor(ctx.viewer),
      details: {
        awardId: award.id,
        step: 'decided',
        decisionNumber: number,
        prizeAmount: award.prizeAmount ?? null,
      },
      at: now,
    });
    await tx.flush();
    return award;
  });
}

/** Revokes an award (e.g. obtained by fraud); the record and its evidence stay. */
export async function revokeAward(ctx: Context, id: string, reason: string): Promise<Award> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const award = isUuid(id) ? await tx.findOne(Award, { id, tenant: ctx.tenant.id }) : null;
    if (!award) throw new NotFoundError('Không tìm thấy đề nghị khen thưởng.');
    if (award.status === AwardStatus.REVOKED)
      throw new InvalidTransitionError('Khen thưởng đã bị thu hồi.');
    const v = new Validator();
    const why = v.text('reason', reason, {
      label: 'lý do thu hồi',
      required: true,
      max: 3000,
      multiline: true,
    });
    v.throwIfInvalid();
    award.status = AwardStatus.REVOKED;
    award.revokedAt = now;
    award.revokeReason = why;
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.AWARD_CHANGED,
      actor: auditActor(ctx.viewer),
      reason: why,
      details: { awardId: award.id, step: 'revoked', prizeToRecover: award.prizeAmount ?? 0 },
      at: now,
    });
    await tx.flush();
    return award;
  });
}

/** Dated settings are only ever added, never edited, so past awards keep their basis. */
async function recordSetting<T extends AwardRate | BaseSalary>(
  ctx: Context,
  entity: new () => T,
  values: Record<string, unknown>,
  key: string,
): Promise<T> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const row = tx.create(entity, {
      ...values,
      tenant: ctx.tenant.id,
      createdAt: now,
    } as never);
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.SETTINGS_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { [key]: values },
      at: now,
    });
    await tx.flush();
    return row;
  });
}

export async function addAwardRate(
  ctx: Context,
  input: {
    form: AwardForm;
    recipientKind: RecipientKind;
    coefficient: number;
    validFrom: string;
    legalBasis?: string | null;
  },
): Promise<AwardRate> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
  const v = new Validator();
  if (!Number.isFinite(input.coefficient) || input.coefficient <= 0 || input.coefficient > 100)
    v.add('coefficient', 'Hệ số phải lớn hơn 0.');
  if (!DATE.test(input.validFrom)) v.add('validFrom', 'Ngày hiệu lực không hợp lệ.');
  const basis = v.text('legalBasis', input.legalBasis, { label: 'văn bản quy định', max: 300 });
  v.throwIfInvalid();
  return recordSetting(ctx, AwardRate, { ...input, legalBasis: basis }, 'awardRate');
}

export async function addBaseSalary(
  ctx: Context,
  input: { amount: number; validFrom: string; legalBasis?: string | null },
): Promise<BaseSalary> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
  const v = new Validator();
  if (!Number.isInteger(input.amount) || input.amount <= 0)
    v.add('amount', 'Mức lương cơ sở phải là số đồng dương.');
  if (!DATE.test(input.validFrom)) v.add('validFrom', 'Ngày hiệu lực không hợp lệ.');
  const basis = v.text('legalBasis', input.legalBasis, { label: 'văn bản quy định', max: 300 });
  v.throwIfInvalid();
  return recordSetting(ctx, BaseSalary, { ...input, legalBasis: basis }, 'baseSalary');
}

/** Honouring an idea on the public site, with a citation; the rights gate applies. */
export async function honourIdea(
  ctx: Context,
  ideaId: string,
  citation: string | null,
  honoured: boolean,
): Promise<Idea> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer), 'Chỉ cơ quan đầu mối vinh danh ý tưởng.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = isUuid(ideaId)
      ? await tx.findOne(Idea, { id: ideaId, tenant: ctx.tenant.id })
      : null;
    if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
    const v = new Validator();
    const text = v.text('citation', citation, {
      label: 'lời vinh danh',
      required: honoured,
      max: 2000,
      multiline: true,
    });
    if (honoured && !idea.publishedAt)
      v.add('ideaId', 'Cần công khai ý tưởng trước khi vinh danh.');
    v.throwIfInvalid();
    if (honoured) await assertRightsCleared(tx, idea, RightsUse.PUBLISH);
    const newlyHonoured = honoured && !idea.honouredAt;
    idea.honouredAt = honoured ? now : null;
    idea.honourCitation = honoured ? text : null;
    if (newlyHonoured) {
      // Partners' webhooks: what the public sees of the honour.
      await emitWebhookEvent(tx, {
        tenantId: ctx.tenant.id,
        event: WebhookEvent.IDEA_HONOURED,
        data: {
          ideaId: idea.id,
          title: idea.title,
          honouredAt: now.toISOString(),
          citation: text,
          path: `/y-tuong/${idea.id}`,
        },
        now,
      });
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.IDEA_HONOURED,
      actor: auditActor(ctx.viewer),
      ideaId: idea.id,
      details: { honoured },
      reason: text,
      at: now,
    });
    await tx.flush();
    return idea;
  });
}

export function listAwards(ctx: Context, status: AwardStatus | null): Promise<Award[]> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
  return ctx.em.find(
    Award,
    { tenant: ctx.tenant.id, ...(status ? { status } : {}) },
    { orderBy: { createdAt: 'desc' } },
  );
}

export function listAwardRates(ctx: Context): Promise<AwardRate[]> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
  return ctx.em.find(
    AwardRate,
    { tenant: ctx.tenant.id },
    { orderBy: { form: 'asc', recipientKind: 'asc', validFrom: 'desc' } },
  );
}

export function listBaseSalaries(ctx: Context): Promise<BaseSalary[]> {
  assertAllowed(ctx.viewer, mayManageAwards(ctx.viewer));
  return ctx.em.find(BaseSalary, { tenant: ctx.tenant.id }, { orderBy: { validFrom: 'desc' } });
}

/** What the public may know of an idea's awards: the decision, not who got how much. */
export async function ideaPublicAwards(ctx: Context, idea: Idea): Promise<PublicAward[]> {
  const rows = await awardLoaders(ctx).decidedAwardsByIdea.load(idea.id);
  return rows.map((a) => ({
    form: a.form,
    formLabel:
      a.form === AwardForm.HIGHER_LEVEL && a.higherLevelForm
        ? a.higherLevelForm
        : AWARD_FORM_LABEL[a.form],
    recipientKind: a.recipientKind,
    decisionNumber: a.decisionNumber ?? '',
    decisionDate: a.decisionDate ?? '',
  }));
}
