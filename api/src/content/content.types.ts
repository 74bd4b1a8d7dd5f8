import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Connection } from '../common/connection.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Post } from './content.entity.js';
import { MediaAsset } from './media.entity.js';

export const PostConnection = Connection(Post, 'Post');
export type PostConnection = InstanceType<typeof PostConnection>;
export const MediaAssetConnection = Connection(MediaAsset, 'MediaAsset');
export type MediaAssetConnection = InstanceType<typeof MediaAssetConnection>;

@ObjectType({ description: 'Khóa chỉnh sửa: một biên tập viên đang sửa bài' })
export class EditLock {
  @Field(() => StaffUser, { description: 'Người đang giữ khóa' })
  by: StaffUser;

  @Field({ description: 'Giữ từ lúc' })
  since: Date;

  @Field({ description: 'Hết hạn lúc (gia hạn khi người sửa còn gõ)' })
  expiresAt: Date;

  @Field({ description: 'Khóa của chính người xem' })
  mine: boolean;
}

@ObjectType({ description: 'Kết quả tìm bài theo đường dẫn' })
export class PostLookup {
  @Field(() => Post, { nullable: true })
  post: Post | null;

  @Field(() => String, {
    nullable: true,
    description: 'Đường dẫn hiện tại khi đường dẫn được hỏi là đường dẫn cũ (chuyển hướng 301)',
  })
  redirectTo: string | null;
}

export enum DiffOp {
  EQUAL = 'EQUAL',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffOp, {
  name: 'DiffOp',
  valuesConfig: {
    EQUAL: { description: 'Giữ nguyên' },
    ADDED: { description: 'Thêm vào' },
    REMOVED: { description: 'Bỏ đi' },
  },
});

@ObjectType({ description: 'Một dòng khi so sánh nội dung' })
export class DiffLine {
  @Field(() => DiffOp)
  op: DiffOp;

  @Field()
  text: string;
}

@ObjectType({ description: 'Một trường khác nhau giữa hai phiên bản' })
export class FieldChange {
  @Field({ description: 'Tên trường (title, slug, summary, seoTitle…)' })
  field: string;

  @Field({ description: 'Tên trường bằng tiếng Việt' })
  label: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'So sánh hai phiên bản của một bài' })
export class RevisionComparison {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => [FieldChange])
  changes: FieldChange[];

  @Field(() => [DiffLine], { description: 'Nội dung theo từng dòng (khối) văn bản' })
  body: DiffLine[];
}

@ObjectType({ description: 'HTML dán vào đã được làm sạch' })
export class CleanedHtml {
  @Field({
    description: 'HTML chỉ còn tiêu đề, đoạn, danh sách, trích dẫn, liên kết, đậm, nghiêng',
  })
  html: string;

  @Field(() => GraphQLJSON, { description: 'Tài liệu JSON tương ứng cho trình soạn thảo' })
  doc: unknown;
}

@ObjectType('FeaturedItem', { description: 'Mục nổi bật trên trang chủ' })
export class FeaturedItemView {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => Idea, { nullable: true })
  idea: Idea | null;

  @Field(() => Post, { nullable: true })
  post: Post | null;

  @Field(() => String, {
    nullable: true,
    description: 'Biên tập viên: lý do khách không thấy mục này (null: đang hiển thị)',
  })
  hiddenReason: string | null;
}
