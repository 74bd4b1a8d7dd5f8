/**
 * Aggregates for the public transparency dashboard: a fixed handful of SQL statements whatever the
 * size of the commune (no query per unit or per idea). Only counts and sums leave this module.
 */
import type { Context } from '../context.js';
import { isUuid } from '../common/validate.js';
import { viCollator } from '../common/text.js';
import { missingConsentSql } from '../rights/rights.gate.js';
import { ConsentKind } from '../consent/consent.enums.js';
import { IdeaStatus } from '../idea/idea.enums.js';
import { AreaType, UNIT_KIND_ORDER, UnitKind } from '../unit/unit.enums.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import type {
  AreaTypeStat,
  ReceptionCoverage,
  ResponseCounts,
  ResponseTimeBucket,
  TransparencyStats,
  UnitStat,
} from './stats.types.js';
import { VN_TIME_ZONE } from '../common/vietnam-time.js';
import { resolvePeriod } from '../movement/kpi.service.js';
import { CampaignPhase } from '../campaign/campaign.entity.js';
import { BadInputError } from '../common/errors.js';

/** The year a phase starts in (a phase chosen without a year). */
async function phaseYear(ctx: Context, phaseId: string): Promise<number> {
  const phase = isUuid(phaseId)
    ? await ctx.em.findOne(CampaignPhase, { id: phaseId, tenant: ctx.tenant.id })
    : null;
  if (!phase) throw new BadInputError({ phaseId: 'Giai đoạn không tồn tại.' });
  return Number(phase.startsOn.slice(0, 4));
}

/** Days bounding the response-time histogram: [0,1), [1,3), [3,7), [7,15), [15,30), [30,∞). */
export const RESPONSE_BUCKETS = [0, 1, 3, 7, 15, 30];

const KIND_ORDER = [
  UnitKind.VILLAGE,
  UnitKind.RESIDENTIAL_GROUP,
  ...UNIT_KIND_ORDER.filter((k) => k !== UnitKind.VILLAGE && k !== UnitKind.RESIDENTIAL_GROUP),
];

const AREA_ORDER = [
  AreaType.URBAN,
  AreaType.RURAL,
  AreaType.MOUNTAIN,
  AreaType.REMOTE,
  AreaType.SPECIAL_DIFFICULTY,
];

const STAGE_ORDER = Object.values(IdeaStatus);

/** The same counting rules for every group: one SQL select list, applied to alias `i`. */
const COUNTS_SQL = `count(i.id) as received,
  count(i.id) filter (where i.status <> 'WITHDRAWN') as eligible,
  count(i.id) filter (where i.status <> 'WITHDRAWN' and i.responded_at is not null) as answered,
  count(i.id) filter (where i.status in ('PILOTING', 'APPLIED', 'SCALED')) as piloted,
  count(i.id) filter (where i.status in ('APPLIED', 'SCALED')) as applied,
  count(i.id) filter (where i.status = 'SCALED') as scaled`;

interface CountsRow {
  received: string | number;
  eligible: string | number;
  answered: string | number;
  piloted: string | number;
  applied: string | number;
  scaled: string | number;
}

function counts(row: CountsRow | undefined): ResponseCounts {
  const n = (v: string | number | undefined) => Number(v ?? 0);
  const eligible = n(row?.eligible);
  const answered = n(row?.answered);
  return {
    received: n(row?.received),
    eligible,
    answered,
    responseRate: eligible ? answered / eligible : null,
    piloted: n(row?.piloted),
    applied: n(row?.applied),
    scaled: n(row?.scaled),
  };
}

function add(a: ResponseCounts, b: ResponseCounts): ResponseCounts {
  const eligible = a.eligible + b.eligible;
  const answered = a.answered + b.answered;
  return {
    received: a.received + b.received,
    eligible,
    answered,
    responseRate: eligible ? answered / eligible : null,
    piloted: a.piloted + b.piloted,
    applied: a.applied + b.applied,
    scaled: a.scaled + b.scaled,
  };
}

const ZERO: ResponseCounts = counts(undefined);

const hours = (v: string | number | null | undefined) =>
  v == null ? null : Math.round(Number(v) * 10) / 10;

export async function transparencyStats(
  ctx: Context,
  campaignId?: string | null,
  periodInput: { year?: number | null; phaseId?: string | null } = {},
): Promise<TransparencyStats> {
  const tenant = ctx.tenant.id;
  const byCampaign = campaignId && isUuid(campaignId) ? campaignId : null;
  // A year, or a phase of the campaign (a phase's own year is its start's): ideas received in it.
  const period =
    periodInput.year || periodInput.phaseId
      ? await resolvePeriod(ctx, {
          year: periodInput.year ?? (await phaseYear(ctx, periodInput.phaseId!)),
          phaseId: periodInput.phaseId ?? null,
        })
      : null;
  // Restricts ideas (alias i) to the tenant and, when asked, one campaign and one period.
  const ideaScope =
    `i.tenant_id = ?${byCampaign ? ' and i.campaign_id = ?' : ''}` +
    (period ? ' and i.received_at >= ? and i.received_at < ?' : '');
  const scopeParams: unknown[] = [tenant];
  if (byCampaign) scopeParams.push(byCampaign);
  if (period) scopeParams.push(period.from, period.to);
  const em = ctx.em;

  const elapsed = `extract(epoch from i.responded_at - i.received_at) / 3600`;
  const bucketSql = RESPONSE_BUCKETS.map((from, k) => {
    const to = RESPONSE_BUCKETS[k + 1];
    const cond =
      `i.responded_at - i.received_at >= interval '${from} days'` +
      (to === undefined ? '' : ` and i.responded_at - i.received_at < interval '${to} days'`);
    return `count(i.id) filter (where i.responded_at is not null and ${cond}) as b${k}`;
  }).join(',\n  ');

  const [totalsRows, unitRows, stageRows, fieldRows, monthRows, fundingRows, peopleRows] =
    await Promise.all([
      em.execute<(CountsRow & Record<string, string | number | null>)[]>(
        `select ${COUNTS_SQL},
        count(i.id) filter (where i.published_at is not null and i.rights_status = 'ESTABLISHED'
          and not ${missingConsentSql('i', ConsentKind.PUBLISH_CONTENT)}) as published,
        percentile_cont(0.5) within group (order by ${elapsed})
          filter (where i.responded_at is not null) as median_hours,
        percentile_cont(0.9) within group (order by ${elapsed})
          filter (where i.responded_at is not null) as p90_hours,
        avg(${elapsed}) filter (where i.responded_at is not null) as avg_hours,
        ${bucketSql}
       from idea i where ${ideaScope}`,
        scopeParams,
      ),
      em.execute<
        (CountsRow & {
          id: string;
          name: string;
          kind: UnitKind;
          area_type: AreaType;
          active: boolean;
          has_point: boolean;
          has_staffed_point: boolean;
        })[]
      >(
        // Ideas of a merged unit count under the unit it was merged into (end of the chain), so
        // the history stays attributable while the statistics follow today's organisation.
        `with recursive merged(id, root) as (
          select id, id from unit where tenant_id = ? and merged_into_id is null
          union all
          select u.id, m.root from unit u join merged m on u.merged_into_id = m.id)
       select u.id, u.name, u.kind, u.area_type, u.active,
          exists (select 1 from reception_point rp where rp.unit_id = u.id and rp.active) as has_point,
          exists (select 1 from reception_point rp
                   where rp.unit_id = u.id and rp.active
                     and exists (select 1 from reception_point_officer o
                                   join staff_user s on s.id = o.staff_user_id and s.active
                                  where o.reception_point_id = rp.id)) as has_staffed_point,
          ${COUNTS_SQL}
         from unit u
         left join merged m on m.root = u.id
         left join idea i on i.unit_id = m.id and ${ideaScope}
        where u.tenant_id = ?
        group by u.id`,
        [tenant, ...scopeParams, tenant],
      ),
      em.execute<{ status: IdeaStatus; count: string }[]>(
        `select i.status, count(*) as count from idea i where ${ideaScope} group by i.status`,
        scopeParams,
      ),
      em.execute<{ id: string; name: string; name_en: string | null; count: string }[]>(
        `select f.id, f.name, f.name_en, count(i.id) as count
         from field f
         left join idea_field x on x.field_id = f.id
         left join idea i on i.id = x.idea_id and ${ideaScope}
        where f.tenant_id = ? and f.active
        group by f.id
        order by f.sort_order, f.name`,
        [...scopeParams, tenant],
      ),
      em.execute<{ month: string; received: string; answered: string }[]>(
        `select to_char(i.received_at at time zone '${VN_TIME_ZONE}', 'YYYY-MM') as month,
          count(*) as received,
          count(*) filter (where i.status <> 'WITHDRAWN' and i.responded_at is not null) as answered
         from idea i where ${ideaScope}
        group by 1 order by 1`,
        scopeParams,
      ),
      // The grouping set () adds the total row (source null): a pilot with two sources counts once.
      em.execute<{ source: FundingSource | null; amount: string; pilots: string }[]>(
        `select b->>'source' as source, sum((b->>'amount')::numeric) as amount,
          count(distinct p.id) as pilots
         from pilot p
         join idea i on i.id = p.idea_id
         cross join lateral jsonb_array_elements(p.budget) as b
        where p.tenant_id = ? and ${ideaScope}
        group by grouping sets ((b->>'source'), ())`,
        [tenant, ...scopeParams],
      ),
      // Distinct proposers per unit (the unit a merged one now belongs to) and in all (grouping
      // set ()): a person who wrote to two units counts once in the total. Counts only.
      em.execute<{ unit_id: string | null; participants: string; total: number }[]>(
        `with recursive merged(id, root) as (
          select id, id from unit where tenant_id = ? and merged_into_id is null
          union all
          select u.id, m.root from unit u join merged m on u.merged_into_id = m.id)
       select m.root as unit_id, count(distinct coalesce(p.email, p.phone, p.id::text)) as participants,
              grouping(m.root) as total
         from idea i
         join authorship a on a.idea_id = i.id
         join person p on p.id = a.person_id
         left join merged m on m.id = i.unit_id
        where ${ideaScope}
        group by grouping sets ((m.root), ())`,
        [tenant, ...scopeParams],
      ),
    ]);
  // grouping() is 1 on the total row, 0 on a unit's.
  const participantsOf = new Map(
    peopleRows.filter((r) => !Number(r.total)).map((r) => [r.unit_id, Number(r.participants)]),
  );
  const allParticipants = Number(peopleRows.find((r) => Number(r.total))?.participants ?? 0);

  const t = totalsRows[0];
  const totals = counts(t);

  // Inactive (merged) units still count where they received ideas, so the sums add up.
  const byUnit: UnitStat[] = unitRows
    .filter((u) => u.active || Number(u.received) > 0)
    .map((u) => ({
      unitId: u.id,
      name: u.name,
      kind: u.kind,
      areaType: u.area_type,
      hasReceptionPoint: Boolean(u.has_point),
      participants: participantsOf.get(u.id) ?? 0,
      ...counts(u),
    }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        viCollator.compare(a.name, b.name),
    );
  const unitSum = byUnit.reduce<ResponseCounts>((acc, u) => add(acc, u), ZERO);
  const rest: ResponseCounts = {
    received: totals.received - unitSum.received,
    eligible: totals.eligible - unitSum.eligible,
    answered: totals.answered - unitSum.answered,
    responseRate: null,
    piloted: totals.piloted - unitSum.piloted,
    applied: totals.applied - unitSum.applied,
    scaled: totals.scaled - unitSum.scaled,
  };
  rest.responseRate = rest.eligible ? rest.answered / rest.eligible : null;

  const byAreaType: AreaTypeStat[] = AREA_ORDER.map((areaType) => {
    const mine = byUnit.filter((u) => u.areaType === areaType);
    return {
      areaType,
      units: mine.length,
      unitsWithIdeas: mine.filter((u) => u.received > 0).length,
      ...mine.reduce<ResponseCounts>((acc, u) => add(acc, u), ZERO),
    };
  }).filter((a) => a.units > 0);

  const stageCount = new Map(stageRows.map((r) => [r.status, Number(r.count)]));
  const buckets: ResponseTimeBucket[] = RESPONSE_BUCKETS.map((fromDays, k) => ({
    fromDays,
    toDays: RESPONSE_BUCKETS[k + 1] ?? null,
    count: Number(t?.[`b${k}`] ?? 0),
  }));
  const bySource = Object.values(FundingSource)
    .map((source) => {
      const row = fundingRows.find((r) => r.source === source);
      return { source, amount: Number(row?.amount ?? 0), pilots: Number(row?.pilots ?? 0) };
    })
    .filter((s) => s.amount > 0 || s.pilots > 0);
  const fundingTotal = fundingRows.find((r) => r.source === null);
  const active = byUnit.filter((u) => unitRows.find((r) => r.id === u.unitId)?.active);

  return {
    generatedAt: ctx.clock.now(),
    periodLabel: period?.label ?? null,
    participants: allParticipants,
    totals,
    published: Number(t?.['published'] ?? 0),
    responseTime: {
      medianHours: hours(t?.['median_hours']),
      averageHours: hours(t?.['avg_hours']),
      p90Hours: hours(t?.['p90_hours']),
      buckets,
      waiting: totals.eligible - totals.answered,
    },
    byUnit,
    withoutUnit: rest.received > 0 ? rest : null,
    byAreaType,
    byStage: STAGE_ORDER.map((status) => ({ status, count: stageCount.get(status) ?? 0 })),
    byField: fieldRows.map((f) => ({
      fieldId: f.id,
      name: f.name,
      nameEn: f.name_en,
      count: Number(f.count),
    })),
    byMonth: monthRows.map((m) => ({
      month: m.month,
      received: Number(m.received),
      answered: Number(m.answered),
    })),
    funding: {
      total: Number(fundingTotal?.amount ?? 0),
      pilots: Number(fundingTotal?.pilots ?? 0),
      bySource,
    },
    units: active.length,
    unitsWithReceptionPoint: active.filter((u) => u.hasReceptionPoint).length,
    receptionCoverage: receptionCoverage(unitRows.filter((u) => u.active)),
  };
}

/**
 * The reception KPI of §III.2 and §IV.1: the share of villages (and of all active units) with at
 * least one active reception point that has an active officer assigned.
 */
function receptionCoverage(
  units: { kind: UnitKind; has_staffed_point: boolean; has_point: boolean }[],
): ReceptionCoverage {
  const villages = units.filter(
    (u) => u.kind === UnitKind.VILLAGE || u.kind === UnitKind.RESIDENTIAL_GROUP,
  );
  const share = (n: number, of: number) => (of ? n / of : null);
  const staffedVillages = villages.filter((u) => u.has_staffed_point).length;
  const staffedUnits = units.filter((u) => u.has_staffed_point).length;
  return {
    villages: villages.length,
    villagesWithPoint: villages.filter((u) => u.has_point).length,
    villagesStaffed: staffedVillages,
    villagesShare: share(staffedVillages, villages.length),
    units: units.length,
    unitsStaffed: staffedUnits,
    unitsShare: share(staffedUnits, units.length),
  };
}
