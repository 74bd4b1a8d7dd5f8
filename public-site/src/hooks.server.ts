import type { Handle, RequestEvent } from '@sveltejs/kit';
import { version } from '$app/environment';
import { ContentVersionDocument, HomeVersionDocument } from '$lib/gql/graphql';
import { pickLang } from '$lib/i18n';
import { localize } from '$lib/i18n/links';
import { externalMediaOrigin } from '$lib/server/content';
import { gql } from '$lib/server/graphql';
import {
  allowImagesFrom,
  cacheDecision,
  contentEtag,
  etagMatches,
  PRIVATE_CACHE,
  PUBLIC_CACHE,
  validatorKind,
  weakEtag,
} from '$lib/server/http-cache';
import { siteOrigin } from '$lib/server/site';
import { env } from '$env/dynamic/private';
import { chooseTenant, parseTenantHosts, TENANT_COOKIE } from '$lib/server/tenant';
import {
  endpointRouteIds,
  refuseNonFormPost,
  withSecurityHeaders,
} from '@khoi-nguon/schema/client';

const ENDPOINTS = endpointRouteIds(Object.keys(import.meta.glob('./routes/**/+server.ts')));

/**
 * A browser opening an address without `?lang` while its visitor chose English (cookie) is sent to
 * the English address. Only page navigations: feeds, JSON, downloads and event streams are left be.
 */
function englishRedirect(event: RequestEvent, fromQuery: string | null): Response | null {
  if (fromQuery || event.request.method !== 'GET' || event.isDataRequest) return null;
  if (pickLang(event.cookies.get('lang')) !== 'en') return null;
  if (!event.request.headers.get('accept')?.includes('text/html')) return null;
  const { pathname, search } = event.url;
  if (/\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith('/ngon-ngu')) return null;
  return new Response(null, {
    status: 307,
    headers: { location: localize(pathname + search, 'en'), 'cache-control': PRIVATE_CACHE },
  });
}

/** KN_TENANT_HOSTS, parsed once per value. */
let hostsFor: { spec: string | undefined; map: Map<string, string> } | null = null;
function tenantHosts(): Map<string, string> {
  if (!hostsFor || hostsFor.spec !== env.KN_TENANT_HOSTS)
    hostsFor = { spec: env.KN_TENANT_HOSTS, map: parseTenantHosts(env.KN_TENANT_HOSTS) };
  return hostsFor.map;
}

const app: Handle = async ({ event, resolve }) => {
  const chosen = chooseTenant({
    host: event.request.headers.get('host'),
    cookie: event.cookies.get(TENANT_COOKIE),
    hosts: tenantHosts(),
    fallback: env.KN_TENANT,
  });
  event.locals.tenant = chosen.code;
  event.locals.tenantSource = chosen.source;
  const refused = refuseNonFormPost(event.request, event.route.id, ENDPOINTS);
  if (refused) return refused;
  const fromQuery = event.url.searchParams.get('lang');
  const redirect = englishRedirect(event, fromQuery);
  if (redirect) return redirect;
  // The address decides the language; a form post (whose action may lack it) falls back to the
  // visitor's choice.
  const read = event.request.method === 'GET' || event.request.method === 'HEAD';
  event.locals.lang =
    pickLang(fromQuery) ?? (read ? null : pickLang(event.cookies.get('lang'))) ?? 'vi';

  // Pages made only of what the API's content version covers get their ETag before rendering:
  // a revalidation of an unchanged page is answered without rendering it.
  const validator = read && chosen.source !== 'cookie' ? await knownValidator(event) : null;
  if (validator && etagMatches(event.request.headers.get('if-none-match'), validator)) {
    return new Response(null, {
      status: 304,
      headers: { etag: validator, 'cache-control': PUBLIC_CACHE },
    });
  }

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', event.locals.lang);
      // Read-only pages ship no client app (`csr = false`): they are interactive as soon as they
      // are parsed. Mark them as the layout marks hydrated pages, for scripts and browser tests.
      return page.includes('/_app/immutable/entry/start')
        ? page
        : page.replace('<html lang=', '<html data-hydrated="" lang=');
    },
  });
  return withCaching(event, withHeaders(event, response), validator);
};

/**
 * The ETag of a page covered by the content version, fetched before rendering (so content that
 * changes meanwhile can only make the ETag older than the page, never newer). Null when the page
 * is not covered or the API cannot say.
 */
async function knownValidator(event: RequestEvent): Promise<string | null> {
  const kind = validatorKind(event.url.pathname);
  if (!kind || event.isDataRequest) return null;
  try {
    const parts: unknown[] = [
      version,
      event.locals.tenant,
      siteOrigin(event.url),
      event.url.pathname,
      event.url.search,
      event.locals.lang,
    ];
    if (kind === 'home') {
      const home = await gql(event, HomeVersionDocument);
      event.locals.homeVersion = home;
      event.locals.contentVersion = home.contentVersion;
      parts.push(home);
    } else {
      event.locals.contentVersion = (await gql(event, ContentVersionDocument)).contentVersion;
      parts.push(event.locals.contentVersion);
    }
    return contentEtag(parts);
  } catch {
    return null;
  }
}

/** Images from a media CDN (KN_MEDIA_URL) in the CSP; previews kept out of search engines. */
function withHeaders(event: RequestEvent, response: Response): Response {
  const media = externalMediaOrigin();
  const csp = response.headers.get('content-security-policy');
  const preview = event.url.pathname === '/xem-truoc';
  if (!(media && csp) && !preview) return response;
  const headers = new Headers(response.headers);
  if (media && csp) headers.set('content-security-policy', allowImagesFrom(csp, media));
  if (preview) headers.set('x-robots-tag', 'noindex, nofollow');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

async function withCaching(
  event: RequestEvent,
  response: Response,
  validator: string | null,
): Promise<Response> {
  const decision = cacheDecision({
    method: event.request.method,
    pathname: event.url.pathname,
    status: response.status,
    // A commune chosen by cookie: the same address shows another commune to another visitor.
    setsCookie: response.headers.has('set-cookie') || event.locals.tenantSource === 'cookie',
    hasCacheControl: response.headers.has('cache-control'),
  });
  if (decision === 'keep') return response;
  if (decision === 'private') {
    // Event streams keep their own no-store; everything else private gets it here.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) return response;
    // Nothing to revalidate: the ETag SvelteKit gives every page goes too.
    try {
      response.headers.set('cache-control', PRIVATE_CACHE);
      response.headers.delete('etag');
      return response;
    } catch {
      // Headers of a response passed through from fetch are immutable: copy them.
      const headers = new Headers(response.headers);
      headers.set('cache-control', PRIVATE_CACHE);
      headers.delete('etag');
      return new Response(response.body, { status: response.status, headers });
    }
  }
  if (validator) {
    // The validator was known before rendering: stream the page as it comes.
    const headers = new Headers(response.headers);
    headers.set('cache-control', PUBLIC_CACHE);
    headers.set('etag', validator);
    return new Response(event.request.method === 'HEAD' ? null : response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
  // Public: the whole page is rendered anyway, so its bytes give the validator.
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = weakEtag(body);
  const headers = new Headers(response.headers);
  headers.set('cache-control', PUBLIC_CACHE);
  headers.set('etag', etag);
  if (etagMatches(event.request.headers.get('if-none-match'), etag)) {
    headers.delete('content-length');
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(event.request.method === 'HEAD' ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** Every answer carries the security headers (HSTS in production). */
export const handle: Handle = async ({ event, resolve }) =>
  withSecurityHeaders(await app({ event, resolve }), { hsts: env.NODE_ENV === 'production' });
