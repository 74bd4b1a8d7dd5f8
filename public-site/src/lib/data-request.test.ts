import { describe, expect, it } from 'vitest';
import { exportFileName, personalDataSections, readDataRequest } from './data-request';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}

describe('data-subject request forms', () => {
  it('sends only the fields of the kind chosen', () => {
    expect(readDataRequest(form({ kind: 'ACCESS', details: '  ', corrEmail: 'x@y.z' }))).toEqual({
      kind: 'ACCESS',
      details: null,
    });
    expect(
      readDataRequest(form({ kind: 'CORRECT', corrEmail: ' moi@example.com ', corrPhone: '' })),
    ).toEqual({
      kind: 'CORRECT',
      details: null,
      corrections: { fullName: null, email: 'moi@example.com', phone: null, address: null },
    });
  });

  it('never sends processing consent in a withdrawal, nor an unknown kind', () => {
    expect(
      readDataRequest(
        form({
          kind: 'WITHDRAW_CONSENT',
          consentKinds: ['SHOW_NAME', 'PROCESS_DATA', 'NONSENSE', 'ALLOW_SCALE'],
        }),
      ),
    ).toEqual({
      kind: 'WITHDRAW_CONSENT',
      details: null,
      consentKinds: ['SHOW_NAME', 'ALLOW_SCALE'],
    });
    expect(readDataRequest(form({ kind: 'DELETE_EVERYTHING' }))).toBeNull();
  });
});

describe('showing released personal data', () => {
  const released = {
    format: 'khoi-nguon-personal-data-v1',
    person: {
      fullName: 'Cầm Thị Hỏi',
      kind: 'INDIVIDUAL',
      email: 'hoi@example.com',
      phone: null,
      address: null,
      restricted: false,
      records: 1,
    },
    ideas: [
      {
        trackingCode: 'KN-ABCD-EFGH',
        title: 'Sổ tay điện tử',
        receivedAt: '2026-12-02T02:00:00.000Z',
        status: 'Đã tiếp nhận',
        role: 'Chủ nhiệm',
        share: 100,
        confirmedAt: '2026-12-02T02:00:00.000Z',
        declinedAt: null,
        guardian: null,
      },
    ],
    consents: [
      {
        trackingCode: 'KN-ABCD-EFGH',
        consent: 'Đồng ý công khai nội dung ý tưởng',
        givenBy: 'Bản thân',
        givenAt: '2026-12-02T02:00:00.000Z',
        withdrawnAt: null,
        noticeVersion: 1,
        channel: 'ONLINE',
      },
    ],
    messages: [],
    requests: [
      {
        kind: 'Xem dữ liệu cá nhân',
        receivedAt: '2026-12-02T02:00:00.000Z',
        status: 'RECEIVED',
        outcome: null,
      },
    ],
  };

  it('turns the JSON into labelled rows with Vietnamese dates, leaving empty values out', () => {
    const sections = personalDataSections(released, 'vi');
    expect(sections.map((s) => s.title)).toEqual([
      'Thông tin cá nhân',
      'Ý tưởng có tên bạn',
      'Các lần đồng ý, rút lại',
      'Yêu cầu về dữ liệu',
    ]);
    expect(sections[0]!.items[0]).toEqual([
      { label: 'Họ và tên', value: 'Cầm Thị Hỏi' },
      { label: 'Email', value: 'hoi@example.com' },
      { label: 'Đã hạn chế xử lý', value: 'Không' },
      { label: 'Số hồ sơ gộp', value: '1' },
    ]);
    expect(sections[1]!.items[0]).toContainEqual({
      label: 'Ngày tiếp nhận',
      value: '02/12/2026 09:00',
    });
    expect(sections[2]!.items[0]).toContainEqual({ label: 'Cách thức', value: 'Trực tuyến' });
    expect(sections[3]!.items[0]).toEqual([
      { label: 'Yêu cầu', value: 'Xem dữ liệu cá nhân' },
      { label: 'Ngày tiếp nhận', value: '02/12/2026 09:00' },
      { label: 'Trạng thái', value: 'Đang xử lý' },
    ]);
  });

  it('labels the same data in English and copes with missing parts', () => {
    expect(personalDataSections(released, 'en')[0]!.items[0]![0]).toEqual({
      label: 'Full name',
      value: 'Cầm Thị Hỏi',
    });
    expect(personalDataSections(null, 'vi')).toEqual([]);
    expect(personalDataSections({ ideas: 'oops' }, 'vi')).toEqual([]);
  });

  it('names the export file after the tracking code and the Vietnamese date', () => {
    expect(exportFileName('KN-ABCD-EFGH', '2026-12-03T18:30:00Z')).toBe(
      'du-lieu-ca-nhan-KN-ABCD-EFGH-04-12-2026.json',
    );
  });
});
