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
import { searchTerms } from '../common/text.js';
import { isUuid } from '../common/validate.js';
import { vietnamYearRange } from '../common/vietnam-time.js';
import { IDEA_STATUS_LABEL } from './idea.enums.js';
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

/** The general path's filter for an anonymous viewer, as SQL on alias `a`. */
function whereSql(a: string, where: IdeaWhereInput | null | undefined, b: SqlBuilder): string[] {
  const parts = [`${a}.tenant_id = ${b.param(b.tenantId)}`, `${a}.public_visible`];
  if (!where) return parts;
  const id = (value: string) => {
    if (!isUuid(value)) throw new Unsupported('invalid id'); // the general path words the error
    return value;
  };
  if (where.search?.trim()) {
    const terms = searchTerms(where.search);
    if (terms.length) {
      const query = terms.map((t) => `${t}:*`).join(' & ');
      parts.push(`${a}.search_vector @@ to_tsquery('simple', ${b.param(query)})`);
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
  if (where.overdue !== null && where.overdue !== undefined) throw new Unsupported('overdue');
  return parts;
}

/** `ideas(where, orderBy, first, after)` for an anonymous viewer. */
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
    node: (a, s) => ideaSql(a, s, b),
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
