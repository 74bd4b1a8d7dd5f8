import { fail } from '@sveltejs/kit';
import { AnswerCoAuthorInvitationDocument, CoAuthorInvitationDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { readConsentChoices } from '$lib/consents';
import type { Actions, PageServerLoad } from './$types';

/** The one-time code from the link; it is a secret, so it is never logged or put anywhere else. */
function codeOf(raw: unknown): string {
  return String(raw ?? '').trim();
}

export const load: PageServerLoad = async (event) => {
  const code = codeOf(event.url.searchParams.get('ma'));
  if (!code) return { code, invitation: null };
  try {
    const { coAuthorInvitation } = await gql(event, CoAuthorInvitationDocument, { code });
    return { code, invitation: coAuthorInvitation };
  } catch (err) {
    // Used, declined, expired or never issued: the page explains what to do instead.
    if (err instanceof ApiError && err.code === 'NOT_FOUND') return { code, invitation: null };
    throw err;
  }
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const code = codeOf(data.get('code'));
    const accept = data.get('answer') !== 'decline';
    const consents = readConsentChoices(data);
    const isMinor = data.get('isMinor') === 'on';
    const text = (name: string) => String(data.get(name) ?? '');
    const guardian = {
      fullName: text('guardianName'),
      relation: text('guardianRelation'),
      email: text('guardianEmail'),
      phone: text('guardianPhone'),
    };
    const values = { consents, isMinor, guardian };
    const orNull = (s: string) => (s.trim() ? s : null);
    try {
      const { answerCoAuthorInvitation } = await gql(event, AnswerCoAuthorInvitationDocument, {
        code,
        input: accept
          ? {
              accept: true,
              consents: {
                noticeVersion: Number(text('noticeVersion')) || 0,
                processData: consents.processData,
                showName: consents.showName,
                publishContent: consents.publishContent,
                allowPilot: consents.allowPilot,
                allowScale: consents.allowScale,
                guardianConsent: isMinor && consents.guardianConsent,
              },
              isMinor,
              guardian: isMinor
                ? {
                    fullName: guardian.fullName,
                    relation: guardian.relation,
                    email: orNull(guardian.email),
                    phone: orNull(guardian.phone),
                  }
                : null,
            }
          : { accept: false },
      });
      return { answered: answerCoAuthorInvitation };
    } catch (err) {
      if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
        return fail(400, { values, message: err.message, fieldErrors: err.fieldErrors });
      if (err instanceof ApiError && err.code === 'NOT_FOUND')
        return fail(404, { values, gone: true, message: err.message });
      throw err;
    }
  },
};
