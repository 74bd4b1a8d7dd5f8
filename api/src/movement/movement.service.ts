/**
 * Units and villages act (§IV.1, §V.2, §V.3, §VIII): their implementation plans, the activities
 * they hold, their difficulties and requests to the hub, ideas they propose as a unit; and the
 * commune's list of participant groups (§II.2).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayActForUnit,
  mayManageCampaigns,
  mayManageMovement,
  movementUnitScope,
  type StaffViewer,
} from '../common/access.js';
import { BadInputError, InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { foldVietnamese, viCollator } from '../common/text.js';
import { addWorkingDays, localDay } from '../common/vietnam-time.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { PersonKind } from '../person/person.enums.js';
import { currentNotice } from '../consent/consent.service.js';
import { submitIdea } from '../idea/submission.service.js';
import type { IdeaReceipt } from '../idea/idea.types.js';
import { holidaysOf } from '../privacy/data-request.service.js';
import { ISSUED_PLAN_STATUSES, UnitRequestStatus } from './movement.enums.js';
import { MovementActivity, UnitPlan, UnitRequest, UnitRequestMessage } from './movement.entity.js';
import type {
  ActivityInput,
  UnitIdeaInput,
  UnitPlanInput,
  UnitRequestInput,
} from './movement.inputs.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Working days the hub has to answer a unit's request (like an idea's first answer). */
export const REQUEST_ANSWER_WORKING_DAYS = 10;

function recordChange(ctx: Context, details: Record<string, unknown>): void {
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.MOVEMENT_CHANGED,
    actor: auditActor(ctx.viewer),
    details,
    at: ctx.clock.now(),
  });
}

async function unitToActFor(ctx: Context, unitId: string, what: string): Promise<Unit> {
  assertAllowed(
    ctx.viewer,
    isStaff(ctx.viewer) && isUuid(unitId) && mayActForUnit(ctx.viewer, unitId),
    `Bạn chỉ ${what} cho đơn vị của mình.`,
  );
  const unit = await ctx.em.findOne(Unit, { id: unitId, tenant: ctx.tenant.id });
  if (!unit) throw new NotFoundError('Không tìm thấy đơn vị.');
  return unit;
}

/** The viewer's unit scope as a filter on `unit` (null: the whole commune). */
function unitFilter(ctx: Context): { unit?: { $in: string[] } } {
  const scope = movementUnitScope(ctx.viewer);
  return scope === null ? {} : { unit: { $in: [...scope] } };
}

/**
 * Uploads named by a plan or an activity: the viewer's own, not yet used anywhere, of the given
 * kind. They are marked used (attachedAt) so the clean-up of abandoned uploads keeps them.
 */
export async function claimFiles(
  em: EntityManager,
  ctx: Context,
  ids: string[],
  kind: AttachmentKind,
  field: string,
  v: Validator,
): Promise<Attachment[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  if (unique.length > 10) {
    v.add(field, 'Tối đa 10 tệp.');
    return [];
  }
  const viewer = ctx.viewer as StaffViewer;
  const found = await em.find(Attachment, {
    id: { $in: unique.filter(isUuid) },
    tenant: ctx.tenant.id,
    idea: null,
    kind,
    uploadedBy: viewer.userId,
  });
  const usable = found.filter((a) => !a.attachedAt);
  if (usable.length !== unique.length)
    v.add(
      field,
      'Tệp không tồn tại, đã được dùng hoặc không phải do bạn tải lên; vui lòng tải lên lại.',
    );
  return usable;
}

// ---------------------------------------------------------------------------------------------
// Participant groups

export function listParticipantGroups(
  ctx: Context,
  includeRetired = false,
): Promise<ParticipantGroup[]> {
  return ctx.em.find(
    ParticipantGroup,
    { tenant: ctx.tenant.id, ...(includeRetired ? {} : { active: true }) },
    { orderBy: { sortOrder: 'asc', name: 'asc' } },
  );
}

export async function saveParticipantGroup(
  ctx: Context,
  id: string | null,
  input: { name: string; nameEn?: string | null; active?: boolean | null },
): Promise<ParticipantGroup> {
  assertAllowed(
    ctx.viewer,
    mayManageCampaigns(ctx.viewer),
    'Chỉ cơ quan đầu mối sửa danh mục nhóm đối tượng.',
  );
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'tên nhóm', required: true, max: 200 });
  const nameEn = v.text('nameEn', input.nameEn, { label: 'tên tiếng Anh', max: 200 }) || null;
  const all = await listParticipantGroups(ctx, true);
  const group = id ? all.find((g) => g.id === id) : null;
  if (id && !group) throw new NotFoundError('Không tìm thấy nhóm đối tượng.');
  if (name && all.some((g) => g.id !== id && foldVietnamese(g.name) === foldVietnamese(name)))
    v.add('name', 'Đã có nhóm trùng tên này.');
  v.throwIfInvalid();
  if (group) {
    recordChange(ctx, {
      participantGroup: group.id,
      from: group.name,
      to: name,
      active: input.active,
    });
    group.name = name!;
    if (input.nameEn !== undefined) group.nameEn = nameEn;
    if (input.active !== undefined && input.active !== null) group.active = input.active;
    await ctx.em.flush();
    return group;
  }
  const base =
    foldVietnamese(name!)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/(^-|-$)/g, '')
      .slice(0, 50) || 'nhom';
  const codes = new Set(all.map((g) => g.code));
  let code = base;
  for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
  const created = ctx.em.create(ParticipantGroup, {
    tenant: ctx.tenant.id,
    code,
    name: name!,
    nameEn,
    sortOrder: Math.max(0, ...all.map((g) => g.sortOrder)) + 1,
    createdAt: ctx.clock.now(),
  });
  recordChange(ctx, { participantGroupCreated: created.id, name: created.name });
  await ctx.em.flush();
  return created;
}

// ---------------------------------------------------------------------------------------------
// Implementation plans

export async function listPlans(ctx: Context, year: number): Promise<UnitPlan[]> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  return ctx.em.find(
    UnitPlan,
    { tenant: ctx.tenant.id, year, ...unitFilter(ctx) },
    { populate: ['unit'] },
  );
}

export async function saveUnitPlan(ctx: Context, input: UnitPlanInput): Promise<UnitPlan> {
  const unit = await unitToActFor(ctx, input.unitId, 'ghi kế hoạch');
  const v = new Validator();
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    v.add('year', 'Năm không hợp lệ.');
  const documentNumber = v.text('documentNumber', input.documentNumber, {
    label: 'số văn bản',
    max: 60,
  });
  if (input.documentDate && !DATE.test(input.documentDate))
    v.add('documentDate', 'Ngày ban hành không hợp lệ.');
  const ownTargets = v.text('ownTargets', input.ownTargets, {
    label: 'chỉ tiêu của đơn vị',
    max: 5000,
    multiline: true,
  });
  let point: ReceptionPoint | null = null;
  if (input.receptionPointId) {
    point = isUuid(input.receptionPointId)
      ? await ctx.em.findOne(ReceptionPoint, {
          id: input.receptionPointId,
          tenant: ctx.tenant.id,
          unit: unit.id,
        })
      : null;
    if (!point) v.add('receptionPointId', 'Đầu mối tiếp nhận không thuộc đơn vị này.');
  }
  const existing = await ctx.em.findOne(UnitPlan, { unit: unit.id, year: input.year });
  const files = input.fileId
    ? await claimFiles(ctx.em, ctx, [input.fileId], AttachmentKind.PLAN_DOCUMENT, 'fileId', v)
    : [];
  const issued = ISSUED_PLAN_STATUSES.includes(input.status);
  if (issued && !documentNumber) v.add('documentNumber', 'Kế hoạch đã ban hành cần có số văn bản.');
  if (issued && !input.documentDate)
    v.add('documentDate', 'Kế hoạch đã ban hành cần có ngày ban hành.');
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const viewer = ctx.viewer as StaffViewer;
  for (const f of files) f.attachedAt = now;
  const plan =
    existing ??
    ctx.em.create(UnitPlan, {
      tenant: ctx.tenant.id,
      unit: unit.id,
      year: input.year,
      createdAt: now,
    });
  const before = existing
    ? { status: existing.status, documentNumber: existing.documentNumber ?? null }
    : null;
  plan.documentNumber = documentNumber;
  plan.documentDate = input.documentDate || null;
  if (files[0]) plan.file = ctx.em.getReference(Attachment, files[0].id, { wrapped: true });
  plan.status = input.status;
  plan.ownTargets = ownTargets;
  plan.receptionPoint = point
    ? ctx.em.getReference(ReceptionPoint, point.id, { wrapped: true })
    : null;
  plan.updatedAt = now;
  plan.updatedBy = ctx.em.getReference(StaffUser, viewer.userId, { wrapped: true });
  recordChange(ctx, {
    unitPlan: plan.id,
    unit: unit.name,
    year: input.year,
    before,
    status: input.status,
    documentNumber,
  });
  await ctx.em.flush();
  return plan;
}

export interface PlanCoverage {
  year: number;
  units: number;
  withIssuedPlan: number;
  withWorkingPoint: number;
  planShare: number | null;
  pointShare: number | null;
  missing: { unit: Unit; plan: UnitPlan | null; lacksPlan: boolean; lacksPoint: boolean }[];
}

/**
 * §IV.1: the share of units with an issued plan and with a working reception point (an active
 * point with an active officer assigned), target 100 % each, and the units missing either.
 */
export async function planCoverage(ctx: Context, year: number): Promise<PlanCoverage> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối xem tổng hợp kế hoạch.',
  );
  const [units, plans, working] = await Promise.all([
    ctx.em.find(Unit, { tenant: ctx.tenant.id, active: true }),
    ctx.em.find(UnitPlan, { tenant: ctx.tenant.id, year }),
    ctx.em.execute<{ unit_id: string }[]>(
      `select distinct rp.unit_id from reception_point rp
         join reception_point_officer o on o.reception_point_id = rp.id
         join staff_user s on s.id = o.staff_user_id and s.active
        where rp.tenant_id = ? and rp.active`,
      [ctx.tenant.id],
    ),
  ]);
  const planOf = new Map(plans.map((p) => [p.unit.id, p]));
  const pointed = new Set(working.map((w) => w.unit_id));
  const rows = units.map((unit) => {
    const plan = planOf.get(unit.id) ?? null;
    return {
      unit,
      plan,
      lacksPlan: !plan || !ISSUED_PLAN_STATUSES.includes(plan.status),
      lacksPoint: !pointed.has(unit.id),
    };
  });
  const share = (n: number) => (units.length ? n / units.length : null);
  const withIssuedPlan = rows.filter((r) => !r.lacksPlan).length;
  const withWorkingPoint = rows.filter((r) => !r.lacksPoint).length;
  return {
    year,
    units: units.length,
    withIssuedPlan,
    withWorkingPoint,
    planShare: share(withIssuedPlan),
    pointShare: share(withWorkingPoint),
    missing: rows
      .filter((r) => r.lacksPlan || r.lacksPoint)
      .sort((a, b) => viCollator.compare(a.unit.name, b.unit.name)),
  };
}

// ---------------------------------------------------------------------------------------------
// Activities

export async function listActivities(
  ctx: Context,
  opts: { unitId?: string | null; from?: string | null; to?: string | null },
): Promise<MovementActivity[]> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const scope = movementUnitScope(ctx.viewer);
  if (scope !== null && !scope.length) return [];
  const where: Record<string, unknown> = { tenant: ctx.tenant.id, ...unitFilter(ctx) };
  if (opts.unitId) {
    if (!isUuid(opts.unitId) || (scope !== null && !scope.includes(opts.unitId))) return [];
    where['unit'] = opts.unitId;
  }
  const held: Record<string, string> = {};
  if (opts.from && DATE.test(opts.from)) held['$gte'] = opts.from;
  if (opts.to && DATE.test(opts.to)) held['$lte'] = opts.to;
  if (Object.keys(held).length) where['heldOn'] = held;
  return ctx.em.find(MovementActivity, where, {
    orderBy: { heldOn: 'desc', createdAt: 'desc' },
    limit: 500,
  });
}

export async function recordActivity(
  ctx: Context,
  input: ActivityInput,
): Promise<MovementActivity> {
  const unit = await unitToActFor(ctx, input.unitId, 'ghi hoạt động');
  const v = new Validator();
  const title = v.text('title', input.title, { label: 'tên hoạt động', required: true, max: 300 });
  const notes = v.text('notes', input.notes, { label: 'ghi chú', max: 5000, multiline: true });
  const today = localDay(ctx.clock.now());
  if (!DATE.test(input.heldOn)) v.add('heldOn', 'Ngày tổ chức không hợp lệ.');
  else if (input.heldOn > today)
    v.add('heldOn', 'Chỉ ghi hoạt động đã tổ chức (ngày không ở tương lai).');
  if (!Number.isInteger(input.audience) || input.audience < 1 || input.audience > 100_000)
    v.add('audience', 'Số người tham dự là số nguyên từ 1 đến 100.000.');
  const photos = await claimFiles(
    ctx.em,
    ctx,
    input.photoIds ?? [],
    AttachmentKind.ACTIVITY_PHOTO,
    'photoIds',
    v,
  );
  if (photos.some((p) => !p.mimeType.startsWith('image/')))
    v.add('photoIds', 'Ảnh hoạt động phải là tệp ảnh (JPEG, PNG…).');
  v.throwIfInvalid();
  const now = ctx.clock.now();
  for (const p of photos) p.attachedAt = now;
  const activity = ctx.em.create(MovementActivity, {
    tenant: ctx.tenant.id,
    unit: unit.id,
    kind: input.kind,
    title: title!,
    heldOn: input.heldOn,
    audience: input.audience,
    notes,
    photoIds: photos.map((p) => p.id),
    recordedBy: (ctx.viewer as StaffViewer).userId,
    createdAt: now,
  });
  recordChange(ctx, {
    activity: activity.id,
    unit: unit.name,
    title: activity.title,
    heldOn: activity.heldOn,
    audience: activity.audience,
  });
  await ctx.em.flush();
  return activity;
}

export async function deleteActivity(ctx: Context, id: string): Promise<boolean> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const activity = isUuid(id)
    ? await ctx.em.findOne(MovementActivity, { id, tenant: ctx.tenant.id })
    : null;
  if (!activity) throw new NotFoundError('Không tìm thấy hoạt động.');
  await unitToActFor(ctx, activity.unit.id, 'xóa hoạt động');
  recordChange(ctx, {
    activityDeleted: activity.id,
    title: activity.title,
    heldOn: activity.heldOn,
  });
  ctx.em.remove(activity);
  await ctx.em.flush();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Difficulties and requests for support

export async function listUnitRequests(
  ctx: Context,
  opts: { unitId?: string | null; status?: UnitRequestStatus | null },
): Promise<UnitRequest[]> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const scope = movementUnitScope(ctx.viewer);
  if (scope !== null && !scope.length) return [];
  const where: Record<string, unknown> = { tenant: ctx.tenant.id, ...unitFilter(ctx) };
  if (opts.unitId) {
    if (!isUuid(opts.unitId) || (scope !== null && !scope.includes(opts.unitId))) return [];
    where['unit'] = opts.unitId;
  }
  if (opts.status) where['status'] = opts.status;
  return ctx.em.find(UnitRequest, where, {
    orderBy: { dueOn: 'asc', createdAt: 'asc' },
    limit: 500,
  });
}

export async function unitRequest(ctx: Context, id: string): Promise<UnitRequest> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const r = isUuid(id) ? await ctx.em.findOne(UnitRequest, { id, tenant: ctx.tenant.id }) : null;
  if (!r || !mayActForUnit(ctx.viewer, r.unit.id))
    throw new NotFoundError('Không tìm thấy kiến nghị.');
  return r;
}

export function requestMessages(ctx: Context, r: UnitRequest): Promise<UnitRequestMessage[]> {
  return ctx.em.find(UnitRequestMessage, { request: r.id }, { orderBy: { createdAt: 'asc' } });
}

export async function raiseUnitRequest(
  ctx: Context,
  input: UnitRequestInput,
): Promise<UnitRequest> {
  const unit = await unitToActFor(ctx, input.unitId, 'gửi kiến nghị');
  const v = new Validator();
  const subject = v.text('subject', input.subject, { label: 'tiêu đề', required: true, max: 300 });
  const body = v.text('body', input.body, {
    label: 'nội dung',
    required: true,
    max: 10_000,
    multiline: true,
  });
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const holidays = await holidaysOf(ctx.em, ctx.tenant.id);
  const viewer = ctx.viewer as StaffViewer;
  const request = ctx.em.create(UnitRequest, {
    tenant: ctx.tenant.id,
    unit: unit.id,
    kind: input.kind,
    subject: subject!,
    dueOn: localDay(addWorkingDays(now, REQUEST_ANSWER_WORKING_DAYS, holidays)),
    raisedBy: viewer.userId,
    createdAt: now,
    updatedAt: now,
  });
  ctx.em.create(UnitRequestMessage, {
    tenant: ctx.tenant.id,
    request,
    body: body!,
    fromHub: false,
    authorName: viewer.fullName,
    author: viewer.userId,
    createdAt: now,
  });
  recordChange(ctx, { unitRequest: request.id, unit: unit.name, subject: request.subject });
  await ctx.em.flush();
  return request;
}

/**
 * A message in a request's thread. The hub's answer marks it answered (and may move the due date);
 * the unit's reply reopens it for the hub. `close` ends the thread (either side).
 */
export async function replyToUnitRequest(
  ctx: Context,
  id: string,
  input: { body?: string | null; dueOn?: string | null; close?: boolean | null },
): Promise<UnitRequest> {
  const request = await unitRequest(ctx, id);
  const viewer = ctx.viewer as StaffViewer;
  const hub = mayManageMovement(viewer);
  if (request.status === UnitRequestStatus.CLOSED)
    throw new InvalidTransitionError('Kiến nghị đã đóng.');
  const v = new Validator();
  const body = v.text('body', input.body, {
    label: 'nội dung trả lời',
    required: !input.close,
    max: 10_000,
    multiline: true,
  });
  if (input.dueOn) {
    if (!hub) v.add('dueOn', 'Chỉ cơ quan đầu mối đặt hạn trả lời.');
    else if (!DATE.test(input.dueOn)) v.add('dueOn', 'Hạn trả lời không hợp lệ.');
    else if (input.dueOn < localDay(ctx.clock.now()))
      v.add('dueOn', 'Hạn trả lời không thể ở quá khứ.');
  }
  v.throwIfInvalid();
  const now = ctx.clock.now();
  if (body)
    ctx.em.create(UnitRequestMessage, {
      tenant: ctx.tenant.id,
      request: request.id,
      body,
      fromHub: hub,
      authorName: viewer.fullName,
      author: viewer.userId,
      createdAt: now,
    });
  const before = { status: request.status, dueOn: request.dueOn };
  if (input.dueOn) request.dueOn = input.dueOn;
  if (input.close) request.status = UnitRequestStatus.CLOSED;
  else if (body && hub) {
    request.status = UnitRequestStatus.ANSWERED;
    request.answeredAt = now;
  } else if (body) request.status = UnitRequestStatus.OPEN;
  request.updatedAt = now;
  recordChange(ctx, {
    unitRequest: request.id,
    before,
    status: request.status,
    dueOn: request.dueOn,
    replied: Boolean(body),
  });
  await ctx.em.flush();
  return request;
}

// ---------------------------------------------------------------------------------------------
// Ideas a unit proposes as a unit

/**
 * An idea proposed by a unit itself (an organisation as author, §II.2), sent by its head: the
 * unit is the author and the idea's unit; answers go to the head's email.
 */
export async function submitUnitIdea(ctx: Context, input: UnitIdeaInput): Promise<IdeaReceipt> {
  const viewer = ctx.viewer;
  assertAllowed(
    viewer,
    isStaff(viewer) && !!viewer.unitId && mayActForUnit(viewer, viewer.unitId),
    'Chỉ thủ trưởng đơn vị gửi ý tưởng thay mặt đơn vị.',
  );
  const [unit, user, notice] = await Promise.all([
    ctx.em.findOneOrFail(Unit, { id: viewer.unitId!, tenant: ctx.tenant.id }),
    ctx.em.findOneOrFail(StaffUser, { id: viewer.userId }),
    currentNotice(ctx.em, ctx.tenant.id),
  ]);
  if (!notice) throw new BadInputError({ consents: 'Xã chưa ban hành thông báo xử lý dữ liệu.' });
  return submitIdea(ctx, {
    campaignId: input.campaignId ?? null,
    title: input.title,
    problem: input.problem,
    solution: input.solution,
    benefit: input.benefit,
    requirements: input.requirements ?? null,
    fieldIds: input.fieldIds,
    maturity: input.maturity,
    unitId: unit.id,
    author: {
      fullName: unit.name,
      kind: PersonKind.ORGANISATION,
      isMinor: false,
      email: user.email,
      phone: null,
      address: null,
      participantGroupId: input.participantGroupId ?? null,
    },
    coAuthors: [],
    consents: {
      noticeVersion: notice.version,
      processData: true,
      showName: true,
      publishContent: input.publishContent,
      allowPilot: true,
      allowScale: true,
      shareProgrammes: true,
      guardianConsent: false,
    },
    origin: { ownWork: true, sources: null },
    attachmentIds: input.attachmentIds ?? [],
    idempotencyKey: input.idempotencyKey ?? null,
  } as Parameters<typeof submitIdea>[1]);
}
