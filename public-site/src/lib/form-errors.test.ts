import { describe, expect, it } from 'vitest';
import { errorSummary, SUBMIT_ANCHORS } from './form-errors';

describe('the error summary', () => {
  it('links each API field error to its field, numbered rows included', () => {
    expect(
      errorSummary(
        {
          title: 'Tên ý tưởng cần ít nhất 10 ký tự.',
          'coAuthors.2.share': 'Tỷ lệ đóng góp của đồng tác giả phải từ 1 đến 99 %.',
          'author.guardian.relation': 'Vui lòng nhập quan hệ với người đề xuất.',
          campaignId: 'Hiện chưa có phong trào nào đang nhận ý tưởng.',
        },
        SUBMIT_ANCHORS,
      ),
    ).toEqual([
      { message: 'Tên ý tưởng cần ít nhất 10 ký tự.', href: '#f-title' },
      { message: 'Tỷ lệ đóng góp của đồng tác giả phải từ 1 đến 99 %.', href: '#f-co2Share' },
      { message: 'Vui lòng nhập quan hệ với người đề xuất.', href: '#f-guardianRelation' },
      // No field on the form for it: listed without a link.
      { message: 'Hiện chưa có phong trào nào đang nhận ý tưởng.', href: null },
    ]);
    expect(errorSummary(undefined, SUBMIT_ANCHORS)).toEqual([]);
  });
});
