/** The admin's dashboards: the movement's figures by one dimension, with the targets they meet. */
import type { Context } from '../context.js';
import { assertAllowed, isStaff, movementUnitScope } from '../common/access.js';
import { ForbiddenError } from '../common/errors.js';
import { viCollator } from '../common/text.js';
import { IdeaField } from '../field/field.entity.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { Programme } from '../pilot/pilot.enums.js';
import { AreaType } from '../unit/unit.enums.js';
import { KpiDimension, TargetMetric } from './movement.enums.js';
import { MovementTarget } from './movement.entity.js';
import {
  NONE,
  aggregate,
  loadFacts,
  resolvePeriod,
  zeroFigures,
  type Facts,
  type Figures,
  type Period,
} from './kpi.service.js';
import { effectiveTargets } from './target.service.js';
import type {
  Figures as FiguresView,
  KpiTable,
  PeriodView,
  TargetValue,
} from './movement.types.js';
import type { PeriodInput } from './movement.inputs.js';

const AREA_LABEL: Record<AreaType, string> = {
  URBAN: 'Đô thị',
  RURAL: 'Nông thôn',
  MOUNTAIN: 'Miền núi',
  REMOTE: 'Vùng sâu, vùng xa',
  SPECIAL_DIFFICULTY: 'Đặc biệt khó khăn',
};

export function periodView(p: Period): PeriodView {
  return {
    key: p.key,
    label: p.label,
    year: p.year,
    phaseId: p.phaseId,
    fromDay: p.fromDay,
    toDay: p.toDay,
  };
}

export function figuresView(f: Figures): FiguresView {
  return {
    ...f,
    byProgramme: Object.values(Programme).map((programme) => ({
      programme,
      count: f.byProgramme[programme] ?? 0,
    })),
  };
}

/** Sums of count targets; the response-rate target of a group is the mean of its units'. */
function sumTargets(lists: { metric: TargetMetric; value: number | null }[][]): TargetValue[] {
  return Object.values(TargetMetric).flatMap((metric) => {
    const values = lists
      .map((l) => l.find((t) => t.metric === metric)?.value)
      .filter((v): v is number => typeof v === 'number');
    if (!values.length) return [];
    const sum = values.reduce((a, b) => a + b, 0);
    return [
      {
        metric,
        value:
          metric === TargetMetric.RESPONSE_RATE ? Math.round((sum / values.length) * 10) / 10 : sum,
      },
    ];
  });
}

export async function movementKpis(
  ctx: Context,
  input: PeriodInput,
  by: KpiDimension,
): Promise<KpiTable> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const scope = movementUnitScope(ctx.viewer);
  if (scope !== null) throw new ForbiddenError('Chỉ cơ quan đầu mối xem bảng số liệu của cả xã.');
  return kpiTable(ctx, await resolvePeriod(ctx, input), by);
}

/**
 * The commune's figures for a resolved period grouped by a dimension, without access checks (the
 * caller's: the dashboard above, or a report being generated in the background). Targets are
 * those set for the period's year (or phase).
 */
export async function kpiTable(
  ctx: Pick<Context, 'em' | 'tenant'>,
  period: Period,
  by: KpiDimension,
  loaded?: Facts,
): Promise<KpiTable> {
  const [facts, targets, fields, groups] = await Promise.all([
    loaded ?? loadFacts(ctx, period),
    ctx.em.find(MovementTarget, {
      tenant: ctx.tenant.id,
      year: period.year,
      phase: period.phaseId,
    }),
    ctx.em.find(IdeaField, { tenant: ctx.tenant.id }, { orderBy: { sortOrder: 'asc' } }),
    ctx.em.find(ParticipantGroup, { tenant: ctx.tenant.id }, { orderBy: { sortOrder: 'asc' } }),
  ]);
  const buckets = aggregate(facts, by);
  const total = aggregate(facts, null).get('*')?.figures ?? zeroFigures();
  const activeUnits = [...facts.units.values()].filter((u) => u.active && u.root === u.id);
  const unitTargets = new Map(activeUnits.map((u) => [u.id, effectiveTargets(targets, u)]));
  const communeTargets = (kind: 'field' | 'participantGroup', id: string): TargetValue[] =>
    targets.filter((t) => t[kind]?.id === id).map((t) => ({ metric: t.metric, value: t.value }));

  let keys: { key: string; label: string; targets: TargetValue[] }[];
  switch (by) {
    case KpiDimension.UNIT:
      keys = activeUnits
        .sort((a, b) => viCollator.compare(a.name, b.name))
        .map((u) => ({ key: u.id, label: u.name, targets: sumTargets([unitTargets.get(u.id)!]) }));
      break;
    case KpiDimension.AREA_TYPE:
      keys = Object.values(AreaType)
        .filter((a) => activeUnits.some((u) => u.areaType === a))
        .map((a) => ({
          key: a,
          label: AREA_LABEL[a],
          targets: sumTargets(
            activeUnits.filter((u) => u.areaType === a).map((u) => unitTargets.get(u.id)!),
          ),
        }));
      break;
    case KpiDimension.FIELD:
      keys = fields
        .filter((f) => f.active || buckets.has(f.id))
        .map((f) => ({ key: f.id, label: f.name, targets: communeTargets('field', f.id) }));
      break;
    case KpiDimension.PARTICIPANT_GROUP:
      keys = groups
        .filter((g) => g.active || buckets.has(g.id))
        .map((g) => ({
          key: g.id,
          label: g.name,
          targets: communeTargets('participantGroup', g.id),
        }));
      break;
    case KpiDimension.MONTH: {
      keys = [];
      const [fy, fm] = period.fromDay.split('-').map(Number) as [number, number];
      const last = new Date(`${period.toDay}T00:00:00Z`).getTime() - 86_400_000;
      const lastMonth = new Date(last).toISOString().slice(0, 7);
      for (let y = fy, m = fm; ; m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
        const key = `${y}-${String(m).padStart(2, '0')}`;
        keys.push({ key, label: `${String(m).padStart(2, '0')}/${y}`, targets: [] });
        if (key >= lastMonth || keys.length > 60) break;
      }
      break;
    }
  }
  // What counts under no unit/field/group (an idea to the commune as a whole, a proposer who
  // named no group) gets its own row, so the rows account for everything.
  const none = buckets.get(NONE);
  if (none && by !== KpiDimension.MONTH)
    keys.push({
      key: NONE,
      label: by === KpiDimension.PARTICIPANT_GROUP ? 'Không cho biết' : 'Không xác định',
      targets: [],
    });
  const known = new Set(keys.map((k) => k.key));
  // Merged or archived units still holding figures of the period (shown, so sums add up).
  for (const [key] of buckets)
    if (!known.has(key) && key !== NONE && by === KpiDimension.UNIT)
      keys.push({ key, label: facts.units.get(key)?.name ?? key, targets: [] });

  return {
    period: periodView(period),
    by,
    rows: keys.map((k) => ({
      key: k.key,
      label: k.label,
      figures: figuresView(buckets.get(k.key)?.figures ?? zeroFigures()),
      targets: k.targets,
    })),
    total: figuresView(total),
    totalTargets: sumTargets([...unitTargets.values()]),
  };
}
