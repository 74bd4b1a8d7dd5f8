import { fail } from '@sveltejs/kit';
import {
  DeclareOriginDocument,
  FileDataRequestDocument,
  RaiseDisputeAsAuthorDocument,
  RequestTrackingCodesDocument,
  ReplyToIdeaDocument,
  SetMyConsentDocument,
  SupplementIdeaDocument,
  TrackIdeaByTokenDocument,
  TrackIdeaDocument,
  WithdrawIdeaDocument,
} from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import {
  forgetAuthor,
  isKiosk,
  KIOSK_IDLE_SECONDS,
  KIOSK_MINUTES,
  rememberAuthor,
  SESSION_MINUTES,
  TRACK_COOKIE,
} from '$lib/server/tracking';
import { CONSENT_KINDS } from '$lib/consents';
import { readDataRequest } from '$lib/data-request';
import { translator } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const COOKIE = TRACK_COOKIE;

function handle(err: unknown, extra: Record<string, unknown> = {}) {
  if (
    err instanceof ApiError &&
    [
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'INVALID_TRANSITION',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'CONFLICT',
      'RIGHTS_NOT_CLEARED',
      'RATE_LIMITED',
    ].includes(err.code)
  ) {
    return fail(err.code === 'NOT_FOUND' ? 404 : err.code === 'RATE_LIMITED' ? 429 : 400, {
      ...extra,
      message: err.message,
      fieldErrors: err.fieldErrors,
    });
  }
  throw err;
}

export const load: PageServerLoad = async (event) => {
  const kiosk = isKiosk(event.cookies);
  const session = {
    kiosk,
    minutes: kiosk ? KIOSK_MINUTES : SESSION_MINUTES,
    idleSeconds: kiosk ? KIOSK_IDLE_SECONDS : null,
  };
  const code = event.url.searchParams.get('ma') ?? '';
  // On a shared device, a page opened afresh (not the answer to the author's own action, nor the
  // page refreshing itself after one) is the next person's: the previous author is forgotten.
  if (kiosk && event.request.method === 'GET' && !event.isDataRequest) {
    forgetAuthor(event.cookies);
    return { code, tracking: null, session };
  }
  const token = event.cookies.get(COOKIE);
  let tracking = null;
  if (token) {
    try {
      tracking = (await gql(event, TrackIdeaByTokenDocument, { token })).trackIdeaByToken;
      // Each page shown renews the session: it ends after the minutes without any.
      rememberAuthor(event.cookies, token, event.url.protocol === 'https:');
    } catch (err) {
      // An expired token, or one naming nothing in this commune (tracked on another commune's
      // site at the same address, or the author since erased): forget it and show the form.
      if (!(err instanceof ApiError) || !['UNAUTHENTICATED', 'NOT_FOUND'].includes(err.code))
        throw err;
      forgetAuthor(event.cookies);
    }
  }
  return { code, tracking, session };
};

// The contact is personal data: it travels in a POST body, never in the address bar.
export const actions: Actions = {
  track: async (event) => {
    const data = await event.request.formData();
    const code = String(data.get('code') ?? '').trim();
    const contact = String(data.get('contact') ?? '').trim();
    try {
      const { trackIdea } = await gql(event, TrackIdeaDocument, { code, contact });
      rememberAuthor(event.cookies, trackIdea.token, event.url.protocol === 'https:');
      return { tracked: true };
    } catch (err) {
      return handle(err, { code, contact });
    }
  },
  reply: async (event) => {
    const body = String((await event.request.formData()).get('body') ?? '');
    try {
      await gql(event, ReplyToIdeaDocument, { token: event.cookies.get(COOKIE) ?? '', body });
      return { done: 'reply' };
    } catch (err) {
      return handle(err, { replyBody: body });
    }
  },
  supplement: async (event) => {
    const data = await event.request.formData();
    const text = (n: string) => {
      const v = String(data.get(n) ?? '');
      return v.trim() ? v : null;
    };
    const attachmentIds: string[] = [];
    try {
      for (const file of data.getAll('files')) {
        if (file instanceof File && file.size > 0)
          attachmentIds.push((await upload(event, file)).id);
      }
      await gql(event, SupplementIdeaDocument, {
        token: event.cookies.get(COOKIE) ?? '',
        input: {
          title: text('title'),
          problem: text('problem'),
          solution: text('solution'),
          benefit: text('benefit'),
          requirements: text('requirements'),
          note: String(data.get('note') ?? ''),
          attachmentIds,
        },
      });
      return { done: 'supplement' };
    } catch (err) {
      return handle(err, {
        supplement: Object.fromEntries(
          [...data.entries()].filter(([, v]) => typeof v === 'string'),
        ),
      });
    }
  },
  withdraw: async (event) => {
    const reason = String((await event.request.formData()).get('reason') ?? '');
    try {
      await gql(event, WithdrawIdeaDocument, {
        token: event.cookies.get(COOKIE) ?? '',
        reason: reason || null,
      });
      return { done: 'withdraw' };
    } catch (err) {
      return handle(err);
    }
  },
  consent: async (event) => {
    const data = await event.request.formData();
    const kind = CONSENT_KINDS.find((k) => k === data.get('kind'));
    const given = data.get('given') === 'true';
    if (!kind) return fail(400, { scope: 'consent', message: 'Loại đồng ý không hợp lệ.' });
    try {
      const { setMyConsent } = await gql(event, SetMyConsentDocument, {
        token: event.cookies.get(COOKIE) ?? '',
        kind,
        given,
        guardianConsent: given && data.get('guardianConsent') === 'on',
      });
      return {
        done: 'consent',
        consent: {
          kind,
          given,
          hidden: kind === 'PUBLISH_CONTENT' && !given && !setMyConsent.publiclyVisible,
        },
      };
    } catch (err) {
      return handle(err, { scope: 'consent' });
    }
  },
  origin: async (event) => {
    const data = await event.request.formData();
    const origin = String(data.get('origin') ?? '');
    const sources = String(data.get('originSources') ?? '');
    if (origin !== 'own' && origin !== 'sources') {
      return fail(400, {
        scope: 'origin',
        origin: { origin, sources },
        message: translator(event.locals.lang)('submit.originRequired'),
        fieldErrors: { origin: translator(event.locals.lang)('submit.originRequired') },
      });
    }
    try {
      await gql(event, DeclareOriginDocument, {
        token: event.cookies.get(COOKIE) ?? '',
        input: { ownWork: origin === 'own', sources: sources.trim() ? sources : null },
      });
      return { done: 'origin' };
    } catch (err) {
      return handle(err, { scope: 'origin', origin: { origin, sources } });
    }
  },
  dataRequest: async (event) => {
    const data = await event.request.formData();
    const input = readDataRequest(data);
    if (!input) return fail(400, { scope: 'data', message: 'Loại yêu cầu không hợp lệ.' });
    const entered = Object.fromEntries(
      [...data.entries()].filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    try {
      await gql(event, FileDataRequestDocument, { token: event.cookies.get(COOKIE) ?? '', input });
      return { done: 'data', requestKind: input.kind };
    } catch (err) {
      return handle(err, { scope: `data:${input.kind}`, request: entered });
    }
  },
  dispute: async (event) => {
    const data = await event.request.formData();
    const statement = String(data.get('statement') ?? '');
    const evidenceIds: string[] = [];
    for (const file of data.getAll('files')) {
      if (!(file instanceof File) || file.size === 0) continue;
      try {
        evidenceIds.push((await upload(event, file)).id);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        return fail(400, {
          scope: 'dispute',
          statement,
          message: err.message,
          fieldErrors: { evidenceIds: err.message },
        });
      }
    }
    try {
      await gql(event, RaiseDisputeAsAuthorDocument, {
        token: event.cookies.get(COOKIE) ?? '',
        statement,
        evidenceIds,
      });
      return { done: 'dispute' };
    } catch (err) {
      return handle(err, { scope: 'dispute', statement });
    }
  },
  forget: async ({ cookies }) => {
    forgetAuthor(cookies);
    return { forgotten: true };
  },
  // "Quên mã tra cứu?": the API sends the codes to the contact itself and answers the same way
  // whether or not it knows the contact.
  remind: async (event) => {
    const contact = String((await event.request.formData()).get('remindContact') ?? '').trim();
    try {
      await gql(event, RequestTrackingCodesDocument, { contact });
      return { reminded: true, remindContact: contact };
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.contact)
        return fail(400, {
          scope: 'remind',
          remindContact: contact,
          message: err.fieldErrors.contact,
          fieldErrors: { remindContact: err.fieldErrors.contact },
        });
      return handle(err, { scope: 'remind', remindContact: contact });
    }
  },
};
