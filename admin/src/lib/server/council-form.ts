import type { RequestEvent } from '@sveltejs/kit';
import type { ConclusionRule, CouncilInput, CouncilRole } from '$lib/gql/graphql';
import { CONCLUSION_RULES, COUNCIL_ROLES } from '$lib/i18n';
import type { CouncilValues, MemberRow } from '$lib/council';
import { parseDate } from '$lib/dates';
import { ApiError, upload } from './graphql';
import { filesOf, textOf, textsOf } from './forms';
import { t } from '$lib/messages';

const ROW = /^members\.(\d+)\.userId$/;

/** The member rows in the order shown, without the empty ones. */
function memberRows(data: FormData): MemberRow[] {
  const indexes = [...data.keys()]
    .map((k) => ROW.exec(k)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  return [...new Set(indexes)]
    .map((i) => ({
      userId: textOf(data, `members.${i}.userId`),
      role: textOf(data, `members.${i}.role`),
      title: textOf(data, `members.${i}.title`),
      external: data.get(`members.${i}.external`) === 'on',
    }))
    .filter((m) => m.userId || m.title);
}

/** A date input's value as the API wants it (YYYY-MM-DD), or null. */
function isoDate(text: string): string | null {
  const d = parseDate(text);
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * Reads the council form: uploads a newly chosen decision document, checks what the API cannot
 * read (dates, numbers), and builds the input. Field errors use the API's paths.
 */
export async function readCouncilForm(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  data: FormData,
): Promise<{ values: CouncilValues; input: CouncilInput | null; errors: Record<string, string> }> {
  const values: CouncilValues = {
    name: textOf(data, 'name'),
    decisionNumber: textOf(data, 'decisionNumber'),
    decisionDate: textOf(data, 'decisionDate'),
    signer: textOf(data, 'signer'),
    decisionDocumentId: textOf(data, 'decisionDocumentId'),
    decisionDocumentName: textOf(data, 'decisionDocumentName'),
    campaignId: textOf(data, 'campaignId'),
    fieldIds: textsOf(data, 'fieldIds'),
    termStart: textOf(data, 'termStart'),
    termEnd: textOf(data, 'termEnd'),
    quorum: textOf(data, 'quorum'),
    rule: textOf(data, 'rule'),
    scoreThreshold: textOf(data, 'scoreThreshold'),
    members: memberRows(data),
  };
  const errors: Record<string, string> = {};
  const [file] = filesOf(data, 'decisionFile');
  if (file) {
    try {
      const up = await upload(event, file, 'DECISION');
      values.decisionDocumentId = up.id;
      values.decisionDocumentName = up.fileName;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      errors.decisionDocumentId = err.message;
    }
  }
  if (data.get('removeDecision') === 'on' && !file) {
    values.decisionDocumentId = '';
    values.decisionDocumentName = '';
  }
  const dates = {
    decisionDate: isoDate(values.decisionDate),
    termStart: isoDate(values.termStart),
    termEnd: isoDate(values.termEnd),
  };
  for (const [k, v] of Object.entries(dates)) {
    if (!v) errors[k] = t('server.form.invalidDate');
  }
  const quorum = Number(values.quorum);
  if (!values.quorum || !Number.isInteger(quorum)) errors.quorum = t('server.council.quorum');
  const threshold = Number((values.scoreThreshold || '70').replace(',', '.'));
  if (!Number.isFinite(threshold)) errors.scoreThreshold = t('server.council.threshold');
  const rule = CONCLUSION_RULES.includes(values.rule as ConclusionRule)
    ? (values.rule as ConclusionRule)
    : null;
  if (!rule) errors.rule = t('server.council.rule');
  values.members.forEach((m, i) => {
    if (!m.userId) errors[`members.${i}.userId`] = t('server.council.memberAccount');
    if (!COUNCIL_ROLES.includes(m.role as CouncilRole))
      errors[`members.${i}.role`] = t('server.council.memberRole');
  });
  if (Object.keys(errors).length || !rule) return { values, input: null, errors };
  return {
    values,
    errors,
    input: {
      name: values.name,
      decisionNumber: values.decisionNumber,
      decisionDate: dates.decisionDate!,
      signer: values.signer,
      decisionDocumentId: values.decisionDocumentId || null,
      campaignId: values.campaignId || null,
      fieldIds: values.fieldIds,
      termStart: dates.termStart!,
      termEnd: dates.termEnd!,
      quorum,
      rule,
      scoreThreshold: threshold,
      members: values.members.map((m) => ({
        userId: m.userId,
        role: m.role as CouncilRole,
        title: m.title,
        external: m.external,
      })),
    },
  };
}
