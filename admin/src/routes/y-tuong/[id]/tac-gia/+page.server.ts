import { IdeaAuthorsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { isHub, mayFileDataRequests } from '$lib/roles';
import { rightsActions } from './actions.server';
import type { Actions, PageServerLoad } from './$types';

/** Tác giả & quyền: the authors, their consents, the rights status and disputes. */
export const load: PageServerLoad = async (event) => {
  const { idea, privacyNotice } = await gql(event, IdeaAuthorsDocument, { id: event.params.id });
  const roles = event.locals.viewer?.roles;
  return {
    idea: idea!,
    noticeVersion: privacyNotice?.version ?? null,
    mayManage: isHub(roles),
    mayFileDataRequests: mayFileDataRequests(roles),
  };
};

export const actions: Actions = rightsActions;
