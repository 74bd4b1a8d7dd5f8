// `npm run seed:scale -- --ideas 100000 [--communes 166]`: a large, realistic database for the
// benchmarks (tests/bench/run.mjs --only api) — through PostgreSQL's bulk path (COPY).
//
// It targets DATABASE_URL when set; otherwise it starts the embedded PostgreSQL in the data folder
// given by --data-dir (default .data/scale-<ideas>[-<communes>], database "khoinguon", port --port, default 54339) and
// leaves the cluster there for the benchmark. It runs the migrations and the demo seed first (the
// demo commune Như Thanh, 16228, with its staff accounts), creates the other communes with the
// tenant code (`createCommuneRecord`: fields, campaign, rubric, privacy notice, hub unit) from the
// official list (province 38 Thanh Hoá first, then the others), adds villages and organisations,
// then streams, commune by commune and in received order: people, ideas (texts with and without
// accents, statuses across an idea's life, digests computed like the API's), their fields,
// authorships (co-authors, minors with a guardian), consents, first revisions, events, steps,
// council reviews with scores (communes with a council), the receipt log and news posts.
//
// The receipt log: the per-row trigger `idea_receipt_log` (advisory lock + hash per idea) is
// switched off for this session (`session_replication_role = replica`, superuser) and the chain is
// computed here with the same formula (`entryHash`), continuing each commune's existing chain; the
// seed ends by checking every seeded commune's chain with `verifyChain`. Without superuser rights
// the trigger runs as usual (slower). `search_vector` is a generated column: PostgreSQL fills it;
// `public_visible` (the public read model) is computed after the load.
//
// Options: --ideas N (default 100000) · --communes C (default 1: only the demo commune) ·
// --public 0.5 (share of ideas the public may see) · --seed 1 (reproducible) · --data-dir · --port
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  CITATIONS,
  MATURITY,
  ORGANISATIONS,
  VILLAGE_NAMES,
  ideaText,
  personName,
  rng,
  unaccent,
} from './seed-scale-data.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = (p) => import(pathToFileURL(path.join(ROOT, 'api/dist', p)).href);

export function parseArgs(argv) {
  const o = { ideas: 100_000, communes: 1, public: 0.5, seed: 1, dataDir: null, port: 54339 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--ideas') o.ideas = Number(v());
    else if (a === '--communes') o.communes = Number(v());
    else if (a === '--public') o.public = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--data-dir') o.dataDir = v();
    else if (a === '--port') o.port = Number(v());
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`Tùy chọn không rõ: ${a}`);
  }
  if (!(o.ideas >= 0) || !(o.communes >= 1) || !(o.public >= 0 && o.public <= 1))
    throw new Error('--ideas ≥ 0, --communes ≥ 1, 0 ≤ --public ≤ 1');
  o.dataDir ??= defaultDataDir(o);
  return o;
}

/** `.data/scale-100000`, `.data/scale-1000000-166`: one cluster per size, kept for the benchmarks. */
export function defaultDataDir(o) {
  return `.data/scale-${o.ideas}${o.communes > 1 ? `-${o.communes}` : ''}`;
}

/** Opens the target database: DATABASE_URL, or the embedded cluster in `dataDir`. */
export async function openDatabase(opts) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const { startEmbeddedPostgres, ensureDatabase } = await api('testing.js');
  const db = await startEmbeddedPostgres({
    dataDir: path.resolve(ROOT, opts.dataDir, 'postgres'),
    port: opts.port,
    onLog: opts.onLog,
  });
  await ensureDatabase(db.adminUrl, 'khoinguon');
  return { url: db.urlFor('khoinguon'), stop: () => db.stop(), port: db.port };
}

// ── COPY text format ──────────────────────────────────────────────────────────
function cell(v) {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') v = JSON.stringify(v);
  return String(v).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}
class Table {
  constructor(name, columns) {
    this.name = name;
    this.columns = columns;
    this.lines = [];
    this.total = 0;
  }
  add(...values) {
    this.lines.push(values.map(cell).join('\t'));
  }
  async flush(client) {
    if (!this.lines.length) return;
    const n = this.lines.length;
    const text = this.lines.join('\n') + '\n';
    this.lines = [];
    const cols = this.columns.map((c) => `"${c}"`).join(', ');
    const stream = client.query(copyFrom(`copy "${this.name}" (${cols}) from stdin`));
    await pipeline(Readable.from([Buffer.from(text, 'utf8')]), stream);
    this.total += n;
  }
}

// ── Progress ──────────────────────────────────────────────────────────────────
function progress(total, label) {
  const t0 = Date.now();
  let last = 0;
  const tty = process.stderr.isTTY;
  return (done, rows) => {
    const now = Date.now();
    if (done < total && now - last < (tty ? 500 : 5000)) return;
    last = now;
    const s = (now - t0) / 1000;
    const pct = total ? (100 * done) / total : 100;
    const eta = done ? (s * (total - done)) / done : 0;
    const line =
      `${label}: ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} ý tưởng ` +
      `(${pct.toFixed(1)}%), ${Math.round(rows / Math.max(s, 0.001)).toLocaleString('vi-VN')} dòng/giây, ` +
      `còn khoảng ${Math.round(eta)} giây`;
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else console.error(line);
    if (done >= total && tty) process.stderr.write('\n');
  };
}

// ── Life of an idea ───────────────────────────────────────────────────────────
const PATH = {
  SUBMITTED: ['SUBMITTED'],
  NEEDS_INFO: ['SUBMITTED', 'NEEDS_INFO'],
  DUPLICATE: ['SUBMITTED', 'DUPLICATE'],
  OUT_OF_SCOPE: ['SUBMITTED', 'OUT_OF_SCOPE'],
  NOT_ELIGIBLE: ['SUBMITTED', 'NOT_ELIGIBLE'],
  WITHDRAWN: ['SUBMITTED', 'WITHDRAWN'],
  ACCEPTED: ['SUBMITTED', 'ACCEPTED'],
  ARCHIVED: ['SUBMITTED', 'ACCEPTED', 'ARCHIVED'],
  IN_SUPPORT: ['SUBMITTED', 'ACCEPTED', 'IN_SUPPORT'],
  UNDER_REVIEW: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW'],
  RECOMMENDED: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED'],
  PILOTING: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING'],
  APPLIED: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED'],
  SCALED: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED'],
};
const CLOSED = new Set([
  'DUPLICATE',
  'OUT_OF_SCOPE',
  'NOT_ELIGIBLE',
  'WITHDRAWN',
  'ARCHIVED',
  'SCALED',
]);
const PUBLIC_STATUS = [
  ['ACCEPTED', 20],
  ['IN_SUPPORT', 10],
  ['UNDER_REVIEW', 15],
  ['RECOMMENDED', 15],
  ['PILOTING', 15],
  ['APPLIED', 15],
  ['SCALED', 10],
];
const PRIVATE_STATUS = [
  ['SUBMITTED', 25],
  ['NEEDS_INFO', 10],
  ['ACCEPTED', 15],
  ['UNDER_REVIEW', 10],
  ['DUPLICATE', 5],
  ['OUT_OF_SCOPE', 8],
  ['NOT_ELIGIBLE', 7],
  ['ARCHIVED', 12],
  ['WITHDRAWN', 8],
];
const RECENT_STATUS = [
  ['SUBMITTED', 60],
  ['NEEDS_INFO', 20],
  ['DUPLICATE', 5],
  ['WITHDRAWN', 5],
  ['ACCEPTED', 10],
];
const REVIEWED = new Set(['UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED']);
const DAY = 86_400_000;

/** Splits `total` over `n` communes: the first (the demo commune) twice an average share. */
function shares(total, n) {
  const w = Array.from({ length: n }, (_, i) => (i === 0 ? 2 : 0.5 + ((i * 7919) % 100) / 100));
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor((total * x) / sum));
  out[0] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

export async function seedScale(opts, log = console.log) {
  const t0 = Date.now();
  const { prepareDatabase, initOrm, LocalDiskStorage, entryHash, GENESIS_HASH, verifyChain } =
    await api('testing.js');
  const { receiptDigest, newTrackingCode } = await api('idea/receipt.digest.js');
  const { createCommuneRecord } = await api('tenant/tenant.service.js');
  const { communeByCode } = await api('tenant/admin-units.js');
  const units = (
    await import(pathToFileURL(path.join(ROOT, 'api/data/vn-admin-units.json')).href, {
      with: { type: 'json' },
    })
  ).default;

  const db = await openDatabase(opts);
  const timings = {};
  try {
    // 1. Schema and the demo commune.
    let t = Date.now();
    await prepareDatabase(db.url, {
      demo: true,
      log,
      storage: new LocalDiskStorage(
        process.env.KN_STORAGE_DIR || path.resolve(ROOT, opts.dataDir, 'files'),
      ),
    });
    timings.migrateAndDemo = Date.now() - t;

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const q = async (sql, params) => (await client.query(sql, params)).rows;
    const already = (await q(`select count(*)::int n from idea`))[0].n;
    if (already > 1000) {
      throw new Error(
        `Cơ sở dữ liệu đã có ${already} ý tưởng: seed:scale chỉ chạy trên cơ sở dữ liệu mới (xóa ${opts.dataDir} hoặc dùng --data-dir khác).`,
      );
    }

    // 2. Communes: the demo commune, then others from the official list.
    t = Date.now();
    const wanted = opts.communes - 1;
    if (wanted > 0) {
      const candidates = [];
      const th = units.find((p) => p.Code === '38');
      for (const p of [th, ...units.filter((x) => x !== th)])
        for (const w of p.Wards) if (w.Code !== '16228') candidates.push(w.Code);
      const orm = await initOrm({ databaseUrl: db.url, poolMax: 2 });
      try {
        let made = 0;
        for (const code of candidates) {
          if (made >= wanted) break;
          if (!communeByCode(code)) continue;
          const em = orm.em.fork();
          if ((await q(`select 1 from tenant where code = $1`, [code])).length) {
            made++;
            continue;
          }
          await createCommuneRecord(em, {
            code,
            provinceCode: null,
            firstAdmin: null,
            actor: { id: null, name: 'Hệ thống (seed:scale)' },
            now: new Date(),
            adminUrl: 'http://localhost:5174',
          });
          made++;
          if (made % 20 === 0) log(`đã tạo ${made}/${wanted} xã`);
        }
      } finally {
        await orm.close(true);
      }
    }
    const tenants = await q(
      `select t.id, t.code, t.name from tenant t where t.level = 'COMMUNE' order by (t.code = '16228') desc, t.code limit $1`,
      [opts.communes],
    );
    timings.communes = Date.now() - t;

    // Villages and organisations for communes that have none yet (the demo has its own).
    const unitT = new Table('unit', [
      'id',
      'tenant_id',
      'code',
      'name',
      'kind',
      'area_type',
      'population',
    ]);
    const r = rng(opts.seed);
    for (const tn of tenants) {
      const has = (
        await q(`select count(*)::int n from unit where tenant_id = $1 and kind = 'VILLAGE'`, [
          tn.id,
        ])
      )[0].n;
      if (has) continue;
      const n = 12 + r.int(14);
      const areas = [
        ['RURAL', 6],
        ['MOUNTAIN', 2],
        ['URBAN', 2],
        ['REMOTE', 0.5],
      ];
      const used = new Set();
      for (let i = 0; i < n; i++) {
        let name = r.pick(VILLAGE_NAMES);
        if (used.has(name)) name = `${name} ${i + 1}`;
        used.add(name);
        unitT.add(
          randomUUID(),
          tn.id,
          `thon-${i + 1}`,
          `Thôn ${name}`,
          'VILLAGE',
          r.weighted(areas),
          300 + r.int(1500),
        );
      }
      for (const [kind, code, name] of ORGANISATIONS)
        unitT.add(randomUUID(), tn.id, code, name, kind, 'RURAL', null);
    }
    await unitT.flush(client);

    // Per-commune catalogue: fields, campaign, villages, privacy notice, council.
    const ctxOf = new Map();
    for (const tn of tenants) {
      const fields = new Map(
        (await q(`select id, code from field where tenant_id = $1`, [tn.id])).map((f) => [
          f.code,
          f.id,
        ]),
      );
      const campaign = (
        await q(`select id from campaign where tenant_id = $1 order by starts_on desc limit 1`, [
          tn.id,
        ])
      )[0];
      const villages = await q(
        `select id, name from unit where tenant_id = $1 and kind = 'VILLAGE' and active`,
        [tn.id],
      );
      const notice =
        (await q(`select max(version)::int v from privacy_notice where tenant_id = $1`, [tn.id]))[0]
          .v ?? 1;
      const council = (
        await q(`select id from council where tenant_id = $1 and active limit 1`, [tn.id])
      )[0];
      const members = council
        ? await q(`select id from council_member where council_id = $1`, [council.id])
        : [];
      const criteria = campaign
        ? await q(`select id, scale_max from rubric_criterion where campaign_id = $1`, [
            campaign.id,
          ])
        : [];
      const hub = (
        await q(
          `select id from staff_user where tenant_id = $1 and roles::text like '%HUB%' order by email limit 1`,
          [tn.id],
        ).catch(() => [])
      )[0];
      const head = (
        await q(
          `select seq::int seq, entry_hash from receipt_log where tenant_id = $1 order by seq desc limit 1`,
          [tn.id],
        )
      )[0];
      if (!campaign || !villages.length)
        throw new Error(`Xã ${tn.name} thiếu phong trào hoặc thôn.`);
      ctxOf.set(tn.id, {
        fields,
        campaign,
        villages,
        notice,
        council,
        members,
        criteria,
        hub,
        head,
      });
    }

    // 3. Bulk data.
    let replica = true;
    try {
      await client.query(`set session_replication_role = replica`);
    } catch {
      replica = false;
      log('Không có quyền superuser: để trigger sổ biên nhận tự chạy (chậm hơn).');
    }
    const T = {
      person: new Table('person', [
        'id',
        'created_at',
        'tenant_id',
        'full_name',
        'email',
        'phone',
        'address',
      ]),
      idea: new Table('idea', [
        'id',
        'created_at',
        'tenant_id',
        'campaign_id',
        'tracking_code',
        'title',
        'problem',
        'solution',
        'benefit',
        'requirements',
        'maturity',
        'status',
        'channel',
        'unit_id',
        'received_at',
        'digest',
        'published_at',
        'updated_at',
        'responded_at',
        'assignee_id',
        'honoured_at',
        'honour_citation',
        'rights_status',
        'rights_changed_at',
        'origin_own_work',
        'origin_declared_at',
        'route',
        'feasibility',
        'applicability',
      ]),
      ideaField: new Table('idea_field', ['idea_id', 'field_id']),
      authorship: new Table('authorship', [
        'id',
        'created_at',
        'tenant_id',
        'idea_id',
        'person_id',
        'role',
        'share',
        'confirmed_at',
        'is_minor',
        'guardian_id',
        'guardian_relation',
      ]),
      consent: new Table('consent', [
        'id',
        'created_at',
        'tenant_id',
        'authorship_id',
        'kind',
        'notice_version',
        'channel',
        'given_at',
        'withdrawn_at',
        'given_by',
      ]),
      revision: new Table('idea_revision', [
        'id',
        'created_at',
        'tenant_id',
        'idea_id',
        'number',
        'source',
        'title',
        'problem',
        'solution',
        'benefit',
        'maturity',
        'field_ids',
        'digest',
      ]),
      event: new Table('idea_event', [
        'id',
        'created_at',
        'tenant_id',
        'idea_id',
        'kind',
        'from_status',
        'to_status',
        'public_note',
      ]),
      step: new Table('idea_step', [
        'id',
        'created_at',
        'tenant_id',
        'idea_id',
        'status',
        'started_at',
        'due_at',
        'ended_at',
      ]),
      review: new Table('review', [
        'id',
        'created_at',
        'tenant_id',
        'idea_id',
        'council_id',
        'assigned_at',
        'due_at',
        'status',
        'conclusion',
        'concluded_at',
      ]),
      score: new Table('score', [
        'id',
        'created_at',
        'tenant_id',
        'review_id',
        'member_id',
        'criterion_id',
        'value',
        'updated_at',
      ]),
      receipt: new Table('receipt_log', [
        'id',
        'created_at',
        'tenant_id',
        'seq',
        'kind',
        'idea_id',
        'revision',
        'digest',
        'recorded_at',
        'prev_hash',
        'entry_hash',
      ]),
      post: new Table('post', [
        'id',
        'created_at',
        'tenant_id',
        'kind',
        'slug',
        'title',
        'summary',
        'body',
        'status',
        'published_at',
        'first_published_at',
        'updated_at',
      ]),
      postRevision: new Table('post_revision', [
        'id',
        'created_at',
        'tenant_id',
        'post_id',
        'number',
        'slug',
        'title',
        'summary',
        'body',
        'tag_ids',
      ]),
    };
    // Tracking codes are unique across the platform (40 random bits: at a million, a collision is likely).
    const codes = new Set((await q(`select tracking_code from idea`)).map((x) => x.tracking_code));
    const trackingCode = () => {
      for (;;) {
        const c = newTrackingCode();
        if (!codes.has(c)) return (codes.add(c), c);
      }
    };

    const now = Date.now();
    const span = 730 * DAY;
    const counts = shares(opts.ideas, tenants.length);
    const show = progress(opts.ideas, 'seed:scale');
    const rowsTotal = () => Object.values(T).reduce((s, x) => s + x.total + x.lines.length, 0);
    const flushAll = async () => {
      if (replica) await client.query('begin');
      for (const x of Object.values(T)) await x.flush(client);
      if (replica) await client.query('commit');
    };
    let done = 0;
    t = Date.now();
    const stats = { public: 0, withdrawn: 0, honoured: 0, reviews: 0 };
    for (let ti = 0; ti < tenants.length; ti++) {
      const tn = tenants[ti];
      const c = ctxOf.get(tn.id);
      const n = counts[ti];
      let seq = c.head?.seq ?? 0;
      let prev = c.head?.entry_hash ?? GENESIS_HASH;
      const recentPeople = [];
      const fieldIds = [...c.fields.values()];
      for (let i = 0; i < n; i++) {
        // Received in order over two years, the last month's still early in their life.
        const receivedAt = new Date(
          now - span + Math.floor(((i + r.next()) * span) / Math.max(n, 1)) - DAY,
        );
        const age = now - receivedAt.getTime();
        const isPublic = age > 45 * DAY && r.next() < opts.public / 0.94;
        const status = isPublic
          ? r.weighted(PUBLIC_STATUS)
          : r.weighted(age < 30 * DAY ? RECENT_STATUS : PRIVATE_STATUS);
        const village = r.next() < 0.9 ? r.pick(c.villages) : null;
        const place = village ? village.name : tn.name;
        const text = ideaText(r, place);
        const ids = text.fields.map((code) => c.fields.get(code)).filter(Boolean);
        if (!ids.length) ids.push(r.pick(fieldIds));
        const channel = r.weighted([
          ['ONLINE', 70],
          ['IN_PERSON', 25],
          ['IMPORTED', 5],
        ]);
        const consentChannel = channel === 'IN_PERSON' ? 'PAPER' : 'ONLINE';
        const maturity = r.pick(MATURITY);
        const requirements =
          r.next() < 0.4
            ? 'Kinh phí khoảng ' + (5 + r.int(95)) + ' triệu đồng, xã hỗ trợ một phần.'
            : null;

        // People: mostly new, some authors come back with another idea.
        const newPerson = (fullName) => {
          const id = randomUUID();
          const plain = unaccent(fullName).toLowerCase().replace(/\s+/g, '.');
          const email = r.next() < 0.6 ? `${plain}.${r.int(100000)}@example.com` : null;
          const phone =
            !email || r.next() < 0.5 ? `09${String(r.int(1e8)).padStart(8, '0')}` : null;
          const address = r.next() < 0.5 ? `${place}, ${tn.name}` : null;
          T.person.add(id, receivedAt, tn.id, fullName, email, phone, address);
          return { id, fullName };
        };
        const lead =
          recentPeople.length > 20 && r.next() < 0.2
            ? r.pick(recentPeople)
            : newPerson(personName(r));
        if (recentPeople.length < 500) recentPeople.push(lead);
        else recentPeople[r.int(500)] = lead;
        const co = r.next() < 0.15 ? 1 + r.int(2) : 0;
        const minor = r.next() < 0.02;

        const trackingCodeV = trackingCode();
        const digest = receiptDigest({
          trackingCode: trackingCodeV,
          receivedAt,
          campaignId: c.campaign.id,
          title: text.title,
          problem: text.problem,
          solution: text.solution,
          benefit: text.benefit,
          requirements,
          fieldIds: ids,
          maturity,
          authorName: lead.fullName,
        });

        // Timeline: each step a few days after the previous one, never in the future.
        const path_ = PATH[status];
        const times = [receivedAt.getTime()];
        const gap = Math.max(DAY, Math.min(12 * DAY, (age - DAY) / path_.length));
        for (let s = 1; s < path_.length; s++)
          times.push(times[s - 1] + Math.floor(gap * (0.4 + r.next() * 0.6)));
        const at = (s) => new Date(times[s]);
        const publishedAt = isPublic
          ? new Date(times[Math.min(1, times.length - 1)] + 2 * DAY)
          : null;
        const withdrawn = isPublic && r.next() < 0.02;
        const honoured =
          isPublic &&
          !withdrawn &&
          ['RECOMMENDED', 'APPLIED', 'SCALED'].includes(status) &&
          r.next() < 0.12;
        if (isPublic && !withdrawn) stats.public++;
        if (withdrawn) stats.withdrawn++;
        if (honoured) stats.honoured++;
        const last = new Date(Math.max(times[times.length - 1], publishedAt?.getTime() ?? 0));
        const respondedAt = path_.length > 1 ? at(1) : null;
        const ideaId = randomUUID();
        const assignee = c.hub && !CLOSED.has(status) && r.next() < 0.3 ? c.hub.id : null;
        const route = ['IN_SUPPORT'].includes(status)
          ? 'SUPPORT'
          : REVIEWED.has(status)
            ? 'COUNCIL_REVIEW'
            : status === 'ARCHIVED'
              ? 'ARCHIVE_MONITOR'
              : null;
        T.idea.add(
          ideaId,
          receivedAt,
          tn.id,
          c.campaign.id,
          trackingCodeV,
          text.title,
          text.problem,
          text.solution,
          text.benefit,
          requirements,
          maturity,
          status,
          channel,
          village?.id ?? null,
          receivedAt,
          digest,
          publishedAt,
          last,
          respondedAt,
          assignee,
          honoured ? last : null,
          honoured ? r.pick(CITATIONS) : null,
          isPublic ? 'ESTABLISHED' : 'UNCLEAR',
          isPublic ? at(Math.min(1, times.length - 1)) : null,
          true,
          receivedAt,
          route,
          route ? r.pick(['HIGH', 'MEDIUM', 'LOW']) : null,
          route ? r.pick(['WIDE', 'LOCAL', 'LIMITED']) : null,
        );
        for (const f of ids) T.ideaField.add(ideaId, f);
        T.revision.add(
          randomUUID(),
          receivedAt,
          tn.id,
          ideaId,
          1,
          'SUBMISSION',
          text.title,
          text.problem,
          text.solution,
          text.benefit,
          maturity,
          ids,
          digest,
        );
        if (replica) {
          seq += 1;
          const hash = entryHash({
            seq,
            kind: 'SUBMISSION',
            digest,
            recordedAt: receivedAt,
            prevHash: prev,
          });
          T.receipt.add(
            randomUUID(),
            receivedAt,
            tn.id,
            seq,
            'SUBMISSION',
            ideaId,
            1,
            digest,
            receivedAt,
            prev,
            hash,
          );
          prev = hash;
        }

        // Authors and their consents.
        const authors = [{ person: lead, role: 'LEAD', share: co ? 60 : 100, minor }];
        for (let k = 0; k < co; k++)
          authors.push({
            person: newPerson(personName(r)),
            role: 'CO_AUTHOR',
            share: Math.floor(40 / co),
            minor: false,
          });
        authors.forEach((a, k) => {
          const id = randomUUID();
          const confirmed = a.role === 'LEAD' || r.next() < 0.9 ? receivedAt : null;
          const guardian = a.minor ? newPerson(personName(r)) : null;
          T.authorship.add(
            id,
            receivedAt,
            tn.id,
            ideaId,
            a.person.id,
            a.role,
            a.share,
            confirmed,
            a.minor,
            guardian?.id ?? null,
            guardian ? 'Mẹ' : null,
          );
          const kinds = ['PROCESS_DATA'];
          if (r.next() < 0.85) kinds.push('SHOW_NAME');
          if (isPublic || r.next() < 0.6) kinds.push('PUBLISH_CONTENT');
          if (r.next() < 0.7) kinds.push('ALLOW_PILOT', 'ALLOW_SCALE');
          for (const kind of kinds)
            for (const by of a.minor ? ['SELF', 'GUARDIAN'] : ['SELF']) {
              const off = withdrawn && k === 0 && kind === 'PUBLISH_CONTENT' ? last : null;
              T.consent.add(
                randomUUID(),
                receivedAt,
                tn.id,
                id,
                kind,
                c.notice,
                consentChannel,
                receivedAt,
                off,
                by,
              );
            }
        });

        // Events and steps.
        T.event.add(randomUUID(), receivedAt, tn.id, ideaId, 'SUBMITTED', null, 'SUBMITTED', null);
        for (let s = 0; s < path_.length; s++) {
          if (s > 0)
            T.event.add(
              randomUUID(),
              at(s),
              tn.id,
              ideaId,
              'STATUS_CHANGED',
              path_[s - 1],
              path_[s],
              null,
            );
          const open = s === path_.length - 1 && !CLOSED.has(path_[s]);
          T.step.add(
            randomUUID(),
            at(s),
            tn.id,
            ideaId,
            path_[s],
            at(s),
            new Date(times[s] + 10 * DAY),
            open ? null : s === path_.length - 1 ? at(s) : at(s + 1),
          );
        }
        if (publishedAt)
          T.event.add(randomUUID(), publishedAt, tn.id, ideaId, 'PUBLISHED', null, null, null);

        // The council's review and scores.
        if (REVIEWED.has(status) && c.council && c.members.length && c.criteria.length) {
          const rs = path_.indexOf('UNDER_REVIEW');
          const concluded = status !== 'UNDER_REVIEW';
          const reviewId = randomUUID();
          stats.reviews++;
          T.review.add(
            reviewId,
            at(rs),
            tn.id,
            ideaId,
            c.council.id,
            at(rs),
            new Date(times[rs] + 15 * DAY),
            concluded ? 'CONCLUDED' : 'OPEN',
            concluded ? 'RECOMMEND_PILOT' : null,
            concluded ? at(rs + 1) : null,
          );
          if (concluded || r.next() < 0.5)
            for (const m of c.members)
              for (const cr of c.criteria)
                T.score.add(
                  randomUUID(),
                  at(rs),
                  tn.id,
                  reviewId,
                  m.id,
                  cr.id,
                  Math.min(cr.scale_max ?? 10, 5 + r.int(6)),
                  at(rs),
                );
        }

        done++;
        if (T.idea.lines.length >= 2000) {
          await flushAll();
          show(done, rowsTotal());
        }
      }
      // News and propaganda posts of the commune.
      const posts = Math.max(5, Math.round(n / 500));
      for (let p = 0; p < posts; p++) {
        const id = randomUUID();
        const published = new Date(now - Math.floor(((posts - p) * span) / posts));
        const village = r.pick(c.villages).name;
        const title = r.pick([
          `${village} ra quân làm đường giao thông nông thôn`,
          `Trao thưởng các ý tưởng đổi mới sáng tạo đợt ${p + 1}`,
          `Hướng dẫn người dân ${village} dùng dịch vụ công trực tuyến`,
          `Nước sạch về ${village}: công trình từ ý tưởng của người dân`,
          `Hội nghị sơ kết phong trào thi đua tại ${tn.name}`,
        ]);
        const summary = `Tin hoạt động của ${tn.name}, ${published.toLocaleDateString('vi-VN')}.`;
        const body = {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: summary }] },
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: `${title}. Bà con ${village} tham gia đông đủ, nhiều ý kiến đóng góp thiết thực cho phong trào.`,
                },
              ],
            },
          ],
        };
        const slug = `${unaccent(title)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}-${p + 1}`;
        const kind = r.next() < 0.8 ? 'NEWS' : 'PROPAGANDA';
        T.post.add(
          id,
          published,
          tn.id,
          kind,
          slug,
          title,
          summary,
          body,
          'PUBLISHED',
          published,
          published,
          published,
        );
        T.postRevision.add(randomUUID(), published, tn.id, id, 1, slug, title, summary, body, []);
      }
      await flushAll();
      show(done, rowsTotal());
    }
    timings.bulk = Date.now() - t;
    await client.query(`set session_replication_role = default`);

    // The public read model (`idea.public_visible`, kept by triggers that were off for the load):
    // computed once for the seeded ideas, with the same function the triggers use.
    t = Date.now();
    log('Quyền xem công khai / public visibility…');
    await client.query(
      `update idea set public_visible = kn_idea_public_visible(id, published_at, rights_status)
        where tenant_id = any($1::uuid[])
          and public_visible is distinct from kn_idea_public_visible(id, published_at, rights_status)`,
      [tenants.map((tn) => tn.id)],
    );
    timings.visibility = Date.now() - t;

    t = Date.now();
    // VACUUM sets the visibility map, so counts run as index-only scans from the first request
    // (autovacuum would get there later); ANALYZE gives the planner the new sizes.
    log('VACUUM ANALYZE…');
    await client.query('vacuum (analyze)');
    timings.analyze = Date.now() - t;

    // 4. Checks: counts and every seeded commune's receipt chain.
    t = Date.now();
    const orm = await initOrm({ databaseUrl: db.url, poolMax: 2 });
    const broken = [];
    try {
      for (const tn of tenants) {
        const report = await verifyChain(orm.em.fork(), tn.id);
        if (report.problems.length) broken.push(`${tn.name}: ${report.problems.length} lỗi`);
      }
    } finally {
      await orm.close(true);
    }
    timings.verify = Date.now() - t;
    if (broken.length) throw new Error(`Chuỗi biên nhận không hợp lệ: ${broken.join('; ')}`);
    const rows = Object.fromEntries(Object.entries(T).map(([k, x]) => [x.name ?? k, x.total]));
    await client.end();
    const result = {
      url: db.url,
      communes: tenants.length,
      ideas: opts.ideas,
      stats,
      rows,
      timings,
      seconds: (Date.now() - t0) / 1000,
    };
    log(
      `Xong trong ${result.seconds.toFixed(0)} giây: ${tenants.length} xã, ${opts.ideas.toLocaleString('vi-VN')} ý tưởng ` +
        `(${stats.public.toLocaleString('vi-VN')} công khai), ${Object.values(rows)
          .reduce((a, b) => a + b, 0)
          .toLocaleString('vi-VN')} dòng; chuỗi biên nhận hợp lệ.`,
    );
    return result;
  } finally {
    await db.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(path.join(ROOT, 'api/dist/testing.js'))) {
    console.error('Chưa build API: chạy "npm run build -w @khoi-nguon/api" trước.');
    process.exit(2);
  }
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(
      'npm run seed:scale -- --ideas 100000 [--communes 166] [--public 0.5] [--seed 1] [--data-dir .data/scale-<ideas>] [--port 54339]',
    );
    process.exit(0);
  }
  const result = await seedScale(opts);
  console.log(JSON.stringify({ ...result, url: result.url.replace(/:[^:@/]+@/, ':***@') }));
}
