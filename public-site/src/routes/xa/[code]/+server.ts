import { error, redirect } from '@sveltejs/kit';
import { CurrentTenantDocument } from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { rememberTenant, TENANT_CODE_RE } from '$lib/server/tenant';
import type { RequestHandler } from './$types';

/**
 * `/xa/<commune code>`: the visitor chooses a commune of this deployment; it is remembered (cookie)
 * and its home page shown. A commune the platform does not serve is a 404.
 */
export const GET: RequestHandler = async (event) => {
  const code = event.params.code;
  if (!TENANT_CODE_RE.test(code)) error(404, { message: 'Không tìm thấy xã/phường này.' });
  try {
    await gql(
      { fetch: event.fetch, locals: { lang: event.locals.lang, tenant: code } },
      CurrentTenantDocument,
    );
  } catch (e) {
    if (e instanceof ApiError) error(404, { message: 'Không tìm thấy xã/phường này.' });
    throw e;
  }
  rememberTenant(event.cookies, code, event.url.protocol === 'https:');
  redirect(303, event.url.searchParams.get('lang') === 'en' ? '/?lang=en' : '/');
};
