import { describe, expect, it } from 'vitest';
import { CHANNEL, MATURITY, ROLE, STATUS, STATUSES } from './i18n';

describe('admin labels', () => {
  it('name every status, channel, maturity and role in Vietnamese', () => {
    expect(STATUSES).toHaveLength(14);
    for (const label of [
      ...Object.values(STATUS),
      ...Object.values(CHANNEL),
      ...Object.values(MATURITY),
      ...Object.values(ROLE),
    ]) {
      expect(label.trim().length).toBeGreaterThan(3);
    }
    expect(ROLE.HUB).toBe('Phòng Văn hóa – Xã hội');
  });
});
