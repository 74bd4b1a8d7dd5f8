/**
 * The anonymous reads of ideas compiled whole (see `common/compiled-read.ts`): `ideas` (the
 * gallery, honoured ideas, search, partners' lists), `idea(id)` (the idea page) and `ideaCounters`,
 * each as one JSON expression with the public rule (`public_visible`, the read model the triggers
 * keep) and the consent rule for authors' names in the same statement. The general path's
 * answers are the reference: `tests/api/compiled-read.test.ts` compares both for every shape.
 */
import {
  afterCursor,
  columns,
  connectionSql,
  cursorSql,
  objectSql,
  scalarSql,
  sqlConstant,
  sqlString,
  Unsupported,
  type FieldSql,
  type RootCompiler,
  type Sel,
  type SqlBuilder,
} from '../common/compiled-read.js';
import { MAX_PAGE_SIZE, SortDirection } from '../common/connection.js';
import { ideaSearch, ideaSearchSql, NO_MATCH_SQL } from './idea-search.js';
import { isUuid } from '../common/validate.js';
import { vietnamYearRange } from '../common/vietnam-time.js';
import { IDEA_STATUS_LABEL } from './idea.enums.js';
import { normalizeTrackingCode } from './receipt.digest.js';
import { IdeaOrderField, type IdeaOrderByInput, type IdeaWhereInput } from './idea.inputs.js';
import { ANONYMOUS_AUTHOR, PUBLIC_AUTHOR } from './idea-view.service.js';
import {
  FIELD_COLUMNS,
  IDEA_COLUMNS,
  nameShownSql,
  ORDER_SQL,
  UNIT_COLUMNS,
} from './public-list.service.js';

const FIELD_SQL = columns(FIELD_COLUMNS);
const UNIT_SQL = columns(UNIT_COLUMNS);

/** What the public sees of an author: the name when they (and a guardian) consent, constants. */
const AUTHOR_SQL: Record<string, FieldSql> = {
  ...Object.fromEntries(
    Object.entries(PUBLIC_AUTHOR).map(([k, v]) => [
      k,
      () => sqlConstant(v as string | number | boolean | null),
    ]),
  ),
  role: (a, s) => scalarSql(s, `${a}.role`),
  share: (a, s) => scalarSql(s, `${a}.share`),
  kind: (a, s) => scalarSql(s, `${a}_p.kind`),
  displayName: (a) =>
    `case when ${nameShownSql(a, `${a}_p`)} then ${a}_p.full_name else ${sqlString(ANONYMOUS_AUTHOR)} end`,
};

const STATUS_LABEL_SQL = (a: string) =>
  `case ${a}.status ${Object.entries(IDEA_STATUS_LABEL)
    .map(([k, v]) => `when ${sqlString(k)} then ${sqlString(v)}`)
    .join(' ')} end`;

/** An idea as the anonymous viewer sees it. */
const IDEA_SQL: Record<string, FieldSql> = {
  ...columns(IDEA_COLUMNS),
  statusLabel: (a) => STATUS_LABEL_SQL(a),
  trackingCode: () => 'null::text',
  viewerWorksOnIt: () => 'false',
  fields: (a, s, b) => {
    const f = b.alias('f');
    const x = b.alias('x');
    return `(select coalesce(json_agg(${objectSql(f, s.sub, FIELD_SQL, b)} order by ${f}.sort_order, ${f}.id), '[]'::json)
      from idea_field ${x} join field ${f} on ${f}.id = ${x}.field_id where ${x}.idea_id = ${a}.id)`;
  },
  unit: (a, s, b) => {
    const u = b.alias('u');
    return `(select ${objectSql(u, s.sub, UNIT_SQL, b)} from unit ${u} where ${u}.id = ${a}.unit_id)`;
  },
  authors: (a, s, b) => {
    const au = b.alias('au');
    return `(select coalesce(json_agg(${objectSql(au, s.sub, AUTHOR_SQL, b)}
        order by (${au}.role = 'LEAD') desc, ${au}.share desc, ${au}.id), '[]'::json)
      from authorship ${au} join person ${au}_p on ${au}_p.id = ${au}.person_id
      where ${au}.idea_id = ${a}.id and ${au}.confirmed_at is not null and ${au}.declined_at is null)`;
  },
};

function ideaSql(a: string, sel: Sel, b: SqlBuilder): string {
  return objectSql(a, sel.sub, IDEA_SQL, b);
}

// ── The hub's view (staff reads): every author, the tracking code, the step, the assignee ──────

/** An author as the hub sees one (`ideaAuthors`' staff view), the fields of the inbox and lists. */
const STAFF_AUTHOR_SQL: Record<string, FieldSql> = {
  id: (a) => `${a}.id`,
  personId: (a) => `${a}_p.id`,
  role: (a, s) => scalarSql(s, `${a}.role`),
  share: (a, s) => scalarSql(s, `${a}.share`),
  kind: (a, s) => scalarSql(s, `${a}_p.kind`),
  displayName: (a) => `${a}_p.full_name`,
  confirmed: (a) => `${a}.confirmed_at is not null`,
  declined: (a) => `${a}.declined_at is not null`,
  invitationPending: (a) => `${a}.invitation_hash is not null`,
  isMinor: (a) => `${a}.is_minor`,
  restricted: (a) => `${a}_p.restricted_at is not null`,
  anonymised: (a) => `${a}_p.anonymised_at is not null`,
};

/** The open step (`ideaCurrentStep`): its due date moved by the time spent waiting. */
function stepSql(b: SqlBuilder): Record<string, FieldSql> {
  const now = b.now();
  const moved = (st: string) =>
    `${st}.due_at + (${st}.paused_ms * interval '1 millisecond') + coalesce(${now} - ${st}.paused_at, interval '0')`;
  return {
    status: (st, s) => scalarSql(s, `${st}.status`),
    startedAt: (st, s) => scalarSql(s, `${st}.started_at`),
    dueAt: (st, s) => scalarSql(s, moved(st)),
    pausedAt: (st, s) => scalarSql(s, `${st}.paused_at`),
    overdue: (st) =>
      `(${st}.paused_at is null and ${st}.due_at is not null and ${st}.due_at + (${st}.paused_ms * interval '1 millisecond') < ${now})`,
  };
}

/** A unit with `nowPartOf`: the end of its merge chain (20 steps at most, as `currentUnitOf`). */
const STAFF_UNIT_SQL: Record<string, FieldSql> = {
  ...UNIT_SQL,
  nowPartOf: (u, s, b) => {
    const c = b.alias('c');
    const m = b.alias('m');
    const n = b.alias('n');
    return `(with recursive ${c}(id, merged_into_id, hops) as (
        select ${m}.id, ${m}.merged_into_id, 1 from unit ${m} where ${m}.id = ${u}.merged_into_id
        union all
        select ${m}.id, ${m}.merged_into_id, ${c}.hops + 1 from unit ${m} join ${c} on ${m}.id = ${c}.merged_into_id
         where ${c}.hops < 20)
      select ${objectSql(n, s.sub, UNIT_SQL, b)} from unit ${n}
       where ${n}.id = (select id from ${c} order by hops desc limit 1) and ${n}.id <> ${u}.id)`;
  },
};

const STAFF_IDEA_SQL: Record<string, FieldSql> = {
  ...IDEA_SQL,
  trackingCode: (a) => `${a}.tracking_code`,
  viewerWorksOnIt: () => 'true',
  unit: (a, s, b) => {
    const u = b.alias('u');
    return `(select ${objectSql(u, s.sub, STAFF_UNIT_SQL, b)} from unit ${u} where ${u}.id = ${a}.unit_id)`;
  },
  authors: (a, s, b) => {
    b.readsPersonalData = true;
    const au = b.alias('au');
    return `(select coalesce(json_agg(${objectSql(au, s.sub, STAFF_AUTHOR_SQL, b)}
        order by (${au}.role = 'LEAD') desc, ${au}.share desc, ${au}.id), '[]'::json)
      from authorship ${au} join person ${au}_p on ${au}_p.id = ${au}.person_id
      where ${au}.idea_id = ${a}.id)`;
  },
  assignee: (a, s, b) => {
    const u = b.alias('su');
    return `(select ${objectSql(u, s.sub, { id: (x) => `${x}.id`, fullName: (x) => `${x}.full_name`, unitName: () => 'null::text' }, b)}
      from staff_user ${u} where ${u}.id = ${a}.assignee_id)`;
  },
  currentStep: (a, s, b) => {
    const st = b.alias('st');
    return `(select ${objectSql(st, s.sub, stepSql(b), b)} from idea_step ${st}
      where ${st}.idea_id = ${a}.id and ${st}.ended_at is null order by ${st}.started_at desc limit 1)`;
  },
};

function staffIdeaSql(a: string, sel: Sel, b: SqlBuilder): string {
  return objectSql(a, sel.sub, STAFF_IDEA_SQL, b);
}

/**
 * The general path's filter (`idea.service.ts` whereFor) as SQL on alias `a`: for an anonymous
 * viewer with the public rule; for the hub (a staff read), the whole commune.
 */
function whereSql(a: string, where: IdeaWhereInput | null | undefined, b: SqlBuilder): string[] {
  const parts = [`${a}.tenant_id = ${b.param(b.tenantId)}`];
  if (!b.staff) parts.push(`${a}.public_visible`);
  if (!where) return parts;
  const id = (value: string) => {
    if (!isUuid(value)) throw new Unsupported('invalid id'); // the general path words the error
    return value;
  };
  if (where.search?.trim()) {
    // Staff may type a tracking code into the search box: the general path looks it up.
    if (b.staff && /^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(normalizeTrackingCode(where.search))) {
      throw new Unsupported('tracking code search');
    }
    const search = ideaSearch(where.search);
    if (search === 'nothing') parts.push(NO_MATCH_SQL);
    else {
      parts.push(ideaSearchSql(a, search, b.tenantId, (value) => b.param(value)));
      // A rare term and a common one want different plans (index of the term or of the order).
      b.planForValues = true;
    }
  }
  // Enum values (checked by GraphQL) as literals: fewer parameters keep the generic plan good.
  if (where.status?.length)
    parts.push(`${a}.status in (${where.status.map(sqlString).join(', ')})`);
  if (where.fieldIds?.length) {
    const ids = where.fieldIds.map(id);
    parts.push(
      `${a}.id in (select idea_id from idea_field where field_id = any(${b.param(ids)}::uuid[]))`,
    );
  }
  if (where.unitId) {
    parts.push(
      `${a}.unit_id in (with recursive m(id) as (select ${b.param(id(where.unitId))}::uuid union select u.id from unit u join m on u.merged_into_id = m.id) select id from m)`,
    );
  }
  if (where.campaignId) parts.push(`${a}.campaign_id = ${b.param(id(where.campaignId))}`);
  if (where.channel) parts.push(`${a}.channel = ${sqlString(where.channel)}`);
  // published: true is already required by the public rule.
  if (where.published === true && b.staff) parts.push(`${a}.published_at is not null`);
  if (where.published === false) parts.push(`${a}.published_at is null`);
  if (where.receivedFrom) parts.push(`${a}.received_at >= ${b.param(where.receivedFrom)}`);
  if (where.receivedBefore) parts.push(`${a}.received_at < ${b.param(where.receivedBefore)}`);
  if (where.assigneeId) parts.push(`${a}.assignee_id = ${b.param(id(where.assigneeId))}`);
  if (where.unassigned) parts.push(`${a}.assignee_id is null`);
  if (where.honoured === true) parts.push(`${a}.honoured_at is not null`);
  if (where.honoured === false) parts.push(`${a}.honoured_at is null`);
  if (where.year !== null && where.year !== undefined) {
    if (!Number.isInteger(where.year) || where.year < 2000 || where.year > 2100) {
      throw new Unsupported('invalid year');
    }
    const { from, to } = vietnamYearRange(where.year);
    parts.push(`${a}.received_at >= ${b.param(from)} and ${a}.received_at < ${b.param(to)}`);
  }
  if (where.overdue !== null && where.overdue !== undefined) {
    // An open, unpaused step whose due date (moved by the time spent waiting) has passed.
    if (!b.staff) throw new Unsupported('overdue');
    const s = b.alias('s');
    parts.push(`${where.overdue ? '' : 'not '}exists (select 1 from idea_step ${s} where ${s}.idea_id = ${a}.id
      and ${s}.ended_at is null and ${s}.paused_at is null and ${s}.due_at is not null
      and ${s}.due_at + (${s}.paused_ms * interval '1 millisecond') < ${b.now()})`);
  }
  return parts;
}

/** `ideas(where, orderBy, first, after)` for an anonymous viewer, or the hub's inbox. */
export const compileIdeas: RootCompiler = (sel, b) => {
  const args = b.args(sel) as {
    where?: IdeaWhereInput | null;
    orderBy?: IdeaOrderByInput | null;
    first: number;
    after?: string | null;
  };
  const first = args.first;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw new Unsupported();
  const field = args.orderBy?.field ?? IdeaOrderField.RECEIVED_AT;
  const dir = args.orderBy?.direction ?? SortDirection.DESC;
  const column = ORDER_SQL[field];
  const order = `${field}:${dir}`;
  const sort = dir === SortDirection.DESC ? 'desc' : 'asc';
  const filter = (a: string) => {
    const parts = whereSql(a, args.where, b);
    if (field === IdeaOrderField.PUBLISHED_AT && b.staff)
      parts.push(`${a}.published_at is not null`);
    if (field === IdeaOrderField.HONOURED_AT && args.where?.honoured !== true) {
      parts.push(`${a}.honoured_at is not null`);
    }
    return parts;
  };
  return connectionSql({
    sel,
    b,
    first,
    after: args.after ? afterCursor(args.after, order) : null,
    from: 'idea',
    filter,
    order: (i) => ({ key: `${i}.${column}`, id: `${i}.id`, dir: sort }),
    cursor: (i) => cursorSql(b, order, `${i}.${column}`, `${i}.id`),
    node: (a, s) => (b.staff ? staffIdeaSql(a, s, b) : ideaSql(a, s, b)),
    // The hub reading authors' names (personal data): each idea of the page is audited.
    pageIds: (ids) => {
      if (b.readsPersonalData) b.personalDataIdeas.push(ids());
    },
  });
};

/** `idea(id)` for an anonymous viewer: null unless public. */
export const compileIdea: RootCompiler = (sel, b) => {
  const { id } = b.args(sel) as { id: string };
  if (!isUuid(id)) return 'null::json';
  const i = b.alias('i');
  return `(select ${ideaSql(i, sel, b)} from idea ${i}
    where ${i}.id = ${b.param(id)} and ${i}.tenant_id = ${b.param(b.tenantId)} and ${i}.public_visible)`;
};

/** The public counters, only those asked for (the general path's formulas). */
export const compileIdeaCounters: RootCompiler = (sel, b) => {
  const { campaignId } = b.args(sel) as { campaignId?: string | null };
  const eligible = `count(*) filter (where status <> 'WITHDRAWN')`;
  const answered = `count(*) filter (where responded_at is not null and status <> 'WITHDRAWN')`;
  const hours = `avg(extract(epoch from responded_at - received_at) / 3600) filter (where responded_at is not null)`;
  const COUNTERS: Record<string, string> = {
    received: 'count(*)',
    answered,
    responseRate: `case when ${eligible} > 0 then (${answered})::float8 / ${eligible} end`,
    // Math.round(h * 10) / 10 on the double, as the general path does.
    averageResponseHours: `floor((${hours})::float8 * 10 + 0.5) / 10`,
    piloted: `count(*) filter (where status in ('PILOTING', 'APPLIED', 'SCALED'))`,
    applied: `count(*) filter (where status in ('APPLIED', 'SCALED'))`,
    scaled: `count(*) filter (where status = 'SCALED')`,
    published: `count(*) filter (where public_visible)`,
    honoured: `count(*) filter (where honoured_at is not null and public_visible)`,
  };
  const parts = sel.sub.map((s) => {
    if (s.name === '__typename') return `${sqlString(s.key)}, ${sqlString(s.parent.name)}`;
    const expr = COUNTERS[s.name];
    if (!expr) throw new Unsupported();
    return `${sqlString(s.key)}, ${expr}`;
  });
  const campaign =
    campaignId && isUuid(campaignId) ? ` and campaign_id = ${b.param(campaignId)}` : '';
  return `(select json_build_object(${parts.join(', ')}) from idea where tenant_id = ${b.param(b.tenantId)}${campaign})`;
};
