/**
 * The public read path of ideas (the gallery, partners' lists): the GraphQL selection compiled
 * into ONE SQL statement that returns each idea with its fields, unit and credited authors as
 * JSON, with the visibility and consent rules in the same statement. Only the columns asked for
 * are read (never `search_vector`, the long texts only when selected) and no entity is hydrated:
 * the rows become plain objects whose relations the idea resolvers take as they are.
 *
 * Only for viewers who are not staff, and only for selections it knows; anything else (staff,
 * history, pilots, arguments, directives) takes the general path through the ORM.
 */
import { raw } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { isStaff } from '../common/access.js';
import { onlyFields, type SelectionTree } from '../common/selection.js';
import { ConsentGiver, ConsentKind } from '../consent/consent.enums.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Idea } from './idea.entity.js';
import type { IdeaOrderField } from './idea.inputs.js';
import type { Author } from './idea.types.js';
import { ANONYMOUS_AUTHOR, PUBLIC_AUTHOR } from './idea-view.service.js';

/** GraphQL field of an idea → its column. */
export const IDEA_COLUMNS: Record<string, string> = {
  id: 'id',
  createdAt: 'created_at',
  title: 'title',
  problem: 'problem',
  solution: 'solution',
  benefit: 'benefit',
  requirements: 'requirements',
  maturity: 'maturity',
  status: 'status',
  channel: 'channel',
  receivedAt: 'received_at',
  digest: 'digest',
  publishedAt: 'published_at',
  updatedAt: 'updated_at',
  feasibility: 'feasibility',
  applicability: 'applicability',
  route: 'route',
  respondedAt: 'responded_at',
  revision: 'revision',
  honouredAt: 'honoured_at',
  honourCitation: 'honour_citation',
  rightsStatus: 'rights_status',
};
const IDEA_DATES = new Set([
  'createdAt',
  'receivedAt',
  'publishedAt',
  'updatedAt',
  'respondedAt',
  'honouredAt',
]);
/** Fields the idea resolvers answer from the row alone for a viewer who is not staff. */
const DERIVED = ['statusLabel', 'trackingCode', 'viewerWorksOnIt'];
const RELATIONS = ['fields', 'unit', 'authors'];
const IDEA_FIELDS = new Set([...Object.keys(IDEA_COLUMNS), ...DERIVED, ...RELATIONS]);

export const FIELD_COLUMNS: Record<string, string> = {
  id: 'id',
  createdAt: 'created_at',
  code: 'code',
  name: 'name',
  nameEn: 'name_en',
  sortOrder: 'sort_order',
  active: 'active',
};
export const UNIT_COLUMNS: Record<string, string> = {
  id: 'id',
  createdAt: 'created_at',
  code: 'code',
  name: 'name',
  kind: 'kind',
  areaType: 'area_type',
  population: 'population',
  active: 'active',
  mergedAt: 'merged_at',
};
const NESTED_DATES = ['createdAt', 'mergedAt'];
/** What the public sees of an author: the name (or the anonymous one) and the constants. */
const AUTHOR_FIELDS = new Set([
  'role',
  'kind',
  'share',
  'displayName',
  ...Object.keys(PUBLIC_AUTHOR),
]);
// Staff-only consent fields have their own resolvers: the general path answers them.
AUTHOR_FIELDS.delete('consentSummary');
AUTHOR_FIELDS.delete('consents');

/** The column of each order of idea lists (both compiled read paths and the cursor). */
export const ORDER_SQL: Record<IdeaOrderField, string> = {
  RECEIVED_AT: 'received_at',
  UPDATED_AT: 'updated_at',
  PUBLISHED_AT: 'published_at',
  HONOURED_AT: 'honoured_at',
};

/**
 * Whether the public sees a credited author's name, on authorship alias `au` and person alias
 * `p`: not anonymised, the author's own SHOW_NAME consent, and a guardian's for a minor.
 */
export function nameShownSql(au: string, p: string): string {
  const consent = (by: ConsentGiver) =>
    `exists (select 1 from consent c where c.authorship_id = ${au}.id and c.kind = '${ConsentKind.SHOW_NAME}' and c.given_by = '${by}' and c.withdrawn_at is null)`;
  return `${p}.anonymised_at is null and ${consent(ConsentGiver.SELF)}
       and (not ${au}.is_minor or ${consent(ConsentGiver.GUARDIAN)})`;
}

const CONNECTION_FIELDS = new Set(['nodes', 'edges', 'pageInfo', 'totalCount']);
const EDGE_FIELDS = new Set(['cursor', 'node']);

/** Relations read with the row, which the idea resolvers use instead of loading them. */
export const PRELOADED = Symbol('preloaded idea relations');
export interface PreloadedIdea {
  [PRELOADED]: { fields?: IdeaField[]; unit?: Unit | null; authors?: Author[] };
}
export function preloaded(idea: Idea): PreloadedIdea[typeof PRELOADED] | null {
  return (idea as Partial<PreloadedIdea>)[PRELOADED] ?? null;
}

/** What the compiled statement reads: the idea selection of a connection, if compilable. */
export interface CompiledSelection {
  idea: SelectionTree;
}

/** The selection of an `IdeaConnection`, when the public read path can answer all of it. */
export function compileIdeaSelection(
  ctx: Context,
  tree: SelectionTree | null,
): CompiledSelection | null {
  if (!tree || isStaff(ctx.viewer) || !onlyFields(tree, CONNECTION_FIELDS)) return null;
  if (tree.edges && !onlyFields(tree.edges, EDGE_FIELDS)) return null;
  const idea: SelectionTree = {};
  for (const part of [tree.nodes, tree.edges?.node]) {
    if (!part) continue;
    for (const [k, v] of Object.entries(part)) {
      const into = (idea[k] ??= {});
      Object.assign(into, v);
    }
  }
  return compileIdea(idea) ? { idea } : null;
}

/** The selection of one idea (the idea page), if compilable. */
export function compileSingleIdea(ctx: Context, tree: SelectionTree | null): SelectionTree | null {
  if (!tree || isStaff(ctx.viewer)) return null;
  return compileIdea(tree) ? tree : null;
}

function compileIdea(idea: SelectionTree): boolean {
  if (!onlyFields(idea, IDEA_FIELDS)) return false;
  if (idea.fields && !onlyFields(idea.fields, new Set(Object.keys(FIELD_COLUMNS)))) return false;
  if (idea.unit && !onlyFields(idea.unit, new Set(Object.keys(UNIT_COLUMNS)))) return false;
  if (idea.authors) {
    if (!onlyFields(idea.authors, AUTHOR_FIELDS)) return false;
    // Contacts of the public view are always null: nothing below them is read.
  }
  return true;
}

function jsonObject(alias: string, tree: SelectionTree, columns: Record<string, string>): string {
  const keys = Object.keys(tree).filter((k) => k in columns);
  if (!keys.includes('id')) keys.push('id');
  return `json_build_object(${keys.map((k) => `'${k}', ${alias}.${columns[k]}`).join(', ')})`;
}

/**
 * Select expressions for the idea alias `a`: the asked-for columns, the order column and id (for
 * cursors), and the relations as JSON sub-selects.
 */
export function ideaSelectList(a: string, idea: SelectionTree, orderColumn?: string): string[] {
  const cols = new Set(['id']);
  for (const k of Object.keys(idea)) if (k in IDEA_COLUMNS) cols.add(IDEA_COLUMNS[k]!);
  if (idea.statusLabel) cols.add('status');
  if (orderColumn) cols.add(orderColumn);
  const out = [...cols].map((c) => `${a}.${c}`);
  if (idea.fields) {
    out.push(
      `(select coalesce(json_agg(${jsonObject('f', idea.fields, FIELD_COLUMNS)} order by f.sort_order, f.id), '[]'::json)
         from idea_field x join field f on f.id = x.field_id where x.idea_id = ${a}.id) as "fields"`,
    );
  }
  if (idea.unit) {
    out.push(
      `(select ${jsonObject('u', idea.unit, UNIT_COLUMNS)} from unit u where u.id = ${a}.unit_id) as "unit"`,
    );
  }
  if (idea.authors) {
    out.push(
      `(select coalesce(json_agg(json_build_object('role', au.role, 'share', au.share, 'kind', p.kind,
           'displayName', case when ${nameShownSql('au', 'p')} then p.full_name else null end)
           order by (au.role = 'LEAD') desc, au.share desc, au.id), '[]'::json)
         from authorship au join person p on p.id = au.person_id
         where au.idea_id = ${a}.id and au.confirmed_at is not null and au.declined_at is null) as "authors"`,
    );
  }
  return out;
}

/**
 * An instance of the GraphQL type without running its constructor: type-graphql passes instances
 * through as they are, whereas for a plain object it builds the entity (a new UUID, collections…)
 * for every row. Only own properties are set; the ORM never sees these objects.
 */
function shaped<T extends object>(type: { prototype: T }, values: Record<string, unknown>): T {
  return Object.assign(Object.create(type.prototype) as T, values);
}

function withDates<T extends object>(type: { prototype: T }, o: Record<string, unknown>): T {
  for (const k of NESTED_DATES) if (typeof o[k] === 'string') o[k] = new Date(o[k]);
  return shaped(type, o);
}

/** A row of the compiled statement as an idea the resolvers answer from without loading. */
export function ideaFromRow(row: Record<string, unknown>, idea: SelectionTree): Idea {
  const node: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(IDEA_COLUMNS)) {
    if (!(column in row)) continue;
    const value = row[column];
    // The ORM's connection leaves timestamps as text for its own mapping.
    node[field] = IDEA_DATES.has(field) && typeof value === 'string' ? new Date(value) : value;
  }
  const pre: PreloadedIdea[typeof PRELOADED] = {};
  if (idea.fields) {
    pre.fields = (row.fields as Record<string, unknown>[]).map((f) => withDates(IdeaField, f));
  }
  if (idea.unit) {
    pre.unit = row.unit ? withDates(Unit, row.unit as Record<string, unknown>) : null;
  }
  if (idea.authors) {
    pre.authors = (
      row.authors as {
        role: Author['role'];
        share: number;
        kind: Author['kind'];
        displayName: string | null;
      }[]
    ).map((a) => ({
      ...PUBLIC_AUTHOR,
      role: a.role,
      kind: a.kind,
      share: a.share,
      displayName: a.displayName ?? ANONYMOUS_AUTHOR,
    }));
  }
  Object.assign(node, { [PRELOADED]: pre });
  return shaped(Idea, node);
}

/** `raw` select fragments of {@link ideaSelectList} for a query builder on alias `a`. */
export function rawSelect(a: string, idea: SelectionTree, orderColumn?: string) {
  return ideaSelectList(a, idea, orderColumn).map((s) => raw(s));
}
