import { oneOf } from '$lib/server/forms';
import { PostsDocument, type ContentKind, type ContentStatus } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireContentReader } from '$lib/server/access';
import { CONTENT_KINDS, CONTENT_STATUSES } from '$lib/i18n';
import { mayEditContent } from '$lib/roles';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
  requireContentReader(event.locals);
  const p = event.url.searchParams;
  const query = {
    kind: oneOf<ContentKind>(p.get('loai'), CONTENT_KINDS),
    status: oneOf<ContentStatus>(p.get('trang-thai'), CONTENT_STATUSES),
    search: p.get('q')?.trim() ?? '',
    after: p.get('sau') || null,
  };
  const { posts } = await gql(event, PostsDocument, {
    kind: query.kind,
    status: query.status,
    search: query.search || null,
    first: PAGE_SIZE,
    after: query.after,
  });
  return { posts, query, mayEdit: mayEditContent(event.locals.viewer) };
};
