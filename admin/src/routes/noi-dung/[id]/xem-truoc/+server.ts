import { error, redirect } from '@sveltejs/kit';
import { CreatePreviewLinkDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import type { RequestHandler } from './$types';

/**
 * Opens the saved version of an article on the public site through a signed link that expires
 * after two hours. The link is made when asked for, so an old tab never holds a live token.
 */
export const GET: RequestHandler = async (event) => {
  let url: string;
  try {
    ({ createPreviewLink: url } = await gql(event, CreatePreviewLinkDocument, {
      postId: event.params.id,
    }));
  } catch (err) {
    if (err instanceof ApiError) {
      error(err.code === 'NOT_FOUND' ? 404 : err.code === 'FORBIDDEN' ? 403 : 502, {
        message: err.message,
        code: err.code,
      });
    }
    throw err;
  }
  redirect(303, url);
};
