import { oneOf } from '$lib/server/forms';
import { PostsDocument, type ContentKind, type ContentStatus } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requirePostReader } from '$lib/server/access';
import { CONTENT_KINDS, CONTENT_STATUSES } from '$lib/i18n';
import { mayDraftUnitNews, mayEditContent } from '$lib/roles';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
  requirePostReader(event.locals);
  const p = event.url.searchParams;
  const query = {
    kind: oneOf<ContentKind>(p.get('loai'), CONTENT_KINDS),
    status: oneOf<ContentStatus>(p.get('trang-thai'), CONTENT_STATUSES),
    search: p.get('q')?.trim() ?? '',
    after: p.get('sau') || null,
    awaitingReview: p.get('cho-duyet') === '1',
  };
  const { posts } = await gql(event, PostsDocument, {
    kind: query.kind,
    status: query.status,
    search: query.search || null,
    first: PAGE_SIZE,
    after: query.after,
    awaitingReview: query.awaitingReview || null,
  });
  return {
    posts,
    query,
    mayEdit: mayEditContent(event.locals.viewer) || mayDraftUnitNews(event.locals.viewer),
    editor: mayEditContent(event.locals.viewer),
  };
};
