import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  HUB = 'HUB',
  RECEPTION_OFFICER = 'RECEPTION_OFFICER',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  EDITOR = 'EDITOR',
  UNIT_HEAD = 'UNIT_HEAD',
  UNIT_EDITOR = 'UNIT_EDITOR',
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Vai trò của cán bộ',
  valuesConfig: {
    ADMIN: { description: 'Quản trị hệ thống' },
    HUB: { description: 'Phòng Văn hóa – Xã hội' },
    RECEPTION_OFFICER: { description: 'Cán bộ tiếp nhận' },
    COUNCIL_MEMBER: { description: 'Thành viên Hội đồng' },
    EDITOR: { description: 'Biên tập viên' },
    UNIT_HEAD: { description: 'Thủ trưởng đơn vị' },
    UNIT_EDITOR: {
      description:
        'Biên tập viên của đơn vị (soạn tin của đơn vị, biên tập viên của xã duyệt đăng)',
    },
    PROVINCE_ADMIN: { description: 'Quản trị cấp tỉnh (tạo và theo dõi các xã của tỉnh)' },
  },
});
