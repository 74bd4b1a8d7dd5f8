import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Authorship } from '../idea/idea.entity.js';
import { ConsentChannel, ConsentGiver, ConsentKind } from './consent.enums.js';

/** The privacy notice shown at every collection point; each change is a new version. */
@ObjectType({ description: 'Thông báo xử lý dữ liệu cá nhân (có phiên bản)' })
@Entity({ tableName: 'privacy_notice' })
@Unique({ properties: ['tenant', 'version'] })
export class PrivacyNotice extends TenantOwned<'requiresFreshConsent'> {
  @Field(() => Int)
  @Property({ type: 'integer' })
  version: number;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field()
  @Property({ type: 'text' })
  body: string;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt: Date;

  @Field({
    description:
      'Phiên bản này thay đổi điều tác giả đã đồng ý: cần xin lại sự đồng ý của tác giả đồng ý theo phiên bản trước',
  })
  @Property({ default: false })
  requiresFreshConsent: boolean = false;
}

/** One consent of one author, tied to the notice version shown. Withdrawal keeps the record. */
@Entity({ tableName: 'consent' })
@Index({ properties: ['authorship', 'kind'] })
export class Consent extends TenantOwned<'givenBy'> {
  @ManyToOne(() => Authorship, { ref: true, deleteRule: 'cascade' })
  authorship: Ref<Authorship>;

  @Enum({ items: () => ConsentKind })
  kind: ConsentKind;

  @Property({ type: 'integer' })
  noticeVersion: number;

  @Enum({ items: () => ConsentChannel })
  channel: ConsentChannel;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  givenAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  /** The author themself, or for a minor their parent/guardian (both are needed). */
  @Enum({ items: () => ConsentGiver, default: ConsentGiver.SELF })
  givenBy: ConsentGiver = ConsentGiver.SELF;
}
