import { json } from '@sveltejs/kit';
import { MediaAssetsDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { maySeeContent } from '$lib/roles';
import { toMediaChoice } from '$lib/content';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

/** Images of the library for the pickers of the editor, banners and featured items (JSON). */
export const GET: RequestHandler = async (event) => {
  if (!maySeeContent(event.locals.viewer)) {
    return json({ message: t('server.media.forbidden') }, { status: 403 });
  }
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  try {
    const { mediaAssets } = await gql(event, MediaAssetsDocument, {
      search: q || null,
      kind: 'IMAGE',
      first: 24,
      after: event.url.searchParams.get('sau') || null,
    });
    return json({
      items: mediaAssets.nodes.map(toMediaChoice),
      next: mediaAssets.pageInfo.hasNextPage ? mediaAssets.pageInfo.endCursor : null,
    });
  } catch (err) {
    if (err instanceof ApiError) return json({ message: err.message }, { status: 400 });
    throw err;
  }
};
