import { formatDateTime } from '@khoi-nguon/schema/client';
import {
  APPLICABILITY,
  CHANNEL,
  FEASIBILITY,
  IDEA_ROUTE,
  MATURITY,
  MISSING_INFO,
  RESPONSE_KIND,
  STATUS,
} from './i18n';

/** Vietnamese names of the keys the API writes into audit details. */
const KEY: Record<string, string> = {
  from: 'Từ',
  to: 'Đến',
  channel: 'Kênh',
  trackingCode: 'Mã tra cứu',
  receptionPointId: 'Đầu mối tiếp nhận',
  attachments: 'Số tệp đính kèm',
  coAuthors: 'Số đồng tác giả',
  duplicateOf: 'Trùng với ý tưởng',
  missing: 'Cần bổ sung',
  classification: 'Phân loại',
  fieldIds: 'Lĩnh vực',
  maturity: 'Mức độ hoàn thiện',
  feasibility: 'Tính khả thi',
  applicability: 'Khả năng ứng dụng',
  route: 'Hướng xử lý',
  assigneeId: 'Mã cán bộ',
  assigneeName: 'Cán bộ được phân công',
  step: 'Bước',
  extension: 'Gia hạn',
  kind: 'Loại',
  purpose: 'Mục đích',
  file: 'Tệp',
  attachmentId: 'Mã tệp',
  imported: 'Số ý tưởng đã nhập',
  refused: 'Số dòng bị từ chối',
};

/** Enum values a detail may hold, by key; anything else is shown as written. */
const VALUE: Record<string, Record<string, string>> = {
  from: STATUS,
  to: STATUS,
  step: STATUS,
  channel: CHANNEL,
  missing: MISSING_INFO,
  maturity: MATURITY,
  feasibility: FEASIBILITY,
  applicability: APPLICABILITY,
  route: IDEA_ROUTE,
  kind: RESPONSE_KIND,
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return new Intl.NumberFormat('vi-VN').format(value);
  if (typeof value === 'string') {
    if (ISO.test(value)) return formatDateTime(value);
    return VALUE[key]?.[value] ?? value;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(key, v)).join(', ');
  if (typeof value === 'object') {
    return detailLines(value)
      .map((d) => `${d.label}: ${d.value}`)
      .join('; ');
  }
  return String(value);
}

/** The details of an audit entry as "label: value" lines, in Vietnamese where known. */
export function detailLines(details: unknown): { key: string; label: string; value: string }[] {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return [];
  return Object.entries(details as Record<string, unknown>).map(([key, value]) => ({
    key,
    label: KEY[key] ?? key,
    value: valueText(key, value),
  }));
}
