import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Authorship } from '../idea/idea.entity.js';

export enum ConsentKind {
  /** Processing of personal data to handle the idea (Law 91/2025): required to submit. */
  PROCESS_DATA = 'PROCESS_DATA',
  SHOW_NAME = 'SHOW_NAME',
  PUBLISH_CONTENT = 'PUBLISH_CONTENT',
  ALLOW_PILOT = 'ALLOW_PILOT',
  ALLOW_SCALE = 'ALLOW_SCALE',
}
export const CONSENT_LABEL: Record<ConsentKind, string> = {
  PROCESS_DATA: 'Đồng ý cho cơ quan tiếp nhận xử lý dữ liệu cá nhân để xem xét và phản hồi ý tưởng',
  SHOW_NAME: 'Đồng ý hiển thị tên tôi công khai',
  PUBLISH_CONTENT: 'Đồng ý công khai nội dung ý tưởng',
  ALLOW_PILOT: 'Đồng ý cho thử nghiệm, sử dụng ý tưởng',
  ALLOW_SCALE: 'Đồng ý cho nhân rộng ý tưởng sang đơn vị khác',
};
registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'Loại đồng ý của tác giả',
  valuesConfig: Object.fromEntries(
    Object.entries(CONSENT_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum ConsentChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}
registerEnumType(ConsentChannel, {
  name: 'ConsentChannel',
  valuesConfig: {
    ONLINE: { description: 'Đánh dấu trên mẫu trực tuyến' },
    PAPER: { description: 'Ký trên phiếu giấy' },
  },
});

export enum ConsentGiver {
  SELF = 'SELF',
  GUARDIAN = 'GUARDIAN',
}
registerEnumType(ConsentGiver, {
  name: 'ConsentGiver',
  valuesConfig: {
    SELF: { description: 'Tác giả' },
    GUARDIAN: { description: 'Cha, mẹ hoặc người giám hộ' },
  },
});

/** The privacy notice shown at every collection point; each change is a new version. */
@ObjectType({ description: 'Thông báo xử lý dữ liệu cá nhân (có phiên bản)' })
@Entity({ tableName: 'privacy_notice' })
@Unique({ properties: ['tenant', 'version'] })
export class PrivacyNotice extends TenantOwned {
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
