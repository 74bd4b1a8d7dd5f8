import { registerEnumType } from 'type-graphql';

export enum ReceiptLogKind {
  SUBMISSION = 'SUBMISSION',
  REVISION = 'REVISION',
}

registerEnumType(ReceiptLogKind, {
  name: 'ReceiptLogKind',
  valuesConfig: {
    SUBMISSION: { description: 'Biên nhận khi gửi ý tưởng' },
    REVISION: { description: 'Phiên bản nội dung mới' },
  },
});
