import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageKind } from './message-template.enums.js';

/** A commune's own text for one kind of message on one channel (the default applies otherwise). */
@Entity({ tableName: 'message_template' })
@Unique({ properties: ['tenant', 'kind', 'channel'] })
export class MessageTemplate extends TenantOwned {
  @Enum({ items: () => MessageKind })
  kind: MessageKind;

  @Enum({ items: () => DeliveryChannel })
  channel: DeliveryChannel;

  @Property({ length: 300, nullable: true, type: 'string' })
  subject?: string | null;

  @Property({ type: 'text' })
  body: string;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy?: Ref<StaffUser> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date;
}
