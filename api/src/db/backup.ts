/**
 * Backup and restore of one database (`npm run db:backup` / `npm run db:restore`, scripts/db.mjs).
 *
 * Two methods:
 * - `pg_dump`: when a `pg_dump` of the server's major version (or newer) is on the PATH — an
 *   external PostgreSQL with its client tools. Custom format, restored with `pg_restore`.
 * - `logical`: works with nothing but the server — the embedded cluster ships only initdb, pg_ctl
 *   and postgres, and Debian's client is older than server 18. One gzip file: a header (format,
 *   the migrations applied, the time), then every table of the `public` schema in foreign-key
 *   order, row by row as JSON, read in one REPEATABLE READ snapshot (consistent without stopping
 *   the API), then the sequences. Restoring builds the schema by running the same migrations into
 *   an empty database, loads the rows with triggers off (the receipt log is restored as it was,
 *   not appended to again), sets the sequences, then applies any newer migrations of this version.
 *
 * A restore goes into an empty database only: restoring over live data is refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import readline from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { initOrm } from './orm.js';
import { installJobQueue } from '../jobs/job.runner.js';

export const BACKUP_FORMAT = 'khoi-nguon-logical-backup';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
const BATCH = 2000;

export type BackupMethod = 'pg_dump' | 'logical';

export interface BackupResult {
  method: BackupMethod;
  file: string;
  /** Rows per table (logical method). */
  tables: Record<string, number>;
}

interface Header {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
}

type Log = (message: string) => void;

/** The major version of a `pg_dump`/`pg_restore` on the PATH, or null when there is none. */
export function clientMajor(tool: 'pg_dump' | 'pg_restore'): number | null {
  const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) return null;
  const m = /(\d+)(?:\.\d+)?/.exec(r.stdout);
  return m ? Number(m[1]) : null;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function serverMajor(c: pg.Client): Promise<number> {
  const { rows } = await c.query<{ v: string }>('show server_version_num');
  return Math.floor(Number(rows[0]!.v) / 10000);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables of `public` (less the migrations table), parents before children. */
async function tablesInOrder(c: pg.Client): Promise<string[]> {
  const { rows: tables } = await c.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' and tablename <> $1
      order by tablename`,
    [MIGRATIONS_TABLE],
  );
  const { rows: fks } = await c.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const names = tables.map((t) => t.name);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const fk of fks) parents.get(fk.child)?.add(fk.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p) || !parents.has(p)),
    );
    // A cycle of foreign keys (none today): take the rest as they come; triggers and checks are
    // off while loading, so the order is then only a courtesy.
    const next = ready.length ? ready : names.filter((n) => !placed.has(n));
    for (const n of next) {
      placed.add(n);
      ordered.push(n);
    }
  }
  return ordered;
}

/** Columns that hold data (generated columns are recomputed by the server). */
async function dataColumns(c: pg.Client, table: string): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `select column_name as name from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
      order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

/**
 * Writes a backup of the database at `url` to `file`. `method` defaults to `pg_dump` when a
 * matching one is on the PATH, else `logical`.
 */
export async function backupDatabase(
  url: string,
  file: string,
  opts: { method?: BackupMethod; log?: Log } = {},
): Promise<BackupResult> {
  const log = opts.log ?? (() => {});
  const method =
    opts.method ??
    (await withClient(url, async (c) => {
      const client = clientMajor('pg_dump');
      return client !== null && client >= (await serverMajor(c)) ? 'pg_dump' : 'logical';
    }));
  if (method === 'pg_dump') {
    await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, '--dbname', url]);
    return { method, file, tables: {} };
  }
  return withClient(url, async (c) => {
    const tables: Record<string, number> = {};
    await c.query('begin isolation level repeatable read read only');
    const { rows: migrations } = await c.query<{ name: string }>(
      `select name from ${MIGRATIONS_TABLE} order by id`,
    );
    const { rows: version } = await c.query<{ v: string }>('show server_version');
    const header: Header = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      serverVersion: version[0]!.v,
      migrations: migrations.map((m) => m.name),
    };
    const gzip = createGzip();
    const out = createWriteStream(file);
    const done = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
      gzip.on('error', reject);
    });
    gzip.pipe(out);
    const write = async (line: string) => {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    };
    await write(JSON.stringify(header));
    for (const table of await tablesInOrder(c)) {
      const columns = await dataColumns(c, table);
      await write(JSON.stringify({ table, columns }));
      const select = `select row_to_json(x)::text as j from (select ${columns.map(ident).join(', ')} from ${ident(table)}) x`;
      await c.query(`declare kn_backup no scroll cursor for ${select}`);
      let count = 0;
      for (;;) {
        const { rows } = await c.query<{ j: string }>(`fetch ${BATCH} from kn_backup`);
        for (const r of rows) await write(r.j);
        count += rows.length;
        if (rows.length < BATCH) break;
      }
      await c.query('close kn_backup');
      await write(JSON.stringify({ end: table, rows: count }));
      tables[table] = count;
      log(`  ${table}: ${count.toLocaleString('vi-VN')} dòng`);
    }
    const { rows: seqs } = await c.query<{ name: string; value: string | null }>(
      `select sequencename as name, last_value::text as value from pg_sequences
        where schemaname = 'public' order by sequencename`,
    );
    await write(JSON.stringify({ sequences: seqs }));
    await c.query('commit');
    gzip.end();
    await done;
    return { method, file, tables };
  });
}

/**
 * Restores `file` (either method, told apart by its first bytes) into the empty database at
 * `url`. Returns the rows per table (logical method) after checking each against the backup.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  opts: { log?: Log } = {},
): Promise<BackupResult> {
  const log = opts.log ?? (() => {});
  await withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname = 'public'`,
    );
    if (rows[0]!.n > 0)
      throw new Error(
        'Cơ sở dữ liệu đích không trống: chỉ khôi phục vào một cơ sở dữ liệu mới tạo. / The target database is not empty.',
      );
  });
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(5);
  await handle.read(magic, 0, 5, 0);
  await handle.close();
  if (magic.toString('latin1') === 'PGDMP') {
    await run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', url, file]);
    return { method: 'pg_dump', file, tables: {} };
  }
  const lines = readline.createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== BACKUP_FORMAT)
    throw new Error('Tệp không phải bản sao lưu của Khơi Nguồn. / Not a Khơi Nguồn backup.');
  const known = (await import('./migrations/index.js')).migrationsList.map((m) => m.name);
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length)
    throw new Error(
      `Bản sao lưu từ phiên bản mới hơn (migration chưa có: ${unknown.join(', ')}). / The backup comes from a newer version.`,
    );
  // The schema as it was when the backup was taken.
  const last = header.migrations.at(-1);
  const orm = await initOrm({ databaseUrl: url, poolMax: 2 });
  try {
    if (last) await orm.getMigrator().up({ to: last });
  } finally {
    await orm.close(true);
  }
  const tables: Record<string, number> = {};
  await withClient(url, async (c) => {
    await c.query('begin');
    // Rows go in as they were: no triggers (receipt log, search vectors, notifications) and no
    // foreign-key checks while loading; migrations' own reference rows make way for the backup's.
    await c.query('set local session_replication_role = replica');
    const present = await tablesInOrder(c);
    if (present.length)
      await c.query(`truncate ${present.map(ident).join(', ')} restart identity cascade`);
    let table: string | null = null;
    let columns: string[] = [];
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length || !table) return;
      const cols = columns.map(ident).join(', ');
      await c.query(
        `insert into ${ident(table)} (${cols}) select ${cols} from json_populate_recordset(null::${ident(table)}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      tables[table] = (tables[table] ?? 0) + batch.length;
      batch = [];
    };
    for (;;) {
      const next = await it.next();
      if (next.done) throw new Error('Bản sao lưu bị cắt ngang. / The backup is truncated.');
      const line = next.value;
      if (table) {
        if (line.startsWith('{"end":')) {
          await flush();
          const end = JSON.parse(line) as { end: string; rows: number };
          if ((tables[table] ?? 0) !== end.rows)
            throw new Error(`${table}: ${tables[table] ?? 0} dòng thay vì ${end.rows}`);
          tables[table] ??= 0;
          log(`  ${table}: ${end.rows.toLocaleString('vi-VN')} dòng`);
          table = null;
          continue;
        }
        batch.push(line);
        if (batch.length >= BATCH) await flush();
        continue;
      }
      const entry = JSON.parse(line) as {
        table?: string;
        columns?: string[];
        sequences?: { name: string; value: string | null }[];
      };
      if (entry.sequences) {
        for (const s of entry.sequences)
          if (s.value !== null)
            await c.query('select setval($1::regclass, $2::bigint)', [ident(s.name), s.value]);
        break;
      }
      table = entry.table!;
      columns = entry.columns!;
    }
    await c.query('commit');
  });
  // Then whatever this version adds on top.
  const upgrade = await initOrm({ databaseUrl: url, poolMax: 2 });
  try {
    const applied = await upgrade.getMigrator().up();
    if (applied.length) log(`Đã chạy thêm ${applied.length} migration mới hơn bản sao lưu.`);
  } finally {
    await upgrade.close(true);
  }
  // The queue's own schema (graphile_worker) is not in the export: install it and queue again
  // every job the backup holds as unfinished, under the same key, so no delivery, import or
  // scheduled publication is lost.
  await installJobQueue(url);
  const requeued = await withClient(url, async (c) => {
    const r = await c.query(
      `select graphile_worker.add_job(queue, json_build_object('jobId', id::text),
                run_at => greatest(run_at, now()), max_attempts => max_attempts, job_key => id::text)
         from job where status in ('PENDING', 'RUNNING')`,
    );
    return r.rowCount ?? 0;
  });
  if (requeued) log(`Đã xếp lại ${requeued} việc nền chưa xong vào hàng đợi.`);
  return { method: 'logical', file, tables };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} kết thúc với mã ${code}`)),
    );
  });
}
