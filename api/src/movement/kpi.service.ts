/**
 * The movement's figures for a period, computed from the data in a fixed handful of SQL statements
 * (whatever the number of units), then grouped in memory by unit, area type, field, participant
 * group or month. Targets, the scoreboard and the dashboards all read these same figures, so a
 * number means the same thing on every screen.
 *
 * What is counted (documented next to each figure in the admin):
 * - ideas received in the period (by their reception time), and what became of them: eligible
 *   for consideration (§IV.1: every idea except those the author withdrew and those found
 *   duplicate, out of scope or not eligible, which get a notice but do not count in the response
 *   rate), answered (of the eligible, those with a response), taken to the council
 *   (a council review exists, or the idea is under review or recommended), supported (a support
 *   plan exists); their distinct proposers (the same email or phone counts once) and participant
 *   groups;
 * - pilots started in the period (by start date), counted at the host unit;
 * - applications recorded in the period, at the unit that applies; scalings recorded in the
 *   period and applications by another unit, at the unit the idea came from; the programme tags of
 *   those adoptions (administrative reform, digital transformation, new rural, civilised urban,
 *   OCOP), at the unit the idea came from;
 * - ideas honoured in the period, at their unit;
 * - activities held in the period (by date) and their audience, at the unit that held them.
 * Ideas of a merged unit count under the unit it was merged into (the end of the chain).
 */
import type { Context } from '../context.js';
import { BadInputError } from '../common/errors.js';
import { isUuid } from '../common/validate.js';
import { localDay, vietnamYearRange } from '../common/vietnam-time.js';
import { CampaignPhase } from '../campaign/campaign.entity.js';
import { IdeaStatus } from '../idea/idea.enums.js';
import { AdoptionKind, Programme } from '../pilot/pilot.enums.js';
import { AreaType, UnitKind } from '../unit/unit.enums.js';
import { KpiDimension } from './movement.enums.js';

export interface Period {
  year: number;
  phaseId: string | null;
  /** `2027`, or `2027:<phase id>`. */
  key: string;
  label: string;
  from: Date;
  to: Date;
  /** First day and the day after the last (YYYY-MM-DD, Vietnam time). */
  fromDay: string;
  toDay: string;
}

/** The period a year or one of the campaign's phases covers. */
export async function resolvePeriod(
  ctx: Context,
  input: { year: number; phaseId?: string | null },
): Promise<Period> {
  const year = input.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new BadInputError({ 'period.year': 'Năm không hợp lệ (từ 2000 đến 2100).' });
  if (input.phaseId) {
    const phase = isUuid(input.phaseId)
      ? await ctx.em.findOne(CampaignPhase, { id: input.phaseId, tenant: ctx.tenant.id })
      : null;
    if (!phase) throw new BadInputError({ 'period.phaseId': 'Giai đoạn không tồn tại.' });
    const from = new Date(`${phase.startsOn}T00:00:00+07:00`);
    const last = new Date(`${phase.endsOn}T00:00:00+07:00`);
    const to = new Date(last.getTime() + 24 * 3_600_000);
    return {
      year,
      phaseId: phase.id,
      key: `${year}:${phase.id}`,
      label: phase.name,
      from,
      to,
      fromDay: phase.startsOn,
      toDay: localDay(to),
    };
  }
  const { from, to } = vietnamYearRange(year);
  return {
    year,
    phaseId: null,
    key: String(year),
    label: `Năm ${year}`,
    from,
    to,
    fromDay: `${year}-01-01`,
    toDay: `${year + 1}-01-01`,
  };
}

export interface UnitInfo {
  id: string;
  name: string;
  kind: UnitKind;
  areaType: AreaType;
  active: boolean;
  population: number | null;
  /** The unit it counts under today (itself unless merged). */
  root: string;
  hasWorkingPoint: boolean;
}

export interface Facts {
  period: Period;
  units: Map<string, UnitInfo>;
  ideas: {
    id: string;
    title: string;
    trackingCode: string;
    status: IdeaStatus;
    unit: string | null;
    group: string | null;
    fields: string[];
    persons: string[];
    receivedMonth: string | null;
    honouredMonth: string | null;
    inCohort: boolean;
    eligible: boolean;
    answered: boolean;
    accepted: boolean;
    supported: boolean;
  }[];
  pilots: { id: string; idea: string; unit: string; month: string }[];
  adoptions: {
    id: string;
    idea: string;
    kind: AdoptionKind;
    unit: string;
    programmes: Programme[];
    month: string;
  }[];
  activities: { id: string; unit: string; audience: number; month: string }[];
}

const ACCEPTED_STATUSES = [IdeaStatus.UNDER_REVIEW, IdeaStatus.RECOMMENDED];
/** Not counted in the response rate (§IV.1): withdrawn, or found not to be for the movement. */
export const NOT_ELIGIBLE_STATUSES = [
  IdeaStatus.WITHDRAWN,
  IdeaStatus.DUPLICATE,
  IdeaStatus.OUT_OF_SCOPE,
  IdeaStatus.NOT_ELIGIBLE,
];

/** Everything the figures of a period are made of, for one commune. */
export async function loadFacts(
  ctx: Pick<Context, 'em' | 'tenant'>,
  period: Period,
): Promise<Facts> {
  const t = ctx.tenant.id;
  const em = ctx.em;
  const { from, to, fromDay, toDay } = period;
  const month = (col: string) => `to_char(${col} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;
  const [unitRows, ideaRows, pilotRows, adoptionRows, activityRows] = await Promise.all([
    em.execute<
      {
        id: string;
        name: string;
        kind: UnitKind;
        area_type: AreaType;
        active: boolean;
        population: number | null;
        root: string;
        working: boolean;
      }[]
    >(
      `with recursive merged(id, root) as (
          select id, id from unit where tenant_id = ? and merged_into_id is null
          union all
          select u.id, m.root from unit u join merged m on u.merged_into_id = m.id)
       select u.id, u.name, u.kind, u.area_type, u.active, u.population, coalesce(m.root, u.id) as root,
          exists (select 1 from reception_point rp
                   where rp.unit_id = u.id and rp.active
                     and exists (select 1 from reception_point_officer o
                                   join staff_user s on s.id = o.staff_user_id and s.active
                                  where o.reception_point_id = rp.id)) as working
         from unit u left join merged m on m.id = u.id
        where u.tenant_id = ?`,
      [t, t],
    ),
    em.execute<
      {
        id: string;
        title: string;
        tracking_code: string;
        status: IdeaStatus;
        unit_id: string | null;
        participant_group_id: string | null;
        received_month: string;
        honoured_month: string | null;
        in_cohort: boolean;
        answered: boolean;
        reviewed: boolean;
        supported: boolean;
        field_ids: string[];
        person_ids: string[];
      }[]
    >(
      `select i.id, i.title, i.tracking_code, i.status, i.unit_id, i.participant_group_id,
          ${month('i.received_at')} as received_month,
          case when i.honoured_at >= ? and i.honoured_at < ? then ${month('i.honoured_at')} end as honoured_month,
          (i.received_at >= ? and i.received_at < ?) as in_cohort,
          (i.responded_at is not null) as answered,
          exists (select 1 from review r where r.idea_id = i.id) as reviewed,
          exists (select 1 from support_plan sp where sp.idea_id = i.id) as supported,
          array(select x.field_id from idea_field x where x.idea_id = i.id) as field_ids,
          array(select coalesce(p.email, p.phone, p.id::text) from authorship a
                  join person p on p.id = a.person_id where a.idea_id = i.id) as person_ids
         from idea i
        where i.tenant_id = ?
          and ((i.received_at >= ? and i.received_at < ?)
            or (i.honoured_at >= ? and i.honoured_at < ?)
            or exists (select 1 from pilot p where p.idea_id = i.id and p.starts_on >= ? and p.starts_on < ?)
            or exists (select 1 from adoption a where a.idea_id = i.id and a.adopted_on >= ? and a.adopted_on < ?))`,
      [from, to, from, to, t, from, to, from, to, fromDay, toDay, fromDay, toDay],
    ),
    em.execute<{ id: string; idea_id: string; host_unit_id: string; month: string }[]>(
      `select p.id, p.idea_id, p.host_unit_id, to_char(p.starts_on, 'YYYY-MM') as month
         from pilot p where p.tenant_id = ? and p.starts_on >= ? and p.starts_on < ?`,
      [t, fromDay, toDay],
    ),
    em.execute<
      {
        id: string;
        idea_id: string;
        unit_id: string;
        kind: AdoptionKind;
        programmes: Programme[];
        month: string;
      }[]
    >(
      `select a.id, a.idea_id, a.unit_id, a.kind, a.programmes, to_char(a.adopted_on, 'YYYY-MM') as month
         from adoption a where a.tenant_id = ? and a.adopted_on >= ? and a.adopted_on < ?`,
      [t, fromDay, toDay],
    ),
    em.execute<{ id: string; unit_id: string; audience: number; month: string }[]>(
      `select m.id, m.unit_id, m.audience, to_char(m.held_on, 'YYYY-MM') as month
         from movement_activity m where m.tenant_id = ? and m.held_on >= ? and m.held_on < ?`,
      [t, fromDay, toDay],
    ),
  ]);
  const units = new Map<string, UnitInfo>(
    unitRows.map((u) => [
      u.id,
      {
        id: u.id,
        name: u.name,
        kind: u.kind,
        areaType: u.area_type,
        active: u.active,
        population: u.population,
        root: u.root,
        hasWorkingPoint: Boolean(u.working),
      },
    ]),
  );
  const root = (id: string | null) => (id ? (units.get(id)?.root ?? id) : null);
  return {
    period,
    units,
    ideas: ideaRows.map((r) => {
      const eligible = !NOT_ELIGIBLE_STATUSES.includes(r.status);
      return {
        id: r.id,
        title: r.title,
        trackingCode: r.tracking_code,
        status: r.status,
        unit: root(r.unit_id),
        group: r.participant_group_id,
        fields: r.field_ids ?? [],
        persons: r.person_ids ?? [],
        receivedMonth: r.in_cohort ? r.received_month : null,
        honouredMonth: r.honoured_month,
        inCohort: Boolean(r.in_cohort),
        eligible,
        answered: eligible && Boolean(r.answered),
        accepted: Boolean(r.reviewed) || ACCEPTED_STATUSES.includes(r.status),
        supported: Boolean(r.supported),
      };
    }),
    pilots: pilotRows.map((p) => ({
      id: p.id,
      idea: p.idea_id,
      unit: root(p.host_unit_id)!,
      month: p.month,
    })),
    adoptions: adoptionRows.map((a) => ({
      id: a.id,
      idea: a.idea_id,
      kind: a.kind,
      unit: root(a.unit_id)!,
      programmes: a.programmes ?? [],
      month: a.month,
    })),
    activities: activityRows.map((a) => ({
      id: a.id,
      unit: root(a.unit_id)!,
      audience: Number(a.audience),
      month: a.month,
    })),
  };
}

/** The figures the movement counts (see the module comment for what each one is). */
export const METRICS = [
  'received',
  'eligible',
  'answered',
  'accepted',
  'supported',
  'pilots',
  'applications',
  'appliedElsewhere',
  'scalings',
  'honours',
  'participants',
  'participantGroups',
  'activities',
  'audience',
  'programmeTags',
] as const;
export type MetricName = (typeof METRICS)[number];

export interface Figures extends Record<MetricName, number> {
  responseRate: number | null;
  byProgramme: Record<Programme, number>;
}

/** One group's figures and what is behind each (idea ids, or activity ids for activities). */
export interface Bucket {
  key: string;
  figures: Figures;
  behind: Record<MetricName, Set<string>>;
}

function emptyBucket(key: string): Bucket & { persons: Set<string>; groups: Set<string> } {
  const figures = Object.fromEntries(METRICS.map((m) => [m, 0])) as unknown as Figures;
  figures.responseRate = null;
  figures.byProgramme = Object.fromEntries(Object.values(Programme).map((p) => [p, 0])) as Record<
    Programme,
    number
  >;
  return {
    key,
    figures,
    behind: Object.fromEntries(METRICS.map((m) => [m, new Set<string>()])) as Record<
      MetricName,
      Set<string>
    >,
    persons: new Set(),
    groups: new Set(),
  };
}

/** `''` is "no unit / no group" (an idea sent to the commune as a whole, a proposer who said nothing). */
export const NONE = '';

/**
 * The figures grouped by a dimension. Each fact counts under the keys it belongs to: an idea with
 * two fields counts under both (so field rows do not add up to the total, as with any
 * multi-valued breakdown); everything else counts once.
 */
export function aggregate(facts: Facts, by: KpiDimension | null): Map<string, Bucket> {
  const out = new Map<string, ReturnType<typeof emptyBucket>>();
  const bucket = (key: string) => {
    let b = out.get(key);
    if (!b) out.set(key, (b = emptyBucket(key)));
    return b;
  };
  const ideas = new Map(facts.ideas.map((i) => [i.id, i]));
  const area = (unit: string | null) => (unit ? (facts.units.get(unit)?.areaType ?? NONE) : NONE);
  const keysOf = (o: {
    unit: string | null;
    idea?: { fields: string[]; group: string | null } | null;
    month: string | null;
  }): string[] => {
    switch (by) {
      case null:
        return ['*'];
      case KpiDimension.UNIT:
        return [o.unit ?? NONE];
      case KpiDimension.AREA_TYPE:
        return [area(o.unit)];
      case KpiDimension.FIELD:
        return o.idea ? (o.idea.fields.length ? o.idea.fields : [NONE]) : [];
      case KpiDimension.PARTICIPANT_GROUP:
        return o.idea ? [o.idea.group ?? NONE] : [];
      case KpiDimension.MONTH:
        return o.month ? [o.month] : [];
    }
  };
  const count = (keys: string[], metric: MetricName, id: string, n = 1) => {
    for (const k of keys) {
      const b = bucket(k);
      b.figures[metric] += n;
      b.behind[metric].add(id);
    }
  };

  for (const i of facts.ideas) {
    if (i.inCohort) {
      const keys = keysOf({ unit: i.unit, idea: i, month: i.receivedMonth });
      count(keys, 'received', i.id);
      if (i.eligible) count(keys, 'eligible', i.id);
      if (i.answered) count(keys, 'answered', i.id);
      if (i.accepted) count(keys, 'accepted', i.id);
      if (i.supported) count(keys, 'supported', i.id);
      for (const k of keys) {
        const b = bucket(k);
        for (const p of i.persons) b.persons.add(p);
        if (i.group) b.groups.add(i.group);
        b.behind.participants.add(i.id);
        if (i.group) b.behind.participantGroups.add(i.id);
      }
    }
    if (i.honouredMonth)
      count(keysOf({ unit: i.unit, idea: i, month: i.honouredMonth }), 'honours', i.id);
  }
  for (const p of facts.pilots) {
    count(keysOf({ unit: p.unit, idea: ideas.get(p.idea), month: p.month }), 'pilots', p.idea);
  }
  for (const a of facts.adoptions) {
    const idea = ideas.get(a.idea);
    const home = idea?.unit ?? null;
    if (a.kind === AdoptionKind.APPLIED) {
      count(keysOf({ unit: a.unit, idea, month: a.month }), 'applications', a.idea);
      if (home && home !== a.unit)
        count(keysOf({ unit: home, idea, month: a.month }), 'appliedElsewhere', a.idea);
    } else {
      count(keysOf({ unit: home, idea, month: a.month }), 'scalings', a.idea);
    }
    if (a.programmes.length) {
      const keys = keysOf({ unit: home, idea, month: a.month });
      count(keys, 'programmeTags', a.idea, a.programmes.length);
      for (const k of keys) for (const p of a.programmes) bucket(k).figures.byProgramme[p] += 1;
    }
  }
  for (const a of facts.activities) {
    const keys = keysOf({ unit: a.unit, idea: null, month: a.month });
    count(keys, 'activities', a.id);
    count(keys, 'audience', a.id, a.audience);
  }
  for (const b of out.values()) {
    b.figures.participants = b.persons.size;
    b.figures.participantGroups = b.groups.size;
    b.figures.responseRate = b.figures.eligible ? b.figures.answered / b.figures.eligible : null;
  }
  return out;
}

/** The figures of a group with nothing in it. */
export function zeroFigures(): Figures {
  return emptyBucket(NONE).figures;
}
