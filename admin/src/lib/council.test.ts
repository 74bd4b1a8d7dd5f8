import { describe, expect, it } from 'vitest';
import { accountOptions, fittingCouncils, formatIsoDay } from './council';

describe('choosing council members', () => {
  it('lists council accounts first, then other staff, each once, in Vietnamese order', () => {
    const options = accountOptions(
      [
        { id: 'c2', fullName: 'Trần Quốc Khánh', unitName: null },
        { id: 'c1', fullName: 'Đỗ Minh Tuấn', unitName: null },
      ],
      [
        { id: 's1', fullName: 'Lê Thị Hương', unitName: 'Phòng Văn hóa – Xã hội' },
        { id: 'c1', fullName: 'Đỗ Minh Tuấn', unitName: null },
        { id: 's2', fullName: 'Ân Văn Bình', unitName: null },
      ],
      [{ userId: 'x', fullName: 'Người đã nghỉ' }],
    );
    expect(options.map((o) => o.id)).toEqual(['c1', 'x', 'c2', 's2', 's1']);
    expect(options.find((o) => o.id === 's1')).toEqual({
      id: 's1',
      label: 'Lê Thị Hương (Phòng Văn hóa – Xã hội)',
      council: false,
    });
  });

  it('shows the API’s calendar days as dd/mm/yyyy', () => {
    expect(formatIsoDay('2026-05-20')).toBe('20/05/2026');
    expect(formatIsoDay('')).toBe('');
  });
});

describe('councils for an idea', () => {
  it('keeps the active councils whose campaign and fields cover the idea', () => {
    const councils = [
      { id: 'all', active: true, campaign: null, fields: [] },
      { id: 'agri', active: true, campaign: { id: 'k' }, fields: [{ id: 'nong-nghiep' }] },
      { id: 'old', active: false, campaign: null, fields: [] },
      { id: 'other', active: true, campaign: { id: 'k2' }, fields: [] },
    ];
    expect(
      fittingCouncils(councils, { campaignId: 'k', fieldIds: ['y-te'] }).map((c) => c.id),
    ).toEqual(['all']);
    expect(
      fittingCouncils(councils, { campaignId: 'k', fieldIds: ['nong-nghiep'] }).map((c) => c.id),
    ).toEqual(['all', 'agri']);
  });
});
