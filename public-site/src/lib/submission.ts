import type { AgeBand, Gender, PersonKind, SubmitIdeaInput } from '$lib/gql/graphql';
import { readConsentChoices, type ConsentChoices } from './consents';

/** Optional co-author rows on the submit form (the hub can add more later). */
export const CO_AUTHOR_ROWS = 3;

export const AGE_BANDS: AgeBand[] = ['UNDER_18', 'FROM_18_TO_35', 'FROM_36_TO_60', 'OVER_60'];
export const GENDERS: Gender[] = ['FEMALE', 'MALE', 'OTHER'];

export type OriginChoice = '' | 'own' | 'sources';

export interface SubmissionValues {
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  requirements: string;
  confidential: string;
  fieldIds: string[];
  maturity: string;
  unitId: string;
  authorKind: PersonKind;
  fullName: string;
  email: string;
  phone: string;
  /** Who takes part (optional, only counted in aggregates). */
  participantGroupId: string;
  ageBand: string;
  gender: string;
  isMinor: boolean;
  guardian: { fullName: string; relation: string; email: string; phone: string };
  origin: OriginChoice;
  originSources: string;
  idempotencyKey: string;
  noticeVersion: number;
  consents: ConsentChoices;
  coAuthors: { fullName: string; email: string; phone: string; share: string }[];
  /** Files already uploaded by an earlier attempt of this form, kept so nobody re-selects them. */
  attachments: { id: string; fileName: string }[];
}

function keptAttachment(raw: FormDataEntryValue): { id: string; fileName: string } | null {
  try {
    const a = JSON.parse(String(raw)) as { id?: unknown; fileName?: unknown };
    return typeof a.id === 'string' && typeof a.fileName === 'string'
      ? { id: a.id, fileName: a.fileName }
      : null;
  } catch {
    return null;
  }
}

/** Everything the visitor typed, to send on and to show back when something needs fixing. */
export function readSubmission(
  data: FormData,
  opts: { rows?: number; newKey: () => string },
): SubmissionValues {
  const text = (name: string) => String(data.get(name) ?? '');
  const origin = text('origin');
  return {
    title: text('title'),
    problem: text('problem'),
    solution: text('solution'),
    benefit: text('benefit'),
    requirements: text('requirements'),
    confidential: text('confidential'),
    fieldIds: data.getAll('fieldIds').map(String),
    maturity: text('maturity'),
    unitId: text('unitId'),
    authorKind: text('authorKind') === 'ORGANISATION' ? 'ORGANISATION' : 'INDIVIDUAL',
    fullName: text('fullName'),
    email: text('email'),
    phone: text('phone'),
    participantGroupId: text('participantGroupId'),
    ageBand: text('ageBand'),
    gender: text('gender'),
    isMinor: data.get('isMinor') === 'on',
    guardian: {
      fullName: text('guardianName'),
      relation: text('guardianRelation'),
      email: text('guardianEmail'),
      phone: text('guardianPhone'),
    },
    origin: origin === 'own' || origin === 'sources' ? origin : '',
    originSources: text('originSources'),
    idempotencyKey: text('idempotencyKey') || opts.newKey(),
    noticeVersion: Number(text('noticeVersion')) || 0,
    consents: readConsentChoices(data),
    coAuthors: Array.from({ length: opts.rows ?? CO_AUTHOR_ROWS }, (_, i) => ({
      fullName: text(`co${i}Name`),
      email: text(`co${i}Email`),
      phone: text(`co${i}Phone`),
      share: text(`co${i}Share`),
    })),
    attachments: data
      .getAll('attachment')
      .map(keptAttachment)
      .filter((a) => a !== null),
  };
}

/**
 * "30", "30 %" or "30%" → 30. Anything that is not a whole number becomes 0, which the API refuses
 * with a Vietnamese message (a fraction would otherwise fail GraphQL's Int coercion in English).
 */
export function parseShare(raw: string): number {
  const n = Number(raw.replace(/[%\s]/g, ''));
  return raw.trim() && Number.isInteger(n) && Math.abs(n) <= 1000 ? n : 0;
}

/** Rows the visitor left completely empty are not co-authors. */
export function filledCoAuthors(v: SubmissionValues) {
  return v.coAuthors.filter((c) => Object.values(c).some((s) => s.trim()));
}

const MATURITIES = ['PRELIMINARY', 'COMPLETE', 'TESTED'] as const;

/** The API input for a submission whose origin has been declared. */
export function submissionInput(v: SubmissionValues): SubmitIdeaInput {
  const orNull = (s: string) => (s.trim() ? s : null);
  return {
    title: v.title,
    problem: v.problem,
    solution: v.solution,
    benefit: v.benefit,
    requirements: orNull(v.requirements),
    confidential: orNull(v.confidential),
    fieldIds: v.fieldIds,
    maturity: MATURITIES.find((m) => m === v.maturity) ?? 'PRELIMINARY',
    unitId: orNull(v.unitId),
    origin: v.origin ? { ownWork: v.origin === 'own', sources: orNull(v.originSources) } : null,
    author: {
      fullName: v.fullName,
      email: orNull(v.email),
      phone: orNull(v.phone),
      kind: v.authorKind,
      participantGroupId: orNull(v.participantGroupId),
      ageBand:
        v.authorKind === 'INDIVIDUAL' && AGE_BANDS.includes(v.ageBand as AgeBand)
          ? (v.ageBand as AgeBand)
          : null,
      gender:
        v.authorKind === 'INDIVIDUAL' && GENDERS.includes(v.gender as Gender)
          ? (v.gender as Gender)
          : null,
      isMinor: v.isMinor,
      guardian:
        v.isMinor && Object.values(v.guardian).some((s) => s.trim())
          ? {
              fullName: v.guardian.fullName,
              relation: v.guardian.relation,
              email: orNull(v.guardian.email),
              phone: orNull(v.guardian.phone),
            }
          : null,
    },
    coAuthors: filledCoAuthors(v).map((c) => ({
      fullName: c.fullName,
      email: orNull(c.email),
      phone: orNull(c.phone),
      share: parseShare(c.share),
    })),
    consents: {
      noticeVersion: v.noticeVersion,
      processData: v.consents.processData,
      showName: v.consents.showName,
      publishContent: v.consents.publishContent,
      allowPilot: v.consents.allowPilot,
      allowScale: v.consents.allowScale,
      shareProgrammes: v.consents.shareProgrammes,
      guardianConsent: v.isMinor && v.consents.guardianConsent,
    },
    attachmentIds: v.attachments.map((a) => a.id),
    idempotencyKey: v.idempotencyKey,
  };
}

/**
 * Longer than any text the API accepts (its longest is 10,000 characters): a text over this is
 * refused anyway. To learn which field is too long without sending megabytes (the API's request
 * limit would answer for the whole request), such texts are checked cut to one character more.
 */
export const TEXT_CHECK_CAP = 20_000;

/** The input with every text over TEXT_CHECK_CAP cut to TEXT_CHECK_CAP + 1 characters — to check, never to store. */
export function withTextsCapped(input: SubmitIdeaInput): SubmitIdeaInput {
  const cap = <T extends string | null | undefined>(s: T): T =>
    (typeof s === 'string' && s.length > TEXT_CHECK_CAP ? s.slice(0, TEXT_CHECK_CAP + 1) : s) as T;
  return {
    ...input,
    title: cap(input.title),
    problem: cap(input.problem),
    solution: cap(input.solution),
    benefit: cap(input.benefit),
    requirements: cap(input.requirements),
    confidential: cap(input.confidential),
    origin: input.origin ? { ...input.origin, sources: cap(input.origin.sources) } : input.origin,
  };
}
