import { Unit } from '../unit/unit.entity.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../context.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { ContentKind, ContentStatus, MediaKind, TagKind } from './content.enums.js';
import { Banner, IdeaSeo, Post, PostRevision, Tag } from './content.entity.js';
import { MediaAsset, MediaVariant } from './media.entity.js';
import {
  BannerInput,
  FeaturedInput,
  MediaInput,
  PostInput,
  SeoInput,
  TagInput,
} from './content.inputs.js';
import {
  CleanedHtml,
  EditLock,
  FeaturedItemView,
  MediaAssetConnection,
  PostConnection,
  PostLookup,
  RevisionComparison,
} from './content.types.js';
import * as posts from './post.service.js';
import * as content from './content.service.js';
import * as media from './media.service.js';
import { contentLoaders, renderForPublic } from './content.loaders.js';
import { normalizeDoc, type Doc } from './rich-text.renderer.js';
import * as view from './post-view.service.js';

@Resolver(() => Post)
export class PostResolver {
  @Query(() => PostConnection, {
    description:
      'Bài viết, mới nhất trước. Khách chỉ thấy bài đã đăng (theo thời điểm đăng); biên tập viên thấy mọi trạng thái (lọc bằng `status`, theo lần sửa gần nhất)',
  })
  async posts(
    @Ctx() ctx: Context,
    @Arg('kind', () => ContentKind, { nullable: true }) kind: ContentKind | null,
    @Arg('tag', () => String, { nullable: true, description: 'Đường dẫn (slug) của thẻ' })
    tag: string | null,
    @Arg('status', () => ContentStatus, {
      nullable: true,
      description: 'Chỉ dành cho biên tập viên',
    })
    status: ContentStatus | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Tìm không dấu trong tiêu đề, tóm tắt',
    })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Tối đa 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('awaitingReview', () => Boolean, {
      nullable: true,
      description: 'Chỉ bản nháp đơn vị đã gửi chờ duyệt (biên tập viên)',
    })
    awaitingReview: boolean | null,
  ): Promise<PostConnection> {
    return PostConnection.from(
      await posts.listPosts(ctx, { kind, tag, status, search, first, after, awaitingReview }),
    );
  }

  @Mutation(() => Post, {
    description:
      'Biên tập viên của đơn vị gửi bản nháp tin của đơn vị chờ biên tập viên của xã duyệt đăng (requested: false để rút lại)',
  })
  requestPostReview(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('requested', () => Boolean, { defaultValue: true }) requested: boolean,
  ) {
    return posts.requestPostReview(ctx, id, requested);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị soạn tin (tin do biên tập viên của đơn vị soạn)',
  })
  unit(@Root() post: Post): Promise<Unit | null> | null {
    return post.unit ? (post.unit.load({ dataloader: true }) as Promise<Unit>) : null;
  }

  @Query(() => PostLookup, {
    description:
      'Bài theo đường dẫn; đường dẫn cũ trả về `redirectTo` là đường dẫn hiện tại (khách chỉ thấy bài đã đăng)',
  })
  post(
    @Ctx() ctx: Context,
    @Arg('slug', () => String) slug: string,
    @Arg('kind', () => ContentKind, { nullable: true }) kind: ContentKind | null,
  ): Promise<PostLookup> {
    return posts.postBySlug(ctx, slug, kind);
  }

  @Query(() => Post, {
    nullable: true,
    description: 'Bài theo mã (biên tập viên: mọi trạng thái; khách: chỉ bài đã đăng)',
  })
  postById(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Post | null> {
    return posts.postById(ctx, id);
  }

  @Query(() => Post, {
    nullable: true,
    description:
      'Xem trước bài ở mọi trạng thái, đúng như trang công cộng sẽ hiển thị, bằng liên kết có chữ ký hết hạn sau 2 giờ (FORBIDDEN với reason PREVIEW_EXPIRED hoặc PREVIEW_INVALID)',
  })
  contentPreview(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return posts.previewPost(ctx, token);
  }

  @Query(() => RevisionComparison, {
    description: 'So sánh hai phiên bản của một bài (biên tập viên)',
  })
  comparePostRevisions(
    @Ctx() ctx: Context,
    @Arg('postId', () => ID) postId: string,
    @Arg('from', () => Int, { description: 'Số phiên bản cũ' }) from: number,
    @Arg('to', () => Int, { description: 'Số phiên bản mới' }) to: number,
  ): Promise<RevisionComparison> {
    return posts.comparePostRevisions(ctx, postId, from, to);
  }

  @Query(() => CleanedHtml, {
    description:
      'Làm sạch HTML dán từ Word hoặc trang web (bỏ script, thuộc tính on*, liên kết javascript:, style, mã mso- của Word) và chuyển sang tài liệu JSON của trình soạn thảo (biên tập viên)',
  })
  cleanPastedHtml(@Ctx() ctx: Context, @Arg('html', () => String) html: string): CleanedHtml {
    return view.cleanPastedHtml(ctx, html);
  }

  @Mutation(() => Post, { description: 'Tạo bài (bản nháp, phiên bản 1)' })
  createPost(@Ctx() ctx: Context, @Arg('input', () => PostInput) input: PostInput) {
    return posts.createPost(ctx, input);
  }

  @Mutation(() => Post, {
    description:
      'Lưu bài (một phiên bản mới). CONFLICT khi `expectedVersion` đã cũ (nêu ai đã lưu, lúc nào) hoặc người khác đang giữ khóa sửa; khi đó không gì bị ghi',
  })
  updatePost(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => PostInput) input: PostInput,
  ) {
    return posts.updatePost(ctx, id, expectedVersion, input);
  }

  @Mutation(() => Post, {
    description: 'Hẹn giờ đăng: bài tự đăng đúng giờ (kể cả khi máy chủ khởi động lại)',
  })
  schedulePost(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('at', () => Date) at: Date,
  ) {
    return posts.schedulePost(ctx, id, at);
  }

  @Mutation(() => Post, { description: 'Đăng ngay' })
  publishPost(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return posts.publishPost(ctx, id);
  }

  @Mutation(() => Post, { description: 'Thôi đăng / huỷ hẹn giờ / bỏ lưu trữ: về bản nháp' })
  unpublishPost(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return posts.unpublishPost(ctx, id);
  }

  @Mutation(() => Post, { description: 'Lưu trữ (không còn hiện trên trang công cộng)' })
  archivePost(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return posts.archivePost(ctx, id);
  }

  @Mutation(() => Post, {
    description: 'Khôi phục một phiên bản cũ (ghi thành phiên bản mới; đường dẫn giữ nguyên)',
  })
  restorePostRevision(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('revisionId', () => ID) revisionId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ) {
    return posts.restorePostRevision(ctx, id, revisionId, expectedVersion);
  }

  @Mutation(() => EditLock, {
    description:
      'Giữ hoặc gia hạn khóa sửa bài (5 phút; trình soạn thảo gia hạn khi người sửa còn gõ). CONFLICT nếu người khác đang giữ',
  })
  acquireEditLock(@Ctx() ctx: Context, @Arg('postId', () => ID) postId: string) {
    return view.acquireEditLockView(ctx, postId);
  }

  @Mutation(() => Boolean, { description: 'Nhả khóa sửa bài của mình' })
  releaseEditLock(@Ctx() ctx: Context, @Arg('postId', () => ID) postId: string) {
    return posts.releaseEditLock(ctx, postId);
  }

  @Mutation(() => String, {
    description:
      'Liên kết xem trước trên trang công cộng (${publicUrl}/xem-truoc?token=…), hết hạn sau 2 giờ',
  })
  createPreviewLink(@Ctx() ctx: Context, @Arg('postId', () => ID) postId: string) {
    return posts.createPreviewLink(ctx, postId);
  }

  @FieldResolver(() => String, {
    description:
      'HTML đã làm sạch dựng từ `body` trên máy chủ: ảnh chỉ từ thư viện media, thẻ ý tưởng chỉ khi ý tưởng được phép công khai',
  })
  html(@Root() post: Post, @Ctx() ctx: Context): Promise<string> {
    return renderForPublic(ctx, post.body as unknown as Doc);
  }

  @FieldResolver(() => MediaAsset, { nullable: true, description: 'Ảnh đại diện' })
  coverImage(@Root() post: Post, @Ctx() ctx: Context): Promise<MediaAsset | null> {
    return post.coverImage
      ? contentLoaders(ctx).media.load(post.coverImage.id)
      : Promise.resolve(null);
  }

  @FieldResolver(() => MediaAsset, {
    nullable: true,
    description: 'Ảnh chia sẻ Open Graph (mặc định: ảnh đại diện; dùng cỡ "og" 1200×630)',
  })
  async ogImage(@Root() post: Post, @Ctx() ctx: Context): Promise<MediaAsset | null> {
    const id = post.ogImage?.id ?? post.coverImage?.id;
    return id ? contentLoaders(ctx).media.load(id) : null;
  }

  @FieldResolver(() => [Tag])
  async tags(@Root() post: Post): Promise<Tag[]> {
    const items = await post.tags.load({ dataloader: true });
    return [...items];
  }

  @FieldResolver(() => Campaign, { nullable: true })
  async campaign(@Root() post: Post): Promise<Campaign | null> {
    return post.campaign ? ((await post.campaign.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => ContentStatus, {
    description:
      'Trạng thái (khách chỉ thấy bài đã đăng; liên kết xem trước cho thấy trạng thái thật)',
  })
  status(@Root() post: Post): ContentStatus {
    return post.status;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Giờ hẹn đăng (biên tập viên)' })
  scheduledAt(@Root() post: Post, @Ctx() ctx: Context): Date | null {
    return view.postScheduledAt(ctx, post);
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'Nội dung JSON của trình soạn thảo (chỉ biên tập viên)',
  })
  body(@Root() post: Post, @Ctx() ctx: Context): unknown {
    return view.postBody(ctx, post);
  }

  @FieldResolver(() => Int, {
    description: 'Số phiên bản hiện tại; gửi lại trong `expectedVersion` khi lưu (biên tập viên)',
  })
  version(@Root() post: Post, @Ctx() ctx: Context): number {
    return view.postVersion(ctx, post);
  }

  @FieldResolver(() => [PostRevision], {
    description: 'Các phiên bản đã lưu, mới nhất trước (biên tập viên)',
  })
  revisions(@Root() post: Post, @Ctx() ctx: Context): Promise<PostRevision[]> {
    return view.postRevisions(ctx, post);
  }

  @FieldResolver(() => EditLock, {
    nullable: true,
    description: 'Ai đang sửa bài (null: không ai; biên tập viên)',
  })
  lock(@Root() post: Post, @Ctx() ctx: Context): Promise<EditLock | null> {
    return view.postLock(ctx, post);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Lưu trữ lúc (biên tập viên)' })
  archivedAt(@Root() post: Post, @Ctx() ctx: Context): Date | null {
    return view.postArchivedAt(ctx, post);
  }
}

@Resolver(() => PostRevision)
export class ContentRevisionResolver {
  @FieldResolver(() => GraphQLJSON, { description: 'Nội dung JSON của phiên bản' })
  body(@Root() rev: PostRevision): unknown {
    return rev.body;
  }

  @FieldResolver(() => String, { description: 'HTML của phiên bản (như trang công cộng dựng)' })
  html(@Root() rev: PostRevision, @Ctx() ctx: Context): Promise<string> {
    return renderForPublic(ctx, normalizeDoc(rev.body));
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Người lưu' })
  author(@Root() rev: PostRevision, @Ctx() ctx: Context): Promise<StaffUser | null> {
    return rev.author ? contentLoaders(ctx).staff.load(rev.author.id) : Promise.resolve(null);
  }
}

@Resolver(() => MediaAsset)
export class MediaResolver {
  @Query(() => MediaAssetConnection, {
    description: 'Thư viện media, mới nhất trước (biên tập viên)',
  })
  async mediaAssets(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('kind', () => MediaKind, { nullable: true }) kind: MediaKind | null,
    @Arg('first', () => Int, { defaultValue: 40, description: 'Tối đa 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<MediaAssetConnection> {
    return MediaAssetConnection.from(await media.listMedia(ctx, { search, kind, first, after }));
  }

  @Query(() => MediaAsset, { nullable: true, description: 'Một tệp của thư viện (biên tập viên)' })
  mediaAsset(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return view.mediaAssetOrNull(ctx, id);
  }

  @Mutation(() => MediaAsset, {
    description: 'Sửa mô tả (alt bắt buộc với ảnh), chú thích, điểm trọng tâm (cắt lại ảnh og)',
  })
  updateMedia(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MediaInput) input: MediaInput,
  ) {
    return media.updateMedia(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Xóa tệp (CONFLICT nếu đang được dùng)' })
  deleteMedia(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return media.deleteMedia(ctx, id);
  }

  @FieldResolver(() => String, {
    description: 'Địa chỉ tệp: tài liệu gốc, hoặc với ảnh là bản JPEG lớn nhất',
  })
  url(@Root() asset: MediaAsset, @Ctx() ctx: Context): string {
    return media.mainUrl(ctx.mediaUrl, asset);
  }

  @FieldResolver(() => [MediaVariant], {
    description:
      'Các cỡ ảnh: thumb 320, small 640, medium 1024, large 1600 (không phóng to ảnh nhỏ hơn), og 1200×630; mỗi cỡ có AVIF, WebP, JPEG',
  })
  variants(@Root() asset: MediaAsset, @Ctx() ctx: Context): MediaVariant[] {
    return asset.variants
      .filter((v) => v.name !== 'original')
      .map((v) => ({
        name: v.name,
        format: v.format,
        width: v.width,
        height: v.height,
        bytes: v.bytes,
        url: media.variantUrl(ctx.mediaUrl, asset.id, v),
      }));
  }
}

@Resolver(() => Banner)
export class HomeContentResolver {
  @Query(() => [Banner], {
    description: 'Băng-rôn: khách thấy băng-rôn đang hiện lúc này; biên tập viên thấy tất cả',
  })
  banners(@Ctx() ctx: Context): Promise<Banner[]> {
    return content.listBanners(ctx);
  }

  @Mutation(() => Banner, { description: 'Tạo (id trống) hoặc sửa băng-rôn' })
  saveBanner(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => BannerInput) input: BannerInput,
  ) {
    return content.saveBanner(ctx, id, input);
  }

  @Mutation(() => Boolean)
  deleteBanner(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return content.deleteBanner(ctx, id);
  }

  @FieldResolver(() => MediaAsset, { nullable: true })
  image(@Root() banner: Banner, @Ctx() ctx: Context): Promise<MediaAsset | null> {
    return banner.image ? contentLoaders(ctx).media.load(banner.image.id) : Promise.resolve(null);
  }

  @Query(() => [FeaturedItemView], {
    description:
      'Mục nổi bật trang chủ: khách chỉ thấy ý tưởng còn qua được cổng kiểm soát quyền tác giả và bài đã đăng',
  })
  featured(@Ctx() ctx: Context): Promise<FeaturedItemView[]> {
    return view.featuredViews(ctx);
  }

  @Mutation(() => [FeaturedItemView], {
    description:
      'Đặt danh sách mục nổi bật theo thứ tự. RIGHTS_NOT_CLEARED với ý tưởng chưa được phép công khai',
  })
  setFeatured(
    @Ctx() ctx: Context,
    @Arg('items', () => [FeaturedInput]) items: FeaturedInput[],
  ): Promise<FeaturedItemView[]> {
    return view.setFeaturedViews(ctx, items);
  }

  @Query(() => [Tag], { description: 'Thẻ phân loại nội dung' })
  tags(
    @Ctx() ctx: Context,
    @Arg('kind', () => TagKind, { nullable: true }) kind: TagKind | null,
  ): Promise<Tag[]> {
    return content.listTags(ctx, kind);
  }

  @Mutation(() => Tag, { description: 'Tạo thẻ (biên tập viên)' })
  createTag(@Ctx() ctx: Context, @Arg('input', () => TagInput) input: TagInput) {
    return content.createTag(ctx, input);
  }

  @Query(() => String, {
    description:
      'Dấu phiên bản nội dung công khai (bài, băng-rôn, mục nổi bật, ý tưởng công khai, ảnh, thẻ, tên lĩnh vực và đơn vị): đổi khi có gì thay đổi — dùng làm ETag',
  })
  contentVersion(@Ctx() ctx: Context): Promise<string> {
    return content.contentVersion(ctx);
  }

  @Mutation(() => Idea, { description: 'SEO và ảnh chia sẻ của trang ý tưởng (biên tập viên)' })
  setIdeaSeo(
    @Ctx() ctx: Context,
    @Arg('ideaId', () => ID) ideaId: string,
    @Arg('input', () => SeoInput) input: SeoInput,
  ) {
    return content.setIdeaSeo(ctx, ideaId, input);
  }
}

/** SEO fields of an idea's public page, batched per request. */
@Resolver(() => Idea)
export class IdeaSeoResolver {
  private seo(idea: Idea, ctx: Context): Promise<IdeaSeo | null> {
    return contentLoaders(ctx).seoByIdea.load(idea.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Tiêu đề SEO của trang ý tưởng' })
  async seoTitle(@Root() idea: Idea, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.seo(idea, ctx))?.seoTitle ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Mô tả SEO của trang ý tưởng' })
  async seoDescription(@Root() idea: Idea, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.seo(idea, ctx))?.seoDescription ?? null;
  }

  @FieldResolver(() => MediaAsset, {
    nullable: true,
    description: 'Ảnh chia sẻ Open Graph của trang ý tưởng (cỡ "og" 1200×630)',
  })
  async ogImage(@Root() idea: Idea, @Ctx() ctx: Context): Promise<MediaAsset | null> {
    const seo = await this.seo(idea, ctx);
    return seo?.ogImage ? contentLoaders(ctx).media.load(seo.ogImage.id) : null;
  }
}
