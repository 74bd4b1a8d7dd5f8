import { error } from '@sveltejs/kit';
import {
  InboxDocument,
  InboxFiltersDocument,
  type Channel,
  type IdeaStatus,
  type IdeaWhereInput,
} from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { STATUSES, CHANNEL } from '$lib/i18n';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;
const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
  const p = event.url.searchParams;
  const query = {
    q: p.get('q')?.trim() ?? '',
    status: p
      .getAll('trang-thai')
      .filter((s): s is IdeaStatus => STATUSES.includes(s as IdeaStatus)),
    unit: p.get('don-vi') ?? '',
    field: p.get('linh-vuc') ?? '',
    channel: p.get('kenh') ?? '',
    published: p.get('cong-khai') ?? '',
    after: p.get('sau') || null,
  };
  const where: IdeaWhereInput = {};
  if (query.q) where.search = query.q;
  if (query.status.length) where.status = query.status;
  if (UUID.test(query.unit)) where.unitId = query.unit;
  if (UUID.test(query.field)) where.fieldIds = [query.field];
  if (query.channel in CHANNEL) where.channel = query.channel as Channel;
  if (query.published === 'co') where.published = true;
  if (query.published === 'khong') where.published = false;
  try {
    const [filters, inbox] = await Promise.all([
      gql(event, InboxFiltersDocument),
      gql(event, InboxDocument, { where, after: query.after, first: PAGE_SIZE }),
    ]);
    return { filters, inbox, query };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
      error(400, { message: err.message, code: err.code });
    throw err;
  }
};
