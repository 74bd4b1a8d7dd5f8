/**
 * Verifying the receipt log. The database appends entries (see the Rights migration); this module
 * recomputes them: one entry for the public receipt page, the whole chain for the CLI command.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReceiptLogEntry } from './receipt-log.entity.js';
import { type ReceiptLogKind } from './receipt-log.enums.js';
import type { Context } from '../context.js';
import type { ReceiptCheck, ReceiptLogEntryView } from './receipt-log.types.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface LogEntryContent {
  seq: number | string;
  kind: ReceiptLogKind | string;
  digest: string;
  recordedAt: Date;
  prevHash: string;
}

/** The same formula as the database trigger `kn_receipt_log_append` (kept in step by a test). */
export function entryHash(e: LogEntryContent): string {
  const line = [
    'kn-receipt-log-v1',
    String(e.seq),
    e.kind,
    e.digest,
    e.recordedAt.toISOString(),
    e.prevHash,
  ].join('|');
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

export interface ChainProblem {
  seq: number;
  problem: string;
}

export interface ChainReport {
  tenantId: string;
  entries: number;
  headSeq: number | null;
  headHash: string | null;
  problems: ChainProblem[];
}

interface Row {
  seq: string;
  kind: string;
  digest: string;
  recorded_at: Date;
  prev_hash: string;
  entry_hash: string;
}

/**
 * Walks a tenant's chain in order, in batches: every entry's hash must match its content, link to
 * the previous entry's hash, and the sequence must have no gap (a removed entry shows as a gap).
 */
export async function verifyChain(
  em: EntityManager,
  tenantId: string,
  opts: { batch?: number; onProgress?: (checked: number, total: number) => void } = {},
): Promise<ChainReport> {
  const batch = opts.batch ?? 5000;
  const counted = await em.execute<{ total: string }[]>(
    'select count(*) as total from receipt_log where tenant_id = ?',
    [tenantId],
  );
  const total = Number(counted[0]?.total ?? 0);
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let last: Row | null = null;
  for (;;) {
    const rows = await em.execute<Row[]>(
      `select seq, kind, digest, recorded_at, prev_hash, entry_hash from receipt_log
        where tenant_id = ? and seq >= ? order by seq limit ?`,
      [tenantId, expectedSeq, batch],
    );
    if (!rows.length) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq)
        problems.push({ seq, problem: `Thiếu mục số ${expectedSeq}–${seq - 1} (đã bị xóa?).` });
      if (r.prev_hash !== prevHash)
        problems.push({ seq, problem: 'Không khớp mã băm của mục liền trước.' });
      const recomputed = entryHash({
        seq,
        kind: r.kind,
        digest: r.digest,
        recordedAt: new Date(r.recorded_at),
        prevHash: r.prev_hash,
      });
      if (recomputed !== r.entry_hash)
        problems.push({ seq, problem: 'Nội dung mục đã bị thay đổi (mã băm không khớp).' });
      prevHash = r.entry_hash;
      expectedSeq = seq + 1;
      last = r;
    }
    checked += rows.length;
    opts.onProgress?.(checked, total);
  }
  return {
    tenantId,
    entries: checked,
    headSeq: last ? Number(last.seq) : null,
    headHash: last?.entry_hash ?? null,
    problems,
  };
}

/** One receipt: is its digest in the log, and is its entry intact and linked to its neighbours? */
export async function checkReceipt(
  em: EntityManager,
  tenantId: string,
  digest: string,
): Promise<{
  entry: ReceiptLogEntry | null;
  intact: boolean;
  linked: boolean;
  head: ReceiptLogEntry | null;
}> {
  const clean = digest.trim().toLowerCase();
  const [entry, head] = await Promise.all([
    /^[0-9a-f]{64}$/.test(clean)
      ? em.findOne(
          ReceiptLogEntry,
          { tenant: tenantId, digest: clean },
          { orderBy: { seq: 'asc' } },
        )
      : Promise.resolve(null),
    em.findOne(ReceiptLogEntry, { tenant: tenantId }, { orderBy: { seq: 'desc' } }),
  ]);
  if (!entry) return { entry: null, intact: false, linked: false, head };
  const seq = Number(entry.seq);
  const neighbours = await em.find(ReceiptLogEntry, {
    tenant: tenantId,
    seq: { $in: [seq - 1, seq + 1] },
  });
  const prev = neighbours.find((n) => Number(n.seq) === seq - 1);
  const next = neighbours.find((n) => Number(n.seq) === seq + 1);
  const intact = entryHash(entry) === entry.entryHash;
  const linked =
    (seq === 1 ? entry.prevHash === GENESIS_HASH : prev?.entryHash === entry.prevHash) &&
    (!next || next.prevHash === entry.entryHash);
  return { entry, intact, linked, head };
}

/** The public answer to "is this receipt in the log, and is the log intact around it?". */
export async function verifyReceipt(ctx: Context, digest: string): Promise<ReceiptCheck> {
  const r = await checkReceipt(ctx.em, ctx.tenant.id, digest ?? '');
  return {
    found: Boolean(r.entry),
    seq: r.entry ? Number(r.entry.seq) : null,
    kind: r.entry?.kind ?? null,
    revision: r.entry?.revision ?? null,
    recordedAt: r.entry?.recordedAt ?? null,
    prevHash: r.entry?.prevHash ?? null,
    entryHash: r.entry?.entryHash ?? null,
    intact: r.intact,
    linked: r.linked,
    headSeq: r.head ? Number(r.head.seq) : null,
    headHash: r.head?.entryHash ?? null,
  };
}

/** The public log in order, at most 1000 entries at a time. */
export async function receiptLogPage(
  ctx: Context,
  afterSeq: number,
  first: number,
): Promise<ReceiptLogEntryView[]> {
  const rows = await ctx.em.find(
    ReceiptLogEntry,
    { tenant: ctx.tenant.id, seq: { $gt: Math.max(0, afterSeq) } },
    { orderBy: { seq: 'asc' }, limit: Math.min(Math.max(first, 1), 1000) },
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: r.kind,
    revision: r.revision,
    digest: r.digest,
    recordedAt: r.recordedAt,
    prevHash: r.prevHash,
    entryHash: r.entryHash,
  }));
}
