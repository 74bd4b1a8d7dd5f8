import { registerEnumType } from 'type-graphql';

export enum ContentKind {
  NEWS = 'NEWS',
  PROPAGANDA = 'PROPAGANDA',
  PAGE = 'PAGE',
}
registerEnumType(ContentKind, {
  name: 'ContentKind',
  description: 'Loại nội dung',
  valuesConfig: {
    NEWS: { description: 'Tin tức' },
    PROPAGANDA: { description: 'Tuyên truyền' },
    PAGE: { description: 'Trang tĩnh' },
  },
});

export enum ContentStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
export const CONTENT_STATUS_LABEL: Record<ContentStatus, string> = {
  DRAFT: 'Bản nháp',
  SCHEDULED: 'Đã hẹn giờ đăng',
  PUBLISHED: 'Đã đăng',
  ARCHIVED: 'Đã lưu trữ',
};
registerEnumType(ContentStatus, {
  name: 'ContentStatus',
  description: 'Trạng thái nội dung: nháp → hẹn giờ → đã đăng → lưu trữ',
  valuesConfig: Object.fromEntries(
    Object.entries(CONTENT_STATUS_LABEL).map(([k, v]) => [k, { description: v }]),
  ),
});

export enum TagKind {
  CAMPAIGN = 'CAMPAIGN',
  FIELD = 'FIELD',
  TOPIC = 'TOPIC',
}
registerEnumType(TagKind, {
  name: 'TagKind',
  description: 'Nhóm thẻ',
  valuesConfig: {
    CAMPAIGN: { description: 'Phong trào' },
    FIELD: { description: 'Lĩnh vực' },
    TOPIC: { description: 'Chủ đề' },
  },
});

export enum MediaKind {
  IMAGE = 'IMAGE',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(MediaKind, {
  name: 'MediaKind',
  description:
    'Loại tệp trong thư viện: hình ảnh (được tạo sẵn các cỡ và định dạng AVIF, WebP, JPEG) hoặc tài liệu (PDF, Word, Excel…)',
  valuesConfig: {
    IMAGE: { description: 'Hình ảnh' },
    DOCUMENT: { description: 'Tài liệu' },
  },
});
