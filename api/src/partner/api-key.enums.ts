import { registerEnumType } from 'type-graphql';

/** What a partner's key may do. A key never acts as staff: it reads and submits as the public does. */
export enum ApiKeyScope {
  /** Public reads: published ideas, honoured ideas, news, campaigns, units, fields. */
  PUBLIC_READ = 'PUBLIC_READ',
  /** Anonymised statistics: the transparency figures and counters. */
  STATISTICS = 'STATISTICS',
  /** Submitting ideas from a named integration (a reception kiosk, another portal). */
  SUBMIT = 'SUBMIT',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'Quyền của khóa API',
  valuesConfig: {
    PUBLIC_READ: {
      description: 'Đọc dữ liệu công khai (ý tưởng đã công khai, tin tức, phong trào)',
    },
    STATISTICS: { description: 'Đọc số liệu thống kê đã ẩn danh' },
    SUBMIT: { description: 'Gửi ý tưởng từ một ứng dụng tích hợp (ví dụ ki-ốt tiếp nhận)' },
  },
});

export const API_KEY_SCOPE_LABEL: Record<ApiKeyScope, string> = {
  PUBLIC_READ: 'Đọc dữ liệu công khai',
  STATISTICS: 'Số liệu thống kê',
  SUBMIT: 'Gửi ý tưởng',
};
