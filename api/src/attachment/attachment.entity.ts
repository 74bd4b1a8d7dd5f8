import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { AttachmentKind } from './attachment.enums.js';

/** What a council member reviewing an idea may open (never the signed forms with personal data). */
export const REVIEWER_FILE_KINDS = [AttachmentKind.SUPPORTING, AttachmentKind.REPORT];

/**
 * A stored file. Uploaded first (unattached, its id acting as a capability), then attached to an
 * idea by the submission that names it. The type is what the content says, not the file name.
 */
@ObjectType({ description: 'Tệp đính kèm' })
@Entity({ tableName: 'attachment' })
export class Attachment extends TenantOwned {
  @Index()
  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'cascade' })
  idea?: Ref<Idea> | null;

  @Field(() => AttachmentKind)
  @Enum({ items: () => AttachmentKind })
  kind: AttachmentKind;

  @Field()
  @Property({ length: 255 })
  fileName: string;

  @Field({ description: 'Kiểu tệp xác định theo nội dung' })
  @Property({ length: 120 })
  mimeType: string;

  @Field(() => Float, { description: 'Kích thước (byte)' })
  @Property({ type: 'integer' })
  size: number;

  @Field()
  @Property({ length: 64 })
  sha256: string;

  @Property({ length: 300 })
  storageKey: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedBy?: Ref<StaffUser> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  attachedAt?: Date | null;

  /** The content was deleted at the request of the person it concerns (the record stays). */
  @Field(() => Date, { nullable: true, description: 'Nội dung tệp đã bị xóa theo yêu cầu' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  erasedAt?: Date | null;
}
