// The raw floor of the API benchmark (tests/bench/api.mjs): a minimal node:http + `pg` server that
// answers each benchmarked read with the same JSON as the API, built by ONE hand-written SQL
// statement (json_agg), with the same visibility and consent rules as the API (rights/rights.gate.ts:
// published, rights established, every credited author still allowing publication — a minor's
// guardian too; names shown only with the SHOW_NAME consent). No GraphQL, no ORM: what the API
// could reach at best on this database. Run as its own process:
//   DATABASE_URL=… PORT=… node tests/bench/floor-server.mjs
// Routes (POST or GET, the commune by the X-Tenant header as for the API): /gallery, /gallery-count,
// /search?q=…, /idea?id=…, /honoured, /news, /counters, /inbox (the hub's view: the whole commune).
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const ISO = (col) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const consent = (au, kind, by) =>
  `exists (select 1 from consent c where c.authorship_id = ${au}.id and c.kind = '${kind}' and c.given_by = '${by}' and c.withdrawn_at is null)`;
const allowed = (au, kind) =>
  `(${consent(au, kind, 'SELF')} and (not ${au}.is_minor or ${consent(au, kind, 'GUARDIAN')}))`;
/** The public rule written out: published, rights established, every credited author consents. */
const VISIBLE_RULE = `i.tenant_id = $1 and i.published_at is not null and i.rights_status = 'ESTABLISHED'
  and not exists (select 1 from authorship au where au.idea_id = i.id and au.confirmed_at is not null
    and au.declined_at is null and not ${allowed('au', 'PUBLISH_CONTENT')})`;
/**
 * What the floor filters on: the same rule as kept on the row by the database (`public_visible`,
 * maintained by triggers — the read model a hand-written query would use too). The benchmark
 * checks that both select the same ideas before it measures.
 */
const VISIBLE = `i.tenant_id = $1 and i.public_visible`;
const FIELDS = (p, withId = false) =>
  `(select coalesce(json_agg(json_build_object(${withId ? `'id', f.id, ` : ''}'name', f.name) order by f.sort_order, f.name), '[]')
      from idea_field x join field f on f.id = x.field_id where x.idea_id = ${p}.id)`;
const UNIT = (p) =>
  `(select json_build_object('name', u.name) from unit u where u.id = ${p}.unit_id)`;
const AUTHORS = (p, withRole = false) =>
  `(select coalesce(json_agg(json_build_object('displayName',
        case when ${allowed('a', 'SHOW_NAME')} and pe.anonymised_at is null then pe.full_name else 'Tác giả ẩn danh' end
        ${withRole ? `, 'role', a.role` : ''}) order by (a.role = 'LEAD') desc, a.share desc), '[]')
      from authorship a join person pe on pe.id = a.person_id
     where a.idea_id = ${p}.id and a.confirmed_at is not null and a.declined_at is null)`;
const CARD = (
  p,
) => `'id', ${p}.id, 'title', ${p}.title, 'status', ${p}.status, 'publishedAt', ${ISO(`${p}.published_at`)},
  'fields', ${FIELDS(p)}, 'unit', ${UNIT(p)}, 'authors', ${AUTHORS(p)}`;
const wrap = (root, inner) =>
  `select json_build_object('data', json_build_object('${root}', ${inner}))::text as body`;

const SQL = {
  gallery: wrap(
    'ideas',
    `(select json_build_object('nodes', coalesce(json_agg(json_build_object(${CARD('p')}) order by p.published_at desc, p.id desc), '[]'))
       from (select * from idea i where ${VISIBLE} order by i.published_at desc, i.id desc limit 20) p)`,
  ),
  'gallery-count': wrap(
    'ideas',
    `(select json_build_object('totalCount', (select count(*) from idea i where ${VISIBLE}),
        'nodes', coalesce(json_agg(json_build_object(${CARD('p')}) order by p.published_at desc, p.id desc), '[]'))
       from (select * from idea i where ${VISIBLE} order by i.published_at desc, i.id desc limit 20) p)`,
  ),
  search: wrap(
    'ideas',
    `(select json_build_object('totalCount', (select count(*) from idea i where ${VISIBLE} and i.search_vector @@ to_tsquery('simple', $2)),
        'nodes', coalesce(json_agg(json_build_object(${CARD('p')}) order by p.received_at desc, p.id desc), '[]'))
       from (select * from idea i where ${VISIBLE} and i.search_vector @@ to_tsquery('simple', $2)
              order by i.received_at desc, i.id desc limit 20) p)`,
  ),
  idea: wrap(
    'idea',
    `(select json_build_object('id', p.id, 'title', p.title, 'problem', p.problem, 'solution', p.solution,
        'benefit', p.benefit, 'requirements', p.requirements, 'status', p.status, 'maturity', p.maturity,
        'publishedAt', ${ISO('p.published_at')}, 'honouredAt', ${ISO('p.honoured_at')}, 'honourCitation', p.honour_citation,
        'fields', ${FIELDS('p')}, 'unit', ${UNIT('p')}, 'authors', ${AUTHORS('p', true)})
       from idea p where p.id = $2::uuid and exists (select 1 from idea i where i.id = p.id and ${VISIBLE}))`,
  ),
  honoured: wrap(
    'ideas',
    `(select json_build_object('nodes', coalesce(json_agg(json_build_object('id', p.id, 'title', p.title,
        'honouredAt', ${ISO('p.honoured_at')}, 'honourCitation', p.honour_citation, 'fields', ${FIELDS('p')},
        'unit', ${UNIT('p')}, 'authors', ${AUTHORS('p')}) order by p.honoured_at desc, p.id desc), '[]'))
       from (select * from idea i where ${VISIBLE} and i.honoured_at is not null
              order by i.honoured_at desc, i.id desc limit 12) p)`,
  ),
  news: wrap(
    'posts',
    `(select json_build_object('nodes', coalesce(json_agg(json_build_object('slug', p.slug, 'title', p.title,
        'summary', p.summary, 'publishedAt', ${ISO('p.published_at')}) order by p.published_at desc, p.id desc), '[]'))
       from (select * from post p where p.tenant_id = $1 and p.kind = 'NEWS' and p.status = 'PUBLISHED'
              and p.published_at <= now() order by p.published_at desc, p.id desc limit 10) p)`,
  ),
  counters: wrap(
    'ideaCounters',
    `(select json_build_object('received', count(*),
        'answered', count(*) filter (where responded_at is not null and status <> 'WITHDRAWN'),
        'piloted', count(*) filter (where status in ('PILOTING', 'APPLIED', 'SCALED')),
        'applied', count(*) filter (where status in ('APPLIED', 'SCALED')),
        'scaled', count(*) filter (where status = 'SCALED'),
        'published', count(*) filter (where ${VISIBLE.replace('i.tenant_id = $1 and ', '')}),
        'honoured', count(*) filter (where honoured_at is not null and ${VISIBLE.replace('i.tenant_id = $1 and ', '')}))
       from idea i where i.tenant_id = $1)`,
  ),
  // The hub officer's inbox: every idea of the commune, personal data shown (all authors by name).
  inbox: wrap(
    'ideas',
    `(select json_build_object('totalCount', (select count(*) from idea i where i.tenant_id = $1 and i.status = any($2::text[])),
        'nodes', coalesce(json_agg(json_build_object('id', p.id, 'title', p.title, 'trackingCode', p.tracking_code,
          'status', p.status, 'channel', p.channel, 'receivedAt', ${ISO('p.received_at')}, 'publishedAt', ${ISO('p.published_at')},
          'unit', (select json_build_object('name', u.name, 'nowPartOf', (select json_build_object('name', m.name) from unit m where m.id = u.merged_into_id)) from unit u where u.id = p.unit_id),
          'fields', ${FIELDS('p', true)},
          'authors', (select coalesce(json_agg(json_build_object('displayName', pe.full_name) order by (a.role = 'LEAD') desc, a.share desc), '[]')
                        from authorship a join person pe on pe.id = a.person_id where a.idea_id = p.id),
          'assignee', (select json_build_object('id', s.id, 'fullName', s.full_name) from staff_user s where s.id = p.assignee_id),
          'currentStep', (select json_build_object('dueAt', ${ISO('st.due_at')}, 'pausedAt', ${ISO('st.paused_at')},
              'overdue', st.paused_at is null and st.due_at is not null and st.due_at < now())
              from idea_step st where st.idea_id = p.id and st.ended_at is null order by st.started_at desc limit 1))
          order by p.received_at desc, p.id desc), '[]'))
       from (select * from idea i where i.tenant_id = $1 and i.status = any($2::text[])
              order by i.received_at desc, i.id desc limit 50) p)`,
  ),
};
export const FLOOR_SQL = SQL;
export { VISIBLE, VISIBLE_RULE };

/** "nước sạch" ⇒ "nuoc:* & sach:*", as the API folds search terms. */
export function prefixQuery(q) {
  return q
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12)
    .map((t) => `${t}:*`)
    .join(' & ');
}

const tenants = new Map();
async function tenantId(code) {
  if (!tenants.has(code)) {
    const r = await pool.query('select id from tenant where code = $1', [code]);
    tenants.set(code, r.rows[0]?.id ?? null);
  }
  return tenants.get(code);
}

if (process.env.PORT) {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://floor');
      const name = url.pathname.slice(1);
      if (name === 'health') return void res.end('ok');
      const sql = SQL[name];
      if (!sql) return void ((res.statusCode = 404), res.end());
      for await (const _ of req); // drain a POST body
      const tenant = await tenantId(String(req.headers['x-tenant'] ?? '16228'));
      const params = [tenant];
      if (name === 'search') params.push(prefixQuery(url.searchParams.get('q') ?? ''));
      if (name === 'idea') params.push(url.searchParams.get('id'));
      if (name === 'inbox') params.push((url.searchParams.get('status') ?? 'SUBMITTED').split(','));
      const { rows } = await pool.query({ name, text: sql, values: params });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(rows[0].body);
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor ready'));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
