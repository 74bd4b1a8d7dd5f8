/** Banners, featured items, tags, SEO of idea pages and the public content version. */
import { createHash } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayReadContentDrafts,
  mayWriteContent,
  type Viewer,
} from '../common/access.js';
import { ideaReadFilter } from '../idea/idea.access.js';
import { NotFoundError, RightsNotClearedError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { viCollator } from '../common/text.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { ConsentKind } from '../consent/consent.enums.js';
import { missingConsentSql, rightsProblems } from '../rights/rights.gate.js';
import { RightsUse } from '../rights/rights.enums.js';
import { ContentStatus, MediaKind, TagKind } from './content.enums.js';
import { Banner, FeaturedItem, IdeaSeo, Post, Tag } from './content.entity.js';
import { MediaAsset } from './media.entity.js';
import { firstFreeSlug, slugify } from './slug.helpers.js';
import { safeHref } from './rich-text.renderer.js';
import type { BannerInput, FeaturedInput, SeoInput, TagInput } from './content.inputs.js';

function assertWriter(viewer: Viewer): void {
  assertAllowed(
    viewer,
    mayWriteContent(viewer),
    'Chỉ biên tập viên và quản trị viên được sửa nội dung trang công cộng.',
  );
}

async function checkImage(
  em: EntityManager,
  tenantId: string,
  v: Validator,
  field: string,
  id: string | null | undefined,
): Promise<string | null> {
  const checked = v.id(field, id, 'ảnh');
  if (!checked) return null;
  const found = await em.findOne(MediaAsset, {
    id: checked,
    tenant: tenantId,
    kind: MediaKind.IMAGE,
  });
  if (!found) v.add(field, 'Ảnh không có trong thư viện media.');
  return found ? checked : null;
}

// ---------------------------------------------------------------------------------------------
// Banners

/** The public sees published banners whose time window contains now; editors see them all. */
export async function listBanners(ctx: Context): Promise<Banner[]> {
  const now = ctx.clock.now();
  const where: FilterQuery<Banner> = mayReadContentDrafts(ctx.viewer)
    ? { tenant: ctx.tenant.id }
    : {
        tenant: ctx.tenant.id,
        status: ContentStatus.PUBLISHED,
        $and: [
          { $or: [{ startsAt: null }, { startsAt: { $lte: now } }] },
          { $or: [{ endsAt: null }, { endsAt: { $gt: now } }] },
        ],
      };
  return ctx.em.find(Banner, where, { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
}

export async function saveBanner(
  ctx: Context,
  id: string | null,
  input: BannerInput,
): Promise<Banner> {
  assertWriter(ctx.viewer);
  const v = new Validator();
  const title = v.text('title', input.title, { label: 'tiêu đề', required: true, max: 200 });
  const text = v.text('text', input.text, { label: 'nội dung', max: 1000, multiline: true });
  let linkUrl: string | null = null;
  if (input.linkUrl?.trim()) {
    linkUrl = safeHref(input.linkUrl.trim());
    if (!linkUrl || /^mailto:/i.test(linkUrl))
      v.add(
        'linkUrl',
        'Liên kết phải là địa chỉ http(s) hoặc đường dẫn trong trang (bắt đầu bằng /).',
      );
  }
  if (input.status === ContentStatus.SCHEDULED)
    v.add('status', 'Băng-rôn không hẹn giờ theo trạng thái: hãy đăng và đặt thời điểm bắt đầu.');
  if (input.startsAt && input.endsAt && input.startsAt >= input.endsAt)
    v.add('endsAt', 'Thời điểm kết thúc phải sau thời điểm bắt đầu.');
  if (!Number.isInteger(input.position) || input.position < 0 || input.position > 1000)
    v.add('position', 'Thứ tự phải từ 0 đến 1000.');
  const imageId = await checkImage(ctx.em, ctx.tenant.id, v, 'imageId', input.imageId);
  v.throwIfInvalid();
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    let banner: Banner;
    const before = id
      ? await tx.findOne(Banner, { id: isUuid(id) ? id : '', tenant: ctx.tenant.id })
      : null;
    if (id && !before) throw new NotFoundError('Không tìm thấy băng-rôn.');
    const from = before?.status ?? null;
    if (before) banner = before;
    else
      banner = tx.create(Banner, {
        tenant: ctx.tenant.id,
        title: title!,
        createdAt: now,
        updatedAt: now,
      });
    banner.title = title!;
    banner.text = text;
    banner.linkUrl = linkUrl;
    banner.image = imageId ? (tx.getReference(MediaAsset, imageId) as never) : null;
    banner.status = input.status;
    banner.startsAt = input.startsAt ?? null;
    banner.endsAt = input.endsAt ?? null;
    banner.position = input.position;
    banner.updatedAt = now;
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.BANNER_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { bannerId: banner.id, title: banner.title, from, to: banner.status },
      at: now,
    });
    await tx.flush();
    return banner;
  });
}

export async function deleteBanner(ctx: Context, id: string): Promise<boolean> {
  assertWriter(ctx.viewer);
  if (!isUuid(id)) return false;
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const banner = await tx.findOne(Banner, { id, tenant: ctx.tenant.id });
    if (!banner) return false;
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.BANNER_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { bannerId: banner.id, title: banner.title, deleted: true },
      at: now,
    });
    tx.remove(banner);
    await tx.flush();
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Featured items

export interface FeaturedView {
  item: FeaturedItem;
  idea: Idea | null;
  post: Post | null;
  /** For editors: why the public does not see this item (null: it is shown). */
  hiddenReason: string | null;
}

/**
 * The home page's featured items. Each idea is re-checked against the rights gate on every read,
 * so an idea whose consent is withdrawn, or that falls into dispute, disappears at once; posts
 * show while published. Editors see every item with the reason it is hidden.
 */
export async function listFeatured(ctx: Context): Promise<FeaturedView[]> {
  const items = await ctx.em.find(
    FeaturedItem,
    { tenant: ctx.tenant.id },
    { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
  );
  const ideaIds = items.map((i) => i.idea?.id).filter((x): x is string => Boolean(x));
  const postIds = items.map((i) => i.post?.id).filter((x): x is string => Boolean(x));
  const staff = mayReadContentDrafts(ctx.viewer);
  const [publicIdeas, visibleIdeas, posts] = await Promise.all([
    ideaIds.length
      ? ctx.em.find(Idea, {
          $and: [{ id: { $in: ideaIds } }, ideaReadFilter({ kind: 'anonymous' }, ctx.tenant.id)],
        })
      : [],
    ideaIds.length && staff
      ? ctx.em.find(Idea, {
          $and: [{ id: { $in: ideaIds } }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
        })
      : [],
    postIds.length ? ctx.em.find(Post, { id: { $in: postIds }, tenant: ctx.tenant.id }) : [],
  ]);
  const pub = new Map(publicIdeas.map((i) => [i.id, i]));
  const vis = new Map(visibleIdeas.map((i) => [i.id, i]));
  const postById = new Map(posts.map((p) => [p.id, p]));
  const out: FeaturedView[] = [];
  for (const item of items) {
    if (item.idea) {
      const shown = pub.get(item.idea.id) ?? null;
      if (!staff) {
        if (shown) out.push({ item, idea: shown, post: null, hiddenReason: null });
        continue;
      }
      out.push({
        item,
        idea: shown ?? vis.get(item.idea.id) ?? null,
        post: null,
        hiddenReason: shown
          ? null
          : 'Ý tưởng không còn được phép công khai (đã thôi công khai, tác giả rút đồng ý hoặc có tranh chấp).',
      });
    } else if (item.post) {
      const post = postById.get(item.post.id) ?? null;
      const published = post?.status === ContentStatus.PUBLISHED;
      if (!staff) {
        if (published) out.push({ item, idea: null, post, hiddenReason: null });
        continue;
      }
      out.push({
        item,
        idea: null,
        post,
        hiddenReason: published ? null : 'Bài viết chưa đăng hoặc đã thôi đăng.',
      });
    }
  }
  return out;
}

/** What keeps an idea off the public site, in Vietnamese; empty when it may be featured. */
async function featureProblems(em: EntityManager, idea: Idea): Promise<string[]> {
  const problems = await rightsProblems(em, idea, RightsUse.PUBLISH);
  if (!idea.publishedAt) problems.unshift('Ý tưởng chưa được cơ quan đầu mối công khai.');
  return problems;
}

/** Replaces the list of featured items (their order is the order given). */
export async function setFeatured(ctx: Context, inputs: FeaturedInput[]): Promise<FeaturedView[]> {
  assertWriter(ctx.viewer);
  const v = new Validator();
  if (inputs.length > 24) v.add('items', 'Tối đa 24 mục nổi bật.');
  const seen = new Set<string>();
  inputs.forEach((it, i) => {
    const both = Boolean(it.ideaId) === Boolean(it.postId);
    if (both) v.add(`items.${i}`, 'Mỗi mục chọn đúng một ý tưởng hoặc một bài viết.');
    const key = it.ideaId ? `i:${it.ideaId}` : `p:${it.postId}`;
    if (seen.has(key)) v.add(`items.${i}`, 'Mục này đã có trong danh sách.');
    seen.add(key);
    if (it.ideaId) v.id(`items.${i}.ideaId`, it.ideaId, 'ý tưởng');
    if (it.postId) v.id(`items.${i}.postId`, it.postId, 'bài viết');
  });
  v.throwIfInvalid();
  const ideaIds = inputs.map((i) => i.ideaId).filter((x): x is string => Boolean(x));
  const postIds = inputs.map((i) => i.postId).filter((x): x is string => Boolean(x));
  const [ideas, posts] = await Promise.all([
    ideaIds.length ? ctx.em.find(Idea, { id: { $in: ideaIds }, tenant: ctx.tenant.id }) : [],
    postIds.length ? ctx.em.find(Post, { id: { $in: postIds }, tenant: ctx.tenant.id }) : [],
  ]);
  const ideaById = new Map(ideas.map((i) => [i.id, i]));
  const postIdsFound = new Set(posts.map((p) => p.id));
  inputs.forEach((it, i) => {
    if (it.ideaId && !ideaById.has(it.ideaId.toLowerCase()))
      v.add(`items.${i}.ideaId`, 'Không tìm thấy ý tưởng.');
    if (it.postId && !postIdsFound.has(it.postId.toLowerCase()))
      v.add(`items.${i}.postId`, 'Không tìm thấy bài viết.');
  });
  v.throwIfInvalid();
  // The rights gate: only ideas the public may see can be featured.
  for (const idea of ideas) {
    const problems = await featureProblems(ctx.em, idea);
    if (problems.length) {
      throw new RightsNotClearedError(
        `Chưa thể đưa ý tưởng "${idea.title}" lên trang chủ: ${problems.join(' ')}`,
        problems,
      );
    }
  }
  const now = ctx.clock.now();
  await ctx.em.transactional(async (tx) => {
    await tx.nativeDelete(FeaturedItem, { tenant: ctx.tenant.id });
    inputs.forEach((it, position) =>
      tx.create(FeaturedItem, {
        tenant: ctx.tenant.id,
        position,
        idea: it.ideaId ? it.ideaId.toLowerCase() : null,
        post: it.postId ? it.postId.toLowerCase() : null,
        chosenBy: isStaff(ctx.viewer) ? ctx.viewer.userId : null,
        createdAt: now,
      }),
    );
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.FEATURED_CHANGED,
      actor: auditActor(ctx.viewer),
      details: {
        items: inputs.map((i) => (i.ideaId ? { ideaId: i.ideaId } : { postId: i.postId })),
      },
      at: now,
    });
    await tx.flush();
  });
  ctx.em.clear();
  return listFeatured(ctx);
}

// ---------------------------------------------------------------------------------------------
// Tags

export async function listTags(ctx: Context, kind: TagKind | null): Promise<Tag[]> {
  const tags = await ctx.em.find(Tag, { tenant: ctx.tenant.id, ...(kind ? { kind } : {}) });
  const order = [TagKind.CAMPAIGN, TagKind.FIELD, TagKind.TOPIC];
  return tags.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || viCollator.compare(a.name, b.name),
  );
}

export async function createTag(ctx: Context, input: TagInput): Promise<Tag> {
  assertWriter(ctx.viewer);
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'tên thẻ', required: true, max: 120 });
  const campaignId = v.id('campaignId', input.campaignId, 'phong trào');
  const fieldId = v.id('fieldId', input.fieldId, 'lĩnh vực');
  let slug = input.slug?.trim() ? slugify(input.slug) : null;
  if (input.slug?.trim() && !slug) v.add('slug', 'Đường dẫn cần có chữ cái hoặc chữ số.');
  v.throwIfInvalid();
  if (campaignId && !(await ctx.em.findOne(Campaign, { id: campaignId, tenant: ctx.tenant.id })))
    v.add('campaignId', 'Không tìm thấy phong trào.');
  if (fieldId && !(await ctx.em.findOne(IdeaField, { id: fieldId, tenant: ctx.tenant.id })))
    v.add('fieldId', 'Không tìm thấy lĩnh vực.');
  const existing = await ctx.em.find(Tag, { tenant: ctx.tenant.id });
  if (existing.some((t) => viCollator.compare(t.name, name!) === 0 && t.kind === input.kind))
    v.add('name', `Đã có thẻ "${name}".`);
  const taken = new Set(existing.map((t) => t.slug));
  if (slug && taken.has(slug)) v.add('slug', `Đường dẫn "${slug}" đã được thẻ khác dùng.`);
  v.throwIfInvalid();
  slug ??= firstFreeSlug(slugify(name!) || 'the', taken);
  const tag = ctx.em.create(Tag, {
    tenant: ctx.tenant.id,
    slug,
    name: name!,
    kind: input.kind,
    campaign: campaignId,
    field: fieldId,
    createdAt: ctx.clock.now(),
  });
  await ctx.em.flush();
  return tag;
}

// ---------------------------------------------------------------------------------------------
// SEO of idea pages

export async function setIdeaSeo(ctx: Context, ideaId: string, input: SeoInput): Promise<Idea> {
  assertWriter(ctx.viewer);
  if (!isUuid(ideaId)) throw new NotFoundError('Không tìm thấy ý tưởng.');
  const idea = await ctx.em.findOne(Idea, {
    $and: [{ id: ideaId }, ideaReadFilter(ctx.viewer, ctx.tenant.id)],
  });
  if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
  const v = new Validator();
  const seoTitle = v.text('seoTitle', input.seoTitle, { label: 'tiêu đề SEO', max: 200 });
  const seoDescription = v.text('seoDescription', input.seoDescription, {
    label: 'mô tả SEO',
    max: 400,
  });
  const ogImageId = await checkImage(ctx.em, ctx.tenant.id, v, 'ogImageId', input.ogImageId);
  v.throwIfInvalid();
  const now = ctx.clock.now();
  let seo = await ctx.em.findOne(IdeaSeo, { idea: idea.id });
  if (!seo)
    seo = ctx.em.create(IdeaSeo, { tenant: ctx.tenant.id, idea, createdAt: now, updatedAt: now });
  seo.seoTitle = seoTitle;
  seo.seoDescription = seoDescription;
  seo.ogImage = ogImageId ? (ctx.em.getReference(MediaAsset, ogImageId) as never) : null;
  seo.updatedAt = now;
  await ctx.em.flush();
  return idea;
}

// ---------------------------------------------------------------------------------------------
// Content version (for ETags of the public site)

/**
 * A fingerprint of everything the public site shows from this API: published posts, banners live
 * now, featured items, and the ideas the public may see (publication, rights, consents), with what
 * is shown beside them — media (a new description or focal point), tags, and the names of fields
 * and units on idea cards. Any change — including a banner's window opening or a consent being
 * withdrawn — changes it. Not covered: counters and campaign details, which pages that show them
 * fetch alongside it. Rows are fingerprinted one by one, never by their latest `updated_at`: some
 * timestamps come from the wall clock and others from the API's clock, so a newer change can carry
 * an older time.
 */
export async function contentVersion(ctx: Context): Promise<string> {
  const now = ctx.clock.now();
  const t = ctx.tenant.id;
  const [row] = await ctx.em.execute<
    {
      posts: string | null;
      banners: string | null;
      featured: string | null;
      ideas: string | null;
      consents: string | null;
      seo: string | null;
      media: string | null;
      tags: string | null;
      fields: string | null;
      units: string | null;
    }[]
  >(
    `select
       (select md5(string_agg(id::text || updated_at::text, ',' order by id)) from post
         where tenant_id = ? and status = 'PUBLISHED') as posts,
       (select md5(string_agg(id::text || updated_at::text, ',' order by id)) from banner
         where tenant_id = ? and status = 'PUBLISHED' and (starts_at is null or starts_at <= ?)
           and (ends_at is null or ends_at > ?)) as banners,
       (select md5(string_agg(coalesce(idea_id, post_id)::text || position::text, ',' order by position)) from featured_item
         where tenant_id = ?) as featured,
       (select md5(string_agg(id::text || updated_at::text || coalesce(honoured_at::text, ''), ',' order by id)) from idea
         where tenant_id = ? and published_at is not null and rights_status = 'ESTABLISHED'
           and not ${missingConsentSql('idea', ConsentKind.PUBLISH_CONTENT)}) as ideas,
       (select count(*)::text || max(greatest(c.given_at, coalesce(c.withdrawn_at, c.given_at)))::text
          from consent c where c.tenant_id = ?) as consents,
       (select md5(string_agg(idea_id::text || updated_at::text, ',' order by idea_id)) from idea_seo
         where tenant_id = ?) as seo,
       (select md5(string_agg(id::text || updated_at::text, ',' order by id)) from media_asset
         where tenant_id = ?) as media,
       (select md5(string_agg(id::text || slug || name || kind, ',' order by id)) from tag
         where tenant_id = ?) as tags,
       (select md5(string_agg(id::text || name, ',' order by id)) from field
         where tenant_id = ?) as fields,
       (select md5(string_agg(id::text || name, ',' order by id)) from unit
         where tenant_id = ?) as units`,
    [t, t, now, now, t, t, t, t, t, t, t, t],
  );
  return createHash('sha256')
    .update(JSON.stringify(row ?? {}))
    .digest('hex')
    .slice(0, 24);
}
