import { describe, expect, it } from 'vitest';
import { metricOf, percent, shortName } from './communes';

describe('province overview helpers', () => {
  it('reads the metric of the address, received by default', () => {
    expect(metricOf('honoured')).toBe('honoured');
    expect(metricOf('drop table')).toBe('received');
    expect(metricOf(null)).toBe('received');
  });
  it('shortens names and formats rates', () => {
    expect(shortName('Xã Như Thanh')).toBe('Như Thanh');
    expect(shortName('Phường Hạc Thành')).toBe('Hạc Thành');
    expect(percent(0.8571)).toBe('85.7%');
    expect(percent(null)).toBe('—');
  });
});
