import type { CouncilQuery } from '$lib/gql/graphql';

/** One row of the members editor as typed (kept as text to put back after a refusal). */
export interface MemberRow {
  userId: string;
  role: string;
  title: string;
  external: boolean;
}

/** The council form as typed (date inputs hold yyyy-mm-dd), put back after a refusal. */
export interface CouncilValues {
  name: string;
  decisionNumber: string;
  decisionDate: string;
  signer: string;
  decisionDocumentId: string;
  decisionDocumentName: string;
  campaignId: string;
  fieldIds: string[];
  termStart: string;
  termEnd: string;
  quorum: string;
  rule: string;
  scoreThreshold: string;
  members: MemberRow[];
}

/** One account that may sit on a council; council accounts are listed first. */
export interface AccountOption {
  id: string;
  label: string;
  council: boolean;
}

type Council = NonNullable<CouncilQuery['council']>;

/** The form of a new council: the usual rule of the movement (score and 2/3 vote, 70 points). */
export function emptyCouncil(campaignId = ''): CouncilValues {
  return {
    name: '',
    decisionNumber: '',
    decisionDate: '',
    signer: '',
    decisionDocumentId: '',
    decisionDocumentName: '',
    campaignId,
    fieldIds: [],
    termStart: '',
    termEnd: '',
    quorum: '3',
    rule: 'SCORE_AND_VOTE',
    scoreThreshold: '70',
    members: [],
  };
}

/** An existing council as the form's values. */
export function councilValues(c: Council): CouncilValues {
  return {
    name: c.name,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    signer: c.signer,
    decisionDocumentId: c.decisionDocumentId ?? '',
    decisionDocumentName: c.decisionDocumentId ? 'Văn bản quyết định' : '',
    campaignId: c.campaign?.id ?? '',
    fieldIds: c.fields.map((f) => f.id),
    termStart: c.termStart,
    termEnd: c.termEnd,
    quorum: String(c.quorum),
    rule: c.rule,
    scoreThreshold: String(c.scoreThreshold),
    members: c.members.map((m) => ({
      userId: m.userId,
      role: m.role,
      title: m.title,
      external: m.external,
    })),
  };
}

/**
 * Accounts to choose members from: those with the council role first, then other staff (who get
 * the role when saved), then current members missing from both lists; each once, sorted by name.
 */
export function accountOptions(
  councilAccounts: readonly { id: string; fullName: string; unitName: string | null }[],
  staff: readonly { id: string; fullName: string; unitName: string | null }[],
  current: readonly { userId: string; fullName: string }[] = [],
): AccountOption[] {
  const collator = new Intl.Collator('vi');
  const label = (s: { fullName: string; unitName: string | null }) =>
    s.unitName ? `${s.fullName} (${s.unitName})` : s.fullName;
  const seen = new Set<string>();
  const out: AccountOption[] = [];
  for (const a of councilAccounts) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    out.push({ id: a.id, label: label(a), council: true });
  }
  for (const m of current) {
    if (seen.has(m.userId) || staff.some((s) => s.id === m.userId)) continue;
    seen.add(m.userId);
    out.push({ id: m.userId, label: m.fullName, council: true });
  }
  for (const s of staff) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push({ id: s.id, label: label(s), council: false });
  }
  return out.sort(
    (a, b) => Number(b.council) - Number(a.council) || collator.compare(a.label, b.label),
  );
}

/** "01/07/2026" from the API's "2026-07-01" (calendar dates have no time zone). */
export function formatIsoDay(day: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/**
 * The active councils whose scope covers an idea (same campaign or none, and a shared field or no
 * field limit), as the API picks one when none is named.
 */
export function fittingCouncils<
  C extends { active: boolean; campaign: { id: string } | null; fields: { id: string }[] },
>(councils: readonly C[], idea: { campaignId: string | null; fieldIds: readonly string[] }): C[] {
  return councils.filter(
    (c) =>
      c.active &&
      (!c.campaign || c.campaign.id === idea.campaignId) &&
      (c.fields.length === 0 || c.fields.some((f) => idea.fieldIds.includes(f.id))),
  );
}
