import { describe, expect, it } from 'vitest';
import { apiClock } from './clock';

describe("the API's clock", () => {
  it("starts at the API's time and runs on by the time elapsed here, whatever this clock says", () => {
    let ms = 5_000;
    const now = apiClock('2031-01-02T03:04:05.000Z', () => ms);
    expect(now().toISOString()).toBe('2031-01-02T03:04:05.000Z');
    ms += 90_000;
    expect(now().toISOString()).toBe('2031-01-02T03:05:35.000Z');
  });

  it('refuses a time it cannot read', () => {
    expect(() => apiClock('hôm nay')).toThrow(/serverTime/);
  });
});
