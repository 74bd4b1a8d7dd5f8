import { json } from '@sveltejs/kit';
import { CleanPastedHtmlDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { mayEditContent } from '$lib/roles';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

/** Largest clipboard accepted (a long Word document pasted whole is well under this). */
const MAX_HTML = 500_000;

/**
 * The editor posts HTML pasted from Word or the web here; the API cleans it with its allowlist
 * (no scripts, event attributes, styles or Word markup; Word's fake lists become real lists) and
 * returns the editor document to insert.
 */
export const POST: RequestHandler = async (event) => {
  if (!mayEditContent(event.locals.viewer)) {
    return json({ message: t('server.post.noEdit') }, { status: 403 });
  }
  const body = (await event.request.json().catch(() => null)) as { html?: unknown } | null;
  const html = typeof body?.html === 'string' ? body.html : '';
  if (!html || html.length > MAX_HTML) {
    return json({ message: t('server.post.badPaste') }, { status: 400 });
  }
  try {
    const { cleanPastedHtml } = await gql(event, CleanPastedHtmlDocument, { html });
    return json({ doc: cleanPastedHtml.doc });
  } catch (err) {
    if (err instanceof ApiError) return json({ message: err.message }, { status: 400 });
    throw err;
  }
};
