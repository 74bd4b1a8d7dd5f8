/**
 * Compiled anonymous reads: a GraphQL query whose every field one of the registered compilers
 * knows is answered by ONE SQL statement that builds the whole response (`{"data": …}`) as JSON
 * text in PostgreSQL, sent as it comes — no context, no ORM, no per-field resolution. This is
 * what brings partners' and the public site's uncached reads near a hand-written query.
 *
 * The rules are the general path's: the public visibility and consent rules live in the SQL the
 * compilers write (the same read model, `idea.public_visible`), and the tests compare both paths'
 * answers field by field. Whatever a compiler does not know — a field, an argument value it would
 * have to refuse, a directive, a session, an unknown commune, a database error — is left to the
 * general path (Apollo and the resolvers), which answers it as before, errors included.
 */
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isEnumType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type pg from 'pg';
import { decodeCursor } from './connection.js';

/** Thrown while compiling when the general path must answer instead. */
export class Unsupported extends Error {
  constructor(reason = 'unsupported') {
    super(reason);
  }
}

/** One field of the operation as the response will carry it (aliases kept, fragments merged). */
export interface Sel {
  /** The response key (the alias, or the field's name). */
  key: string;
  /** The field's name (`__typename` included). */
  name: string;
  /** The field's definition; null for `__typename`. */
  field: GraphQLField<unknown, unknown> | null;
  /** The object type the field belongs to. */
  parent: GraphQLObjectType;
  nodes: FieldNode[];
  /** Sub-selection (empty for a leaf). */
  sub: Sel[];
}

/** Collects the parameters of one statement and hands out aliases. */
export class SqlBuilder {
  readonly params: unknown[] = [];
  /**
   * Set by a compiler whose best plan depends on a value (a search term's selectivity): the
   * statement then runs unnamed, planned for its values each time, instead of as a prepared
   * statement whose generic plan cannot know them.
   */
  planForValues = false;
  /**
   * A signed-in staff member's read (see {@link StaffReads}): `$1` is their session's token hash
   * and `$2` the clock's time, both given anew on every request.
   */
  readonly staff: boolean;
  /**
   * Set by a staff compiler whose answer shows authors' personal data: the SQL of the ids of the
   * ideas concerned (a `uuid[]`), one row each in the personal-data audit.
   */
  personalDataIdeas: string[] = [];
  /** Set by a field that shows authors' personal data, for its root compiler to audit. */
  readsPersonalData = false;
  private n = 0;
  constructor(
    readonly tenantId: string,
    readonly variables: Record<string, unknown>,
    opts: { staff?: boolean } = {},
  ) {
    this.staff = Boolean(opts.staff);
    if (this.staff) this.params.push(null, null);
  }
  /** The request's time (the API's clock), in a staff read. */
  now(): string {
    if (!this.staff) throw new Unsupported('the time of an anonymous read');
    return '$2::timestamptz';
  }
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  alias(prefix: string): string {
    return `${prefix}${++this.n}`;
  }
  /** The coerced arguments of a field (defaults applied), as the resolver would receive them. */
  args(sel: Sel): Record<string, unknown> {
    if (!sel.field) return {};
    return getArgumentValues(sel.field, sel.nodes[0]!, this.variables);
  }
}

/** Writes the JSON expression of a root field. */
export type RootCompiler = (sel: Sel, b: SqlBuilder) => string;
/** Writes the JSON expression of a field of an object on row alias `a`. */
export type FieldSql = (a: string, sel: Sel, b: SqlBuilder) => string;

export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A constant as a JSON-typed SQL value. */
export function sqlConstant(value: string | number | boolean | null): string {
  if (value === null) return 'null::json';
  return `${sqlString(JSON.stringify(value))}::json`;
}

/** A timestamp as `DateTimeISO` (and `Date.toISOString`) print it: UTC with milliseconds. */
export function isoSql(expr: string): string {
  return `to_char((${expr}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * A column as GraphQL serialises its type: timestamps as ISO 8601 in UTC with milliseconds (what
 * `DateTimeISO` prints), enums by name, the rest as they are.
 */
export function scalarSql(sel: Sel, expr: string): string {
  if (!sel.field) throw new Unsupported();
  const type = getNamedType(sel.field.type);
  if (isObjectType(type)) throw new Unsupported('object where a scalar was expected');
  if (type.name === 'DateTimeISO') return isoSql(expr);
  if (isEnumType(type)) {
    const values = type.getValues();
    if (values.every((v) => v.value === v.name)) return expr;
    return `case ${expr} ${values.map((v) => `when ${sqlString(String(v.value))} then ${sqlString(v.name)}`).join(' ')} end`;
  }
  if (type.name === 'JSON' || type.name === 'JSONObject') throw new Unsupported();
  return expr;
}

/** Columns read as they are: GraphQL field → SQL column. */
export function columns(map: Record<string, string>): Record<string, FieldSql> {
  return Object.fromEntries(
    Object.entries(map).map(([f, c]) => [f, (a: string, sel: Sel) => scalarSql(sel, `${a}.${c}`)]),
  );
}

/**
 * `json_build_object` of a selection on row alias `a`, each field written by `fields`; any other
 * field makes the whole operation go the general way.
 */
export function objectSql(
  a: string,
  sub: Sel[],
  fields: Record<string, FieldSql>,
  b: SqlBuilder,
): string {
  if (sub.length > 50) throw new Unsupported('too many fields for one json_build_object');
  const parts = sub.map((s) => {
    if (s.name === '__typename') return `${sqlString(s.key)}, ${sqlString(s.parent.name)}`;
    const write = Object.hasOwn(fields, s.name) ? fields[s.name] : undefined;
    if (!write) throw new Unsupported(`field ${s.parent.name}.${s.name}`);
    return `${sqlString(s.key)}, ${write(a, s, b)}`;
  });
  return `json_build_object(${parts.join(', ')})`;
}

// ── Plans: a query text parsed, validated and checked once ─────────────────────────────────────

interface Plan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  root: Sel[];
  /** The compilers of its root fields (the anonymous or the staff ones). */
  roots: Record<string, RootCompiler>;
  /**
   * Statements already written for this operation, by commune and variables (null: the general
   * path answers those). A repeated read — the home page, a partner polling a list — goes
   * straight to PostgreSQL.
   */
  statements: Map<string, Statement | null>;
}

interface Statement {
  sql: string;
  params: unknown[];
  /** A staff read: `$1` and `$2` are the session's token hash and the time, per request. */
  staff?: boolean;
  /** Run unnamed (see {@link SqlBuilder.planForValues}). */
  planForValues: boolean;
  /** PostgreSQL refused it as written: the general path answers instead. */
  refused?: boolean;
}

/** Longest query text compiled (longer ones take the general path). */
const MAX_QUERY_CHARS = 20_000;
/**
 * Distinct statement texts run as named prepared statements. Each of the pool's connections keeps
 * them (PostgreSQL memory), so the number is small; the public apps and partners use a few dozen.
 */
const MAX_PREPARED = 100;

/** Statements remembered per operation (the most recent variables). */
const STATEMENTS_PER_PLAN = 200;

function collect(
  schema: GraphQLSchema,
  parent: GraphQLObjectType,
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Sel[] = [],
): Sel[] {
  for (const s of set.selections) {
    if (s.directives?.length) throw new Unsupported('directive');
    if (s.kind === Kind.FIELD) {
      const key = s.alias?.value ?? s.name.value;
      const name = s.name.value;
      let sel = out.find((o) => o.key === key);
      if (!sel) {
        const field = name === '__typename' ? null : (parent.getFields()[name] ?? null);
        if (!field && name !== '__typename') throw new Unsupported(`unknown field ${name}`);
        sel = { key, name, field, parent, nodes: [], sub: [] };
        out.push(sel);
      }
      sel.nodes.push(s);
      if (s.selectionSet) {
        const type = getNamedType(sel.field!.type);
        if (!isObjectType(type)) throw new Unsupported('abstract type');
        collect(schema, type, s.selectionSet, fragments, sel.sub);
      }
    } else {
      const cond =
        s.kind === Kind.INLINE_FRAGMENT ? s.typeCondition : fragments[s.name.value]?.typeCondition;
      if (cond && cond.name.value !== parent.name) throw new Unsupported('type condition');
      const body =
        s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments[s.name.value]?.selectionSet;
      if (!body) throw new Unsupported('unknown fragment');
      collect(schema, parent, body, fragments, out);
    }
  }
  return out;
}

/**
 * Reads of signed-in hub staff (ADMIN, HUB: the whole commune, authors' personal data shown), the
 * admin's inbox first of all. The statement checks the session itself — not revoked, not expired,
 * the account active with a hub role, the commune not suspended, TOTP enrolled where the commune
 * requires it — and yields no row otherwise, so the general path answers (and refuses) instead.
 * Authors' personal data read are written to the audit log by the same statement, one row per
 * idea as the general path writes them.
 */
export interface StaffReadsOptions {
  /** The primary (writes the audit; reads what the hub just changed). */
  pool: pg.Pool;
  roots: Record<string, RootCompiler>;
  /** The API's clock (tests move it). */
  now: () => Date;
  /** Purpose written in the personal-data audit rows. */
  purpose: string;
}

export interface CompiledReadsOptions {
  schema: GraphQLSchema;
  /** The validation rules of the general path (depth, complexity, introspection…). */
  validationRules: readonly ValidationRule[];
  /** The general path's checks with the variables (cost, input strings); throws to refuse. */
  checkOperation?: (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ) => void;
  roots: Record<string, RootCompiler>;
  pool: pg.Pool;
  staff?: StaffReadsOptions;
  /** Receives every SQL statement (tests count statements per request). */
  onQuery?: (sql: string) => void;
  /** Most plans kept (query texts seen). */
  maxPlans?: number;
}

/** Who a request reads as: anonymous, or a staff session's token (its hash). */
type Reader = { kind: 'anonymous' } | { kind: 'staff'; tokenHash: string };

/** The session check of a staff read, on `$1` (token hash) and `$2` (time); the hub roles only. */
function staffSessionSql(tenant: string): string {
  return `select u.id, u.full_name from session s join staff_user u on u.id = s.user_id
      join tenant t on t.id = u.tenant_id
     where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2::timestamptz
       and u.active and u.tenant_id = ${tenant} and t.status <> 'SUSPENDED'
       and u.roles && array['ADMIN', 'HUB']::text[]
       and not (t.require_two_factor_for_admins and u.totp_enabled_at is null)`;
}

/** Staff sessions' communes remembered (a session's commune never changes). */
const MAX_SESSION_TENANTS = 10_000;

export class CompiledReads {
  private readonly plans = new Map<string, Plan | null>();
  private readonly sessionTenants = new Map<string, string>();

  constructor(private readonly opts: CompiledReadsOptions) {}

  private rootsFor(reader: Reader): Record<string, RootCompiler> | null {
    return reader.kind === 'staff' ? (this.opts.staff?.roots ?? null) : this.opts.roots;
  }

  /** The plan of a query text, or null when the general path must answer it. */
  plan(
    query: string,
    operationName: string | null,
    reader: Reader = { kind: 'anonymous' },
  ): Plan | null {
    // The public apps' and partners' queries are short; a huge text is not worth remembering.
    if (query.length > MAX_QUERY_CHARS) return null;
    const roots = this.rootsFor(reader);
    if (!roots) return null;
    const cacheKey = `${reader.kind}\u0000${operationName ?? ''}\u0000${query}`;
    const hit = this.plans.get(cacheKey);
    if (hit !== undefined) return hit;
    let plan: Plan | null;
    try {
      plan = this.makePlan(query, operationName, roots);
    } catch {
      plan = null;
    }
    const max = this.opts.maxPlans ?? 500;
    if (this.plans.size >= max) {
      const oldest = this.plans.keys().next().value;
      if (oldest !== undefined) this.plans.delete(oldest);
    }
    this.plans.set(cacheKey, plan);
    return plan;
  }

  private makePlan(
    query: string,
    operationName: string | null,
    roots: Record<string, RootCompiler>,
  ): Plan | null {
    const { schema } = this.opts;
    const doc: DocumentNode = parse(query, { noLocation: true });
    // `validate` with an explicit list runs only that list: the specified rules come first.
    if (validate(schema, doc, [...specifiedRules, ...this.opts.validationRules]).length)
      return null;
    const operation = getOperationAST(doc, operationName);
    if (!operation || operation.operation !== 'query') return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of doc.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const queryType = schema.getQueryType()!;
    const root = collect(schema, queryType, operation.selectionSet, fragments);
    for (const s of root) {
      if (s.name !== '__typename' && !Object.hasOwn(roots, s.name)) return null;
    }
    return { document: doc, operation, root, roots, statements: new Map() };
  }

  /**
   * The statement answering a plan with these variables for this commune, or null when the
   * general path must answer (variables it would refuse, arguments a compiler does not take).
   */
  compile(
    plan: Plan,
    rawVariables: Record<string, unknown> | null | undefined,
    tenantId: string,
    staff = false,
  ): Statement | null {
    const coerced = getVariableValues(
      this.opts.schema,
      plan.operation.variableDefinitions ?? [],
      rawVariables ?? {},
    );
    if (coerced.errors) return null;
    try {
      this.opts.checkOperation?.(plan.document, plan.operation, rawVariables ?? {});
    } catch {
      return null; // refused: the general path words the error
    }
    // json_build_object takes at most 100 arguments (50 fields).
    if (plan.root.length > 50) return null;
    const b = new SqlBuilder(tenantId, coerced.coerced, { staff });
    try {
      const parts = plan.root.map((s) =>
        s.name === '__typename'
          ? `${sqlString(s.key)}, 'Query'`
          : `${sqlString(s.key)}, ${plan.roots[s.name]!(s, b)}`,
      );
      const data = `json_build_object('data', json_build_object(${parts.join(', ')}))`;
      if (!staff) {
        return {
          sql: `select ${data}::text as body`,
          params: b.params,
          planForValues: b.planForValues,
        };
      }
      // A staff read: nothing unless the session holds; the personal data read, audited.
      const session = staffSessionSql(b.param(tenantId));
      let sql = `with v as (${session})\nselect (${data})::text as body from v`;
      if (b.personalDataIdeas.length) {
        const ids = b.personalDataIdeas.map((e) => `(${e})`).join(' || ');
        const details = sqlString(JSON.stringify({ purpose: this.opts.staff!.purpose }));
        sql = `with v as (${session}),
  r as (select (${data})::text as body, array(select distinct x from unnest(${ids}) x) as ids from v),
  a as (insert into audit_entry (id, created_at, tenant_id, action, actor_id, actor_name, idea_id, details)
        select gen_random_uuid(), $2::timestamptz, ${b.param(tenantId)}, 'PERSONAL_DATA_READ', v.id, v.full_name, x, ${details}::jsonb
          from v, r, unnest(r.ids) x)
select body from r`;
      }
      return { sql, params: b.params, planForValues: b.planForValues, staff: true };
    } catch (e) {
      if (e instanceof Unsupported) return null;
      throw e;
    }
  }

  /**
   * Statement texts run as named prepared statements (PostgreSQL parses and plans them once per
   * connection, as a hand-written server would): at most {@link MAX_PREPARED} of them, so the
   * statements each connection keeps stay bounded; texts beyond that run unnamed.
   */
  private readonly prepared = new Map<string, string>();

  /**
   * Runs a compiled statement: the response body as JSON text, or null when a staff read's
   * session does not hold (the general path answers).
   */
  async run(statement: Statement, reader: Reader = { kind: 'anonymous' }): Promise<string | null> {
    this.opts.onQuery?.(statement.sql);
    let name = statement.planForValues ? undefined : this.prepared.get(statement.sql);
    if (!name && !statement.planForValues && this.prepared.size < MAX_PREPARED) {
      name = `kn_read_${this.prepared.size + 1}`;
      this.prepared.set(statement.sql, name);
    }
    let values = statement.params;
    let pool = this.opts.pool;
    if (statement.staff) {
      if (reader.kind !== 'staff' || !this.opts.staff) return null;
      values = [reader.tokenHash, this.opts.staff.now(), ...statement.params.slice(2)];
      pool = this.opts.staff.pool;
    }
    const { rows } = await pool.query<{ body: string }>({ name, text: statement.sql, values });
    return rows[0]?.body ?? null;
  }

  /** The commune of a staff session (remembered), or null for a token no session has. */
  private async sessionTenant(tokenHash: string): Promise<string | null> {
    const known = this.sessionTenants.get(tokenHash);
    if (known) return known;
    const { rows } = await this.opts.staff!.pool.query<{ tenant_id: string }>({
      name: 'kn_read_session_tenant',
      text: 'select u.tenant_id from session s join staff_user u on u.id = s.user_id where s.token_hash = $1',
      values: [tokenHash],
    });
    const tenant = rows[0]?.tenant_id ?? null;
    if (tenant) {
      if (this.sessionTenants.size >= MAX_SESSION_TENANTS) this.sessionTenants.clear();
      this.sessionTenants.set(tokenHash, tenant);
    }
    return tenant;
  }

  /**
   * In front of Express, on the HTTP server itself: a JSON POST to `path` without a browser's
   * Origin — anonymous, or with a staff session token when staff reads are configured — is read
   * here, and answered here when it compiles; anything else goes to `fallback` (Express) — with
   * the body already parsed into `req.body` (or the parse error kept for {@link bodyHandOff}), so
   * the general path sees the request as if it had read it.
   */
  httpHandler(opts: {
    path: string;
    maxBodyBytes: number;
    /** The commune an anonymous request reads (X-Tenant or the default), if cached and active. */
    tenantFor: (req: IncomingMessage) => { id: string } | null;
    /** The session token a request carries (header or cookie), if any. */
    token: (req: IncomingMessage) => string | null;
    /** Requests the general path must see whatever they ask (e.g. counted per partner key). */
    general?: (req: IncomingMessage) => boolean;
    /**
     * Whether an anonymous document may be answered here (allow-list mode: only the apps'
     * registered operations); the general path answers — and refuses — the others.
     */
    admitAnonymous?: (query: string) => boolean;
    onError: (err: unknown) => void;
  }) {
    return (req: IncomingMessage, res: ServerResponse, fallback: () => void): void => {
      const length = Number(req.headers['content-length']);
      const token =
        req.method === 'POST' && req.headers.origin === undefined ? opts.token(req) : null;
      if (
        req.method !== 'POST' ||
        req.url !== opts.path ||
        !req.headers['content-type']?.startsWith('application/json') ||
        !(length > 0 && length <= opts.maxBodyBytes) ||
        // Browsers (CORS, cookies) take the general path with its CORS and CSRF handling.
        req.headers.origin !== undefined ||
        opts.general?.(req) ||
        (token !== null && !this.opts.staff)
      ) {
        return fallback();
      }
      const reader: Reader = token
        ? { kind: 'staff', tokenHash: createHash('sha256').update(token).digest('hex') }
        : { kind: 'anonymous' };
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('error', () => fallback());
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          (req as HandedOff)[BODY_ERROR] = Object.assign(new Error('invalid JSON'), {
            type: 'entity.parse.failed',
            status: 400,
          });
          return fallback();
        }
        (req as HandedOff).body = body;
        let statement: Statement | null = null;
        this.statementFor(body, reader, opts, req)
          .then((s) => {
            statement = s;
            return s ? this.run(s, reader) : null;
          })
          .then(
            (json) => {
              if (json === null) return fallback();
              res.statusCode = 200;
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.setHeader('Cache-Control', 'no-store');
              res.end(`${json}\n`);
            },
            // A database error: the general path answers it (a 503 when PostgreSQL is away). A
            // statement PostgreSQL refuses as written (SQL or data error, not the connection) is
            // logged once and not tried again: its operation takes the general path from now on.
            (err: unknown) => {
              const code = (err as { code?: unknown } | null)?.code;
              if (statement && typeof code === 'string' && /^(42|22|0A|54)/.test(code)) {
                (statement as Statement).refused = true;
                opts.onError(err);
              }
              fallback();
            },
          );
      });
    };
  }

  private async statementFor(
    body: unknown,
    reader: Reader,
    opts: {
      tenantFor: (req: IncomingMessage) => { id: string } | null;
      admitAnonymous?: (query: string) => boolean;
      onError: (e: unknown) => void;
    },
    req: IncomingMessage,
  ): Promise<Statement | null> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const b = body as Record<string, unknown>;
    // `extensions` (persisted queries) are Apollo's to register and answer.
    if (typeof b.query !== 'string' || b.extensions != null) return null;
    if (reader.kind === 'anonymous' && opts.admitAnonymous && !opts.admitAnonymous(b.query))
      return null;
    const variables =
      b.variables == null
        ? {}
        : typeof b.variables === 'object' && !Array.isArray(b.variables)
          ? (b.variables as Record<string, unknown>)
          : null;
    if (!variables) return null;
    const plan = this.plan(
      b.query,
      typeof b.operationName === 'string' ? b.operationName : null,
      reader,
    );
    if (!plan) return null;
    // Staff read their own commune (their account's); the session check is in the statement.
    const tenantId =
      reader.kind === 'staff'
        ? await this.sessionTenant(reader.tokenHash)
        : opts.tenantFor(req)?.id;
    if (!tenantId) return null;
    const key = `${tenantId}\u0000${JSON.stringify(variables)}`;
    const known = plan.statements.get(key);
    if (known !== undefined) return known?.refused ? null : known;
    let statement: Statement | null;
    try {
      statement = this.compile(plan, variables, tenantId, reader.kind === 'staff');
    } catch (err) {
      opts.onError(err);
      return null;
    }
    if (plan.statements.size >= STATEMENTS_PER_PLAN) {
      const oldest = plan.statements.keys().next().value;
      if (oldest !== undefined) plan.statements.delete(oldest);
    }
    plan.statements.set(key, statement);
    return statement;
  }
}

const BODY_ERROR = Symbol('body parse error');
interface HandedOff extends IncomingMessage {
  body?: unknown;
  [BODY_ERROR]?: Error;
}

/**
 * Express middleware before the JSON body parser: a body {@link CompiledReads.httpHandler} read
 * but could not parse is refused as the body parser would refuse it (the parser skips a request
 * already read, keeping the `req.body` set there).
 */
export function bodyHandOff(req: Request, _res: Response, next: NextFunction): void {
  const err = (req as unknown as HandedOff)[BODY_ERROR];
  next(err);
}

// ── Connections: a keyset page with its cursors, page info and count ───────────────────────────

/** The SQL of the general path's cursor: base64url of `["<order>","<ISO time>","<id>"]`. */
export function cursorSql(b: SqlBuilder, order: string, time: string, id: string): string {
  return `translate(encode(convert_to('["' || ${b.param(order)}::text || '","' || ${isoSql(time)} || '","' || ${id} || '"]', 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

const CONNECTION_FIELDS = new Set(['nodes', 'edges', 'pageInfo', 'totalCount', '__typename']);

/**
 * A connection (`nodes`, `edges { cursor node }`, `pageInfo`, `totalCount`) over one table: the
 * page is the first `first` rows in `order`; whether there is a next page is one more probe of
 * the same index, and cursors are written only when asked for.
 */
export function connectionSql(o: {
  sel: Sel;
  b: SqlBuilder;
  first: number;
  /** The decoded `after` cursor: the page starts past it in `order`. */
  after: { at: Date; id: string } | null;
  from: string;
  /** The filter on a row alias (what `totalCount` counts). */
  filter: (alias: string) => string[];
  /** The sort key on a row alias, then the id, in one direction. */
  order: (alias: string) => { key: string; id: string; dir: 'asc' | 'desc' };
  cursor: (alias: string) => string;
  node: (alias: string, sel: Sel) => string;
  /**
   * Given a writer of the SQL of the page's ids (a `uuid[]`), for an audit of what the page
   * shows; called once the nodes are written, and only when the page is read.
   */
  pageIds?: (ids: () => string) => void;
}): string {
  const { sel, b, first } = o;
  for (const s of sel.sub) if (!CONNECTION_FIELDS.has(s.name)) throw new Unsupported();
  // The page: the filter, past the cursor (keyset on the sort key, then the id).
  const after = o.after && { at: b.param(o.after.at), id: b.param(o.after.id) };
  const where = (alias: string) => {
    const parts = o.filter(alias);
    if (after) {
      const { key, id, dir } = o.order(alias);
      const op = dir === 'desc' ? '<' : '>';
      parts.push(
        `(${key} ${op} ${after.at} or (${key} = ${after.at} and ${id} ${op} ${after.id}))`,
      );
    }
    return parts.join(' and ');
  };
  const orderBy = (alias: string) => {
    const { key, id, dir } = o.order(alias);
    return `${key} ${dir}, ${id} ${dir}`;
  };
  const t = b.alias('t');
  const p = b.alias('p');
  const { key, id, dir } = o.order(t);
  const inner = [`${key} as o0`, `${id} as o1`];
  const byKeys = (reverse = false) => {
    const d = (dir === 'desc') !== reverse ? 'desc' : 'asc';
    return `${p}.o0 ${d}, ${p}.o1 ${d}`;
  };
  let cursor: string | null = null;
  const cursorColumn = () => {
    if (!cursor) {
      cursor = `${p}.c`;
      inner.push(`${o.cursor(t)} as c`);
    }
    return cursor;
  };
  const typename = (s: Sel) => `${sqlString(s.key)}, ${sqlString(s.parent.name)}`;
  const node = (s: Sel) => {
    const column = `n${inner.length}`;
    inner.push(`${o.node(t, s)} as ${column}`);
    return `${p}.${column}`;
  };
  // Whether the answer reads the page's rows: always through aggregates, so the statement yields
  // one row however many the page has (and without them, no page is read at all).
  let readsPage = false;
  const aggregate = (expr: string) => {
    readsPage = true;
    return expr;
  };
  const list = (item: string) =>
    aggregate(`coalesce(json_agg(${item} order by ${byKeys()}), '[]'::json)`);
  const out = sel.sub.map((s) => {
    const key = sqlString(s.key);
    switch (s.name) {
      case '__typename':
        return typename(s);
      case 'nodes':
        return `${key}, ${list(node(s))}`;
      case 'totalCount': {
        const c = b.alias('c');
        return `${sqlString(s.key)}, (select count(*)::int from ${o.from} ${c} where ${o.filter(c).join(' and ')})`;
      }
      case 'edges': {
        const edge = s.sub.map((e) => {
          if (e.name === '__typename') return typename(e);
          if (e.name === 'cursor') return `${sqlString(e.key)}, ${cursorColumn()}`;
          if (e.name !== 'node') throw new Unsupported();
          return `${sqlString(e.key)}, ${node(e)}`;
        });
        return `${key}, ${list(`json_build_object(${edge.join(', ')})`)}`;
      }
      default: {
        const info = s.sub.map((f) => {
          const k = sqlString(f.key);
          switch (f.name) {
            case '__typename':
              return typename(f);
            case 'hasNextPage': {
              const n = b.alias('t');
              return `${k}, exists (select 1 from ${o.from} ${n} where ${where(n)} order by ${orderBy(n)} offset ${first})`;
            }
            case 'hasPreviousPage':
              return `${k}, ${Boolean(o.after)}`;
            case 'startCursor':
              return `${k}, ${aggregate(`(array_agg(${cursorColumn()} order by ${byKeys()}))[1]`)}`;
            case 'endCursor':
              return `${k}, ${aggregate(`(array_agg(${cursorColumn()} order by ${byKeys(true)}))[1]`)}`;
            default:
              throw new Unsupported();
          }
        });
        return `${key}, json_build_object(${info.join(', ')})`;
      }
    }
  });
  if (o.pageIds && readsPage) {
    const i = b.alias('t');
    o.pageIds(
      () =>
        `array(select ${i}.id from ${o.from} ${i} where ${where(i)} order by ${orderBy(i)} limit ${first})`,
    );
  }
  if (!readsPage) return `(select json_build_object(${out.join(', ')}))`;
  return `(select json_build_object(${out.join(', ')})
    from (select ${inner.join(', ')} from ${o.from} ${t} where ${where(t)}
          order by ${orderBy(t)} limit ${first}) ${p})`;
}

/** A decoded cursor of the general path's kind, or Unsupported (the general path refuses it). */
export function afterCursor(cursor: string, order: string): { at: Date; id: string } {
  let c: { value: string | number; id: string };
  try {
    c = decodeCursor(cursor, order);
  } catch {
    throw new Unsupported('bad cursor');
  }
  if (!/^[0-9a-f-]{36}$/i.test(c.id)) throw new Unsupported('bad cursor');
  return { at: new Date(c.value), id: c.id };
}
