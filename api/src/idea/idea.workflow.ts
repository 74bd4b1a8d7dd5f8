import { IdeaStatus as S } from './idea.enums.js';

/**
 * The state machine of PRODUCT.md §3: from each status, the statuses it may move to. Withdrawal by
 * the author is allowed from every open status.
 */
export const TRANSITIONS: Record<S, readonly S[]> = {
  [S.SUBMITTED]: [
    S.NEEDS_INFO,
    S.DUPLICATE,
    S.OUT_OF_SCOPE,
    S.NOT_ELIGIBLE,
    S.ACCEPTED,
    S.WITHDRAWN,
  ],
  [S.NEEDS_INFO]: [S.SUBMITTED, S.WITHDRAWN],
  [S.DUPLICATE]: [],
  [S.OUT_OF_SCOPE]: [],
  [S.NOT_ELIGIBLE]: [],
  [S.ACCEPTED]: [S.IN_SUPPORT, S.UNDER_REVIEW, S.ARCHIVED, S.WITHDRAWN],
  [S.IN_SUPPORT]: [S.UNDER_REVIEW, S.WITHDRAWN],
  [S.UNDER_REVIEW]: [S.RECOMMENDED, S.IN_SUPPORT, S.ARCHIVED, S.WITHDRAWN],
  [S.RECOMMENDED]: [S.PILOTING, S.WITHDRAWN],
  // A pilot whose report recommends stopping archives the idea for monitoring.
  [S.PILOTING]: [S.APPLIED, S.ARCHIVED, S.WITHDRAWN],
  [S.APPLIED]: [S.SCALED],
  [S.SCALED]: [],
  [S.ARCHIVED]: [],
  [S.WITHDRAWN]: [],
};

export function canTransition(from: S, to: S): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The usual path from SUBMITTED to a status (used to build demo histories). */
export function typicalPath(target: S): S[] {
  const paths: Partial<Record<S, S[]>> = {
    [S.SUBMITTED]: [],
    [S.NEEDS_INFO]: [S.NEEDS_INFO],
    [S.DUPLICATE]: [S.DUPLICATE],
    [S.OUT_OF_SCOPE]: [S.OUT_OF_SCOPE],
    [S.NOT_ELIGIBLE]: [S.NOT_ELIGIBLE],
    [S.ACCEPTED]: [S.ACCEPTED],
    [S.IN_SUPPORT]: [S.ACCEPTED, S.IN_SUPPORT],
    [S.UNDER_REVIEW]: [S.ACCEPTED, S.UNDER_REVIEW],
    [S.RECOMMENDED]: [S.ACCEPTED, S.UNDER_REVIEW, S.RECOMMENDED],
    [S.PILOTING]: [S.ACCEPTED, S.UNDER_REVIEW, S.RECOMMENDED, S.PILOTING],
    [S.APPLIED]: [S.ACCEPTED, S.UNDER_REVIEW, S.RECOMMENDED, S.PILOTING, S.APPLIED],
    [S.SCALED]: [S.ACCEPTED, S.UNDER_REVIEW, S.RECOMMENDED, S.PILOTING, S.APPLIED, S.SCALED],
    [S.ARCHIVED]: [S.ACCEPTED, S.UNDER_REVIEW, S.ARCHIVED],
    [S.WITHDRAWN]: [S.WITHDRAWN],
  };
  return paths[target] ?? [];
}
