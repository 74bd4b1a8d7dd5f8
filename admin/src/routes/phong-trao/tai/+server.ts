import { error } from '@sveltejs/kit';
import { relayDownload } from '$lib/server/download';
import { periodFrom } from '$lib/movement';
import type { RequestHandler } from './$types';

const TABLES = ['kpis', 'scoreboard'] as const;
const FORMATS = ['csv', 'xlsx'] as const;
const DIMENSIONS = ['UNIT', 'AREA_TYPE', 'FIELD', 'PARTICIPANT_GROUP', 'MONTH'];

/**
 * A movement table as a file (?bang=kpis|scoreboard&dinh-dang=csv|xlsx&nam=&giai-doan=&xem-theo=),
 * relayed from the API, which checks the staff member's rights.
 */
export const GET: RequestHandler = async (event) => {
  const p = event.url.searchParams;
  const table = p.get('bang') as (typeof TABLES)[number];
  const format = p.get('dinh-dang') as (typeof FORMATS)[number];
  if (!TABLES.includes(table) || !FORMATS.includes(format))
    error(404, { message: 'Không có bảng này.' });
  const period = periodFrom(p);
  const q = new URLSearchParams({ year: String(period.year) });
  if (period.phaseId) q.set('phaseId', period.phaseId);
  const by = p.get('xem-theo');
  if (table === 'kpis') q.set('by', by && DIMENSIONS.includes(by) ? by : 'UNIT');
  return relayDownload(event, `/movement/${table}.${format}?${q}`);
};
