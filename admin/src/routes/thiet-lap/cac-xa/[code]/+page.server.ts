import { error } from '@sveltejs/kit';
import { ProvinceHonouredIdeasDocument, ProvinceOverviewDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { requireProvinceAdmin } from '$lib/server/access';
import type { PageServerLoad } from './$types';

/** A commune's honoured ideas with their authors: only when the commune allows it (read-only). */
export const load: PageServerLoad = async (event) => {
  requireProvinceAdmin(event.locals);
  const code = event.params.code;
  const { provinceOverview } = await gql(event, ProvinceOverviewDocument);
  const commune = provinceOverview.communes.find((c) => c.code === code);
  if (!commune) error(404, { message: 'Không tìm thấy xã/phường này trong tỉnh.' });
  try {
    const { provinceHonouredIdeas } = await gql(event, ProvinceHonouredIdeasDocument, {
      communeCode: code,
    });
    return { commune, ideas: provinceHonouredIdeas };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'FORBIDDEN')
      error(403, { message: err.message, code: err.code });
    throw err;
  }
};
