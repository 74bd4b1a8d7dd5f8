import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { Person } from '../person/person.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';

export enum DataRequestKind {
  ACCESS = 'ACCESS',
  CORRECT = 'CORRECT',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
  RESTRICT = 'RESTRICT',
  WITHDRAW_CONSENT = 'WITHDRAW_CONSENT',
}
export const DATA_REQUEST_KIND_LABEL: Record<DataRequestKind, string> = {
  ACCESS: 'Xem dữ liệu cá nhân',
  CORRECT: 'Chỉnh sửa dữ liệu cá nhân',
  EXPORT: 'Xuất dữ liệu thành tệp',
  ERASE: 'Xóa, ẩn danh dữ liệu cá nhân',
  RESTRICT: 'Hạn chế xử lý',
  WITHDRAW_CONSENT: 'Rút lại sự đồng ý',
};
registerEnumType(DataRequestKind, {
  name: 'DataRequestKind',
  description: 'Yêu cầu của chủ thể dữ liệu (Luật 91/2025/QH15)',
  valuesConfig: Object.fromEntries(
    Object.entries(DATA_REQUEST_KIND_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum DataRequestStatus {
  RECEIVED = 'RECEIVED',
  DONE = 'DONE',
  REFUSED = 'REFUSED',
}
registerEnumType(DataRequestStatus, {
  name: 'DataRequestStatus',
  valuesConfig: {
    RECEIVED: { description: 'Đang xử lý' },
    DONE: { description: 'Đã thực hiện' },
    REFUSED: { description: 'Từ chối (có lý do)' },
  },
});

export enum DataRequestChannel {
  TRACKING_PAGE = 'TRACKING_PAGE',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(DataRequestChannel, {
  name: 'DataRequestChannel',
  valuesConfig: {
    TRACKING_PAGE: { description: 'Trên trang tra cứu' },
    IN_PERSON: { description: 'Trực tiếp tại đầu mối tiếp nhận' },
  },
});

/** A data-subject request, handled within two working days. */
@Entity({ tableName: 'data_request' })
@Index({ properties: ['tenant', 'status', 'dueAt'] })
export class DataRequest extends TenantOwned<'status'> {
  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict' })
  person: Ref<Person>;

  /** The idea the person came through (their tracking page), for context. */
  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'set null' })
  idea?: Ref<Idea> | null;

  @Enum({ items: () => DataRequestKind })
  kind: DataRequestKind;

  @Enum({ items: () => DataRequestChannel })
  channel: DataRequestChannel;

  @Property({ type: 'text', nullable: true })
  details?: string | null;

  /** For CORRECT: the corrected values asked for. */
  @Property({ type: 'json', nullable: true })
  corrections?: { fullName?: string; email?: string; phone?: string; address?: string } | null;

  /** For WITHDRAW_CONSENT: the consents withdrawn. */
  @Property({ type: 'json', nullable: true })
  consentKinds?: string[] | null;

  @Enum({ items: () => DataRequestStatus, default: DataRequestStatus.RECEIVED })
  status: DataRequestStatus = DataRequestStatus.RECEIVED;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date;

  /** End of the second working day after receipt (weekends and public holidays excluded). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  receivedBy?: Ref<StaffUser> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  handledAt?: Date | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  handledBy?: Ref<StaffUser> | null;

  /** What the requester is told. */
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  /** For ACCESS/EXPORT: the person's data as it stood when the request was handled. */
  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;
}

/** Public holidays (ngày nghỉ lễ, Tết) that the working-day timers skip. */
@Entity({ tableName: 'public_holiday' })
@Unique({ properties: ['tenant', 'day'] })
export class PublicHoliday extends TenantOwned {
  /** yyyy-mm-dd, local date (Asia/Ho_Chi_Minh). */
  @Index()
  @Property({ length: 10 })
  day: string;

  @Property({ length: 200 })
  name: string;
}
