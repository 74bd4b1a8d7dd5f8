import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import {
  NewsListDocument,
  NewsOfKindDocument,
  NewsBySlugDocument,
  PageBySlugDocument,
  type ArticleFragment,
  type PostCardFragment,
} from '$lib/gql/graphql';
import { translator, type Lang } from '$lib/i18n';
import { localize } from '$lib/i18n/links';
import { mediaRewriter } from '$lib/media';
import { mergePages, type MergedPage, type NewsQuery } from '$lib/news';
import type { TypedDocument } from '@khoi-nguon/schema/client';
import { ApiError, apiUrl, gql, type ApiEvent } from './graphql';

let rewrite: ((text: string) => string) | null = null;

/**
 * Hosts under which the API hands out media addresses that visitors cannot reach (its own address,
 * loopback): those are served through this site's /media/.
 */
function mediaLocal(): (text: string) => string {
  if (!rewrite) {
    let apiHost = '';
    try {
      apiHost = new URL(apiUrl()).hostname;
    } catch {
      // An unusable API_URL fails on the first request anyway.
    }
    rewrite = mediaRewriter([apiHost, '127.0.0.1', 'localhost', '[::1]', '0.0.0.0']);
  }
  return rewrite;
}

/** A typed operation whose media addresses (image variants, images inside `html`) are local. */
export async function gqlContent<R, V>(
  event: ApiEvent,
  document: TypedDocument<R, V>,
  variables?: V,
): Promise<R> {
  const data = await gql(event, document, variables);
  return JSON.parse(mediaLocal()(JSON.stringify(data))) as R;
}

/** Origin of a media host other than this site (KN_MEDIA_URL, e.g. a CDN), for the page's CSP. */
export function externalMediaOrigin(): string | null {
  if (!env.KN_MEDIA_URL) return null;
  try {
    return new URL(env.KN_MEDIA_URL).origin;
  } catch {
    return null;
  }
}

export const NEWS_PAGE_SIZE = 10;

export interface NewsPage {
  list: MergedPage<PostCardFragment>;
  tags: { slug: string; name: string; kind: string }[];
}

/** A page of the news list: one kind, or both merged in publication order. */
export async function loadNews(event: RequestEvent, q: NewsQuery): Promise<NewsPage> {
  try {
    if (q.kind) {
      const r = await gqlContent(event, NewsOfKindDocument, {
        kind: q.kind,
        tag: q.tag,
        first: NEWS_PAGE_SIZE,
        after: q.after,
      });
      return { list: mergePages([r.posts], NEWS_PAGE_SIZE), tags: r.tags };
    }
    const r = await gqlContent(event, NewsListDocument, {
      kind: 'NEWS',
      otherKind: 'PROPAGANDA',
      tag: q.tag,
      first: NEWS_PAGE_SIZE,
      after: q.after,
    });
    return { list: mergePages([r.main, r.other], NEWS_PAGE_SIZE), tags: r.tags };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
      error(400, { message: err.message, code: err.code });
    throw err;
  }
}

/**
 * A published post by its address. An earlier address of the post answers 301 with the current
 * one; an unknown address is 404. News and propaganda share /tin-tuc (news first if both kinds
 * used the same address); pages live under /trang.
 */
export async function loadPost(
  event: RequestEvent,
  section: 'news' | 'page',
  lang: Lang,
): Promise<ArticleFragment> {
  const slug = event.params['slug'] ?? '';
  let lookups;
  if (section === 'news') {
    const r = await gqlContent(event, NewsBySlugDocument, { slug });
    lookups = [r.news, r.propaganda];
  } else {
    lookups = [(await gqlContent(event, PageBySlugDocument, { slug })).page];
  }
  // The API answers an earlier address with the post and `redirectTo`: a post at this very
  // address (of either kind) comes first.
  const found = lookups.find((l) => l.post && !l.redirectTo)?.post;
  if (found) return found;
  const base = section === 'news' ? '/tin-tuc' : '/trang';
  const moved = lookups.find((l) => l.redirectTo)?.redirectTo;
  if (moved && moved !== slug) redirect(301, localize(`${base}/${moved}`, lang));
  const t = translator(lang);
  error(404, { message: section === 'page' ? t('page.notFound') : t('news.notFound') });
}
