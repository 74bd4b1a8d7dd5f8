import type { IdeaStatus } from './gql/graphql';

/** The road of an idea (PRODUCT.md §3) as the public stage timeline shows it. */
const MAIN: IdeaStatus[] = [
  'SUBMITTED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'RECOMMENDED',
  'PILOTING',
  'APPLIED',
  'SCALED',
];

export interface Stage {
  status: IdeaStatus;
  state: 'done' | 'current' | 'upcoming';
  /** When the idea reached it (ISO), if it did. */
  at: string | null;
}

/**
 * Every step of the main road, marked done, current or still ahead, with the date it was reached.
 * Support (IN_SUPPORT) appears only if the idea went through it; an idea that ended elsewhere
 * (archived…) ends its road there.
 */
export function stageTimeline(
  status: IdeaStatus,
  receivedAt: string,
  history: { at: string; toStatus: IdeaStatus | null }[],
): Stage[] {
  const reached = new Map<IdeaStatus, string>([['SUBMITTED', receivedAt]]);
  for (const h of history)
    if (h.toStatus && !reached.has(h.toStatus)) reached.set(h.toStatus, h.at);
  const road = [...MAIN];
  if (reached.has('IN_SUPPORT') || status === 'IN_SUPPORT') road.splice(2, 0, 'IN_SUPPORT');
  const position = road.indexOf(status);
  if (position < 0) {
    // Ended off the main road: the steps it reached, then where it ended.
    const done = road.filter((s) => reached.has(s));
    return [
      ...done.map((s) => ({ status: s, state: 'done' as const, at: reached.get(s) ?? null })),
      { status, state: 'current', at: reached.get(status) ?? null },
    ];
  }
  return road.map((s, i) => ({
    status: s,
    state: i < position ? 'done' : i === position ? 'current' : 'upcoming',
    at: i <= position ? (reached.get(s) ?? null) : null,
  }));
}
