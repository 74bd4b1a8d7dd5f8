import { registerEnumType } from 'type-graphql';

export enum IdeaActivityType {
  RECEIVED = 'RECEIVED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  MESSAGE = 'MESSAGE',
  SUPPLEMENTED = 'SUPPLEMENTED',
  UPDATED = 'UPDATED',
}
registerEnumType(IdeaActivityType, {
  name: 'IdeaActivityType',
  valuesConfig: {
    RECEIVED: { description: 'Ý tưởng mới được tiếp nhận' },
    STATUS_CHANGED: { description: 'Trạng thái thay đổi' },
    MESSAGE: { description: 'Có tin mới trong luồng trao đổi' },
    SUPPLEMENTED: { description: 'Tác giả bổ sung thông tin' },
    UPDATED: { description: 'Cập nhật khác (phân công, thời hạn, công khai)' },
  },
});
