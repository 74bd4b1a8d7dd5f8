import { registerEnumType } from 'type-graphql';

export enum TenantLevel {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}
registerEnumType(TenantLevel, {
  name: 'TenantLevel',
  description: 'Cấp của đơn vị dùng nền tảng',
  valuesConfig: {
    PROVINCE: { description: 'Cấp tỉnh (cán bộ của tỉnh theo dõi các xã)' },
    COMMUNE: { description: 'Cấp xã, phường' },
  },
});

export enum TenantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(TenantStatus, {
  name: 'TenantStatus',
  description: 'Tình trạng sử dụng nền tảng',
  valuesConfig: {
    ACTIVE: { description: 'Đang hoạt động' },
    SUSPENDED: { description: 'Tạm ngừng' },
  },
});
