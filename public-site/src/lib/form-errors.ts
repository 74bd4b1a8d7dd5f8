/**
 * The error summary at the top of a form: every field error the API (or the page) reported, each
 * linking to its field, so keyboard and screen-reader users can go straight to what needs fixing.
 */
export interface SummaryItem {
  message: string;
  /** `#id` of the field, when the form has one for that error. */
  href: string | null;
}

/**
 * @param anchors API field key → element id; a key may end in `.*` to match numbered rows
 *   (`coAuthors.*.share` → `f-co{i}Share` with `{i}` replaced by the row number).
 */
export function errorSummary(
  fieldErrors: Record<string, string> | null | undefined,
  anchors: Record<string, string>,
): SummaryItem[] {
  return Object.entries(fieldErrors ?? {}).map(([key, message]) => {
    let id = anchors[key];
    if (!id) {
      const row = /^(.+)\.(\d+)\.(.+)$/.exec(key);
      const pattern = row ? anchors[`${row[1]}.*.${row[3]}`] : undefined;
      if (row && pattern) id = pattern.replace('{i}', row[2]!);
    }
    return { message, href: id ? `#${id}` : null };
  });
}

/**
 * Field errors in the order their fields come in the form (the anchors' order), others after:
 * errors found by the page and by the API read top to bottom like the form.
 */
export function inFormOrder(
  fieldErrors: Record<string, string>,
  anchors: Record<string, string>,
): Record<string, string> {
  const order = Object.keys(anchors);
  const rank = (key: string) => {
    const i = order.indexOf(key.replace(/\.\d+\./, '.*.'));
    return i < 0 ? order.length : i;
  };
  const keys = Object.keys(fieldErrors);
  keys.sort((a, b) => rank(a) - rank(b) || keys.indexOf(a) - keys.indexOf(b));
  return Object.fromEntries(keys.map((k) => [k, fieldErrors[k]!]));
}

/** Where each error of the submit form points (TextField ids are `f-<name>`). */
export const SUBMIT_ANCHORS: Record<string, string> = {
  title: 'f-title',
  problem: 'f-problem',
  solution: 'f-solution',
  benefit: 'f-benefit',
  requirements: 'f-requirements',
  fieldIds: 'fieldIds',
  maturity: 'maturity',
  unitId: 'unitId',
  confidential: 'f-confidential',
  attachmentIds: 'files',
  'author.fullName': 'f-fullName',
  'author.email': 'f-email',
  'author.phone': 'f-phone',
  'author.address': 'f-fullName',
  'author.share': 'f-co0Share',
  'author.isMinor': 'isMinor',
  'author.guardian': 'f-guardianName',
  'author.guardian.fullName': 'f-guardianName',
  'author.guardian.relation': 'f-guardianRelation',
  'author.guardian.email': 'f-guardianEmail',
  'author.guardian.phone': 'f-guardianPhone',
  coAuthors: 'f-co0Name',
  'coAuthors.*.fullName': 'f-co{i}Name',
  'coAuthors.*.email': 'f-co{i}Email',
  'coAuthors.*.phone': 'f-co{i}Phone',
  'coAuthors.*.share': 'f-co{i}Share',
  origin: 'origin-own',
  'origin.sources': 'f-originSources',
  'consents.processData': 'processData',
  'consents.noticeVersion': 'processData',
  'consents.guardianConsent': 'guardianConsent',
};

/** The co-author invitation form. */
export const INVITATION_ANCHORS: Record<string, string> = {
  guardian: 'f-guardianName',
  'guardian.fullName': 'f-guardianName',
  'guardian.relation': 'f-guardianRelation',
  'guardian.email': 'f-guardianEmail',
  'guardian.phone': 'f-guardianPhone',
  'consents.processData': 'processData',
  'consents.noticeVersion': 'processData',
  'consents.guardianConsent': 'guardianConsent',
};

/** The dispute forms (public idea page and tracking page). */
export const DISPUTE_ANCHORS: Record<string, string> = {
  claimantName: 'f-claimantName',
  claimantContact: 'f-claimantContact',
  statement: 'f-statement',
  evidenceIds: 'evidence',
};
