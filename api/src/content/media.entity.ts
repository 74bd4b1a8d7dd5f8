import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { MediaKind } from './content.enums.js';

/** One stored rendition of an image (or the original of a document), as kept in `variants`. */
export interface StoredVariant {
  /** thumb | small | medium | large | og | original */
  name: string;
  /** avif | webp | jpeg, or the document's extension */
  format: string;
  width: number;
  height: number;
  bytes: number;
  storageKey: string;
  /** Last path segment of the public URL; carries a content hash, so the URL is immutable. */
  file: string;
  mimeType: string;
}

@ObjectType({ description: 'Một cỡ ảnh đã tạo sẵn' })
export class MediaVariant {
  @Field({
    description: 'Tên cỡ: thumb (320), small (640), medium (1024), large (1600), og (1200×630)',
  })
  name: string;

  @Field({ description: 'Định dạng: avif, webp hoặc jpeg' })
  format: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;

  @Field({ description: 'Địa chỉ tệp (không đổi, lưu đệm lâu dài được)' })
  url: string;

  @Field(() => Int, { description: 'Dung lượng (byte)' })
  bytes: number;
}

/**
 * A file of the media library. Images are decoded and re-encoded by the server into named sizes
 * and modern formats (their metadata, such as GPS position, is dropped); the uploaded original is
 * kept for re-cropping but never served. Documents are served as uploaded.
 */
@ObjectType('MediaAsset', { description: 'Tệp trong thư viện media (ảnh, tài liệu)' })
@Entity({ tableName: 'media_asset' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class MediaAsset extends TenantOwned<'updatedAt'> {
  @Field(() => MediaKind)
  @Enum({ items: () => MediaKind })
  kind: MediaKind;

  @Field({ description: 'Tên tệp khi tải lên' })
  @Property({ length: 255 })
  filename: string;

  @Field({ description: 'Kiểu tệp xác định theo nội dung' })
  @Property({ length: 120 })
  mimeType: string;

  @Field(() => Int, { description: 'Dung lượng tệp gốc (byte)' })
  @Property({ type: 'integer' })
  bytes: number;

  @Property({ length: 64 })
  sha256: string;

  @Field(() => String, {
    nullable: true,
    description: 'Mô tả thay thế cho người khiếm thị (bắt buộc với ảnh)',
  })
  @Property({ type: 'text', nullable: true })
  alt?: string | null;

  @Field(() => String, { nullable: true, description: 'Chú thích hiển thị dưới ảnh' })
  @Property({ type: 'text', nullable: true })
  caption?: string | null;

  @Field(() => Int, { nullable: true, description: 'Chiều rộng ảnh gốc (điểm ảnh)' })
  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Chiều cao ảnh gốc (điểm ảnh)' })
  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Điểm trọng tâm theo chiều ngang (0 = trái, 1 = phải), dùng khi cắt ảnh',
  })
  @Property({ type: 'double', nullable: true })
  focalX?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Điểm trọng tâm theo chiều dọc (0 = trên, 1 = dưới), dùng khi cắt ảnh',
  })
  @Property({ type: 'double', nullable: true })
  focalY?: number | null;

  /** The uploaded bytes (never served for images: they may carry EXIF/GPS metadata). */
  @Property({ length: 300 })
  storageKey: string;

  @Property({ type: 'json' })
  variants: StoredVariant[] = [];

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedBy?: Ref<StaffUser> | null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz',
    defaultRaw: 'now()',
    onUpdate: () => new Date(),
  })
  updatedAt: Date = new Date();
}
