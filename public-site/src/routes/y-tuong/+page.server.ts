import { error } from '@sveltejs/kit';
import {
  IdeaFiltersDocument,
  PublicIdeasDocument,
  type IdeaStatus,
  type IdeaWhereInput,
} from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { PUBLIC_STAGES } from '$lib/i18n/enums';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async (event) => {
  const p = event.url.searchParams;
  const q = p.get('q')?.trim() ?? '';
  const field = p.get('linh-vuc') ?? '';
  const unit = p.get('don-vi') ?? '';
  const stage = p.get('giai-doan') ?? '';
  const after = p.get('sau') || null;
  const where: IdeaWhereInput = {};
  if (q) where.search = q;
  if (UUID.test(field)) where.fieldIds = [field];
  if (UUID.test(unit)) where.unitId = unit;
  if (PUBLIC_STAGES.includes(stage as IdeaStatus)) where.status = [stage as IdeaStatus];

  const filters = gql(event, IdeaFiltersDocument);
  try {
    const list = await gql(event, PublicIdeasDocument, { where, after });
    return { filters: await filters, list, query: { q, field, unit, stage, after } };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
      error(400, { message: err.message, code: err.code });
    throw err;
  }
};
