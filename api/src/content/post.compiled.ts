/**
 * `posts` (news, articles) for an anonymous viewer compiled whole (see
 * `common/compiled-read.ts`): published posts of the commune, newest first by publication, with
 * the general path's cursors. Covers the fields stored on the row; anything else (HTML, images,
 * tags) goes the general way.
 */
import {
  afterCursor,
  columns,
  connectionSql,
  cursorSql,
  objectSql,
  sqlString,
  Unsupported,
  type RootCompiler,
  type SqlBuilder,
} from '../common/compiled-read.js';
import { MAX_PAGE_SIZE } from '../common/connection.js';
import { searchTerms, searchesNothing } from '../common/text.js';
import { ContentStatus, type ContentKind } from './content.enums.js';

const POST_SQL = columns({
  id: 'id',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  kind: 'kind',
  slug: 'slug',
  title: 'title',
  summary: 'summary',
  publishedAt: 'published_at',
  seoTitle: 'seo_title',
  seoDescription: 'seo_description',
});

/** The general path's order (and cursor prefix) for the public: newest publication first. */
const ORDER = 'POSTS:PUBLISHED_AT:DESC';

export const compilePosts: RootCompiler = (sel, b: SqlBuilder) => {
  const args = b.args(sel) as {
    kind?: ContentKind | null;
    tag?: string | null;
    search?: string | null;
    first: number;
    after?: string | null;
  };
  const first = args.first;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw new Unsupported();
  if (args.tag) throw new Unsupported('tag');
  const filter = (a: string) => {
    const parts = [
      `${a}.tenant_id = ${b.param(b.tenantId)}`,
      `${a}.status = ${sqlString(ContentStatus.PUBLISHED)}`,
    ];
    // Values GraphQL has checked against the enum are written as literals: with the commune as the
    // only parameter, PostgreSQL keeps one generic plan instead of planning every execution.
    if (args.kind) parts.push(`${a}.kind = ${sqlString(args.kind)}`);
    if (searchesNothing(args.search)) parts.push('false');
    for (const term of searchTerms(args.search ?? '')) {
      b.planForValues = true;
      parts.push(
        `kn_unaccent(${a}.title || ' ' || coalesce(${a}.summary, '')) like ${b.param(`%${term}%`)}`,
      );
    }
    return parts;
  };
  return connectionSql({
    sel,
    b,
    first,
    after: args.after ? afterCursor(args.after, ORDER) : null,
    from: 'post',
    filter,
    order: (t) => ({ key: `${t}.published_at`, id: `${t}.id`, dir: 'desc' }),
    cursor: (t) => cursorSql(b, ORDER, `coalesce(${t}.published_at, ${t}.updated_at)`, `${t}.id`),
    node: (a, s) => objectSql(a, s.sub, POST_SQL, b),
  });
};
