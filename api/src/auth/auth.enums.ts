import { registerEnumType } from 'type-graphql';

/** Where an account stands: invited (no password yet), active, or disabled by an ADMIN. */
export enum AccountStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Tình trạng tài khoản cán bộ',
  valuesConfig: {
    INVITED: { description: 'Đã mời, chưa kích hoạt' },
    ACTIVE: { description: 'Đang hoạt động' },
    DISABLED: { description: 'Đã khóa' },
  },
});

/** How an invitation reaches the person. */
export enum InvitationMethod {
  EMAIL_LINK = 'EMAIL_LINK',
  PRINTED_CODE = 'PRINTED_CODE',
}
registerEnumType(InvitationMethod, {
  name: 'InvitationMethod',
  description: 'Cách gửi lời mời',
  valuesConfig: {
    EMAIL_LINK: { description: 'Gửi đường dẫn qua email' },
    PRINTED_CODE: { description: 'Mã in trên giấy, trao tận tay' },
  },
});

/** Where an invitation stands. */
export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Tình trạng lời mời',
  valuesConfig: {
    PENDING: { description: 'Đang chờ nhận' },
    ACCEPTED: { description: 'Đã nhận' },
    REVOKED: { description: 'Đã thu hồi' },
    EXPIRED: { description: 'Đã hết hạn' },
  },
});
