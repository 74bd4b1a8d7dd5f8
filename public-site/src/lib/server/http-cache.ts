import { createHash } from 'node:crypto';

/**
 * HTTP caching of the public site. Public pages hold nothing personal and are the same for every
 * visitor of an address (the language is in the address), so a CDN may keep them for a minute and
 * serve a stale copy while it revalidates; browsers always revalidate (max-age=0) with the ETag.
 * Anything that carries personal data or a per-visitor value is `private, no-store`.
 */
export const PUBLIC_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
export const PRIVATE_CACHE = 'private, no-store';

/** Pages and files that are the same for everyone. Everything else is private by default. */
const PUBLIC_PATHS = [
  '/y-tuong',
  '/vinh-danh',
  '/tin-tuc',
  '/trang',
  '/media',
  '/phong-trao',
  '/minh-bach',
  '/noi-gui-truc-tiep',
  '/kiem-tra-bien-nhan',
  '/so-bien-nhan',
  '/so-lieu.json',
  '/sitemap.xml',
  '/robots.txt',
];

export function isPublicPath(pathname: string): boolean {
  if (pathname === '/') return true;
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export type CacheDecision = 'public' | 'private' | 'keep';

/**
 * What a response may be cached as. `keep`: an endpoint set its own policy on a public path.
 * The tracking page, co-author page, submit form (it carries a one-time idempotency key), every
 * form post and anything setting a cookie are private.
 */
export function cacheDecision(req: {
  method: string;
  pathname: string;
  status: number;
  setsCookie: boolean;
  hasCacheControl: boolean;
}): CacheDecision {
  const read = req.method === 'GET' || req.method === 'HEAD';
  if (!read || req.setsCookie || !isPublicPath(req.pathname)) return 'private';
  if (req.hasCacheControl) return 'keep';
  return req.status === 200 ? 'public' : 'private';
}

/**
 * A validator of the bytes sent. Weak, because a proxy that compresses the page changes the bytes
 * but not the meaning.
 */
export function weakEtag(body: Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 weak comparison against an If-None-Match header (a list, or `*`). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => bare(t) === bare(etag));
}

/**
 * Pages whose every input is covered by the API's `contentVersion` (posts, banners, featured items,
 * public ideas, media, tags, names of fields and units): the news list, articles, static pages and
 * the news feeds. The home page also shows counters of every idea received and the current
 * campaign, which the validator adds (`home`). Other pages (galleries with their filters, idea
 * pages with pilots and awards, the dashboard, receipts, the sitemap) keep the rendered-bytes ETag.
 */
export type ValidatorKind = 'content' | 'home';

export function validatorKind(pathname: string): ValidatorKind | null {
  if (pathname === '/') return 'home';
  if (pathname === '/tin-tuc' || /^\/(tin-tuc|trang)\/[^/]+$/.test(pathname)) return 'content';
  return null;
}

/**
 * The ETag of a page from what it is made of — the build, the public address, the request's path
 * and query, the language and the API's content version (with the home page's counters) — known
 * before rendering, so a matching If-None-Match is answered 304 without rendering the page.
 */
export function contentEtag(parts: unknown[]): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  return `W/"c${digest.slice(0, 26)}"`;
}

/** A Content-Security-Policy that also lets images come from `origin` (a media CDN). */
export function allowImagesFrom(csp: string, origin: string): string {
  return csp
    .split(';')
    .map((d) => {
      const directive = d.trim();
      return directive.startsWith('img-src ') && !directive.split(/\s+/).includes(origin)
        ? `${directive} ${origin}`
        : directive;
    })
    .join('; ');
}
