/**
 * The scoreboard of the annual emulation review (§III.5, §IV.3): the five criteria computed from
 * the data by the formulas below, each scored 0–100 against the best unit of the period, weighted
 * by the commune's weights. A frozen scoreboard is stored whole and read back unchanged.
 */
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayManageMovement, movementUnitScope } from '../common/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { viCollator } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Programme } from '../pilot/pilot.enums.js';
import { Criterion, KpiDimension } from './movement.enums.js';
import { ScoreboardRecord, ScoreboardSetting } from './movement.entity.js';
import {
  aggregate,
  loadFacts,
  resolvePeriod,
  zeroFigures,
  type Figures,
  type MetricName,
  type Period,
} from './kpi.service.js';
import type { PeriodInput } from './movement.inputs.js';

/** Each criterion's raw value: a weighted sum of figures, written out for the admin. */
export const CRITERION_TERMS: Record<Criterion, { metric: MetricName; factor: number }[]> = {
  [Criterion.PARTICIPATION]: [
    { metric: 'participants', factor: 1 },
    { metric: 'activities', factor: 2 },
    { metric: 'audience', factor: 0.05 },
  ],
  [Criterion.IDEAS]: [
    { metric: 'eligible', factor: 1 },
    { metric: 'accepted', factor: 2 },
    { metric: 'honours', factor: 3 },
  ],
  [Criterion.EFFECTIVENESS]: [
    { metric: 'supported', factor: 2 },
    { metric: 'pilots', factor: 3 },
    { metric: 'applications', factor: 4 },
  ],
  [Criterion.SPREAD]: [
    { metric: 'scalings', factor: 5 },
    { metric: 'appliedElsewhere', factor: 2 },
  ],
  [Criterion.IMPACT]: [{ metric: 'programmeTags', factor: 1 }],
};

export const METRIC_LABEL: Record<MetricName, string> = {
  received: 'ý tưởng tiếp nhận',
  eligible:
    'ý tưởng đủ điều kiện xem xét (trừ ý tưởng tác giả rút, trùng lặp, không thuộc phạm vi, chưa đủ điều kiện)',
  answered: 'ý tưởng đủ điều kiện đã được phản hồi',
  accepted: 'ý tưởng đưa ra Hội đồng',
  supported: 'ý tưởng được hỗ trợ hoàn thiện',
  pilots: 'thử nghiệm do đơn vị chủ trì',
  applications: 'lượt ứng dụng tại đơn vị',
  appliedElsewhere: 'lượt đơn vị khác ứng dụng ý tưởng của đơn vị',
  scalings: 'lượt nhân rộng ý tưởng của đơn vị',
  honours: 'ý tưởng được vinh danh',
  participants: 'người đề xuất (mỗi người tính một lần)',
  participantGroups: 'nhóm đối tượng tham gia',
  activities: 'hoạt động phong trào đã tổ chức',
  audience: 'lượt người tham dự hoạt động',
  programmeTags:
    'lượt gắn chương trình (CCHC, CĐS, nông thôn mới, đô thị văn minh, OCOP) của các lượt ứng dụng, nhân rộng',
};

/** "người đề xuất + 2 × hoạt động + 0,05 × lượt tham dự" */
export function formulaText(c: Criterion): string {
  return CRITERION_TERMS[c]
    .map((t) =>
      t.factor === 1
        ? `số ${METRIC_LABEL[t.metric]}`
        : `${String(t.factor).replace('.', ',')} × số ${METRIC_LABEL[t.metric]}`,
    )
    .join(' + ');
}

export const SCORE_RULE =
  'Điểm mỗi tiêu chí = 100 × giá trị của đơn vị ÷ giá trị cao nhất trong các đơn vị (0 nếu chưa đơn vị nào có). ' +
  'Tổng điểm = Σ (trọng số × điểm tiêu chí) ÷ Σ trọng số. Ý tưởng của đơn vị đã sáp nhập tính cho đơn vị nhận sáp nhập.';

export const DEFAULT_WEIGHTS: Record<Criterion, number> = {
  [Criterion.PARTICIPATION]: 20,
  [Criterion.IDEAS]: 20,
  [Criterion.EFFECTIVENESS]: 20,
  [Criterion.SPREAD]: 20,
  [Criterion.IMPACT]: 20,
};

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

export function rawValue(c: Criterion, f: Figures): number {
  return round2(CRITERION_TERMS[c].reduce((s, t) => s + t.factor * f[t.metric], 0));
}

export interface ScoreCell {
  criterion: Criterion;
  raw: number;
  score: number;
}

export interface ScoreRow {
  rank: number;
  unitId: string;
  unitName: string;
  unitKind: string;
  areaType: string;
  total: number;
  cells: ScoreCell[];
  figures: Record<MetricName, number> & { responseRate: number | null };
  byProgramme: Record<Programme, number>;
  /** The ideas (or activities) behind each figure. */
  behind: Partial<Record<MetricName, string[]>>;
}

export interface Scoreboard {
  periodKey: string;
  periodLabel: string;
  year: number;
  phaseId: string | null;
  weights: Record<Criterion, number>;
  formulas: { criterion: Criterion; formula: string }[];
  rule: string;
  rows: ScoreRow[];
  /** Units in the ranking (a unit head sees only their row, with its rank among them). */
  unitCount: number;
  frozenAt: Date | null;
  frozenByName: string | null;
  /** Ideas named by the rows: id → title and tracking code, for the drill-down. */
  ideas: { id: string; title: string; trackingCode: string; status: string }[];
}

export async function weights(ctx: Context): Promise<Record<Criterion, number>> {
  const s = await ctx.em.findOne(ScoreboardSetting, { tenant: ctx.tenant.id });
  return { ...DEFAULT_WEIGHTS, ...((s?.weights ?? {}) as Partial<Record<Criterion, number>>) };
}

export async function setWeights(
  ctx: Context,
  input: { criterion: Criterion; weight: number }[],
): Promise<Record<Criterion, number>> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), 'Chỉ cơ quan đầu mối đặt trọng số.');
  const v = new Validator();
  const next = await weights(ctx);
  input.forEach((w, i) => {
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > 100)
      v.add(`weights.${i}.weight`, 'Trọng số là số từ 0 đến 100.');
    else next[w.criterion] = w.weight;
  });
  if (v.ok && Object.values(next).every((w) => w === 0))
    v.add('weights', 'Cần ít nhất một tiêu chí có trọng số lớn hơn 0.');
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const existing = await ctx.em.findOne(ScoreboardSetting, { tenant: ctx.tenant.id });
  const before = existing ? { ...existing.weights } : { ...DEFAULT_WEIGHTS };
  if (existing) {
    existing.weights = next;
    existing.updatedAt = now;
  } else {
    ctx.em.create(ScoreboardSetting, { tenant: ctx.tenant.id, weights: next, createdAt: now });
  }
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.MOVEMENT_CHANGED,
    actor: auditActor(ctx.viewer),
    details: { scoreboardWeights: next, before },
    at: now,
  });
  await ctx.em.flush();
  return next;
}

/** The live scoreboard of a period, computed now. */
async function compute(ctx: Context, period: Period): Promise<Scoreboard> {
  const [facts, w] = await Promise.all([loadFacts(ctx, period), weights(ctx)]);
  const byUnit = aggregate(facts, KpiDimension.UNIT);
  const units = [...facts.units.values()].filter((u) => u.active && u.root === u.id);
  const criteria = Object.values(Criterion);
  const raws = units.map((u) => {
    const b = byUnit.get(u.id);
    const f = b?.figures ?? zeroFigures();
    return { u, b, f, raw: criteria.map((c) => rawValue(c, f)) };
  });
  const max = criteria.map((_, k) => Math.max(0, ...raws.map((r) => r.raw[k]!)));
  const weightSum = criteria.reduce((s, c) => s + w[c], 0) || 1;
  const rows: ScoreRow[] = raws.map(({ u, b, f, raw }) => {
    const cells = criteria.map((criterion, k) => ({
      criterion,
      raw: raw[k]!,
      score: max[k]! > 0 ? round1((100 * raw[k]!) / max[k]!) : 0,
    }));
    const total = round1(cells.reduce((s, c) => s + w[c.criterion] * c.score, 0) / weightSum);
    const { byProgramme, responseRate, ...counts } = f;
    return {
      rank: 0,
      unitId: u.id,
      unitName: u.name,
      unitKind: u.kind,
      areaType: u.areaType,
      total,
      cells,
      figures: { ...counts, responseRate },
      byProgramme,
      behind: b
        ? (Object.fromEntries(
            Object.entries(b.behind)
              .filter(([, ids]) => ids.size)
              .map(([m, ids]) => [m, [...ids]]),
          ) as ScoreRow['behind'])
        : {},
    };
  });
  rows.sort((a, b) => b.total - a.total || viCollator.compare(a.unitName, b.unitName));
  // Equal totals share a rank (1, 2, 2, 4…).
  rows.forEach((r, i) => {
    r.rank = i > 0 && rows[i - 1]!.total === r.total ? rows[i - 1]!.rank : i + 1;
  });
  const named = new Set(
    rows
      .flatMap((r) => Object.entries(r.behind))
      .flatMap(([m, ids]) => (m === 'activities' || m === 'audience' ? [] : ids)),
  );
  return {
    periodKey: period.key,
    periodLabel: period.label,
    year: period.year,
    phaseId: period.phaseId,
    weights: w,
    formulas: criteria.map((criterion) => ({ criterion, formula: formulaText(criterion) })),
    rule: SCORE_RULE,
    rows,
    unitCount: rows.length,
    frozenAt: null,
    frozenByName: null,
    ideas: facts.ideas
      .filter((i) => named.has(i.id))
      .map((i) => ({ id: i.id, title: i.title, trackingCode: i.trackingCode, status: i.status })),
  };
}

function visibleTo(ctx: Context, board: Scoreboard): Scoreboard {
  const scope = movementUnitScope(ctx.viewer);
  if (scope === null) return board;
  if (!scope.length)
    throw new ForbiddenError('Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem bảng điểm.');
  // A unit head sees their own row (and rank among all units), not the others'.
  const rows = board.rows.filter((r) => scope.includes(r.unitId));
  const ids = new Set(rows.flatMap((r) => Object.values(r.behind).flat()));
  return { ...board, rows, ideas: board.ideas.filter((i) => ids.has(i.id)) };
}

/** The scoreboard of a period: the frozen record when there is one, else computed now. */
export async function scoreboard(ctx: Context, input: PeriodInput): Promise<Scoreboard> {
  const scope = movementUnitScope(ctx.viewer);
  assertAllowed(
    ctx.viewer,
    isStaff(ctx.viewer) && (scope === null || scope.length > 0),
    'Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem bảng điểm.',
  );
  const period = await resolvePeriod(ctx, input);
  const record = await ctx.em.findOne(ScoreboardRecord, {
    tenant: ctx.tenant.id,
    periodKey: period.key,
  });
  if (record) {
    const stored = record.snapshot as Scoreboard;
    return visibleTo(ctx, {
      ...stored,
      frozenAt: record.frozenAt,
      frozenByName: record.frozenByName,
    });
  }
  return visibleTo(ctx, await compute(ctx, period));
}

/** Freezes the period's scoreboard as the record of the emulation review (once). */
export async function freezeScoreboard(ctx: Context, input: PeriodInput): Promise<Scoreboard> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối chốt bảng điểm thi đua.',
  );
  const board = await compute(ctx, await resolvePeriod(ctx, input));
  const now = ctx.clock.now();
  const existing = await ctx.em.findOne(ScoreboardRecord, {
    tenant: ctx.tenant.id,
    periodKey: board.periodKey,
  });
  if (existing)
    throw new ConflictError(
      `Bảng điểm ${board.periodLabel.toLowerCase()} đã được chốt; bản đã chốt không thay đổi.`,
    );
  ctx.em.create(ScoreboardRecord, {
    tenant: ctx.tenant.id,
    periodKey: board.periodKey,
    snapshot: board,
    frozenAt: now,
    frozenBy: ctx.viewer.userId,
    frozenByName: ctx.viewer.fullName,
    createdAt: now,
  });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.SCOREBOARD_FROZEN,
    actor: auditActor(ctx.viewer),
    details: {
      period: board.periodKey,
      label: board.periodLabel,
      ranking: board.rows.slice(0, 10).map((r) => `${r.rank}. ${r.unitName}: ${r.total}`),
    },
    at: now,
  });
  await ctx.em.flush();
  return { ...board, frozenAt: now, frozenByName: ctx.viewer.fullName };
}

/** Ideas behind one figure of one unit (the drill-down), from the live or frozen scoreboard. */
export function behindFigure(board: Scoreboard, unitId: string, metric: MetricName) {
  if (!isUuid(unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
  const row = board.rows.find((r) => r.unitId === unitId);
  if (!row) throw new NotFoundError('Đơn vị không có trên bảng điểm.');
  const ids = new Set(row.behind[metric] ?? []);
  return board.ideas.filter((i) => ids.has(i.id));
}
