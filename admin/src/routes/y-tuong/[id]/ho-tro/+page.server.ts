import {
  FollowUpUnitsDocument,
  IdeaSupportDocument,
  SupportCouncilChoicesDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { isHub } from '$lib/roles';
import { supportActions } from './actions.server';
import type { Actions, PageServerLoad } from './$types';

/** Hỗ trợ & thử nghiệm: the support plan, the pilots and the adopting units. */
export const load: PageServerLoad = async (event) => {
  const hub = isHub(event.locals.viewer);
  const [{ idea }, units] = await Promise.all([
    gql(event, IdeaSupportDocument, { id: event.params.id }),
    hub ? gql(event, FollowUpUnitsDocument) : Promise.resolve({ units: [] }),
  ]);
  const supporting = Boolean(idea?.supportPlans?.some((p) => p.status === 'ACTIVE'));
  // When support is complete the idea goes (back) to a council, which the hub names.
  const councils =
    hub && supporting
      ? (await gql(event, SupportCouncilChoicesDocument)).councils.filter((c) => c.active)
      : [];
  return { idea: idea!, units: units.units, councils, mayManage: hub };
};

export const actions: Actions = supportActions;
