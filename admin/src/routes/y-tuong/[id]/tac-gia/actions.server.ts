/**
 * Authors' rights (§III.6): co-authors, contribution shares, consents and confirmations signed on
 * paper, the origin declaration, the rights status and disputes. Spread into the Tác giả & quyền
 * tab's actions; the API decides who may do what and says why not. Field errors keep the API's
 * paths ("shares", "coAuthor.email", "guardian.fullName"…).
 */
import type { RequestEvent } from '@sveltejs/kit';
import {
  AddCoAuthorDocument,
  ConfirmCoAuthorInPersonDocument,
  RecordConsentInPersonDocument,
  RecordOriginDocument,
  ResendCoAuthorInvitationDocument,
  SetAuthorSharesDocument,
  SetRightsStatusDocument,
  type AuthorShareInput,
  type ConsentGiver,
  type ConsentKind,
  type PersonKind,
  type RightsStatus,
} from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import { apiFailure, filesOf, localFailure, textOf, oneOf } from '$lib/server/forms';
import { resolveDisputeAction } from '$lib/server/disputes';
import type { IdeaEvent } from '$lib/server/idea-forms';
import { PERSON_KINDS, RIGHTS_CONSENTS, RIGHTS_STATUS, RIGHTS_STATUSES } from '$lib/i18n';
import { parseShare } from '$lib/rights';
import { t } from '$lib/messages';

/** The shares typed for the authors already on the idea (`share.<authorId>` fields). */
function readShares(data: FormData): {
  values: Record<string, string>;
  shares: AuthorShareInput[];
  errors: Record<string, string>;
} {
  const values: Record<string, string> = {};
  const shares: AuthorShareInput[] = [];
  const errors: Record<string, string> = {};
  for (const [key, raw] of data.entries()) {
    if (!key.startsWith('share.') || typeof raw !== 'string') continue;
    const authorId = key.slice('share.'.length);
    values[key] = raw.trim();
    const share = parseShare(raw);
    if (share === null) errors[`shares.${authorId}`] = t('server.rights.share100');
    else shares.push({ authorId, share });
  }
  return { values, shares, errors };
}

/** Uploads one chosen file; an unreadable one becomes the error of `field`. */
async function uploaded(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  file: File | undefined,
  kind: 'PAPER_FORM' | 'EVIDENCE',
  field: string,
  errors: Record<string, string>,
): Promise<string | null> {
  if (!file) return null;
  try {
    return (await upload(event, file, kind)).id;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    errors[field] = err.message;
    return null;
  }
}

export const rightsActions = {
  /** The hub changes the contribution shares (they must add up to 100 %, with a reason). */
  setShares: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const { values, shares, errors } = readShares(data);
    const reason = textOf(data, 'reason');
    const kept = { ...values, reason };
    if (Object.keys(errors).length) return localFailure('shares', errors, kept);
    try {
      await gql(event, SetAuthorSharesDocument, { ideaId: event.params.id, shares, reason });
      return { form: 'shares', message: t('server.rights.sharesSaved') };
    } catch (err) {
      return apiFailure(err, 'shares', kept, event.url.pathname);
    }
  },

  /** The hub adds a co-author, who is invited to confirm; the shares are rebalanced at once. */
  addCoAuthor: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const { values, shares, errors } = readShares(data);
    const kept = {
      ...values,
      'coAuthor.fullName': textOf(data, 'coAuthor.fullName'),
      'coAuthor.kind': textOf(data, 'coAuthor.kind'),
      'coAuthor.email': textOf(data, 'coAuthor.email'),
      'coAuthor.phone': textOf(data, 'coAuthor.phone'),
      'coAuthor.share': textOf(data, 'coAuthor.share'),
    };
    const share = parseShare(kept['coAuthor.share']);
    if (share === null) errors['coAuthor.share'] = t('server.rights.share99');
    const kind = oneOf<PersonKind>(kept['coAuthor.kind'], PERSON_KINDS) ?? 'INDIVIDUAL';
    if (Object.keys(errors).length) return localFailure('coAuthor', errors, kept);
    try {
      await gql(event, AddCoAuthorDocument, {
        ideaId: event.params.id,
        coAuthor: {
          fullName: kept['coAuthor.fullName'],
          kind,
          email: kept['coAuthor.email'] || null,
          phone: kept['coAuthor.phone'] || null,
          share: share!,
        },
        shares,
      });
      return {
        form: 'coAuthor',
        message:
          kept['coAuthor.email'] || kept['coAuthor.phone']
            ? t('server.rights.coAuthorInvited', { name: kept['coAuthor.fullName'] ?? '' })
            : t('server.rights.coAuthorAdded', { name: kept['coAuthor.fullName'] ?? '' }),
      };
    } catch (err) {
      return apiFailure(err, 'coAuthor', kept, event.url.pathname);
    }
  },

  /** A new one-time link for a co-author who lost theirs. */
  resendInvitation: async (event: IdeaEvent) => {
    const authorId = textOf(await event.request.formData(), 'authorId');
    try {
      await gql(event, ResendCoAuthorInvitationDocument, { authorId });
      return {
        form: 'resendInvite',
        message: t('server.rights.inviteResent'),
        values: { authorId },
      };
    } catch (err) {
      return apiFailure(err, 'resendInvite', { authorId }, event.url.pathname);
    }
  },

  /** A co-author who came in person confirms (with their consents) or declines, on paper. */
  confirmInPerson: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const on = (name: string) => data.get(name) === 'on';
    const values = {
      authorId: textOf(data, 'authorId'),
      answer: textOf(data, 'answer'),
      processData: on('processData'),
      showName: on('showName'),
      publishContent: on('publishContent'),
      allowPilot: on('allowPilot'),
      allowScale: on('allowScale'),
      shareProgrammes: on('shareProgrammes'),
      isMinor: on('isMinor'),
      guardianConsent: on('guardianConsent'),
      'guardian.fullName': textOf(data, 'guardian.fullName'),
      'guardian.relation': textOf(data, 'guardian.relation'),
      'guardian.email': textOf(data, 'guardian.email'),
      'guardian.phone': textOf(data, 'guardian.phone'),
    };
    const errors: Record<string, string> = {};
    if (values.answer !== 'accept' && values.answer !== 'decline')
      errors.answer = t('server.rights.answer');
    const accept = values.answer === 'accept';
    const [file] = filesOf(data, 'paperForm');
    const paperFormId = await uploaded(event, file, 'PAPER_FORM', 'paperFormId', errors);
    if (Object.keys(errors).length) return localFailure('inPerson', errors, values);
    try {
      await gql(event, ConfirmCoAuthorInPersonDocument, {
        authorId: values.authorId,
        input: {
          accept,
          paperFormId,
          isMinor: accept && values.isMinor,
          consents: accept
            ? {
                noticeVersion: Number(textOf(data, 'noticeVersion')) || 0,
                processData: values.processData,
                showName: values.showName,
                publishContent: values.publishContent,
                allowPilot: values.allowPilot,
                allowScale: values.allowScale,
                shareProgrammes: values.shareProgrammes,
                guardianConsent: values.isMinor && values.guardianConsent,
              }
            : null,
          guardian:
            accept && values.isMinor
              ? {
                  fullName: values['guardian.fullName'],
                  relation: values['guardian.relation'],
                  email: values['guardian.email'] || null,
                  phone: values['guardian.phone'] || null,
                }
              : null,
        },
      });
      return {
        form: 'inPerson',
        message: accept
          ? t('server.rights.confirmedInPerson')
          : t('server.rights.declinedInPerson'),
        values: { authorId: values.authorId },
      };
    } catch (err) {
      return apiFailure(err, 'inPerson', values, event.url.pathname);
    }
  },

  /** A consent given (with the signed form) or withdrawn on paper at a reception point. */
  recordConsent: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = {
      authorId: textOf(data, 'authorId'),
      kind: textOf(data, 'kind'),
      given: textOf(data, 'given'),
      givenBy: textOf(data, 'givenBy'),
    };
    const errors: Record<string, string> = {};
    const kind = oneOf<ConsentKind>(values.kind, RIGHTS_CONSENTS);
    if (!kind) errors.kind = t('server.rights.consentKind');
    if (values.given !== 'true' && values.given !== 'false')
      errors.given = t('server.rights.consentGiven');
    const givenBy = oneOf<ConsentGiver>(values.givenBy, ['SELF', 'GUARDIAN']) ?? 'SELF';
    const [file] = filesOf(data, 'paperForm');
    const paperFormId = await uploaded(event, file, 'PAPER_FORM', 'paperFormId', errors);
    if (values.given === 'true' && !file && !errors.paperFormId)
      errors.paperFormId = t('server.rights.consentScan');
    if (Object.keys(errors).length) return localFailure('consent', errors, values);
    try {
      await gql(event, RecordConsentInPersonDocument, {
        input: {
          authorId: values.authorId,
          kind: kind!,
          given: values.given === 'true',
          givenBy,
          paperFormId,
        },
      });
      return {
        form: 'consent',
        message:
          values.given === 'true'
            ? t('server.rights.consentRecorded')
            : t('server.rights.consentWithdrawn'),
        values: { authorId: values.authorId },
      };
    } catch (err) {
      return apiFailure(err, 'consent', values, event.url.pathname);
    }
  },

  /** The origin declaration the lead author signed on paper. */
  recordOrigin: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = { ownWork: textOf(data, 'ownWork'), sources: textOf(data, 'sources') };
    if (values.ownWork !== 'true' && values.ownWork !== 'false')
      return localFailure('origin', { ownWork: t('server.rights.originChoice') }, values);
    try {
      await gql(event, RecordOriginDocument, {
        ideaId: event.params.id,
        input: { ownWork: values.ownWork === 'true', sources: values.sources || null },
      });
      return { form: 'origin', message: t('server.rights.originRecorded') };
    } catch (err) {
      return apiFailure(err, 'origin', values, event.url.pathname);
    }
  },

  /** The hub sets the rights status with its reason and evidence. */
  rightsStatus: async (event: IdeaEvent) => {
    const data = await event.request.formData();
    const values = { status: textOf(data, 'status'), reason: textOf(data, 'reason') };
    const errors: Record<string, string> = {};
    const status = oneOf<RightsStatus>(values.status, RIGHTS_STATUSES);
    if (!status) errors.status = t('server.rights.status');
    if (!values.reason) errors.reason = t('server.rights.reason');
    const evidenceIds: string[] = [];
    for (const file of filesOf(data, 'evidence')) {
      const id = await uploaded(event, file, 'EVIDENCE', 'evidenceIds', errors);
      if (id) evidenceIds.push(id);
    }
    if (Object.keys(errors).length) return localFailure('rightsStatus', errors, values);
    try {
      await gql(event, SetRightsStatusDocument, {
        input: { ideaId: event.params.id, status: status!, reason: values.reason, evidenceIds },
      });
      return {
        form: 'rightsStatus',
        message: t('server.rights.statusSet', { status: RIGHTS_STATUS[status!] }),
      };
    } catch (err) {
      return apiFailure(err, 'rightsStatus', values, event.url.pathname);
    }
  },

  resolveDispute: (event: IdeaEvent) => resolveDisputeAction(event),
};
