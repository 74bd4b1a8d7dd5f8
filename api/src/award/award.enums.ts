import { registerEnumType } from 'type-graphql';

export enum AwardForm {
  COMMUNE_CERTIFICATE = 'COMMUNE_CERTIFICATE',
  ADVANCED_WORKER = 'ADVANCED_WORKER',
  HIGHER_LEVEL = 'HIGHER_LEVEL',
}

export const AWARD_FORM_LABEL: Record<AwardForm, string> = {
  COMMUNE_CERTIFICATE: 'Giấy khen của Chủ tịch UBND xã',
  ADVANCED_WORKER: 'Danh hiệu "Lao động tiên tiến"',
  HIGHER_LEVEL: 'Đề nghị cấp trên khen thưởng',
};

registerEnumType(AwardForm, {
  name: 'AwardForm',
  description: 'Hình thức khen thưởng (Luật Thi đua, khen thưởng 06/2022/QH15)',
  valuesConfig: Object.fromEntries(
    Object.entries(AWARD_FORM_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum RecipientKind {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
}

registerEnumType(RecipientKind, {
  name: 'RecipientKind',
  valuesConfig: { INDIVIDUAL: { description: 'Cá nhân' }, COLLECTIVE: { description: 'Tập thể' } },
});

export enum AwardStatus {
  PROPOSED = 'PROPOSED',
  DECIDED = 'DECIDED',
  REVOKED = 'REVOKED',
}

registerEnumType(AwardStatus, {
  name: 'AwardStatus',
  valuesConfig: {
    PROPOSED: { description: 'Đã đề nghị' },
    DECIDED: { description: 'Đã có quyết định' },
    REVOKED: { description: 'Đã thu hồi' },
  },
});
