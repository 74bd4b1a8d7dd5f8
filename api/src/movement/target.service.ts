/**
 * Targets (§IV.2): defaults by unit kind and area type, overridden per unit; commune-wide targets
 * by field or participant group. Difficult areas may get lower targets, never zero ideas.
 */
import type { Context } from '../context.js';
import { assertAllowed, mayManageMovement, movementUnitScope, isStaff } from '../common/access.js';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Unit } from '../unit/unit.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import type { AreaType, UnitKind } from '../unit/unit.enums.js';
import { KpiDimension, TargetMetric } from './movement.enums.js';
import { MovementTarget } from './movement.entity.js';
import {
  aggregate,
  loadFacts,
  resolvePeriod,
  zeroFigures,
  type Figures,
  type Period,
} from './kpi.service.js';
import type { PeriodInput, TargetInput } from './movement.inputs.js';

/** Where a unit's effective target comes from, most specific first. */
export enum TargetSource {
  UNIT = 'UNIT',
  KIND_AND_AREA = 'KIND_AND_AREA',
  KIND = 'KIND',
  AREA = 'AREA',
  COMMUNE = 'COMMUNE',
}

/** The figure a target metric is compared with (response rate in %). */
export function actualFor(metric: TargetMetric, f: Figures): number | null {
  switch (metric) {
    case TargetMetric.RECEIVED:
      return f.received;
    case TargetMetric.RESPONSE_RATE:
      return f.responseRate === null ? null : Math.round(f.responseRate * 1000) / 10;
    case TargetMetric.ACCEPTED:
      return f.accepted;
    case TargetMetric.PILOTS:
      return f.pilots;
    case TargetMetric.APPLICATIONS:
      return f.applications;
    case TargetMetric.SCALINGS:
      return f.scalings;
    case TargetMetric.HONOURS:
      return f.honours;
  }
}

/** The key naming a target's scope, so the same scope is stored once (the demo data uses it too). */
export function scopeKey(t: {
  phaseId?: string | null;
  unitId?: string | null;
  unitKind?: UnitKind | null;
  areaType?: AreaType | null;
  fieldId?: string | null;
  participantGroupId?: string | null;
  metric: TargetMetric;
}): string {
  return [
    t.phaseId ?? '-',
    t.unitId ?? '-',
    t.unitKind ?? '-',
    t.areaType ?? '-',
    t.fieldId ?? '-',
    t.participantGroupId ?? '-',
    t.metric,
  ].join('|');
}

/** The targets stored for a period (the hub's editing view; a unit head sees what applies to them). */
export async function listTargets(ctx: Context, input: PeriodInput): Promise<MovementTarget[]> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const period = await resolvePeriod(ctx, input);
  const rows = await ctx.em.find(
    MovementTarget,
    { tenant: ctx.tenant.id, year: period.year, phase: period.phaseId },
    { orderBy: { scopeKey: 'asc' } },
  );
  const scope = movementUnitScope(ctx.viewer);
  if (scope === null) return rows;
  // A unit head reads the defaults and their own unit's overrides, not other units'.
  return rows.filter((r) => !r.unit || scope.includes(r.unit.id));
}

/** Sets (or with `value: null`, removes) one target. Only the hub sets targets. */
export async function setTarget(ctx: Context, input: TargetInput): Promise<MovementTarget | null> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối giao chỉ tiêu; đơn vị xem chỉ tiêu được giao.',
  );
  const period = await resolvePeriod(ctx, { year: input.year, phaseId: input.phaseId });
  const v = new Validator();
  const unitId = v.id('unitId', input.unitId, 'đơn vị');
  const fieldId = v.id('fieldId', input.fieldId, 'lĩnh vực');
  const groupId = v.id('participantGroupId', input.participantGroupId, 'nhóm đối tượng');
  const unit = unitId ? await ctx.em.findOne(Unit, { id: unitId, tenant: ctx.tenant.id }) : null;
  if (unitId && !unit) v.add('unitId', 'Đơn vị không tồn tại.');
  if (fieldId && !(await ctx.em.findOne(IdeaField, { id: fieldId, tenant: ctx.tenant.id })))
    v.add('fieldId', 'Lĩnh vực không tồn tại.');
  if (groupId && !(await ctx.em.findOne(ParticipantGroup, { id: groupId, tenant: ctx.tenant.id })))
    v.add('participantGroupId', 'Nhóm đối tượng không tồn tại.');
  const unitLevel = Boolean(unitId || input.unitKind || input.areaType);
  if (unitLevel && (fieldId || groupId))
    v.add(
      'fieldId',
      'Chỉ tiêu theo lĩnh vực hoặc nhóm đối tượng là chỉ tiêu chung của xã, không kèm đơn vị, loại đơn vị hay địa bàn.',
    );
  if (unitId && (input.unitKind || input.areaType))
    v.add('unitId', 'Chỉ tiêu riêng của một đơn vị không kèm loại đơn vị hay địa bàn.');
  const value = input.value;
  if (value !== null && value !== undefined) {
    if (!Number.isFinite(value) || value < 0) v.add('value', 'Chỉ tiêu phải là số không âm.');
    else if (input.metric === TargetMetric.RESPONSE_RATE && value > 100)
      v.add('value', 'Tỷ lệ phản hồi tối đa 100%.');
    else if (input.metric !== TargetMetric.RESPONSE_RATE && !Number.isInteger(value))
      v.add('value', 'Chỉ tiêu số lượng phải là số nguyên.');
    else if (input.metric === TargetMetric.RECEIVED && !fieldId && !groupId && value < 1)
      v.add(
        'value',
        'Địa bàn khó khăn được giao chỉ tiêu thấp hơn nhưng phải có ít nhất 1 ý tưởng (§IV.2).',
      );
  }
  v.throwIfInvalid();
  const key = scopeKey({
    phaseId: period.phaseId,
    unitId,
    unitKind: unitId ? null : (input.unitKind ?? null),
    areaType: unitId ? null : (input.areaType ?? null),
    fieldId,
    participantGroupId: groupId,
    metric: input.metric,
  });
  const existing = await ctx.em.findOne(MovementTarget, {
    tenant: ctx.tenant.id,
    year: period.year,
    scopeKey: key,
  });
  const now = ctx.clock.now();
  const previous = existing?.value ?? null;
  let saved: MovementTarget | null = existing;
  if (value === null || value === undefined) {
    if (existing) ctx.em.remove(existing);
    saved = null;
  } else if (existing) {
    existing.value = value;
    existing.setBy = ctx.em.getReference(StaffUser, ctx.viewer.userId, { wrapped: true });
  } else {
    saved = ctx.em.create(MovementTarget, {
      tenant: ctx.tenant.id,
      year: period.year,
      phase: period.phaseId,
      unit: unitId,
      unitKind: unitId ? null : (input.unitKind ?? null),
      areaType: unitId ? null : (input.areaType ?? null),
      field: fieldId,
      participantGroup: groupId,
      metric: input.metric,
      value,
      scopeKey: key,
      setBy: ctx.viewer.userId,
      createdAt: now,
    });
  }
  if (previous !== (value ?? null)) {
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.MOVEMENT_CHANGED,
      actor: auditActor(ctx.viewer),
      details: {
        target: key,
        period: period.key,
        unit: unit?.name ?? null,
        metric: input.metric,
        from: previous,
        to: value ?? null,
      },
      at: now,
    });
  }
  await ctx.em.flush();
  return saved;
}

export interface EffectiveTarget {
  metric: TargetMetric;
  value: number | null;
  source: TargetSource | null;
}

/** Each unit's effective target per metric: its override, else the most specific default. */
export function effectiveTargets(
  rows: MovementTarget[],
  unit: { id: string; kind: UnitKind; areaType: AreaType },
): EffectiveTarget[] {
  const unitLevel = rows.filter((r) => !r.field && !r.participantGroup);
  return Object.values(TargetMetric).map((metric) => {
    const mine = unitLevel.filter((r) => r.metric === metric);
    const pick: [TargetSource, MovementTarget | undefined][] = [
      [TargetSource.UNIT, mine.find((r) => r.unit?.id === unit.id)],
      [
        TargetSource.KIND_AND_AREA,
        mine.find((r) => !r.unit && r.unitKind === unit.kind && r.areaType === unit.areaType),
      ],
      [TargetSource.KIND, mine.find((r) => !r.unit && r.unitKind === unit.kind && !r.areaType)],
      [TargetSource.AREA, mine.find((r) => !r.unit && !r.unitKind && r.areaType === unit.areaType)],
      [TargetSource.COMMUNE, mine.find((r) => !r.unit && !r.unitKind && !r.areaType)],
    ];
    const found = pick.find(([, r]) => r);
    return { metric, value: found?.[1]?.value ?? null, source: found?.[0] ?? null };
  });
}

export interface ProgressItem {
  metric: TargetMetric;
  target: number | null;
  source: TargetSource | null;
  actual: number | null;
  /** actual / target (1 = reached); null without a target. */
  share: number | null;
}

export function progressItem(t: EffectiveTarget, f: Figures): ProgressItem {
  const actual = actualFor(t.metric, f);
  const share =
    t.value === null ? null : t.value === 0 ? 1 : actual === null ? 0 : actual / t.value;
  return { metric: t.metric, target: t.value, source: t.source, actual, share };
}

export interface UnitProgress {
  unit: Unit;
  items: ProgressItem[];
}

/** Each unit's progress against its targets (the hub: every active unit; a unit head: theirs). */
export async function unitProgress(
  ctx: Context,
  input: PeriodInput,
  onlyUnitId: string | null = null,
): Promise<{ period: Period; units: UnitProgress[] }> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const scope = movementUnitScope(ctx.viewer);
  if (scope !== null && scope.length === 0)
    throw new ForbiddenError('Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem tiến độ chỉ tiêu.');
  const period = await resolvePeriod(ctx, input);
  const [facts, rows, units] = await Promise.all([
    loadFacts(ctx, period),
    ctx.em.find(MovementTarget, {
      tenant: ctx.tenant.id,
      year: period.year,
      phase: period.phaseId,
    }),
    ctx.em.find(Unit, { tenant: ctx.tenant.id, active: true }),
  ]);
  const byUnit = aggregate(facts, KpiDimension.UNIT);
  if (onlyUnitId && !isUuid(onlyUnitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
  const visible = units.filter(
    (u) => (scope === null || scope.includes(u.id)) && (!onlyUnitId || u.id === onlyUnitId),
  );
  const zero = zeroFigures();
  return {
    period,
    units: visible.map((u) => {
      const f = byUnit.get(u.id)?.figures ?? zero;
      return { unit: u, items: effectiveTargets(rows, u).map((t) => progressItem(t, f)) };
    }),
  };
}

export interface BreakdownProgress {
  dimension: KpiDimension;
  key: string;
  label: string;
  item: ProgressItem;
}

/** Commune-wide targets by field and by participant group, with the figures they compare with. */
export async function breakdownProgress(
  ctx: Context,
  input: PeriodInput,
): Promise<BreakdownProgress[]> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer));
  const period = await resolvePeriod(ctx, input);
  const [facts, rows] = await Promise.all([
    loadFacts(ctx, period),
    ctx.em.find(
      MovementTarget,
      {
        tenant: ctx.tenant.id,
        year: period.year,
        phase: period.phaseId,
        $or: [{ field: { $ne: null } }, { participantGroup: { $ne: null } }],
      },
      { populate: ['field', 'participantGroup'] },
    ),
  ]);
  const byField = aggregate(facts, KpiDimension.FIELD);
  const byGroup = aggregate(facts, KpiDimension.PARTICIPANT_GROUP);
  const zero = zeroFigures();
  return rows.map((r) => {
    const isField = Boolean(r.field);
    const key = (isField ? r.field!.id : r.participantGroup!.id) as string;
    const f = (isField ? byField : byGroup).get(key)?.figures ?? zero;
    return {
      dimension: isField ? KpiDimension.FIELD : KpiDimension.PARTICIPANT_GROUP,
      key,
      label: isField ? r.field!.getEntity().name : r.participantGroup!.getEntity().name,
      item: progressItem({ metric: r.metric, value: r.value, source: TargetSource.COMMUNE }, f),
    };
  });
}
