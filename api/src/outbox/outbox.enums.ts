import { registerEnumType } from 'type-graphql';

export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  valuesConfig: { EMAIL: { description: 'Thư điện tử' }, SMS: { description: 'Tin nhắn SMS' } },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Tình trạng gửi; thư lỗi được thử lại nhiều lần trước khi là FAILED',
  valuesConfig: {
    PENDING: { description: 'Đang chờ gửi' },
    SENT: { description: 'Đã gửi' },
    FAILED: { description: 'Gửi thất bại' },
  },
});
