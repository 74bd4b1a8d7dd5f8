import { registerEnumType } from 'type-graphql';

export enum ConsentKind {
  /** Processing of personal data to handle the idea (Law 91/2025): required to submit. */
  PROCESS_DATA = 'PROCESS_DATA',
  SHOW_NAME = 'SHOW_NAME',
  PUBLISH_CONTENT = 'PUBLISH_CONTENT',
  ALLOW_PILOT = 'ALLOW_PILOT',
  ALLOW_SCALE = 'ALLOW_SCALE',
  /** Sending the idea's file to the province's or the national innovation programmes (§VII). */
  SHARE_PROGRAMMES = 'SHARE_PROGRAMMES',
}

export const CONSENT_LABEL: Record<ConsentKind, string> = {
  PROCESS_DATA: 'Đồng ý cho cơ quan tiếp nhận xử lý dữ liệu cá nhân để xem xét và phản hồi ý tưởng',
  SHOW_NAME: 'Đồng ý hiển thị tên tôi công khai',
  PUBLISH_CONTENT: 'Đồng ý công khai nội dung ý tưởng',
  ALLOW_PILOT: 'Đồng ý cho thử nghiệm, sử dụng ý tưởng',
  ALLOW_SCALE: 'Đồng ý cho nhân rộng ý tưởng sang đơn vị khác',
  SHARE_PROGRAMMES:
    'Đồng ý chuyển hồ sơ ý tưởng lên chương trình đổi mới sáng tạo cấp tỉnh, quốc gia',
};

registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'Loại đồng ý của tác giả',
  valuesConfig: Object.fromEntries(
    Object.entries(CONSENT_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum ConsentChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}

registerEnumType(ConsentChannel, {
  name: 'ConsentChannel',
  valuesConfig: {
    ONLINE: { description: 'Trực tuyến' },
    PAPER: { description: 'Ký trên giấy' },
  },
});

export enum ConsentGiver {
  SELF = 'SELF',
  GUARDIAN = 'GUARDIAN',
}

registerEnumType(ConsentGiver, {
  name: 'ConsentGiver',
  valuesConfig: {
    SELF: { description: 'Tác giả' },
    GUARDIAN: { description: 'Cha, mẹ hoặc người giám hộ' },
  },
});
