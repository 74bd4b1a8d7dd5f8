/**
 * Pilots, adoption and scaling (§III.4). Starting a pilot, reporting it and recording each unit
 * that applies or scales the idea move the idea along the state machine and tell the author.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { assertAllowed, hasRole, mayActForUnit, mayManagePilots } from '../common/access.js';
import { Role } from '../common/roles.js';
import { InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { assertRightsCleared } from '../rights/rights.gate.js';
import { RightsUse } from '../rights/rights.enums.js';
import { Idea } from '../idea/idea.entity.js';
import { IdeaStatus } from '../idea/idea.enums.js';
import { applyTransition, publishFor } from '../idea/transition.core.js';
import { localDay } from '../common/vietnam-time.js';
import { Adoption, Indicator, Pilot, PilotUpdate, type BudgetLine } from './pilot.entity.js';
import { AdoptionKind, PilotRecommendation, PilotStatus } from './pilot.enums.js';
import type { AdoptionInput, PilotInput, PilotReportInput } from './pilot.inputs.js';
import { pilotLoaders } from './pilot.loaders.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkIndicators(v: Validator, prefix: string, list: Indicator[]): Indicator[] {
  return list.map((ind, i) => {
    const name = v.text(`${prefix}.${i}.name`, ind.name, {
      label: 'tên chỉ số',
      required: true,
      max: 200,
    });
    const unit = v.text(`${prefix}.${i}.unit`, ind.unit, {
      label: 'đơn vị tính',
      required: true,
      max: 50,
    });
    for (const k of ['baseline', 'target'] as const) {
      if (!Number.isFinite(ind[k])) v.add(`${prefix}.${i}.${k}`, 'Giá trị phải là số.');
    }
    if (ind.actual !== null && ind.actual !== undefined && !Number.isFinite(ind.actual))
      v.add(`${prefix}.${i}.actual`, 'Giá trị phải là số.');
    return {
      name: name ?? '',
      unit: unit ?? '',
      baseline: ind.baseline,
      target: ind.target,
      actual: ind.actual ?? null,
    };
  });
}

async function unitOf(
  em: EntityManager,
  tenantId: string,
  id: string,
  field: string,
  v: Validator,
): Promise<Unit | null> {
  const unit = isUuid(id) ? await em.findOne(Unit, { id, tenant: tenantId, active: true }) : null;
  if (!unit) v.add(field, 'Đơn vị không tồn tại.');
  return unit;
}

export async function validatePilot(
  em: EntityManager,
  tenantId: string,
  input: PilotInput | null | undefined,
  v: Validator,
) {
  if (!input) {
    v.add(
      'pilot',
      'Nhập thông tin thử nghiệm: đơn vị chủ trì, phạm vi, thời gian, kinh phí, chỉ số.',
    );
    return null;
  }
  const hostUnit = await unitOf(em, tenantId, input.hostUnitId, 'pilot.hostUnitId', v);
  const scope = v.text('pilot.scope', input.scope, {
    label: 'phạm vi thử nghiệm',
    required: true,
    max: 3000,
    multiline: true,
  });
  if (!DATE.test(input.startsOn)) v.add('pilot.startsOn', 'Ngày bắt đầu không hợp lệ.');
  if (!DATE.test(input.endsOn)) v.add('pilot.endsOn', 'Ngày kết thúc không hợp lệ.');
  else if (input.endsOn < input.startsOn)
    v.add('pilot.endsOn', 'Ngày kết thúc phải sau ngày bắt đầu.');
  const budget: BudgetLine[] = input.budget.map((b, i) => {
    const item = v.text(`pilot.budget.${i}.item`, b.item, {
      label: 'nội dung chi',
      required: true,
      max: 300,
    });
    if (!Number.isFinite(b.amount) || b.amount < 0)
      v.add(`pilot.budget.${i}.amount`, 'Số tiền phải là số không âm.');
    return { item: item ?? '', amount: Math.round(b.amount), source: b.source };
  });
  const indicators = checkIndicators(v, 'pilot.indicators', input.indicators);
  if (!indicators.length)
    v.add('pilot.indicators', 'Cần ít nhất một chỉ số để đo kết quả thử nghiệm.');
  return {
    hostUnit,
    scope: scope ?? '',
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    budget,
    indicators,
  };
}

export function startPilot(
  tx: EntityManager,
  idea: Idea,
  p: NonNullable<Awaited<ReturnType<typeof validatePilot>>>,
  now: Date,
): Pilot {
  return tx.create(Pilot, {
    tenant: idea.tenant.id,
    idea,
    hostUnit: p.hostUnit!,
    scope: p.scope,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    budget: p.budget,
    indicators: p.indicators,
    createdAt: now,
  });
}

export async function validateAdoption(
  em: EntityManager,
  tenantId: string,
  input: AdoptionInput | null | undefined,
  v: Validator,
) {
  if (!input) {
    v.add('adoption', 'Nhập đơn vị ứng dụng/nhân rộng, thời điểm và kết quả đo được.');
    return null;
  }
  const unit = await unitOf(em, tenantId, input.unitId, 'adoption.unitId', v);
  if (!DATE.test(input.adoptedOn)) v.add('adoption.adoptedOn', 'Ngày không hợp lệ.');
  const results = v.text('adoption.results', input.results, {
    label: 'kết quả',
    required: true,
    max: 5000,
    multiline: true,
  });
  const measurements = checkIndicators(v, 'adoption.measurements', input.measurements);
  return {
    unit,
    adoptedOn: input.adoptedOn,
    results: results ?? '',
    measurements,
    programmes: input.programmes,
  };
}

export function addAdoption(
  tx: EntityManager,
  idea: Idea,
  kind: AdoptionKind,
  a: NonNullable<Awaited<ReturnType<typeof validateAdoption>>>,
  now: Date,
  pilot: Pilot | null = null,
): Adoption {
  return tx.create(Adoption, {
    tenant: idea.tenant.id,
    idea,
    unit: a.unit!,
    kind,
    adoptedOn: a.adoptedOn,
    results: a.results,
    measurements: a.measurements,
    programmes: a.programmes,
    pilot,
    createdAt: now,
  });
}

/**
 * The pilot to work on. The hub manages every pilot; with `hostUnitMay`, the head of the unit that
 * hosts the pilot may also act on it (progress updates, a proposed final report the hub approves).
 */
async function pilotForWork(tx: EntityManager, ctx: Context, pilotId: string, hostUnitMay = false) {
  const { viewer } = ctx;
  const pilot = isUuid(pilotId)
    ? await tx.findOne(Pilot, { id: pilotId, tenant: ctx.tenant.id })
    : null;
  const allowed =
    mayManagePilots(viewer) ||
    (hostUnitMay &&
      !!pilot &&
      hasRole(viewer, Role.UNIT_HEAD) &&
      mayActForUnit(viewer, pilot.hostUnit.id));
  assertAllowed(
    viewer,
    allowed,
    hostUnitMay
      ? 'Chỉ cơ quan đầu mối và thủ trưởng đơn vị chủ trì cập nhật thử nghiệm.'
      : 'Chỉ cơ quan đầu mối quản lý thử nghiệm.',
  );
  if (!pilot) throw new NotFoundError('Không tìm thấy thử nghiệm.');
  const idea = await tx.findOneOrFail(
    Idea,
    { id: pilot.idea.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  return { pilot, idea, viewer };
}

export async function addPilotUpdate(
  ctx: Context,
  pilotId: string,
  note: string,
  values: Indicator[],
): Promise<Pilot> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { pilot, idea, viewer } = await pilotForWork(tx, ctx, pilotId, true);
    if (pilot.status !== PilotStatus.RUNNING)
      throw new InvalidTransitionError('Thử nghiệm đã báo cáo kết quả.');
    const v = new Validator();
    const text = v.text('note', note, {
      label: 'nội dung cập nhật',
      required: true,
      max: 5000,
      multiline: true,
    });
    const checked = checkIndicators(v, 'values', values);
    v.throwIfInvalid();
    tx.create(PilotUpdate, {
      tenant: ctx.tenant.id,
      pilot,
      note: text!,
      values: checked,
      author: tx.getReference(StaffUser, viewer.userId),
      createdAt: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return pilot;
  });
}

/** A final report's results and measured indicators (the pilot's own when none are given). */
function checkReport(input: PilotReportInput, pilot: Pilot) {
  const v = new Validator();
  const results = v.text('results', input.results, {
    label: 'kết quả thử nghiệm',
    required: true,
    max: 10_000,
    multiline: true,
  });
  const indicators = input.indicators.length
    ? checkIndicators(v, 'indicators', input.indicators)
    : pilot.indicators;
  v.throwIfInvalid();
  return { results: results!, indicators };
}

/**
 * The host unit's head proposes the final report (results, measured indicators, recommendation);
 * nothing moves until the hub approves it with `reportPilot`. A new proposal replaces the last.
 */
export async function proposePilotReport(
  ctx: Context,
  pilotId: string,
  input: PilotReportInput,
): Promise<Pilot> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { pilot, idea, viewer } = await pilotForWork(tx, ctx, pilotId, true);
    if (pilot.status !== PilotStatus.RUNNING)
      throw new InvalidTransitionError('Thử nghiệm đã báo cáo kết quả.');
    const { results, indicators } = checkReport(input, pilot);
    pilot.proposedReport = {
      results,
      recommendation: input.recommendation,
      indicators,
      programmes: input.programmes,
      proposedBy: viewer.fullName,
      proposedAt: now,
    };
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.PILOT_CHANGED,
      actor: auditActor(viewer),
      ideaId: idea.id,
      details: { pilotId: pilot.id, reportProposed: input.recommendation },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return pilot;
  });
}

/**
 * The final report: apply (the host unit adopts it), scale (adopted and proposed for other units)
 * or stop (archived and monitored).
 */
export async function reportPilot(
  ctx: Context,
  pilotId: string,
  input: PilotReportInput,
): Promise<Pilot> {
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { pilot, idea } = await pilotForWork(tx, ctx, pilotId);
    if (pilot.status !== PilotStatus.RUNNING)
      throw new InvalidTransitionError('Thử nghiệm đã báo cáo kết quả.');
    const { results, indicators } = checkReport(input, pilot);
    if (input.recommendation !== PilotRecommendation.STOP)
      await assertRightsCleared(tx, idea, RightsUse.PILOT);
    pilot.status = PilotStatus.REPORTED;
    pilot.proposedReport = null;
    pilot.results = results;
    pilot.recommendation = input.recommendation;
    pilot.indicators = indicators;
    pilot.reportedAt = now;
    const actor = auditActor(ctx.viewer);
    const summary = indicators
      .map(
        (i) => `- ${i.name}: ${i.baseline} → ${i.actual ?? '?'} ${i.unit} (mục tiêu ${i.target})`,
      )
      .join('\n');
    if (input.recommendation === PilotRecommendation.STOP) {
      await applyTransition(tx, {
        tenantId: ctx.tenant.id,
        idea,
        to: IdeaStatus.ARCHIVED,
        actor,
        now,
        responseBody: `Thử nghiệm ý tưởng "${idea.title}" đã kết thúc. Kết quả:\n${results}\n\nCơ quan chủ trì đề xuất dừng và lưu trữ, theo dõi ý tưởng.`,
        auditDetails: { pilotId: pilot.id, recommendation: input.recommendation },
      });
    } else {
      const hostUnit = await tx.findOneOrFail(Unit, { id: pilot.hostUnit.id });
      addAdoption(
        tx,
        idea,
        AdoptionKind.APPLIED,
        {
          unit: hostUnit,
          adoptedOn: localDay(now),
          results: results!,
          measurements: indicators,
          programmes: input.programmes,
        },
        now,
        pilot,
      );
      await applyTransition(tx, {
        tenantId: ctx.tenant.id,
        idea,
        to: IdeaStatus.APPLIED,
        actor,
        now,
        responseBody:
          `Sau thử nghiệm tại ${hostUnit.name}, ý tưởng "${idea.title}" được ứng dụng chính thức từ ngày ${formatDateVi(now)}.` +
          (summary ? `\n\nKết quả đo được:\n${summary}` : '') +
          (input.recommendation === PilotRecommendation.SCALE
            ? '\n\nCơ quan chủ trì đề xuất nhân rộng ý tưởng sang các đơn vị khác.'
            : ''),
        auditDetails: { pilotId: pilot.id, recommendation: input.recommendation },
      });
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.PILOT_CHANGED,
      actor,
      ideaId: idea.id,
      details: { pilotId: pilot.id, reported: input.recommendation },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'STATUS_CHANGED', now);
    return pilot;
  });
}

/** Another unit applies or scales an applied idea; the first scaling moves it to SCALED. */
export async function recordAdoption(
  ctx: Context,
  ideaId: string,
  kind: AdoptionKind,
  input: AdoptionInput,
): Promise<Adoption> {
  assertAllowed(
    ctx.viewer,
    mayManagePilots(ctx.viewer),
    'Chỉ cơ quan đầu mối ghi nhận ứng dụng, nhân rộng.',
  );
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const idea = isUuid(ideaId)
      ? await tx.findOne(
          Idea,
          { id: ideaId, tenant: ctx.tenant.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
    if (![IdeaStatus.APPLIED, IdeaStatus.SCALED].includes(idea.status)) {
      throw new InvalidTransitionError(
        'Chỉ ghi nhận ứng dụng, nhân rộng cho ý tưởng đã được ứng dụng chính thức.',
      );
    }
    const v = new Validator();
    const a = await validateAdoption(tx, ctx.tenant.id, input, v);
    v.throwIfInvalid();
    await assertRightsCleared(
      tx,
      idea,
      kind === AdoptionKind.SCALED ? RightsUse.SCALE : RightsUse.PILOT,
    );
    const adoption = addAdoption(tx, idea, kind, a!, now);
    const actor = auditActor(ctx.viewer);
    if (kind === AdoptionKind.SCALED && idea.status === IdeaStatus.APPLIED) {
      await applyTransition(tx, {
        tenantId: ctx.tenant.id,
        idea,
        to: IdeaStatus.SCALED,
        actor,
        now,
        responseBody: `Ý tưởng "${idea.title}" đã được nhân rộng tại ${a!.unit!.name} từ ngày ${formatDateVi(new Date(a!.adoptedOn))}. Xin chúc mừng!`,
        auditDetails: { adoptionId: adoption.id },
      });
    }
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.ADOPTION_RECORDED,
      actor,
      ideaId: idea.id,
      details: { kind, unit: a!.unit!.name, adoptedOn: a!.adoptedOn },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return adoption;
  });
}

/** A pilot's progress reports, oldest first (one query for a page of pilots). */
export function pilotUpdates(ctx: Context, pilot: Pilot): Promise<PilotUpdate[]> {
  return pilotLoaders(ctx).updatesByPilot.load(pilot.id);
}

/** The pilots a unit hosts, newest first: the hub for any unit, a unit head for their own. */
export async function hostedPilots(ctx: Context, unitId: string): Promise<Pilot[]> {
  assertAllowed(
    ctx.viewer,
    isUuid(unitId) && (mayManagePilots(ctx.viewer) || mayActForUnit(ctx.viewer, unitId)),
    'Bạn chỉ xem được thử nghiệm do đơn vị mình chủ trì.',
  );
  return ctx.em.find(
    Pilot,
    { tenant: ctx.tenant.id, hostUnit: unitId },
    { orderBy: { startsOn: 'desc', createdAt: 'desc' } },
  );
}
