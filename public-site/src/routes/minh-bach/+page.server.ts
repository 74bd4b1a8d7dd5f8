import { PublicSpendingDocument, TransparencyDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The years offered: the movement's (from 2026) to the current one, in Vietnam time. */
function yearsOffered(now = new Date()): number[] {
  const last = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  const years: number[] = [];
  for (let y = 2026; y <= last; y++) years.push(y);
  return years;
}

export const load: PageServerLoad = async (event) => {
  // The period (?nam=2027 or ?giai-doan=<id>): all time when absent; anything else is ignored.
  const years = yearsOffered();
  const yearParam = Number(event.url.searchParams.get('nam'));
  const year = years.includes(yearParam) ? yearParam : null;
  const phaseParam = event.url.searchParams.get('giai-doan') ?? '';
  const phaseId = UUID.test(phaseParam) ? phaseParam : null;
  let data;
  try {
    data = await gql(event, TransparencyDocument, { year, phaseId });
  } catch (err) {
    // A phase of another commune or one since deleted: show every period instead.
    if (!phaseId) throw err;
    data = await gql(event, TransparencyDocument, { year, phaseId: null });
  }
  // The money of the same period: a year, a phase's days, or the whole movement so far.
  const phase = phaseId ? data.currentCampaign?.phases.find((p) => p.id === phaseId) : null;
  const range = year
    ? { from: `${year}-01-01`, to: `${year}-12-31` }
    : phase
      ? { from: phase.startsOn, to: phase.endsOn }
      : { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` };
  const spending = await gql(event, PublicSpendingDocument, range);
  // To the minute, as shown: the page's bytes (and so its ETag) stay the same while nothing changes.
  const at = new Date(data.transparencyStats.generatedAt);
  at.setUTCSeconds(0, 0);
  return {
    ...data,
    spending,
    period: { year, phaseId, years },
    transparencyStats: { ...data.transparencyStats, generatedAt: at.toISOString() },
  };
};
