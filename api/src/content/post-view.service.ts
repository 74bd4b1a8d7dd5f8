/**
 * What a post, a media asset and the home page's featured items show to the viewer: editors (and
 * the hub, reading) see drafts, versions, locks and schedules; the public gets FORBIDDEN for
 * editor-only fields and null for the rest.
 */
import type { Context } from '../context.js';
import {
  assertAllowed,
  mayReadContentDrafts,
  mayWriteContent,
  unitNewsDesk,
} from '../common/access.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import type { Post, PostRevision } from './content.entity.js';
import type { MediaAsset } from './media.entity.js';
import type { CleanedHtml, EditLock, FeaturedItemView } from './content.types.js';
import { contentLoaders } from './content.loaders.js';
import { htmlToDoc, MAX_PASTE_CHARS, sanitizePastedHtml } from './html.importer.js';
import * as posts from './post.service.js';
import * as content from './content.service.js';
import * as media from './media.service.js';

/** Fields only editors (and the hub, reading) may see: the public gets FORBIDDEN. */
export function assertStaffField(ctx: Context, field: string, post?: Post): void {
  if (!readsDraftsOf(ctx, post))
    throw new ForbiddenError(`Trường "${field}" chỉ dành cho biên tập viên.`);
}

/** Editors and the hub read every post's drafts; a unit's editor those of their unit's posts. */
function readsDraftsOf(ctx: Context, post?: Post): boolean {
  if (mayReadContentDrafts(ctx.viewer)) return true;
  const desk = unitNewsDesk(ctx.viewer);
  return !!post && desk !== null && post.unit?.id === desk;
}

export async function lockView(ctx: Context, view: posts.EditLockView): Promise<EditLock> {
  const by = await contentLoaders(ctx).staff.load(view.byId);
  return { by: by!, since: view.since, expiresAt: view.expiresAt, mine: view.mine };
}

export async function acquireEditLockView(ctx: Context, postId: string): Promise<EditLock> {
  return lockView(ctx, await posts.acquireEditLock(ctx, postId));
}

export function postScheduledAt(ctx: Context, post: Post): Date | null {
  return mayReadContentDrafts(ctx.viewer) ? (post.scheduledAt ?? null) : null;
}

export function postArchivedAt(ctx: Context, post: Post): Date | null {
  return mayReadContentDrafts(ctx.viewer) ? (post.archivedAt ?? null) : null;
}

export function postBody(ctx: Context, post: Post): unknown {
  assertStaffField(ctx, 'body', post);
  return post.body;
}

export function postVersion(ctx: Context, post: Post): number {
  assertStaffField(ctx, 'version', post);
  return post.version;
}

export function postRevisions(ctx: Context, post: Post): Promise<PostRevision[]> {
  assertStaffField(ctx, 'revisions', post);
  return contentLoaders(ctx).revisionsByPost.load(post.id);
}

export async function postLock(ctx: Context, post: Post): Promise<EditLock | null> {
  if (!readsDraftsOf(ctx, post)) return null;
  const view = posts.currentLock(post, ctx.viewer, ctx.clock.now());
  return view ? lockView(ctx, view) : null;
}

/** Cleans HTML pasted from Word or a web page into the editor's document (editors). */
export function cleanPastedHtml(ctx: Context, html: string): CleanedHtml {
  assertAllowed(ctx.viewer, mayWriteContent(ctx.viewer));
  if (html.length > MAX_PASTE_CHARS)
    throw new BadInputError({ html: 'Nội dung dán vào quá dài (tối đa 2 triệu ký tự).' });
  return { html: sanitizePastedHtml(html), doc: htmlToDoc(html) };
}

/** One asset of the library for editors; null when it does not exist. */
export async function mediaAssetOrNull(ctx: Context, id: string): Promise<MediaAsset | null> {
  assertAllowed(ctx.viewer, mayReadContentDrafts(ctx.viewer));
  return media.getMedia(ctx, id).catch((err: unknown) => {
    if (err instanceof NotFoundError) return null;
    throw err;
  });
}

export function featuredView(v: content.FeaturedView): FeaturedItemView {
  return {
    id: v.item.id,
    position: v.item.position,
    idea: v.idea,
    post: v.post,
    hiddenReason: v.hiddenReason,
  };
}

export async function featuredViews(ctx: Context): Promise<FeaturedItemView[]> {
  return (await content.listFeatured(ctx)).map(featuredView);
}

export async function setFeaturedViews(
  ctx: Context,
  items: Parameters<typeof content.setFeatured>[1],
): Promise<FeaturedItemView[]> {
  return (await content.setFeatured(ctx, items)).map(featuredView);
}
