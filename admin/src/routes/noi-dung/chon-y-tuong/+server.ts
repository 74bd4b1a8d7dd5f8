import { json } from '@sveltejs/kit';
import { PublicIdeaChoicesDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { maySeeContent } from '$lib/roles';
import type { IdeaChoice } from '$lib/content';
import type { RequestHandler } from './$types';
import { t } from '$lib/messages';

/** Publicly shown ideas, for embedding in an article or featuring on the home page (JSON). */
export const GET: RequestHandler = async (event) => {
  if (!maySeeContent(event.locals.viewer)) {
    return json({ message: t('server.post.noContent') }, { status: 403 });
  }
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  try {
    const { ideas } = await gql(event, PublicIdeaChoicesDocument, { search: q || null, first: 20 });
    const items: IdeaChoice[] = ideas.nodes.map((i) => ({
      id: i.id,
      title: i.title,
      trackingCode: i.trackingCode ?? null,
    }));
    return json({ items });
  } catch (err) {
    if (err instanceof ApiError) return json({ message: err.message }, { status: 400 });
    throw err;
  }
};
