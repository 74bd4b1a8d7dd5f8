import { registerEnumType } from 'type-graphql';

export enum SupportStatus {
  ACTIVE = 'ACTIVE',
  DONE = 'DONE',
}

registerEnumType(SupportStatus, {
  name: 'SupportStatus',
  valuesConfig: { ACTIVE: { description: 'Đang hỗ trợ' }, DONE: { description: 'Đã hoàn thành' } },
});
