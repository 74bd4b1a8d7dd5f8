/**
 * The public receipt log's hash formula, as documented by the API (receipt-log.entity.ts):
 * entryHash = SHA-256 (UTF-8, hex) of
 *   "kn-receipt-log-v1|<seq>|<kind>|<digest>|<recordedAt ISO 8601, ms, UTC>|<prevHash>"
 * and the first entry's prevHash is 64 zeros.
 */
export const GENESIS_HASH = '0'.repeat(64);
export const LOG_FORMAT = 'kn-receipt-log-v1';
export const FORMULA = `SHA-256("${LOG_FORMAT}|seq|kind|digest|recordedAt|prevHash")`;

export interface LogEntry {
  seq: number;
  kind: string;
  digest: string;
  recordedAt: string;
  prevHash: string;
}

/** The exact text whose SHA-256 is the entry's hash. */
export function entryHashInput(e: LogEntry): string {
  return [
    LOG_FORMAT,
    String(e.seq),
    e.kind,
    e.digest,
    new Date(e.recordedAt).toISOString(),
    e.prevHash,
  ].join('|');
}

/** A digest as people paste it: spaces, line breaks and capitals removed. */
export function normalizeDigest(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, '').toLowerCase();
}

export function isDigest(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/** The page of the log after a given entry (`?sau=`), never negative. */
export function afterSeqParam(raw: string | null): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}
