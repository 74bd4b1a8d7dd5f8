import { registerEnumType } from 'type-graphql';

export enum UnitKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
  MASS_ORGANISATION = 'MASS_ORGANISATION',
  WOMENS_UNION = 'WOMENS_UNION',
  YOUTH_UNION = 'YOUTH_UNION',
  FARMERS_ASSOCIATION = 'FARMERS_ASSOCIATION',
  VETERANS_ASSOCIATION = 'VETERANS_ASSOCIATION',
  VILLAGE = 'VILLAGE',
  RESIDENTIAL_GROUP = 'RESIDENTIAL_GROUP',
  SCHOOL = 'SCHOOL',
  HEALTH_STATION = 'HEALTH_STATION',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  POLICE = 'POLICE',
  MILITARY = 'MILITARY',
  ENTERPRISE = 'ENTERPRISE',
  COOPERATIVE = 'COOPERATIVE',
  OTHER = 'OTHER',
}

/** Display order of the kinds (party and government first, villages after the organisations). */
export const UNIT_KIND_ORDER: UnitKind[] = Object.values(UnitKind);

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Loại đơn vị',
  valuesConfig: {
    PARTY_COMMITTEE: { description: 'Đảng ủy xã' },
    PEOPLES_COUNCIL: { description: 'Hội đồng nhân dân xã' },
    PEOPLES_COMMITTEE: { description: 'Ủy ban nhân dân xã' },
    DEPARTMENT: { description: 'Phòng, ban chuyên môn' },
    FATHERLAND_FRONT: { description: 'Ủy ban Mặt trận Tổ quốc' },
    MASS_ORGANISATION: { description: 'Mặt trận, đoàn thể' },
    WOMENS_UNION: { description: 'Hội Liên hiệp Phụ nữ' },
    YOUTH_UNION: { description: 'Đoàn Thanh niên' },
    FARMERS_ASSOCIATION: { description: 'Hội Nông dân' },
    VETERANS_ASSOCIATION: { description: 'Hội Cựu chiến binh' },
    VILLAGE: { description: 'Thôn' },
    RESIDENTIAL_GROUP: { description: 'Tổ dân phố, khu dân cư' },
    SCHOOL: { description: 'Trường học' },
    HEALTH_STATION: { description: 'Trạm y tế' },
    PUBLIC_SERVICE: { description: 'Đơn vị sự nghiệp' },
    POLICE: { description: 'Công an xã' },
    MILITARY: { description: 'Ban Chỉ huy quân sự xã' },
    ENTERPRISE: { description: 'Doanh nghiệp, hợp tác xã' },
    COOPERATIVE: { description: 'Hợp tác xã' },
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
