/**
 * The idea gallery's filters as they appear in the address (Vietnamese parameter names, so a
 * filtered list can be bookmarked and shared) and as the API's `IdeaWhereInput`.
 */
import type { IdeaStatus, IdeaWhereInput } from './gql/graphql';
import { PUBLIC_STAGES } from './i18n/enums';

export interface GalleryQuery {
  q: string;
  field: string;
  unit: string;
  year: string;
  stage: string;
  honoured: boolean;
  after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readGalleryQuery(p: URLSearchParams, honouredOnly = false): GalleryQuery {
  const year = p.get('nam') ?? '';
  const stage = p.get('giai-doan') ?? '';
  const field = p.get('linh-vuc') ?? '';
  const unit = p.get('don-vi') ?? '';
  return {
    q: (p.get('q') ?? '').trim().slice(0, 200),
    field: UUID.test(field) ? field : '',
    unit: UUID.test(unit) ? unit : '',
    year: /^(20\d\d)$/.test(year) ? year : '',
    stage: PUBLIC_STAGES.includes(stage as IdeaStatus) ? stage : '',
    honoured: honouredOnly || p.get('vinh-danh') === '1',
    after: p.get('sau') || null,
  };
}

export function galleryWhere(q: GalleryQuery): IdeaWhereInput {
  const where: IdeaWhereInput = {};
  if (q.q) where.search = q.q;
  if (q.field) where.fieldIds = [q.field];
  if (q.unit) where.unitId = q.unit;
  if (q.year) where.year = Number(q.year);
  if (q.stage) where.status = [q.stage as IdeaStatus];
  if (q.honoured) where.honoured = true;
  return where;
}

/** The filters as address parameters (empty ones dropped), for paging links. */
export function galleryParams(q: GalleryQuery, honouredPage = false): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.q) out['q'] = q.q;
  if (q.field) out['linh-vuc'] = q.field;
  if (q.unit) out['don-vi'] = q.unit;
  if (q.year) out['nam'] = q.year;
  if (q.stage) out['giai-doan'] = q.stage;
  if (q.honoured && !honouredPage) out['vinh-danh'] = '1';
  return out;
}

export function isFiltered(q: GalleryQuery, honouredPage = false): boolean {
  return Object.keys(galleryParams(q, honouredPage)).length > 0;
}

/** Years to filter by: from the campaign's first year to this year in Vietnam, newest first. */
export function yearOptions(startsOn: string | null | undefined, now: Date): number[] {
  const thisYear = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  const first = Math.min(startsOn ? Number(startsOn.slice(0, 4)) : thisYear, thisYear);
  const years: number[] = [];
  for (let y = thisYear; y >= first; y--) years.push(y);
  return years;
}
