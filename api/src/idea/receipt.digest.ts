import { createHash, randomInt } from 'node:crypto';

/** Crockford base32 without look-alikes (no I, L, O, U): easy to read out over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "KN-7F3K-9QMD": 40 random bits, about a trillion codes. */
export function newTrackingCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `KN-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Tolerant of case, spaces and missing dashes as people type them. */
export function normalizeTrackingCode(input: string): string {
  const raw = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/^KN/, '');
  const mapped = raw.replace(/[IL]/g, '1').replace(/O/g, '0');
  if (mapped.length !== 8) return input.trim().toUpperCase();
  return `KN-${mapped.slice(0, 4)}-${mapped.slice(4)}`;
}

export interface DigestContent {
  trackingCode: string;
  receivedAt: Date;
  campaignId: string;
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  requirements: string | null;
  fieldIds: string[];
  maturity: string;
  authorName: string;
  /** The confidential part, when there is one (appended, so digests without it are unchanged). */
  confidential?: string | null;
}

/**
 * SHA-256 over a canonical JSON array (fixed key order, sorted field ids, ISO time, NFC text), so
 * anyone holding the receipt and the submitted text can recompute it.
 */
export function receiptDigest(c: DigestContent): string {
  const canonical = JSON.stringify([
    'khoi-nguon-receipt-v1',
    c.trackingCode,
    c.receivedAt.toISOString(),
    c.campaignId,
    c.title.normalize('NFC'),
    c.problem.normalize('NFC'),
    c.solution.normalize('NFC'),
    c.benefit.normalize('NFC'),
    c.requirements?.normalize('NFC') ?? null,
    [...c.fieldIds].sort(),
    c.maturity,
    c.authorName.normalize('NFC'),
    ...(c.confidential ? [c.confidential.normalize('NFC')] : []),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
