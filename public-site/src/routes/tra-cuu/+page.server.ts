import { fail, type Cookies } from '@sveltejs/kit';
import {
  ReplyToIdeaDocument,
  SupplementIdeaDocument,
  TrackIdeaByTokenDocument,
  TrackIdeaDocument,
  WithdrawIdeaDocument,
} from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

/** After the author proves who they are, a short-lived signed token (httpOnly) stands in for the contact. */
const COOKIE = 'kn_track';

function remember(cookies: Cookies, token: string, secure: boolean) {
  cookies.set(COOKIE, token, {
    path: '/tra-cuu',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 4 * 3600,
  });
}

function handle(err: unknown, extra: Record<string, unknown> = {}) {
  if (
    err instanceof ApiError &&
    ['BAD_USER_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION', 'UNAUTHENTICATED'].includes(err.code)
  ) {
    return fail(err.code === 'NOT_FOUND' ? 404 : 400, {
      ...extra,
      message: err.message,
      fieldErrors: err.fieldErrors,
    });
  }
  throw err;
}

export const load: PageServerLoad = async (event) => {
  const token = event.cookies.get(COOKIE);
  let tracking = null;
  if (token) {
    try {
      tracking = (await gql(event, TrackIdeaByTokenDocument, { token })).trackIdeaByToken;
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'UNAUTHENTICATED') throw err;
      event.cookies.delete(COOKIE, { path: '/tra-cuu' });
    }
  }
  return { code: event.url.searchParams.get('ma') ?? '', tracking };
};

// The contact is personal data: it travels in a POST body, never in the address bar.
export const actions: Actions = {
  track: async (event) => {
    const data = await event.request.formData();
    const code = String(data.get('code') ?? '').trim();
    const contact = String(data.get('contact') ?? '').trim();
    try {
      const { trackIdea } = await gql(event, TrackIdeaDocument, { code, contact });
      remember(event.cookies, trackIdea.token, event.url.protocol === 'https:');
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
  forget: async ({ cookies }) => {
    cookies.delete(COOKIE, { path: '/tra-cuu' });
    return { forgotten: true };
  },
};
