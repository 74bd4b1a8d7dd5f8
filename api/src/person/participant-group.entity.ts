import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantOwned } from '../tenant/tenant-owned.entity.js';

/**
 * Who takes part (§II.2, §IV.2): the commune's list of participant groups (officials, farmers,
 * pupils…), editable by the hub. A proposer may name theirs; it is shown only in aggregates.
 */
@ObjectType({ description: 'Nhóm đối tượng tham gia phong trào (danh mục của xã)' })
@Entity({ tableName: 'participant_group' })
@Unique({ properties: ['tenant', 'code'] })
export class ParticipantGroup extends TenantOwned<'active' | 'sortOrder'> {
  @Field()
  @Property({ length: 60 })
  code: string;

  @Field()
  @Property({ length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Tên tiếng Anh (trang tiếng Anh)' })
  @Property({ type: 'string', length: 200, nullable: true })
  nameEn?: string | null;

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field({ description: 'Còn dùng trên biểu mẫu' })
  @Property({ default: true })
  active: boolean = true;
}

/** The default list (§II.2 of the plan), given to every commune when it is created. */
export const DEFAULT_PARTICIPANT_GROUPS: { code: string; name: string; nameEn: string }[] = [
  {
    code: 'can-bo',
    name: 'Cán bộ, công chức, viên chức, người lao động',
    nameEn: 'Officials and public employees',
  },
  { code: 'cong-nhan', name: 'Công nhân, người lao động', nameEn: 'Workers' },
  { code: 'nong-dan', name: 'Nông dân', nameEn: 'Farmers' },
  { code: 'hoc-sinh', name: 'Học sinh, sinh viên', nameEn: 'Students and pupils' },
  { code: 'giao-vien', name: 'Giáo viên', nameEn: 'Teachers' },
  { code: 'nha-khoa-hoc', name: 'Nhà khoa học, chuyên gia', nameEn: 'Scientists and experts' },
  { code: 'doanh-nghiep', name: 'Doanh nghiệp, hợp tác xã', nameEn: 'Businesses and cooperatives' },
  { code: 'doan-vien', name: 'Đoàn viên thanh niên', nameEn: 'Youth union members' },
  { code: 'hoi-vien-phu-nu', name: 'Hội viên phụ nữ', nameEn: "Women's union members" },
  { code: 'cuu-chien-binh', name: 'Cựu chiến binh', nameEn: 'Veterans' },
  { code: 'khac', name: 'Khác', nameEn: 'Other' },
];
