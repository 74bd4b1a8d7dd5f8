import { describe, expect, it } from 'vitest';
import {
  authorStanding,
  consentEvents,
  isLastOpenDispute,
  parseShare,
  shareProblem,
  shareTotal,
} from './rights';

describe('contribution shares', () => {
  it('reads whole per cents, with or without the sign', () => {
    expect(parseShare('40')).toBe(40);
    expect(parseShare(' 60 % ')).toBe(60);
    expect(parseShare('100')).toBe(100);
    expect(parseShare('101')).toBeNull();
    expect(parseShare('12,5')).toBeNull();
    expect(parseShare('-5')).toBeNull();
    expect(parseShare('')).toBeNull();
  });

  it('keeps a running total and refuses anything but 100 %, as the API does', () => {
    expect(shareTotal(['60', '30', ''])).toBe(90);
    expect(shareTotal([55, '45'])).toBe(100);
    expect(shareProblem(['60', '30'])).toBe(
      'Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là 90 %).',
    );
    expect(shareProblem(['60', '40'])).toBeNull();
    expect(shareProblem(['100', '0'])).toMatch(/từ 1 đến 100 %/);
    expect(shareProblem(['abc', '100'])).toMatch(/số nguyên/);
  });
});

describe('where an author stands', () => {
  const now = new Date('2026-12-02T02:00:00Z');
  const base = {
    confirmed: false,
    declined: false,
    invitationPending: false,
    invitationExpiresAt: null,
  };
  it('names confirmed, declined, invited with the expiry, expired and in-person', () => {
    expect(authorStanding({ ...base, confirmed: true }, now).label).toBe('Đã xác nhận');
    expect(authorStanding({ ...base, declined: true }, now).key).toBe('declined');
    expect(
      authorStanding(
        { ...base, invitationPending: true, invitationExpiresAt: '2027-01-01T02:00:00Z' },
        now,
      ),
    ).toEqual({ key: 'invited', label: 'Đã mời, chờ xác nhận (liên kết hết hạn 01/01/2027)' });
    expect(
      authorStanding(
        { ...base, invitationPending: true, invitationExpiresAt: '2026-11-30T02:00:00Z' },
        now,
      ),
    ).toEqual({ key: 'expired', label: 'Liên kết mời đã hết hạn ngày 30/11/2026' });
    expect(authorStanding(base, now).key).toBe('in-person');
  });
});

describe('consent history', () => {
  it('lists gifts and withdrawals newest first, per kind', () => {
    const records = [
      {
        kind: 'SHOW_NAME' as const,
        givenBy: 'SELF' as const,
        givenAt: '2026-11-01T01:00:00.000Z',
        withdrawnAt: '2026-11-20T03:00:00.000Z',
        noticeVersion: 1,
        channel: 'ONLINE' as const,
      },
      {
        kind: 'SHOW_NAME' as const,
        givenBy: 'SELF' as const,
        givenAt: '2026-11-25T03:00:00.000Z',
        withdrawnAt: null,
        noticeVersion: 2,
        channel: 'PAPER' as const,
      },
      {
        kind: 'ALLOW_PILOT' as const,
        givenBy: 'SELF' as const,
        givenAt: '2026-11-01T01:00:00.000Z',
        withdrawnAt: null,
        noticeVersion: 1,
        channel: 'ONLINE' as const,
      },
    ];
    const events = consentEvents(records, 'SHOW_NAME');
    expect(events.map((e) => [e.at.slice(0, 10), e.given, e.noticeVersion, e.channel])).toEqual([
      ['2026-11-25', true, 2, 'PAPER'],
      ['2026-11-20', false, 1, 'ONLINE'],
      ['2026-11-01', true, 1, 'ONLINE'],
    ]);
    expect(consentEvents(records)).toHaveLength(4);
  });
});

describe('disputes', () => {
  it('knows when a dispute is the last open one of its idea', () => {
    const all = [
      { id: 'a', ideaId: 'x', status: 'OPEN' },
      { id: 'b', ideaId: 'x', status: 'OPEN' },
      { id: 'c', ideaId: 'y', status: 'OPEN' },
      { id: 'd', ideaId: 'y', status: 'DISMISSED' },
    ];
    expect(isLastOpenDispute(all, all[0]!)).toBe(false);
    expect(isLastOpenDispute(all, all[2]!)).toBe(true);
  });
});
