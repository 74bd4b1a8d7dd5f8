import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  HUB = 'HUB',
  RECEPTION_OFFICER = 'RECEPTION_OFFICER',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  EDITOR = 'EDITOR',
  UNIT_HEAD = 'UNIT_HEAD',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Vai trò của cán bộ',
  valuesConfig: {
    ADMIN: { description: 'Quản trị hệ thống' },
    HUB: { description: 'Phòng Văn hóa – Xã hội (đầu mối phong trào)' },
    RECEPTION_OFFICER: { description: 'Cán bộ tiếp nhận tại đầu mối' },
    COUNCIL_MEMBER: { description: 'Thành viên Hội đồng tư vấn' },
    EDITOR: { description: 'Biên tập viên tin bài' },
    UNIT_HEAD: { description: 'Thủ trưởng đơn vị' },
  },
});
