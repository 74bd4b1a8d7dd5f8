import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayManageCouncils,
  seesWholeTenant,
  type StaffViewer,
} from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { foldVietnamese, viCollator } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Role } from '../common/roles.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { Council, CouncilMember, Review, RubricCriterion, Score } from './council.entity.js';
import { COUNCIL_ROLE_LABEL, CouncilRole, ReviewStatus } from './council.enums.js';
import { councilLoaders } from './council.loaders.js';
import type { PublicCouncil } from './council.types.js';
import type { CouncilInput, RubricCriterionInput } from './council.inputs.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function validateCouncil(em: EntityManager, tenantId: string, input: CouncilInput) {
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'tên Hội đồng', required: true, max: 300 });
  const decisionNumber = v.text('decisionNumber', input.decisionNumber, {
    label: 'số quyết định',
    required: true,
    max: 60,
  });
  const signer = v.text('signer', input.signer, { label: 'người ký', required: true, max: 200 });
  for (const k of ['decisionDate', 'termStart', 'termEnd'] as const) {
    if (!DATE.test(input[k] ?? '')) v.add(k, 'Ngày không hợp lệ (YYYY-MM-DD).');
  }
  if (DATE.test(input.termStart) && DATE.test(input.termEnd) && input.termEnd < input.termStart) {
    v.add('termEnd', 'Nhiệm kỳ kết thúc phải sau ngày bắt đầu.');
  }
  if (
    !Number.isFinite(input.scoreThreshold) ||
    input.scoreThreshold < 0 ||
    input.scoreThreshold > 100
  ) {
    v.add('scoreThreshold', 'Ngưỡng điểm phải từ 0 đến 100.');
  }
  const members = input.members ?? [];
  if (!members.length) v.add('members', 'Hội đồng cần có thành viên.');
  const chairs = members.filter((m) => m.role === CouncilRole.CHAIR).length;
  if (members.length && chairs !== 1) v.add('members', 'Hội đồng cần đúng một Chủ tịch.');
  if (new Set(members.map((m) => m.userId)).size !== members.length)
    v.add('members', 'Một người chỉ giữ một vai trò trong Hội đồng.');
  if (
    !Number.isInteger(input.quorum) ||
    input.quorum < 1 ||
    input.quorum > Math.max(members.length, 1)
  ) {
    v.add('quorum', `Số thành viên tối thiểu phải từ 1 đến ${Math.max(members.length, 1)}.`);
  }
  const userIds = members.map((m) => m.userId).filter(isUuid);
  const users = userIds.length
    ? await em.find(StaffUser, { id: { $in: userIds }, tenant: tenantId, active: true })
    : [];
  members.forEach((m, i) => {
    if (!users.some((u) => u.id === m.userId))
      v.add(`members.${i}.userId`, 'Tài khoản không tồn tại.');
    v.text(`members.${i}.title`, m.title, { label: 'chức vụ, đơn vị', required: true, max: 300 });
  });
  let campaign: Campaign | null = null;
  if (input.campaignId) {
    campaign = isUuid(input.campaignId)
      ? await em.findOne(Campaign, { id: input.campaignId, tenant: tenantId })
      : null;
    if (!campaign) v.add('campaignId', 'Phong trào không tồn tại.');
  }
  const fieldIds = [...new Set(input.fieldIds ?? [])];
  const fields =
    fieldIds.every(isUuid) && fieldIds.length
      ? await em.find(IdeaField, { id: { $in: fieldIds }, tenant: tenantId })
      : [];
  if (fields.length !== fieldIds.length) v.add('fieldIds', 'Lĩnh vực không tồn tại.');
  let document: Attachment | null = null;
  if (input.decisionDocumentId) {
    document = isUuid(input.decisionDocumentId)
      ? await em.findOne(Attachment, {
          id: input.decisionDocumentId,
          tenant: tenantId,
          kind: AttachmentKind.DECISION,
        })
      : null;
    if (!document) v.add('decisionDocumentId', 'Văn bản quyết định chưa được tải lên.');
  }
  v.throwIfInvalid();
  return {
    name: name!,
    decisionNumber: decisionNumber!,
    signer: signer!,
    users,
    campaign,
    fields,
    document,
  };
}

/** Establishes or updates a council as decided by the commune Chairman. */
export async function saveCouncil(
  ctx: Context,
  id: string | null,
  input: CouncilInput,
): Promise<Council> {
  assertAllowed(ctx.viewer, mayManageCouncils(ctx.viewer), 'Chỉ cơ quan đầu mối quản lý Hội đồng.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const c = await validateCouncil(tx, ctx.tenant.id, input);
    let council: Council;
    if (id) {
      const found = isUuid(id) ? await tx.findOne(Council, { id, tenant: ctx.tenant.id }) : null;
      if (!found) throw new NotFoundError('Không tìm thấy Hội đồng.');
      council = found;
      const open = await tx.count(Review, { council: council.id, status: ReviewStatus.OPEN });
      const existing = await tx.find(CouncilMember, { council: council.id });
      const same =
        existing.length === input.members.length &&
        input.members.every((m) =>
          existing.some((e) => e.user.id === m.userId && e.role === m.role),
        );
      if (open && !same) {
        throw new ConflictError(
          'Hội đồng đang chấm điểm ý tưởng: không thể thay đổi thành viên cho đến khi kết luận.',
        );
      }
      if (!same) await tx.nativeDelete(CouncilMember, { council: council.id });
    } else {
      council = tx.create(Council, {
        tenant: ctx.tenant.id,
        name: c.name,
        decisionNumber: c.decisionNumber,
        decisionDate: input.decisionDate,
        signer: c.signer,
        termStart: input.termStart,
        termEnd: input.termEnd,
        quorum: input.quorum,
        rule: input.rule,
        createdAt: now,
      });
    }
    Object.assign(council, {
      name: c.name,
      decisionNumber: c.decisionNumber,
      decisionDate: input.decisionDate,
      signer: c.signer,
      termStart: input.termStart,
      termEnd: input.termEnd,
      quorum: input.quorum,
      rule: input.rule,
      scoreThreshold: input.scoreThreshold,
      campaign: c.campaign,
      decisionDocument: c.document,
    });
    // Kept by the council: the cleanup of abandoned uploads must not remove it.
    if (c.document && !c.document.attachedAt) c.document.attachedAt = now;
    council.fields.set(c.fields);
    const existingMembers = await tx.count(CouncilMember, { council: council.id });
    if (!existingMembers) {
      for (const m of input.members) {
        const user = c.users.find((u) => u.id === m.userId)!;
        tx.create(CouncilMember, {
          tenant: ctx.tenant.id,
          council,
          user,
          role: m.role,
          title: m.title.trim(),
          external: m.external,
          createdAt: now,
        });
        // Members score through their own login: give them the council role if they lack it.
        if (!user.roles.includes(Role.COUNCIL_MEMBER))
          user.roles = [...user.roles, Role.COUNCIL_MEMBER];
      }
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.COUNCIL_CHANGED,
      actor: auditActor(ctx.viewer),
      details: {
        councilId: council.id,
        decisionNumber: c.decisionNumber,
        members: input.members.length,
      },
      at: now,
    });
    await tx.flush();
    return council;
  });
}

function codeOf(name: string): string {
  return (
    foldVietnamese(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/(^-|-$)/g, '')
      .slice(0, 60) || 'tieu-chi'
  );
}

/** Replaces a campaign's rubric; refused once an idea has been scored under it. */
export async function setRubric(
  ctx: Context,
  campaignId: string,
  criteria: RubricCriterionInput[],
): Promise<Campaign> {
  assertAllowed(ctx.viewer, mayManageCouncils(ctx.viewer), 'Chỉ cơ quan đầu mối sửa bộ tiêu chí.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const campaign = isUuid(campaignId)
      ? await tx.findOne(Campaign, { id: campaignId, tenant: ctx.tenant.id })
      : null;
    if (!campaign) throw new NotFoundError('Không tìm thấy phong trào.');
    // Scores already given under the rubric freeze it too (seeded or imported data without the
    // mark); replacing it would orphan them.
    const scored = campaign.rubricFrozenAt
      ? 1
      : await tx.count(Score, { criterion: { campaign: campaign.id } });
    if (scored) {
      throw new ConflictError(
        'Bộ tiêu chí đã khóa vì đã có ý tưởng được chấm theo bộ tiêu chí này.',
      );
    }
    const v = new Validator();
    if (!criteria.length) v.add('criteria', 'Cần ít nhất một tiêu chí.');
    const codes = criteria.map((c, i) => {
      v.text(`criteria.${i}.name`, c.name, { label: 'tên tiêu chí', required: true, max: 300 });
      if (!Number.isFinite(c.weight) || c.weight <= 0)
        v.add(`criteria.${i}.weight`, 'Trọng số phải lớn hơn 0.');
      if (!Number.isInteger(c.scaleMax) || c.scaleMax < 1 || c.scaleMax > 100)
        v.add(`criteria.${i}.scaleMax`, 'Thang điểm từ 1 đến 100.');
      return c.code?.trim() || codeOf(c.name ?? '');
    });
    if (new Set(codes).size !== codes.length) v.add('criteria', 'Tên hoặc mã tiêu chí bị trùng.');
    v.throwIfInvalid();
    await tx.nativeDelete(RubricCriterion, { campaign: campaign.id });
    criteria.forEach((c, i) =>
      tx.create(RubricCriterion, {
        tenant: ctx.tenant.id,
        campaign,
        code: codes[i]!,
        name: c.name.trim(),
        description: c.description?.trim() || null,
        weight: c.weight,
        scaleMax: c.scaleMax,
        sortOrder: i + 1,
        createdAt: now,
      }),
    );
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.RUBRIC_CHANGED,
      actor: auditActor(ctx.viewer),
      details: {
        campaignId: campaign.id,
        criteria: criteria.map((c) => `${c.name} (${c.weight})`),
      },
      at: now,
    });
    await tx.flush();
    return campaign;
  });
}

/** The councils a staff member sits on. */
export async function myCouncilIds(ctx: Context, viewer: StaffViewer): Promise<string[]> {
  const rows = await ctx.em.find(
    CouncilMember,
    { user: viewer.userId, tenant: ctx.tenant.id },
    { fields: ['council'] },
  );
  return rows.map((r) => r.council.id);
}

/** The hub sees every council; a member sees the councils they sit on. */
export async function listCouncils(ctx: Context): Promise<Council[]> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  const where = seesWholeTenant(viewer)
    ? { tenant: ctx.tenant.id }
    : { tenant: ctx.tenant.id, id: { $in: await myCouncilIds(ctx, viewer) } };
  return ctx.em.find(Council, where, { orderBy: { decisionDate: 'desc' } });
}

export async function getCouncil(ctx: Context, id: string): Promise<Council | null> {
  const { viewer } = ctx;
  assertAllowed(viewer, isStaff(viewer));
  if (!isUuid(id)) return null;
  if (!seesWholeTenant(viewer) && !(await myCouncilIds(ctx, viewer)).includes(id)) return null;
  return ctx.em.findOne(Council, { id, tenant: ctx.tenant.id });
}

/** A council's reviews (optionally of one status), newest assignment first; batched per page. */
export async function councilReviews(
  ctx: Context,
  council: Council,
  status: ReviewStatus | null,
): Promise<Review[]> {
  const rows = await councilLoaders(ctx).reviewsByCouncil.load(council.id);
  return status ? rows.filter((r) => r.status === status) : rows;
}

export function campaignRubric(ctx: Context, campaignId: string): Promise<RubricCriterion[]> {
  return ctx.em.find(RubricCriterion, { campaign: campaignId }, { orderBy: { sortOrder: 'asc' } });
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
export async function publicCouncils(ctx: Context, campaignId: string): Promise<PublicCouncil[]> {
  const councils = await ctx.em.find(
    Council,
    {
      tenant: ctx.tenant.id,
      active: true,
      $or: [{ campaign: campaignId }, { campaign: null }],
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
