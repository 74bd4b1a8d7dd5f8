import { describe, expect, it } from 'vitest';
import {
  awardTotals,
  evidenceLabels,
  fold,
  matchesSearch,
  prizeChart,
  settingStates,
} from './awards';
import { ADOPTION_KIND, AWARD_FORM, AWARD_FORMS, AWARD_STATUS, PROGRAMME } from './i18n';

const award = (
  status: 'PROPOSED' | 'DECIDED' | 'REVOKED',
  form: 'COMMUNE_CERTIFICATE' | 'ADVANCED_WORKER' | 'HIGHER_LEVEL',
  prizeAmount: number | null,
  decisionDate: string | null,
) => ({ status, form, prizeAmount, decisionDate, createdAt: '2026-06-01T00:00:00Z' });

const awards = [
  award('DECIDED', 'COMMUNE_CERTIFICATE', 360_000, '2026-09-20'),
  award('DECIDED', 'ADVANCED_WORKER', 760_000, '2027-01-05'),
  award('DECIDED', 'COMMUNE_CERTIFICATE', 710_000, '2027-02-01'),
  award('REVOKED', 'COMMUNE_CERTIFICATE', 710_000, '2026-09-21'),
  award('PROPOSED', 'HIGHER_LEVEL', null, null),
];

describe('awards', () => {
  it('counts awards per status, the prize money in force and the money to recover', () => {
    expect(awardTotals(awards)).toEqual({
      proposed: 1,
      decided: 3,
      revoked: 1,
      prize: 1_830_000,
      toRecover: 710_000,
    });
  });

  it('charts the prize money of decisions in force by form or by year', () => {
    expect(prizeChart(awards, 'form', AWARD_FORMS)).toEqual([
      { key: 'COMMUNE_CERTIFICATE', total: 1_070_000, count: 2 },
      { key: 'ADVANCED_WORKER', total: 760_000, count: 1 },
    ]);
    expect(prizeChart(awards, 'year', AWARD_FORMS)).toEqual([
      { key: '2026', total: 360_000, count: 1 },
      { key: '2027', total: 1_470_000, count: 2 },
    ]);
  });

  it('searches evidence without accents', () => {
    expect(fold('Thôn Đồng Ánh')).toBe('thon dong anh');
    expect(matchesSearch('Ủ phân hữu cơ từ rơm rạ', 'phan huu co')).toBe(true);
    expect(matchesSearch('Ủ phân hữu cơ từ rơm rạ', 'phan bon')).toBe(false);
    expect(matchesSearch('anything', '  ')).toBe(true);
  });

  it('tells which dated row is in force, upcoming or replaced', () => {
    const rows = [
      { id: 'a', validFrom: '2024-07-01' },
      { id: 'b', validFrom: '2026-07-01' },
      { id: 'c', validFrom: '2027-01-01' },
    ];
    expect([...settingStates(rows, '2026-09-20')]).toEqual([
      ['a', 'replaced'],
      ['b', 'in-force'],
      ['c', 'upcoming'],
    ]);
  });

  it('names cited pilots and adoptions after their idea', () => {
    const labels = evidenceLabels([
      {
        id: 'i',
        title: 'Ủ phân',
        status: 'APPLIED',
        trackingCode: null,
        pilots: [
          { id: 'p', startsOn: '2026-06-01', status: 'REPORTED', hostUnit: { name: 'HTX' } },
        ],
        adoptions: [{ id: 'd', kind: 'SCALED', adoptedOn: '2026-10-01', unit: { name: 'Thôn A' } }],
      },
    ]);
    expect(labels.pilots.get('p')).toBe('Thử nghiệm "Ủ phân" tại HTX từ 01/06/2026');
    expect(labels.adoptions.get('d')).toBe('Nhân rộng "Ủ phân" tại Thôn A từ 01/10/2026');
  });

  it('names the award, adoption and programme enums in Vietnamese', () => {
    for (const labels of [AWARD_FORM, AWARD_STATUS, ADOPTION_KIND, PROGRAMME]) {
      const values = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
      for (const label of values) expect(label.trim().length).toBeGreaterThan(3);
    }
    expect(PROGRAMME.OCOP).toMatch(/OCOP/);
  });
});
