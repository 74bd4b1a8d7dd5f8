import type { IdeaStatus } from '$lib/gql/graphql';
import { toQueryString } from '@khoi-nguon/schema/client';

/** The inbox filters as they appear in the address (Vietnamese parameter names). */
export interface InboxQuery {
  q: string;
  status: IdeaStatus[];
  unit: string;
  field: string;
  channel: string;
  published: string;
  overdue: string;
  unassigned: string;
  assignee: string;
  after: string | null;
}

/** Where a bulk decision may send ideas (later steps; first decisions are taken one by one). */
export const BULK_TARGETS: IdeaStatus[] = ['UNDER_REVIEW', 'IN_SUPPORT', 'ARCHIVED'];

/** The filters as address parameters, without the page cursor. */
export function inboxParams(q: InboxQuery): Record<string, string | string[]> {
  return {
    q: q.q,
    'trang-thai': q.status,
    'don-vi': q.unit,
    'linh-vuc': q.field,
    kenh: q.channel,
    'cong-khai': q.published,
    'qua-han': q.overdue,
    'chua-phan-cong': q.unassigned,
    'phu-trach': q.assignee,
  };
}

/** "?trang-thai=SUBMITTED&qua-han=co", or "?" when nothing is filtered. */
export function inboxSearch(q: InboxQuery, extra: Record<string, string | null> = {}): string {
  return toQueryString({ ...inboxParams(q), ...extra });
}
