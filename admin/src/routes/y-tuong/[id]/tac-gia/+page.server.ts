import { IdeaAuthorsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { isHub, mayFileDataRequests } from '$lib/roles';
import { rightsActions } from './actions.server';
import type { Actions, PageServerLoad } from './$types';

/** Tác giả & quyền: the authors, their consents, the rights status and disputes. */
export const load: PageServerLoad = async (event) => {
  const { idea, privacyNotice } = await gql(event, IdeaAuthorsDocument, { id: event.params.id });
  const viewer = event.locals.viewer;
  return {
    idea: idea!,
    noticeVersion: privacyNotice?.version ?? null,
    mayManage: isHub(viewer),
    mayFileDataRequests: mayFileDataRequests(viewer),
  };
};

export const actions: Actions = rightsActions;
