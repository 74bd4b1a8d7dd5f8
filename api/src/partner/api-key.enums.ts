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
    PUBLIC_READ: { description: 'Đọc dữ liệu công khai' },
    STATISTICS: { description: 'Số liệu thống kê' },
    SUBMIT: { description: 'Gửi ý tưởng' },
  },
});

export const API_KEY_SCOPE_LABEL: Record<ApiKeyScope, string> = {
  PUBLIC_READ: 'Đọc dữ liệu công khai',
  STATISTICS: 'Số liệu thống kê',
  SUBMIT: 'Gửi ý tưởng',
};
