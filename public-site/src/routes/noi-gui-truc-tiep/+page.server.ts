import { ReceptionPointsDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const { receptionPoints } = await gql(event, ReceptionPointsDocument, { search: q || null });
  // One group per unit, in the API's order (kind, then Vietnamese alphabetical order).
  const groups: { unit: { id: string; name: string }; points: typeof receptionPoints }[] = [];
  for (const p of receptionPoints) {
    const last = groups.at(-1);
    if (last && last.unit.id === p.unit.id) last.points.push(p);
    else groups.push({ unit: { id: p.unit.id, name: p.unit.name }, points: [p] });
  }
  return { q, groups, total: receptionPoints.length };
};
