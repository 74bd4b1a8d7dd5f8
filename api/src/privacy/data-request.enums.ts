import { registerEnumType } from 'type-graphql';

export enum DataRequestKind {
  ACCESS = 'ACCESS',
  CORRECT = 'CORRECT',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
  RESTRICT = 'RESTRICT',
  WITHDRAW_CONSENT = 'WITHDRAW_CONSENT',
}

export const DATA_REQUEST_KIND_LABEL: Record<DataRequestKind, string> = {
  ACCESS: 'Xem dữ liệu cá nhân',
  CORRECT: 'Chỉnh sửa dữ liệu cá nhân',
  EXPORT: 'Xuất dữ liệu thành tệp',
  ERASE: 'Xóa, ẩn danh dữ liệu cá nhân',
  RESTRICT: 'Hạn chế xử lý',
  WITHDRAW_CONSENT: 'Rút lại sự đồng ý',
};

registerEnumType(DataRequestKind, {
  name: 'DataRequestKind',
  description: 'Yêu cầu của chủ thể dữ liệu (Luật 91/2025/QH15)',
  valuesConfig: Object.fromEntries(
    Object.entries(DATA_REQUEST_KIND_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum DataRequestStatus {
  RECEIVED = 'RECEIVED',
  DONE = 'DONE',
  REFUSED = 'REFUSED',
}

registerEnumType(DataRequestStatus, {
  name: 'DataRequestStatus',
  valuesConfig: {
    RECEIVED: { description: 'Đang xử lý' },
    DONE: { description: 'Đã thực hiện' },
    REFUSED: { description: 'Từ chối (có lý do)' },
  },
});

export enum DataRequestChannel {
  TRACKING_PAGE = 'TRACKING_PAGE',
  IN_PERSON = 'IN_PERSON',
}

registerEnumType(DataRequestChannel, {
  name: 'DataRequestChannel',
  valuesConfig: {
    TRACKING_PAGE: { description: 'Trang tra cứu' },
    IN_PERSON: { description: 'Trực tiếp' },
  },
});
