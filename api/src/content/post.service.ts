/**
 * Posts and pages: drafts, revisions, optimistic versions and edit locks, slugs with redirects,
 * scheduling through the PostgreSQL job runner, preview links.
 */
import {
  LockMode,
  UniqueConstraintViolationException,
  raw,
  type FilterQuery,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { diffArrays } from 'diff';
import type { Context, Clock } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayEditPost,
  mayReadContentDrafts,
  mayWriteContent,
  unitNewsDesk,
  type StaffViewer,
  type Viewer,
} from '../common/access.js';
import {
  AppError,
  BadInputError,
  ConflictError,
  ErrorCode,
  InvalidTransitionError,
  NotFoundError,
} from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { checkPageSize, decodeCursor, encodeCursor, type Page } from '../common/connection.js';
import { formatDateTimeVi, searchTerms, searchesNothing } from '../common/text.js';
import { audit, auditActor, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { enqueueJob, type CronTask, type JobHandler } from '../jobs/job.runner.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { ContentKind, ContentStatus, CONTENT_STATUS_LABEL, MediaKind } from './content.enums.js';
import { Post, PostRevision, PostSlug, Tag, type RichTextDoc } from './content.entity.js';
import { MediaAsset } from './media.entity.js';
import { docRefs, docToText, normalizeDoc, RichTextError, type Doc } from './rich-text.renderer.js';
import { firstFreeSlug, slugify, MAX_SLUG_LENGTH } from './slug.helpers.js';
import { createPreviewToken, verifyPreviewToken } from './preview-token.js';
import type { PostInput } from './content.inputs.js';
import { emitWebhookEvent } from '../partner/webhook.service.js';
import { WebhookEvent } from '../partner/webhook.enums.js';
import {
  DiffOp,
  type DiffLine,
  type FieldChange,
  type RevisionComparison,
} from './content.types.js';

/** An edit lock lasts five minutes; the editor renews it while typing. */
export const LOCK_MS = 5 * 60_000;
export const PUBLISH_QUEUE = 'publish-post';
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Which posts a viewer may see: editors and the hub every status, everyone else published ones. */
export function postReadFilter(viewer: Viewer, tenantId: string): FilterQuery<Post> {
  if (mayReadContentDrafts(viewer)) return { tenant: tenantId };
  // A unit's editor also sees their unit's drafts.
  const desk = unitNewsDesk(viewer);
  return desk
    ? { tenant: tenantId, $or: [{ status: ContentStatus.PUBLISHED }, { unit: desk }] }
    : { tenant: tenantId, status: ContentStatus.PUBLISHED };
}

/** The commune's editors; a unit's editor only for the drafts of their unit (`post` given). */
function assertPostEditor(
  viewer: Viewer,
  post: Pick<Post, 'unit' | 'status'> | null,
): asserts viewer is StaffViewer {
  if (mayWriteContent(viewer)) return;
  assertAllowed(
    viewer,
    post ? mayEditPost(viewer, post) : unitNewsDesk(viewer) !== null,
    unitNewsDesk(viewer)
      ? 'Biên tập viên của đơn vị chỉ sửa bản nháp tin của đơn vị mình; biên tập viên của xã duyệt và đăng.'
      : 'Chỉ biên tập viên và quản trị viên được soạn, đăng bài.',
  );
}

function assertWriter(viewer: Viewer): asserts viewer is StaffViewer {
  assertAllowed(
    viewer,
    mayWriteContent(viewer),
    'Chỉ biên tập viên và quản trị viên được soạn, đăng bài.',
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function listPosts(
  ctx: Context,
  args: {
    kind?: ContentKind | null;
    tag?: string | null;
    status?: ContentStatus | null;
    search?: string | null;
    first: number;
    after?: string | null;
    awaitingReview?: boolean | null;
  },
): Promise<Page<Post>> {
  const first = checkPageSize(args.first);
  const desk = unitNewsDesk(ctx.viewer);
  const staff = mayReadContentDrafts(ctx.viewer) || desk !== null;
  const status = staff ? (args.status ?? null) : ContentStatus.PUBLISHED;
  // raw() fragments are used once: the list and the count each build their own filter.
  const filters = (): FilterQuery<Post>[] => {
    const where: FilterQuery<Post>[] = [postReadFilter(ctx.viewer, ctx.tenant.id)];
    if (status) where.push({ status });
    // The commune's editor's queue: drafts a unit sent for approval.
    if (args.awaitingReview)
      where.push({ status: ContentStatus.DRAFT, reviewRequestedAt: { $ne: null } });
    if (args.kind) where.push({ kind: args.kind });
    if (args.tag) where.push({ tags: { slug: args.tag.trim().toLowerCase() } });
    if (searchesNothing(args.search)) where.push({ [raw(() => 'false')]: [] } as FilterQuery<Post>);
    for (const term of searchTerms(args.search ?? '')) {
      where.push({
        [raw(
          (a) => `kn_unaccent(${a}.title || ' ' || coalesce(${a}.summary, '')) like ?`,
          [`%${term}%`],
        )]: [],
      } as FilterQuery<Post>);
    }
    return where;
  };
  const where = filters();
  // The public reads newest first by publication; editors by their latest edits.
  const byPublished = status === ContentStatus.PUBLISHED;
  const column = byPublished ? 'publishedAt' : 'updatedAt';
  const order = byPublished ? 'POSTS:PUBLISHED_AT:DESC' : 'POSTS:UPDATED_AT:DESC';
  if (args.after) {
    const { value, id } = decodeCursor(args.after, order);
    const at = new Date(value);
    where.push({ $or: [{ [column]: { $lt: at } }, { [column]: at, id: { $lt: id } }] });
  }
  const rows = await ctx.em.find(Post, { $and: where } as FilterQuery<Post>, {
    orderBy: [{ [column]: 'desc' }, { id: 'desc' }],
    limit: first + 1,
  });
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(order, (n[column] ?? n.updatedAt).toISOString(), n.id)),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    count: () => ctx.em.count(Post, { $and: filters() } as FilterQuery<Post>),
  };
}

export async function postById(ctx: Context, id: string): Promise<Post | null> {
  if (!isUuid(id)) return null;
  return ctx.em.findOne(Post, { $and: [{ id }, postReadFilter(ctx.viewer, ctx.tenant.id)] });
}

/**
 * Kinds that share addresses: news and propaganda articles both live under /tin-tuc/<slug> on the
 * public site, so their slugs (current and old) must not clash; pages have their own.
 */
export function slugSpace(kind: ContentKind): ContentKind[] {
  return kind === ContentKind.PAGE
    ? [ContentKind.PAGE]
    : [ContentKind.NEWS, ContentKind.PROPAGANDA];
}

/** A post by its address; an earlier address answers with the current one (`redirectTo`). */
export async function postBySlug(
  ctx: Context,
  slug: string,
  kind: ContentKind | null,
): Promise<{ post: Post | null; redirectTo: string | null }> {
  const s = slug.trim().toLowerCase();
  if (!s || s.length > 200) return { post: null, redirectTo: null };
  const visible = postReadFilter(ctx.viewer, ctx.tenant.id);
  const [post] = await ctx.em.find(
    Post,
    { $and: [visible, { slug: s }, kind ? { kind: { $in: slugSpace(kind) } } : {}] },
    { orderBy: { kind: 'asc' }, limit: 1 },
  );
  if (post) return { post, redirectTo: null };
  const old = await ctx.em.find(PostSlug, {
    tenant: ctx.tenant.id,
    slug: s,
    ...(kind ? { kind: { $in: slugSpace(kind) } } : {}),
  });
  if (!old.length) return { post: null, redirectTo: null };
  const [target] = await ctx.em.find(
    Post,
    { $and: [visible, { id: { $in: old.map((o) => o.post.id) } }] },
    { orderBy: { kind: 'asc' }, limit: 1 },
  );
  return target ? { post: target, redirectTo: target.slug } : { post: null, redirectTo: null };
}

// ---------------------------------------------------------------------------------------------
// Writing

interface PostValues {
  kind: ContentKind;
  title: string;
  slug: string | null;
  summary: string | null;
  body: Doc;
  coverImageId: string | null;
  ogImageId: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  tagIds: string[];
  campaignId: string | null;
}

async function validatePostInput(ctx: Context, input: PostInput): Promise<PostValues> {
  const v = new Validator();
  const title = v.text('title', input.title, {
    label: 'tiêu đề',
    required: true,
    min: 3,
    max: 300,
  });
  const summary = v.text('summary', input.summary, {
    label: 'tóm tắt',
    max: 1000,
    multiline: true,
  });
  const seoTitle = v.text('seoTitle', input.seoTitle, { label: 'tiêu đề SEO', max: 200 });
  const seoDescription = v.text('seoDescription', input.seoDescription, {
    label: 'mô tả SEO',
    max: 400,
  });
  let slug: string | null = null;
  if (input.slug?.trim()) {
    slug = slugify(input.slug);
    if (!slug) v.add('slug', 'Đường dẫn cần có ít nhất một chữ cái hoặc chữ số.');
  }
  let body: Doc = { type: 'doc', content: [{ type: 'paragraph' }] };
  try {
    body = normalizeDoc(input.body);
  } catch (err) {
    if (!(err instanceof RichTextError)) throw err;
    v.add('body', err.message);
  }
  const coverImageId = v.id('coverImageId', input.coverImageId, 'ảnh đại diện');
  const ogImageId = v.id('ogImageId', input.ogImageId, 'ảnh chia sẻ');
  const campaignId = v.id('campaignId', input.campaignId, 'phong trào');
  const tagIds = [...new Set(input.tagIds ?? [])];
  if (tagIds.length > 20) v.add('tagIds', 'Tối đa 20 thẻ cho một bài.');
  if (tagIds.some((t) => !isUuid(t))) v.add('tagIds', 'Mã thẻ không hợp lệ.');
  v.throwIfInvalid();

  const refs = docRefs(body);
  const imageIds = [...new Set([coverImageId, ogImageId, ...refs.mediaIds].filter(Boolean))];
  const [images, tags, campaign, ideaCount] = await Promise.all([
    imageIds.length
      ? ctx.em.find(MediaAsset, {
          id: { $in: imageIds as string[] },
          tenant: ctx.tenant.id,
          kind: MediaKind.IMAGE,
        })
      : [],
    tagIds.length ? ctx.em.find(Tag, { id: { $in: tagIds }, tenant: ctx.tenant.id }) : [],
    campaignId ? ctx.em.findOne(Campaign, { id: campaignId, tenant: ctx.tenant.id }) : null,
    refs.ideaIds.length
      ? ctx.em.count(Idea, { id: { $in: refs.ideaIds }, tenant: ctx.tenant.id })
      : 0,
  ]);
  const haveImage = new Set(images.map((i) => i.id));
  if (coverImageId && !haveImage.has(coverImageId))
    v.add('coverImageId', 'Ảnh đại diện không có trong thư viện media.');
  if (ogImageId && !haveImage.has(ogImageId))
    v.add('ogImageId', 'Ảnh chia sẻ không có trong thư viện media.');
  if (refs.mediaIds.some((id) => !haveImage.has(id)))
    v.add('body', 'Nội dung có ảnh không nằm trong thư viện media.');
  if (ideaCount !== refs.ideaIds.length) v.add('body', 'Nội dung nhúng một ý tưởng không tồn tại.');
  if (tags.length !== tagIds.length) v.add('tagIds', 'Có thẻ không tồn tại.');
  if (campaignId && !campaign) v.add('campaignId', 'Không tìm thấy phong trào.');
  v.throwIfInvalid();
  return {
    kind: input.kind,
    title: title!,
    slug,
    summary,
    body,
    coverImageId,
    ogImageId,
    seoTitle,
    seoDescription,
    tagIds,
    campaignId,
  };
}

/** The slug a post gets: the one asked for (refused when another post uses it), or a free one. */
async function resolveSlug(
  em: EntityManager,
  tenantId: string,
  kind: ContentKind,
  postId: string | null,
  desired: string | null,
  title: string,
): Promise<string> {
  if (desired) {
    const clash = await em.findOne(Post, {
      tenant: tenantId,
      kind: { $in: slugSpace(kind) },
      slug: desired,
      id: { $ne: postId ?? NO_ID },
    });
    if (clash) {
      throw new BadInputError({
        slug: `Đường dẫn "${desired}" đã được bài "${clash.title}" dùng. Hãy chọn đường dẫn khác.`,
      });
    }
    return desired;
  }
  const base = slugify(title) || 'bai-viet';
  const rows = await em.execute<{ slug: string }[]>(
    `select slug from post where tenant_id = ? and kind in (?) and id <> ? and (slug = ? or slug like ?)
     union select slug from post_slug where tenant_id = ? and kind in (?) and post_id <> ? and (slug = ? or slug like ?)`,
    [
      tenantId,
      slugSpace(kind),
      postId ?? NO_ID,
      base,
      `${base}-%`,
      tenantId,
      slugSpace(kind),
      postId ?? NO_ID,
      base,
      `${base}-%`,
    ],
  );
  return firstFreeSlug(base.slice(0, MAX_SLUG_LENGTH), new Set(rows.map((r) => r.slug)));
}

/**
 * A slug change: the new address may have been an old one (of this post or another): it now
 * belongs to this post. Once a post has been public its old address keeps redirecting.
 */
async function moveSlug(
  tx: EntityManager,
  post: Post,
  from: { kind: ContentKind; slug: string },
  now: Date,
): Promise<void> {
  if (from.kind === post.kind && from.slug === post.slug) return;
  await tx.nativeDelete(PostSlug, {
    tenant: post.tenant.id,
    kind: { $in: slugSpace(post.kind) },
    slug: post.slug,
  });
  if (post.firstPublishedAt) {
    tx.create(PostSlug, {
      tenant: post.tenant.id,
      kind: from.kind,
      slug: from.slug,
      post,
      createdAt: now,
    });
  }
}

function applyValues(tx: EntityManager, post: Post, values: PostValues): void {
  post.kind = values.kind;
  post.title = values.title;
  post.summary = values.summary;
  post.body = values.body as RichTextDoc;
  post.seoTitle = values.seoTitle;
  post.seoDescription = values.seoDescription;
  post.coverImage = values.coverImageId
    ? (tx.getReference(MediaAsset, values.coverImageId) as never)
    : null;
  post.ogImage = values.ogImageId ? (tx.getReference(MediaAsset, values.ogImageId) as never) : null;
  post.campaign = values.campaignId
    ? (tx.getReference(Campaign, values.campaignId) as never)
    : null;
  post.tags.set(values.tagIds.map((id) => tx.getReference(Tag, id)));
}

function writeRevision(
  tx: EntityManager,
  post: Post,
  values: Pick<PostValues, 'tagIds'>,
  authorId: string | null,
  now: Date,
  note: string | null = null,
): PostRevision {
  return tx.create(PostRevision, {
    tenant: post.tenant.id,
    post,
    number: post.version,
    slug: post.slug,
    title: post.title,
    summary: post.summary ?? null,
    body: post.body,
    seoTitle: post.seoTitle ?? null,
    seoDescription: post.seoDescription ?? null,
    coverImageId: post.coverImage?.id ?? null,
    ogImageId: post.ogImage?.id ?? null,
    tagIds: values.tagIds,
    campaignId: post.campaign?.id ?? null,
    author: authorId,
    note,
    createdAt: now,
  });
}

/** Retries once when two saves pick the same free slug at the same instant. */
async function retryOnSlugRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      if (attempt >= 2)
        throw new ConflictError('Đường dẫn vừa được một bài khác dùng. Vui lòng lưu lại.');
    }
  }
}

export async function createPost(ctx: Context, input: PostInput): Promise<Post> {
  assertPostEditor(ctx.viewer, null);
  const viewer = ctx.viewer;
  const values = await validatePostInput(ctx, input);
  // A unit's editor writes news of their unit, nothing else.
  const desk = mayWriteContent(viewer) ? null : unitNewsDesk(viewer);
  if (desk && values.kind !== ContentKind.NEWS)
    throw new BadInputError({ kind: 'Biên tập viên của đơn vị chỉ soạn tin tức của đơn vị.' });
  const now = ctx.clock.now();
  return retryOnSlugRace(() =>
    ctx.em.transactional(async (tx) => {
      const slug = await resolveSlug(
        tx,
        ctx.tenant.id,
        values.kind,
        null,
        values.slug,
        values.title,
      );
      await tx.nativeDelete(PostSlug, { tenant: ctx.tenant.id, kind: values.kind, slug });
      const post = tx.create(Post, {
        tenant: ctx.tenant.id,
        kind: values.kind,
        slug,
        title: values.title,
        body: values.body as RichTextDoc,
        status: ContentStatus.DRAFT,
        version: 1,
        unit: desk,
        createdBy: viewer.userId,
        updatedBy: viewer.userId,
        createdAt: now,
        updatedAt: now,
      });
      applyValues(tx, post, values);
      writeRevision(tx, post, values, viewer.userId, now);
      await tx.flush();
      return post;
    }),
  );
}

async function lockRow(tx: EntityManager, ctx: Context, id: string): Promise<Post> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy bài viết.');
  const post = await tx.findOne(
    Post,
    { id, tenant: ctx.tenant.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!post) throw new NotFoundError('Không tìm thấy bài viết.');
  return post;
}

function lockedByOther(post: Post, viewer: StaffViewer, now: Date): boolean {
  return Boolean(
    post.lockedBy &&
    post.lockedBy.id !== viewer.userId &&
    post.lockExpiresAt &&
    post.lockExpiresAt > now,
  );
}

async function staffName(em: EntityManager, id: string | null | undefined): Promise<string> {
  if (!id) return 'một người khác';
  const u = await em.findOne(StaffUser, { id }, { fields: ['fullName'] });
  return u?.fullName ?? 'một người khác';
}

/**
 * A save must name the version it was made from, and nobody else may be holding the edit lock:
 * otherwise CONFLICT (in Vietnamese, naming who) and nothing is written.
 */
async function assertMaySave(
  tx: EntityManager,
  post: Post,
  viewer: StaffViewer,
  expectedVersion: number,
  now: Date,
): Promise<void> {
  if (lockedByOther(post, viewer, now)) {
    const name = await staffName(tx, post.lockedBy!.id);
    throw new ConflictError(
      `${name} đang sửa bài này (từ ${formatDateTimeVi(post.lockedAt ?? now)}). Bạn chưa thể lưu cho tới khi họ đóng bài hoặc khóa hết hạn lúc ${formatDateTimeVi(post.lockExpiresAt!)}.`,
      {
        reason: 'LOCKED',
        lockedBy: { id: post.lockedBy!.id, fullName: name },
        lockExpiresAt: post.lockExpiresAt!.toISOString(),
      },
    );
  }
  if (post.version !== expectedVersion) {
    const last = await tx.findOne(PostRevision, { post: post.id, number: post.version });
    const savedAt = last?.createdAt ?? post.updatedAt;
    const authorId = last?.author?.id ?? null;
    const who =
      authorId === viewer.userId
        ? 'Bạn đã lưu bài này ở một cửa sổ khác'
        : `Bài đã được ${await staffName(tx, authorId)} lưu`;
    throw new ConflictError(
      `${who} lúc ${formatDateTimeVi(savedAt)} (phiên bản ${post.version}, bạn đang sửa phiên bản ${expectedVersion}). Thay đổi của bạn chưa được lưu: hãy tải lại bài để xem nội dung mới rồi sửa tiếp.`,
      {
        reason: 'STALE_VERSION',
        currentVersion: post.version,
        savedAt: savedAt.toISOString(),
        savedBy: authorId ? { id: authorId, fullName: await staffName(tx, authorId) } : null,
      },
    );
  }
}

export async function updatePost(
  ctx: Context,
  id: string,
  expectedVersion: number,
  input: PostInput,
): Promise<Post> {
  assertPostEditor(ctx.viewer, null);
  const viewer = ctx.viewer;
  const values = await validatePostInput(ctx, input);
  const now = ctx.clock.now();
  return retryOnSlugRace(() =>
    ctx.em.transactional(async (tx) => {
      const post = await lockRow(tx, ctx, id);
      assertPostEditor(viewer, post);
      if (!mayWriteContent(viewer) && values.kind !== ContentKind.NEWS)
        throw new BadInputError({ kind: 'Biên tập viên của đơn vị chỉ soạn tin tức của đơn vị.' });
      await assertMaySave(tx, post, viewer, expectedVersion, now);
      const from = { kind: post.kind, slug: post.slug };
      let slug: string;
      if (values.slug) {
        slug = await resolveSlug(
          tx,
          ctx.tenant.id,
          values.kind,
          post.id,
          values.slug,
          values.title,
        );
      } else if (
        values.kind === post.kind &&
        (post.firstPublishedAt || values.title === post.title)
      ) {
        // A published address stays put unless the editor changes it.
        slug = post.slug;
      } else {
        slug = await resolveSlug(tx, ctx.tenant.id, values.kind, post.id, null, values.title);
      }
      applyValues(tx, post, values);
      post.slug = slug;
      post.version += 1;
      post.updatedAt = now;
      post.updatedBy = tx.getReference(StaffUser, viewer.userId) as never;
      if (post.lockedBy?.id === viewer.userId)
        post.lockExpiresAt = new Date(now.getTime() + LOCK_MS);
      await moveSlug(tx, post, from, now);
      writeRevision(tx, post, values, viewer.userId, now);
      await tx.flush();
      return post;
    }),
  );
}

export async function restorePostRevision(
  ctx: Context,
  id: string,
  revisionId: string,
  expectedVersion: number,
): Promise<Post> {
  assertWriter(ctx.viewer);
  const viewer = ctx.viewer;
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const post = await lockRow(tx, ctx, id);
    await assertMaySave(tx, post, viewer, expectedVersion, now);
    const rev = isUuid(revisionId)
      ? await tx.findOne(PostRevision, { id: revisionId, post: post.id })
      : null;
    if (!rev) throw new NotFoundError('Không tìm thấy phiên bản này của bài viết.');
    // What the revision pointed to may have gone since (a deleted image or tag): left out.
    const mediaIds = [rev.coverImageId, rev.ogImageId].filter((x): x is string => Boolean(x));
    const [media, tags, campaign] = await Promise.all([
      mediaIds.length ? tx.find(MediaAsset, { id: { $in: mediaIds }, tenant: ctx.tenant.id }) : [],
      rev.tagIds.length ? tx.find(Tag, { id: { $in: rev.tagIds }, tenant: ctx.tenant.id }) : [],
      rev.campaignId ? tx.findOne(Campaign, { id: rev.campaignId, tenant: ctx.tenant.id }) : null,
    ]);
    const has = new Set(media.map((m) => m.id));
    const values: PostValues = {
      kind: post.kind,
      title: rev.title,
      slug: post.slug,
      summary: rev.summary ?? null,
      body: normalizeDoc(rev.body),
      coverImageId: rev.coverImageId && has.has(rev.coverImageId) ? rev.coverImageId : null,
      ogImageId: rev.ogImageId && has.has(rev.ogImageId) ? rev.ogImageId : null,
      seoTitle: rev.seoTitle ?? null,
      seoDescription: rev.seoDescription ?? null,
      tagIds: tags.map((t) => t.id),
      campaignId: campaign?.id ?? null,
    };
    applyValues(tx, post, values);
    post.version += 1;
    post.updatedAt = now;
    post.updatedBy = tx.getReference(StaffUser, viewer.userId) as never;
    writeRevision(tx, post, values, viewer.userId, now, `Khôi phục từ phiên bản ${rev.number}`);
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.CONTENT_REVISION_RESTORED,
      actor: auditActor(viewer),
      details: { postId: post.id, title: post.title, restored: rev.number, version: post.version },
      at: now,
    });
    await tx.flush();
    return post;
  });
}

// ---------------------------------------------------------------------------------------------
// Status: draft → scheduled → published → archived

type StatusAction = 'publish' | 'unpublish' | 'archive' | 'schedule';
const FROM: Record<StatusAction, ContentStatus[]> = {
  publish: [ContentStatus.DRAFT, ContentStatus.SCHEDULED, ContentStatus.ARCHIVED],
  unpublish: [ContentStatus.SCHEDULED, ContentStatus.PUBLISHED, ContentStatus.ARCHIVED],
  archive: [ContentStatus.DRAFT, ContentStatus.SCHEDULED, ContentStatus.PUBLISHED],
  schedule: [ContentStatus.DRAFT, ContentStatus.SCHEDULED],
};
const TARGET: Record<StatusAction, ContentStatus> = {
  publish: ContentStatus.PUBLISHED,
  unpublish: ContentStatus.DRAFT,
  archive: ContentStatus.ARCHIVED,
  schedule: ContentStatus.SCHEDULED,
};
const VERB: Record<StatusAction, string> = {
  publish: 'đăng',
  unpublish: 'chuyển về bản nháp',
  archive: 'lưu trữ',
  schedule: 'hẹn giờ đăng',
};
const ACTION: Record<StatusAction, AuditAction> = {
  publish: AuditAction.CONTENT_PUBLISHED,
  unpublish: AuditAction.CONTENT_UNPUBLISHED,
  archive: AuditAction.CONTENT_ARCHIVED,
  schedule: AuditAction.CONTENT_SCHEDULED,
};

/** Sets a post's status (the one place that does), with its audit entry, in the caller's transaction. */
function setStatus(
  tx: EntityManager,
  post: Post,
  action: StatusAction,
  actor: AuditActor,
  now: Date,
  details: Record<string, unknown> = {},
): void {
  const from = post.status;
  post.status = TARGET[action];
  post.updatedAt = now;
  if (action === 'publish') {
    post.publishedAt = now;
    post.firstPublishedAt ??= now;
    post.scheduledAt = null;
    post.archivedAt = null;
  } else if (action === 'unpublish') {
    post.publishedAt = null;
    post.scheduledAt = null;
    post.archivedAt = null;
  } else if (action === 'archive') {
    post.scheduledAt = null;
    post.archivedAt = now;
  }
  audit(tx, {
    tenantId: post.tenant.id,
    action: ACTION[action],
    actor,
    details: { postId: post.id, kind: post.kind, title: post.title, from, ...details },
    at: now,
  });
}

/** Partners' webhooks hear of a post just published (in the publishing transaction). */
async function announcePublished(tx: EntityManager, post: Post, now: Date): Promise<void> {
  await emitWebhookEvent(tx, {
    tenantId: post.tenant.id,
    event: WebhookEvent.POST_PUBLISHED,
    data: {
      postId: post.id,
      kind: post.kind,
      slug: post.slug,
      title: post.title,
      summary: post.summary ?? null,
      publishedAt: post.publishedAt?.toISOString() ?? now.toISOString(),
      path: `${post.kind === ContentKind.PAGE ? '/trang' : '/tin-tuc'}/${post.slug}`,
    },
    now,
  });
}

async function changeStatus(ctx: Context, id: string, action: StatusAction): Promise<Post> {
  assertWriter(ctx.viewer);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const post = await lockRow(tx, ctx, id);
    if (post.status === TARGET[action]) return post;
    if (!FROM[action].includes(post.status)) {
      throw new InvalidTransitionError(
        `Không thể ${VERB[action]} bài đang ở trạng thái "${CONTENT_STATUS_LABEL[post.status]}".`,
        { from: post.status, to: TARGET[action] },
      );
    }
    setStatus(tx, post, action, auditActor(ctx.viewer), now);
    if (action === 'publish') await announcePublished(tx, post, now);
    await tx.flush();
    return post;
  });
}

export const publishPost = (ctx: Context, id: string) => changeStatus(ctx, id, 'publish');
export const unpublishPost = (ctx: Context, id: string) => changeStatus(ctx, id, 'unpublish');
export const archivePost = (ctx: Context, id: string) => changeStatus(ctx, id, 'archive');

/**
 * Schedules publication: a job in the PostgreSQL queue runs at `at` on whichever API process is
 * up then (so a restart in between changes nothing). Rescheduling or any other status change makes
 * the earlier job a no-op: it only publishes a post still scheduled for its own time.
 */
export async function schedulePost(ctx: Context, id: string, at: Date): Promise<Post> {
  assertWriter(ctx.viewer);
  const now = ctx.clock.now();
  if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) {
    throw new BadInputError(
      { at: 'Thời điểm đăng phải ở tương lai.' },
      'Thời điểm hẹn đăng không hợp lệ.',
    );
  }
  if (at.getTime() > now.getTime() + 366 * 86_400_000) {
    throw new BadInputError({ at: 'Chỉ hẹn giờ đăng trong vòng một năm.' });
  }
  return ctx.em.transactional(async (tx) => {
    const post = await lockRow(tx, ctx, id);
    if (!FROM.schedule.includes(post.status)) {
      throw new InvalidTransitionError(
        `Không thể hẹn giờ đăng bài đang ở trạng thái "${CONTENT_STATUS_LABEL[post.status]}". Hãy chuyển bài về bản nháp trước.`,
        { from: post.status, to: ContentStatus.SCHEDULED },
      );
    }
    setStatus(tx, post, 'schedule', auditActor(ctx.viewer), now, { at: at.toISOString() });
    post.scheduledAt = at;
    await enqueueJob(
      tx,
      PUBLISH_QUEUE,
      { postId: post.id, at: at.toISOString() },
      {
        runAt: at,
        now,
        tenantId: ctx.tenant.id,
        createdBy: isStaff(ctx.viewer) ? ctx.viewer.userId : null,
      },
    );
    await tx.flush();
    return post;
  });
}

/** The job that publishes a scheduled post when its time comes. */
export function publishScheduledHandler(deps: { clock: Clock }): JobHandler {
  return async (job, { em }) => {
    const postId = String(job.payload.postId ?? '');
    const at = Date.parse(String(job.payload.at ?? ''));
    return em.transactional(async (tx) => {
      const post = isUuid(postId)
        ? await tx.findOne(Post, { id: postId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!post || post.status !== ContentStatus.SCHEDULED || post.scheduledAt?.getTime() !== at) {
        return { published: false, reason: 'rescheduled, cancelled or gone' };
      }
      const now = deps.clock.now();
      if (post.scheduledAt > now) return { published: false, reason: 'not yet due' };
      setStatus(tx, post, 'publish', SYSTEM_ACTOR, now, {
        scheduledFor: new Date(at).toISOString(),
      });
      await announcePublished(tx, post, now);
      await tx.flush();
      return { published: true };
    });
  };
}

/**
 * Every minute from the crontab: publishes any scheduled post whose time has come on the app's
 * clock and whose own job has not run (a job lost with a restored backup, a post scheduled by an
 * older version). Rows are locked and re-checked, so of several processes one publishes.
 */
export function publishDuePostsTask(deps: { clock: Clock }): CronTask {
  return {
    name: 'publish-due-posts',
    schedule: '* * * * *',
    handler: async ({ em }) => {
      const now = deps.clock.now();
      return em.transactional(async (tx) => {
        const due = await tx.find(
          Post,
          { status: ContentStatus.SCHEDULED, scheduledAt: { $lte: now } },
          { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: 100 },
        );
        for (const post of due) {
          setStatus(tx, post, 'publish', SYSTEM_ACTOR, now, {
            scheduledFor: post.scheduledAt!.toISOString(),
          });
          await announcePublished(tx, post, now);
        }
        await tx.flush();
        return { published: due.length };
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Edit locks

export interface EditLockView {
  byId: string;
  since: Date;
  expiresAt: Date;
  mine: boolean;
}

/**
 * Takes or renews the advisory edit lock (five minutes). Atomic: of two editors opening the post
 * at once exactly one gets it; the other gets CONFLICT naming who holds it.
 */
export async function acquireEditLock(ctx: Context, postId: string): Promise<EditLockView> {
  assertPostEditor(ctx.viewer, null);
  const viewer = ctx.viewer;
  if (!isUuid(postId)) throw new NotFoundError('Không tìm thấy bài viết.');
  if (!mayWriteContent(viewer)) {
    const target = await ctx.em.findOne(Post, { id: postId, tenant: ctx.tenant.id });
    if (!target) throw new NotFoundError('Không tìm thấy bài viết.');
    assertPostEditor(viewer, target);
  }
  const now = ctx.clock.now();
  const expires = new Date(now.getTime() + LOCK_MS);
  const rows = await ctx.em.execute<{ locked_at: Date; lock_expires_at: Date }[]>(
    `update post set
        locked_at = case when locked_by_id = ? and lock_expires_at > ? then locked_at else ? end,
        locked_by_id = ?, lock_expires_at = ?
      where id = ? and tenant_id = ?
        and (locked_by_id is null or locked_by_id = ? or lock_expires_at is null or lock_expires_at <= ?)
      returning locked_at, lock_expires_at`,
    [viewer.userId, now, now, viewer.userId, expires, postId, ctx.tenant.id, viewer.userId, now],
  );
  if (rows[0]) {
    return {
      byId: viewer.userId,
      since: new Date(rows[0].locked_at),
      expiresAt: new Date(rows[0].lock_expires_at),
      mine: true,
    };
  }
  const post = await ctx.em.findOne(Post, { id: postId, tenant: ctx.tenant.id });
  if (!post) throw new NotFoundError('Không tìm thấy bài viết.');
  await ctx.em.refresh(post);
  const name = await staffName(ctx.em, post.lockedBy?.id);
  throw new ConflictError(
    `${name} đang sửa bài này (từ ${formatDateTimeVi(post.lockedAt ?? now)}). Bạn có thể xem nhưng chưa sửa được cho tới khi họ đóng bài hoặc khóa hết hạn lúc ${formatDateTimeVi(post.lockExpiresAt ?? now)}.`,
    {
      reason: 'LOCKED',
      lockedBy: { id: post.lockedBy?.id ?? null, fullName: name },
      lockExpiresAt: post.lockExpiresAt?.toISOString() ?? null,
    },
  );
}

export async function releaseEditLock(ctx: Context, postId: string): Promise<boolean> {
  assertPostEditor(ctx.viewer, null);
  if (!isUuid(postId)) return false;
  const n = await ctx.em.nativeUpdate(
    Post,
    { id: postId, tenant: ctx.tenant.id, lockedBy: ctx.viewer.userId },
    { lockedBy: null, lockedAt: null, lockExpiresAt: null },
  );
  return n > 0;
}

export function currentLock(post: Post, viewer: Viewer, now: Date): EditLockView | null {
  if (!post.lockedBy || !post.lockExpiresAt || post.lockExpiresAt <= now) return null;
  return {
    byId: post.lockedBy.id,
    since: post.lockedAt ?? now,
    expiresAt: post.lockExpiresAt,
    mine: isStaff(viewer) && viewer.userId === post.lockedBy.id,
  };
}

// ---------------------------------------------------------------------------------------------
// Preview links

export async function createPreviewLink(ctx: Context, postId: string): Promise<string> {
  assertAllowed(
    ctx.viewer,
    mayReadContentDrafts(ctx.viewer) || unitNewsDesk(ctx.viewer) !== null,
    'Chỉ biên tập viên được tạo liên kết xem trước.',
  );
  const post = await postById(ctx, postId);
  if (!post) throw new NotFoundError('Không tìm thấy bài viết.');
  const { token } = createPreviewToken(ctx.config.secret, {
    tenantId: ctx.tenant.id,
    postId: post.id,
    now: ctx.clock.now(),
  });
  return `${ctx.config.publicUrl}/xem-truoc?token=${encodeURIComponent(token)}`;
}

/** The post a preview link shows, in any status, rendered as the public site would show it. */
export async function previewPost(ctx: Context, token: string): Promise<Post | null> {
  const check = verifyPreviewToken(ctx.config.secret, token, ctx.clock.now());
  if (!check.ok || check.tenantId !== ctx.tenant.id) {
    const expired = check.ok === false && check.reason === 'EXPIRED';
    throw new AppError(
      ErrorCode.FORBIDDEN,
      expired
        ? 'Liên kết xem trước đã hết hạn. Hãy tạo liên kết mới trong trang quản trị.'
        : 'Liên kết xem trước không hợp lệ.',
      { reason: expired ? 'PREVIEW_EXPIRED' : 'PREVIEW_INVALID' },
    );
  }
  return ctx.em.findOne(Post, { id: check.postId, tenant: ctx.tenant.id });
}

// ---------------------------------------------------------------------------------------------
// Comparing revisions

/**
 * Line diff (jsdiff's Myers diff: a replaced line reads as its removal, then its addition). Texts
 * that differ in more than MAX_LINE_EDITS lines are shown as replaced wholesale, which bounds the
 * work for huge, unrelated revisions.
 */
const MAX_LINE_EDITS = 1_000;
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const changes = diffArrays(before, after, { maxEditLength: MAX_LINE_EDITS });
  if (!changes) {
    return [
      ...before.map((text) => ({ op: DiffOp.REMOVED, text })),
      ...after.map((text) => ({ op: DiffOp.ADDED, text })),
    ];
  }
  return changes.flatMap((c) => {
    const op = c.added ? DiffOp.ADDED : c.removed ? DiffOp.REMOVED : DiffOp.EQUAL;
    return c.value.map((text) => ({ op, text }));
  });
}

type ComparedField =
  | 'title'
  | 'slug'
  | 'summary'
  | 'seoTitle'
  | 'seoDescription'
  | 'coverImageId'
  | 'ogImageId'
  | 'campaignId';
const COMPARED: [ComparedField, string][] = [
  ['title', 'Tiêu đề'],
  ['slug', 'Đường dẫn'],
  ['summary', 'Tóm tắt'],
  ['seoTitle', 'Tiêu đề SEO'],
  ['seoDescription', 'Mô tả SEO'],
  ['coverImageId', 'Ảnh đại diện'],
  ['ogImageId', 'Ảnh chia sẻ'],
  ['campaignId', 'Phong trào'],
];

export async function comparePostRevisions(
  ctx: Context,
  postId: string,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  assertAllowed(ctx.viewer, mayReadContentDrafts(ctx.viewer));
  const post = await postById(ctx, postId);
  if (!post) throw new NotFoundError('Không tìm thấy bài viết.');
  const revs = await ctx.em.find(PostRevision, { post: post.id, number: { $in: [from, to] } });
  const a = revs.find((r) => r.number === from);
  const b = revs.find((r) => r.number === to);
  if (!a || !b) throw new NotFoundError('Không tìm thấy phiên bản cần so sánh.');
  const changes: FieldChange[] = [];
  for (const [field, label] of COMPARED) {
    const before = (a[field] as string | null | undefined) ?? null;
    const after = (b[field] as string | null | undefined) ?? null;
    if (before !== after) changes.push({ field, label, before, after });
  }
  const tagNames = async (ids: string[]) =>
    ids.length
      ? (await ctx.em.find(Tag, { id: { $in: ids } }))
          .map((t) => t.name)
          .sort()
          .join(', ')
      : '';
  const [ta, tb] = await Promise.all([tagNames(a.tagIds), tagNames(b.tagIds)]);
  if (ta !== tb)
    changes.push({ field: 'tags', label: 'Thẻ', before: ta || null, after: tb || null });
  const lines = (r: PostRevision) => docToText(normalizeDoc(r.body)).split('\n');
  return { from, to, changes, body: diffLines(lines(a), lines(b)) };
}

/**
 * A unit's editor sends a draft of their unit for the commune's editor to approve and publish (or
 * withdraws it with `requested: false` to keep working on it).
 */
export async function requestPostReview(
  ctx: Context,
  id: string,
  requested: boolean,
): Promise<Post> {
  assertPostEditor(ctx.viewer, null);
  const viewer = ctx.viewer;
  return ctx.em.transactional(async (tx) => {
    const post = await lockRow(tx, ctx, id);
    assertPostEditor(viewer, post);
    if (post.status !== ContentStatus.DRAFT)
      throw new InvalidTransitionError('Chỉ gửi duyệt bài đang là bản nháp.');
    post.reviewRequestedAt = requested ? ctx.clock.now() : null;
    await tx.flush();
    return post;
  });
}
