import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ContentKind, ContentStatus, TagKind } from './content.enums.js';

@InputType({ description: 'Nội dung một bài viết (mỗi lần lưu tạo một phiên bản)' })
export class PostInput {
  @Field(() => ContentKind)
  kind: ContentKind;

  @Field({ description: 'Tiêu đề' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Đường dẫn; bỏ trống: tạo từ tiêu đề (không dấu). Đổi đường dẫn của bài đã đăng thì đường dẫn cũ được chuyển hướng.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Tóm tắt (sa-pô)' })
  summary?: string | null;

  @Field(() => GraphQLJSON, {
    description:
      'Nội dung dạng JSON của trình soạn thảo (ProseMirror/Tiptap): paragraph, heading 2–4, bulletList, orderedList, listItem, blockquote, hardBreak, horizontalRule, image {mediaId, alt}, ideaEmbed {ideaId}; dấu bold, italic, link {href}',
  })
  body: unknown;

  @Field(() => ID, { nullable: true, description: 'Ảnh đại diện (ảnh trong thư viện media)' })
  coverImageId?: string | null;

  @Field(() => String, { nullable: true, description: 'Tiêu đề SEO' })
  seoTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Mô tả SEO' })
  seoDescription?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Ảnh chia sẻ mạng xã hội (Open Graph); bỏ trống: dùng ảnh đại diện',
  })
  ogImageId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Thẻ phân loại' })
  tagIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Phong trào, đợt phát động liên quan' })
  campaignId?: string | null;
}

@InputType({ description: 'Thông tin mô tả một tệp media' })
export class MediaInput {
  @Field(() => String, {
    nullable: true,
    description: 'Mô tả thay thế (bắt buộc với ảnh): nội dung ảnh cho người khiếm thị',
  })
  alt?: string | null;

  @Field(() => String, { nullable: true })
  caption?: string | null;

  @Field(() => Float, { nullable: true, description: 'Điểm trọng tâm ngang (0..1)' })
  focalX?: number | null;

  @Field(() => Float, { nullable: true, description: 'Điểm trọng tâm dọc (0..1)' })
  focalY?: number | null;
}

@InputType({ description: 'Băng-rôn trên trang chủ' })
export class BannerInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) hoặc đường dẫn trong trang' })
  linkUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ảnh trong thư viện media' })
  imageId?: string | null;

  @Field(() => ContentStatus, {
    defaultValue: ContentStatus.DRAFT,
    description: 'DRAFT, PUBLISHED hoặc ARCHIVED (hẹn giờ bằng startsAt)',
  })
  status: ContentStatus;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Int, { defaultValue: 0 })
  position: number;
}

@InputType({ description: 'Một mục nổi bật: đúng một trong ideaId, postId' })
export class FeaturedInput {
  @Field(() => ID, { nullable: true })
  ideaId?: string | null;

  @Field(() => ID, { nullable: true })
  postId?: string | null;
}

@InputType({ description: 'Thẻ phân loại mới' })
export class TagInput {
  @Field()
  name: string;

  @Field(() => TagKind)
  kind: TagKind;

  @Field(() => String, { nullable: true, description: 'Bỏ trống: tạo từ tên' })
  slug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Phong trào mà thẻ CAMPAIGN đại diện' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lĩnh vực mà thẻ FIELD đại diện' })
  fieldId?: string | null;
}

@InputType({ description: 'SEO và chia sẻ mạng xã hội cho trang ý tưởng' })
export class SeoInput {
  @Field(() => String, { nullable: true })
  seoTitle?: string | null;

  @Field(() => String, { nullable: true })
  seoDescription?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ảnh Open Graph (ảnh trong thư viện media)' })
  ogImageId?: string | null;
}
