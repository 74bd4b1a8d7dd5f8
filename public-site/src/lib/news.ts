/**
 * The news list shows two kinds of posts (news and propaganda) newest first. The API lists one kind
 * at a time; its cursors are positions in one order (publication time, then id), valid for either
 * kind, so one page of both is the merge of a page of each read after the same cursor.
 */
import type { ContentKind } from '$lib/gql/graphql';

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface MergedPage<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** Cursor of the last node shown: the next page of both kinds starts after it. */
  endCursor: string | null;
}

type Dated = { id: string; publishedAt?: string | null };

/** The API's public order: publication time, newest first, then id descending. */
export function newerFirst(a: Dated, b: Dated): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : 0;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : 0;
  if (ta !== tb) return tb - ta;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function mergePages<T extends Dated>(lists: Connection<T>[], first: number): MergedPage<T> {
  const all = lists.flatMap((c) =>
    c.nodes.map((node, i) => ({ node, cursor: c.edges[i]?.cursor })),
  );
  all.sort((a, b) => newerFirst(a.node, b.node));
  const shown = all.slice(0, first);
  return {
    nodes: shown.map((s) => s.node),
    totalCount: lists.reduce((n, c) => n + c.totalCount, 0),
    hasNextPage: all.length > shown.length || lists.some((c) => c.pageInfo.hasNextPage),
    endCursor: shown.length ? (shown[shown.length - 1]!.cursor ?? null) : null,
  };
}

/** The kinds the news list shows, with their address in the list's filter. */
export const NEWS_KINDS: { kind: ContentKind; param: string }[] = [
  { kind: 'NEWS', param: 'tin-tuc' },
  { kind: 'PROPAGANDA', param: 'tuyen-truyen' },
];

export interface NewsQuery {
  /** Tag slug (`?the=`). */
  tag: string | null;
  /** One kind (`?loai=tin-tuc|tuyen-truyen`), or both. */
  kind: ContentKind | null;
  /** Cursor (`?sau=`). */
  after: string | null;
}

export function readNewsQuery(params: URLSearchParams): NewsQuery {
  const tag = params.get('the')?.trim().toLowerCase() || null;
  const kind = NEWS_KINDS.find((k) => k.param === params.get('loai'))?.kind ?? null;
  return {
    tag: tag && /^[a-z0-9-]{1,100}$/.test(tag) ? tag : null,
    kind,
    after: params.get('sau') || null,
  };
}

/** The list's address parameters for a query (the cursor left out unless given). */
export function newsParams(
  q: Pick<NewsQuery, 'tag' | 'kind'>,
  after?: string | null,
): Record<string, string> {
  const p: Record<string, string> = {};
  if (q.kind) p['loai'] = NEWS_KINDS.find((k) => k.kind === q.kind)!.param;
  if (q.tag) p['the'] = q.tag;
  if (after) p['sau'] = after;
  return p;
}

/** Where a post lives on the site: pages under /trang, news and propaganda under /tin-tuc. */
export function postPath(post: { kind: ContentKind; slug: string }): string {
  return post.kind === 'PAGE' ? `/trang/${post.slug}` : `/tin-tuc/${post.slug}`;
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order (the footer's pages). */
export function viCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
