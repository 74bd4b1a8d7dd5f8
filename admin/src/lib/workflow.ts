import type { IdeaStatus } from '$lib/gql/graphql';

/**
 * Decisions with their own form; every other move the API allows (Idea.nextStatuses) is offered
 * as a "Chuyển: …" button. The API owns the state machine; this only decides the presentation.
 */
export const FIRST_DECISIONS: readonly IdeaStatus[] = [
  'NEEDS_INFO',
  'DUPLICATE',
  'OUT_OF_SCOPE',
  'NOT_ELIGIBLE',
  'ACCEPTED',
];

/**
 * Moves that start a process and need its data (a support plan, a pilot plan, the adopting unit):
 * each has its own form on the idea page (components/idea/*Decision.svelte).
 */
export const FOLLOW_UP_DECISIONS: readonly IdeaStatus[] = [
  'IN_SUPPORT',
  'PILOTING',
  'APPLIED',
  'SCALED',
];

/** The later moves among those allowed, offered as route buttons. */
export function routeTargets(allowed: readonly IdeaStatus[]): IdeaStatus[] {
  return allowed.filter((s) => !FIRST_DECISIONS.includes(s) && !FOLLOW_UP_DECISIONS.includes(s));
}
