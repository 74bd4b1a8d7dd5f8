import { registerEnumType } from 'type-graphql';

export enum RightsStatus {
  UNCLEAR = 'UNCLEAR',
  ESTABLISHED = 'ESTABLISHED',
  DISPUTED = 'DISPUTED',
}
export const RIGHTS_STATUS_LABEL: Record<RightsStatus, string> = {
  UNCLEAR: 'Chưa rõ',
  ESTABLISHED: 'Đã xác lập',
  DISPUTED: 'Có tranh chấp',
};
registerEnumType(RightsStatus, {
  name: 'RightsStatus',
  description: 'Tình trạng quyền tác giả của ý tưởng',
  valuesConfig: Object.fromEntries(
    Object.entries(RIGHTS_STATUS_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum DisputeStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  valuesConfig: {
    OPEN: { description: 'Đang xem xét' },
    UPHELD: { description: 'Có cơ sở' },
    DISMISSED: { description: 'Không có cơ sở' },
  },
});

/** Who raised a dispute: one of the idea's authors, or anyone else. */
export enum DisputeParty {
  AUTHOR = 'AUTHOR',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(DisputeParty, {
  name: 'DisputeParty',
  valuesConfig: {
    AUTHOR: { description: 'Tác giả của ý tưởng' },
    THIRD_PARTY: { description: 'Người khác (bên thứ ba)' },
  },
});

/** What the rights gate protects. */
export enum RightsUse {
  PUBLISH = 'PUBLISH',
  PILOT = 'PILOT',
  SCALE = 'SCALE',
}
