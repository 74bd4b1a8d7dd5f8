import { siteOrigin } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
  const params = new URLSearchParams(url.searchParams);
  params.delete('lang');
  for (const key of [...params.keys()]) if (key.startsWith('/')) params.delete(key); // form actions
  const search = params.toString();
  return {
    lang: locals.lang,
    path: url.pathname,
    /** The address without the language, for the language switch. */
    pathAndSearch: url.pathname + (search ? `?${search}` : ''),
    origin: siteOrigin(url),
  };
};
