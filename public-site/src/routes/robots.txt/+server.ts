import { siteOrigin } from '$lib/server/site';
import type { RequestHandler } from './$types';

/**
 * Pages holding an author's own data, and previews of unpublished posts, are not for search
 * engines; the sitemap lists the rest.
 */
export const GET: RequestHandler = ({ url }) =>
  new Response(
    `User-agent: *
Allow: /
Disallow: /tra-cuu
Disallow: /dong-tac-gia
Disallow: /ngon-ngu
Disallow: /xem-truoc

Sitemap: ${siteOrigin(url)}/sitemap.xml
`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
