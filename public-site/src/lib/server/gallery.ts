import { error, type RequestEvent } from '@sveltejs/kit';
import { IdeaFiltersDocument, PublicIdeasDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { galleryWhere, readGalleryQuery, yearOptions } from '$lib/gallery';

/** The data of both galleries: all published ideas (/y-tuong) and honoured ones (/vinh-danh). */
export async function loadGallery(event: RequestEvent, honouredPage: boolean) {
  const query = readGalleryQuery(event.url.searchParams, honouredPage);
  try {
    // Both at once; a failure of either is this page's error (never a promise left to reject
    // unobserved, which would end the server process).
    const [list, f] = await Promise.all([
      gql(event, PublicIdeasDocument, {
        where: galleryWhere(query),
        after: query.after,
        orderBy: honouredPage
          ? { field: 'HONOURED_AT', direction: 'DESC' }
          : { field: 'PUBLISHED_AT', direction: 'DESC' },
      }),
      gql(event, IdeaFiltersDocument),
    ]);
    return {
      filters: f,
      years: yearOptions(f.currentCampaign?.startsOn, new Date(f.serverTime)),
      list,
      query,
      honouredPage,
    };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
      error(400, { message: err.message, code: err.code });
    throw err;
  }
}
