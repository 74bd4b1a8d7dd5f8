import { registerEnumType } from 'type-graphql';

/** Age bands asked (optionally) of a proposer; counted only in aggregates (§II.2). */
export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  FROM_18_TO_35 = 'FROM_18_TO_35',
  FROM_36_TO_60 = 'FROM_36_TO_60',
  OVER_60 = 'OVER_60',
}
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Nhóm tuổi (không bắt buộc; chỉ dùng trong số liệu tổng hợp)',
  valuesConfig: {
    UNDER_18: { description: 'Dưới 18 tuổi' },
    FROM_18_TO_35: { description: 'Từ 18 đến 35 tuổi' },
    FROM_36_TO_60: { description: 'Từ 36 đến 60 tuổi' },
    OVER_60: { description: 'Trên 60 tuổi' },
  },
});

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: 'Giới tính (không bắt buộc; chỉ dùng trong số liệu tổng hợp)',
  valuesConfig: {
    FEMALE: { description: 'Nữ' },
    MALE: { description: 'Nam' },
    OTHER: { description: 'Khác' },
  },
});
