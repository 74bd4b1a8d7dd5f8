import { Field, Int, ObjectType } from 'type-graphql';
import { ReceiptLogKind } from './receipt-log.enums.js';

@ObjectType({ description: 'Kết quả kiểm tra một biên nhận trong sổ biên nhận công khai' })
export class ReceiptCheck {
  @Field({ description: 'Mã băm có trong sổ' })
  found: boolean;

  @Field(() => Int, { nullable: true, description: 'Số thứ tự trong sổ' })
  seq: number | null;

  @Field(() => ReceiptLogKind, { nullable: true })
  kind: ReceiptLogKind | null;

  @Field(() => Int, { nullable: true, description: 'Phiên bản nội dung (1: khi gửi)' })
  revision: number | null;

  @Field(() => Date, { nullable: true, description: 'Thời điểm ghi vào sổ' })
  recordedAt: Date | null;

  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Field(() => String, { nullable: true })
  entryHash: string | null;

  @Field({ description: 'Mã băm của mục khớp với nội dung mục' })
  intact: boolean;

  @Field({ description: 'Mục nối đúng với mục trước và mục sau' })
  linked: boolean;

  @Field(() => Int, { nullable: true, description: 'Số mục hiện có trong sổ' })
  headSeq: number | null;

  @Field(() => String, { nullable: true, description: 'Mã băm của mục mới nhất' })
  headHash: string | null;
}

@ObjectType({ description: 'Một mục của sổ biên nhận (không chứa dữ liệu cá nhân)' })
export class ReceiptLogEntryView {
  @Field(() => Int)
  seq: number;

  @Field(() => ReceiptLogKind)
  kind: ReceiptLogKind;

  @Field(() => Int)
  revision: number;

  @Field()
  digest: string;

  @Field()
  recordedAt: Date;

  @Field()
  prevHash: string;

  @Field()
  entryHash: string;
}
