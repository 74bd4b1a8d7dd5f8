import { registerEnumType } from 'type-graphql';

export enum UnitKind {
  DEPARTMENT = 'DEPARTMENT',
  MASS_ORGANISATION = 'MASS_ORGANISATION',
  VILLAGE = 'VILLAGE',
  SCHOOL = 'SCHOOL',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Loại đơn vị',
  valuesConfig: {
    DEPARTMENT: { description: 'Phòng, ban chuyên môn' },
    MASS_ORGANISATION: { description: 'Mặt trận, đoàn thể' },
    VILLAGE: { description: 'Thôn' },
    SCHOOL: { description: 'Trường học' },
    PUBLIC_SERVICE: { description: 'Đơn vị sự nghiệp' },
    ENTERPRISE: { description: 'Doanh nghiệp, hợp tác xã' },
    OTHER: { description: 'Khác' },
  },
});

export enum AreaType {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  MOUNTAIN = 'MOUNTAIN',
  REMOTE = 'REMOTE',
  SPECIAL_DIFFICULTY = 'SPECIAL_DIFFICULTY',
}

registerEnumType(AreaType, {
  name: 'AreaType',
  description: 'Loại địa bàn (§IV.2)',
  valuesConfig: {
    URBAN: { description: 'Đô thị' },
    RURAL: { description: 'Nông thôn' },
    MOUNTAIN: { description: 'Miền núi' },
    REMOTE: { description: 'Vùng sâu, vùng xa' },
    SPECIAL_DIFFICULTY: { description: 'Đặc biệt khó khăn' },
  },
});
