import { error } from '@sveltejs/kit';
import { ContentPreviewDocument } from '$lib/gql/graphql';
import { translator } from '$lib/i18n';
import { ApiError } from '$lib/server/graphql';
import { gqlContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

/**
 * A post in any status through the signed, expiring link an editor made (`createPreviewLink`),
 * shown by the same component as its public page. Private and never indexed (hooks.server.ts).
 */
export const load: PageServerLoad = async (event) => {
  const t = translator(event.locals.lang);
  const token = event.url.searchParams.get('token') ?? '';
  if (!token) error(403, { message: t('preview.invalidText'), code: 'PREVIEW_INVALID' });
  try {
    const { contentPreview } = await gqlContent(event, ContentPreviewDocument, { token });
    if (!contentPreview) error(404, { message: t('preview.missing'), code: 'PREVIEW_MISSING' });
    return { post: contentPreview };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'FORBIDDEN') {
      const expired = err.extensions['reason'] === 'PREVIEW_EXPIRED';
      error(403, {
        message: t(expired ? 'preview.expiredText' : 'preview.invalidText'),
        code: expired ? 'PREVIEW_EXPIRED' : 'PREVIEW_INVALID',
      });
    }
    throw err;
  }
};
