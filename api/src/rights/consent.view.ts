import { type Consent } from '../consent/consent.entity.js';
import { CONSENT_LABEL, ConsentGiver, ConsentKind } from '../consent/consent.enums.js';
import type { Authorship } from '../idea/idea.entity.js';
import { hasConsent } from './rights.gate.js';
import type { ConsentRecord, ConsentSummary } from './rights.types.js';

/** Where each consent stands for one author (a minor's needs the guardian too). */
export function consentSummary(
  a: Pick<Authorship, 'isMinor'>,
  consents: readonly Consent[],
): ConsentSummary[] {
  const active = (kind: ConsentKind, by: ConsentGiver) =>
    consents.some((c) => c.kind === kind && c.givenBy === by && !c.withdrawnAt);
  return Object.values(ConsentKind).map((kind) => ({
    kind,
    label: CONSENT_LABEL[kind],
    self: active(kind, ConsentGiver.SELF),
    guardian: a.isMinor ? active(kind, ConsentGiver.GUARDIAN) : null,
    effective: hasConsent(a, consents, kind),
  }));
}

export function consentRecords(consents: readonly Consent[]): ConsentRecord[] {
  return consents.map((c) => ({
    kind: c.kind,
    label: CONSENT_LABEL[c.kind],
    givenBy: c.givenBy,
    givenAt: c.givenAt,
    withdrawnAt: c.withdrawnAt ?? null,
    noticeVersion: c.noticeVersion,
    channel: c.channel,
  }));
}
