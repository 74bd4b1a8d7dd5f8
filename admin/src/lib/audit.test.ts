import { describe, expect, it } from 'vitest';
import { detailLines } from './audit';

describe('audit details', () => {
  it('names keys and values in Vietnamese', () => {
    expect(
      detailLines({
        from: 'SUBMITTED',
        to: 'NEEDS_INFO',
        missing: ['COST', 'EVIDENCE'],
        extension: true,
        attachments: 2,
      }),
    ).toEqual([
      { key: 'from', label: 'Từ', value: 'Đã tiếp nhận' },
      { key: 'to', label: 'Đến', value: 'Cần bổ sung thông tin' },
      {
        key: 'missing',
        label: 'Cần bổ sung',
        value: 'Kinh phí, nguồn lực dự kiến, Tài liệu, hình ảnh kèm theo',
      },
      { key: 'extension', label: 'Gia hạn', value: 'Có' },
      { key: 'attachments', label: 'Số tệp đính kèm', value: '2' },
    ]);
  });

  it('shows dates in Vietnam time, nested objects inline and unknown keys as written', () => {
    const [due, cls, other] = detailLines({
      to: '2026-01-14T17:30:00.000Z',
      classification: { feasibility: 'HIGH', route: 'SUPPORT' },
      somethingNew: null,
    });
    expect(due?.value).toBe('15/01/2026 00:30');
    expect(cls?.value).toBe('Tính khả thi: Cao; Hướng xử lý: Hỗ trợ hoàn thiện');
    expect(other).toEqual({ key: 'somethingNew', label: 'somethingNew', value: '—' });
    expect(detailLines(null)).toEqual([]);
  });
});
