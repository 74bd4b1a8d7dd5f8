import { Unit } from '../unit/unit.entity.js';
import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToOne,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { ContentKind, ContentStatus, TagKind } from './content.enums.js';
import { MediaAsset } from './media.entity.js';

/** Rich text as stored: a ProseMirror/Tiptap document, normalised by the server on every save. */
export type RichTextDoc = { type: 'doc'; content?: unknown[] } & Record<string, unknown>;

@ObjectType({ description: 'Thẻ phân loại nội dung (theo phong trào, lĩnh vực, chủ đề)' })
@Entity({ tableName: 'tag' })
@Unique({ properties: ['tenant', 'slug'] })
export class Tag extends TenantOwned {
  @Field({ description: 'Đường dẫn không dấu, duy nhất trong xã' })
  @Property({ length: 100 })
  slug: string;

  @Field()
  @Property({ length: 120 })
  name: string;

  @Field(() => TagKind)
  @Enum({ items: () => TagKind })
  kind: TagKind;

  /** The campaign a CAMPAIGN tag stands for. */
  @ManyToOne(() => Campaign, { ref: true, nullable: true, deleteRule: 'set null' })
  campaign?: Ref<Campaign> | null;

  /** The idea field a FIELD tag stands for. */
  @ManyToOne(() => IdeaField, { ref: true, nullable: true, deleteRule: 'set null' })
  field?: Ref<IdeaField> | null;
}

/**
 * A news post, a propaganda article or a static page. `version` is the number of the latest
 * revision: every save writes a revision, and a save naming an older version is refused
 * (CONFLICT), so two editors never overwrite each other silently.
 */
@ObjectType({ description: 'Bài viết: tin tức, bài tuyên truyền hoặc trang tĩnh' })
@Entity({ tableName: 'post' })
@Unique({ properties: ['tenant', 'kind', 'slug'] })
@Index({ properties: ['tenant', 'status', 'publishedAt'] })
@Index({ properties: ['tenant', 'updatedAt'] })
export class Post extends TenantOwned<'status' | 'version' | 'updatedAt'> {
  @Field(() => ContentKind)
  @Enum({ items: () => ContentKind })
  kind: ContentKind;

  @Field({ description: 'Đường dẫn không dấu, duy nhất theo loại nội dung trong xã' })
  @Property({ length: 120 })
  slug: string;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Tóm tắt (sa-pô)' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ type: 'json' })
  body: RichTextDoc;

  @Enum({ items: () => ContentStatus, default: ContentStatus.DRAFT })
  status: ContentStatus = ContentStatus.DRAFT;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  scheduledAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Thời điểm đăng' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  /** Once published, a changed slug leaves a redirect behind (links may have been shared). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstPublishedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @ManyToOne(() => MediaAsset, { ref: true, nullable: true, deleteRule: 'set null' })
  coverImage?: Ref<MediaAsset> | null;

  @Field(() => String, { nullable: true, description: 'Tiêu đề SEO (mặc định: tiêu đề bài)' })
  @Property({ type: 'string', length: 200, nullable: true })
  seoTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Mô tả SEO (mặc định: tóm tắt)' })
  @Property({ type: 'string', length: 400, nullable: true })
  seoDescription?: string | null;

  @ManyToOne(() => MediaAsset, { ref: true, nullable: true, deleteRule: 'set null' })
  ogImage?: Ref<MediaAsset> | null;

  @ManyToMany(() => Tag, undefined, {
    pivotTable: 'post_tag',
    joinColumn: 'post_id',
    inverseJoinColumn: 'tag_id',
  })
  tags = new Collection<Tag>(this);

  @Index()
  @ManyToOne(() => Campaign, { ref: true, nullable: true, deleteRule: 'set null' })
  campaign?: Ref<Campaign> | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<StaffUser> | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy?: Ref<StaffUser> | null;

  @Field({ description: 'Lần cập nhật gần nhất' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  /** News a unit's own editor drafted for the unit (§V.2); null for the commune's own posts. */
  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'set null' })
  unit?: Ref<Unit> | null;

  /** When the unit's editor asked the commune's editor to approve and publish the draft. */
  @Field(() => Date, { nullable: true, description: 'Đơn vị đã gửi bài chờ duyệt lúc' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reviewRequestedAt?: Date | null;

  /** The editor working on the post now (advisory lock, renewed while typing). */
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  lockedBy?: Ref<StaffUser> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockExpiresAt?: Date | null;
}

/** Every saved version of a post, in full (restoring one writes it again as a new revision). */
@ObjectType('ContentRevision', { description: 'Một phiên bản đã lưu của bài viết' })
@Entity({ tableName: 'post_revision' })
@Unique({ properties: ['post', 'number'] })
export class PostRevision extends TenantOwned {
  @ManyToOne(() => Post, { ref: true, deleteRule: 'cascade' })
  post: Ref<Post>;

  @Field(() => Int, { description: 'Số phiên bản (bằng `version` của bài khi lưu)' })
  @Property({ type: 'integer' })
  number: number;

  @Field({ description: 'Đường dẫn lúc lưu' })
  @Property({ length: 120 })
  slug: string;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Tóm tắt lúc lưu' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ type: 'json' })
  body: RichTextDoc;

  @Property({ type: 'string', length: 200, nullable: true })
  seoTitle?: string | null;

  @Property({ type: 'string', length: 400, nullable: true })
  seoDescription?: string | null;

  @Property({ type: 'uuid', nullable: true })
  coverImageId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  ogImageId?: string | null;

  @Property({ type: 'json' })
  tagIds: string[];

  @Property({ type: 'uuid', nullable: true })
  campaignId?: string | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<StaffUser> | null;

  /** What happened, e.g. "Khôi phục từ phiên bản 3". */
  @Field(() => String, {
    nullable: true,
    description: 'Ghi chú của lần lưu (ví dụ: khôi phục từ phiên bản 3)',
  })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** An earlier address of a post: asking for it answers with the current slug. */
@Entity({ tableName: 'post_slug' })
@Unique({ properties: ['tenant', 'kind', 'slug'] })
export class PostSlug extends TenantOwned {
  @Enum({ items: () => ContentKind })
  kind: ContentKind;

  @Property({ length: 120 })
  slug: string;

  @Index()
  @ManyToOne(() => Post, { ref: true, deleteRule: 'cascade' })
  post: Ref<Post>;
}

@ObjectType({ description: 'Băng-rôn (banner) trên trang chủ' })
@Entity({ tableName: 'banner' })
@Index({ properties: ['tenant', 'status', 'position'] })
export class Banner extends TenantOwned<'status' | 'position' | 'updatedAt'> {
  @Field()
  @Property({ length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Liên kết khi bấm (http(s) hoặc đường dẫn trong trang)',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  linkUrl?: string | null;

  @ManyToOne(() => MediaAsset, { ref: true, nullable: true, deleteRule: 'set null' })
  image?: Ref<MediaAsset> | null;

  @Field(() => ContentStatus)
  @Enum({ items: () => ContentStatus, default: ContentStatus.DRAFT })
  status: ContentStatus = ContentStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: 'Hiện từ thời điểm này' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Thôi hiện từ thời điểm này' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  endsAt?: Date | null;

  @Field(() => Int, { description: 'Thứ tự hiển thị (nhỏ trước)' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** What editors put on the home page, in order: an idea (through the rights gate) or a post. */
/** (Exposed through the `FeaturedItem` GraphQL type of the resolver, which applies the gate.) */
@Entity({ tableName: 'featured_item' })
@Index({ properties: ['tenant', 'position'] })
@Check({
  name: 'featured_item_one_target_check',
  expression: '(idea_id is null) <> (post_id is null)',
})
export class FeaturedItem extends TenantOwned {
  @Property({ type: 'integer' })
  position: number;

  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'cascade' })
  idea?: Ref<Idea> | null;

  @ManyToOne(() => Post, { ref: true, nullable: true, deleteRule: 'cascade' })
  post?: Ref<Post> | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  chosenBy?: Ref<StaffUser> | null;
}

/** SEO and sharing metadata an editor sets for an idea's public page. */
@Entity({ tableName: 'idea_seo' })
export class IdeaSeo extends TenantOwned {
  @OneToOne(() => Idea, { ref: true, owner: true, deleteRule: 'cascade' })
  idea: Ref<Idea>;

  @Property({ type: 'string', length: 200, nullable: true })
  seoTitle?: string | null;

  @Property({ type: 'string', length: 400, nullable: true })
  seoDescription?: string | null;

  @ManyToOne(() => MediaAsset, { ref: true, nullable: true, deleteRule: 'set null' })
  ogImage?: Ref<MediaAsset> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
