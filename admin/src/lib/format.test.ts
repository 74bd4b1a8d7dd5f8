import { describe, expect, it } from 'vitest';
import { excerpt, formatPercent, formatSize } from './format';

describe('admin formatting', () => {
  it('writes file sizes in Vietnamese style', () => {
    expect(formatSize(512)).toBe('512 byte');
    expect(formatSize(350 * 1024)).toBe('350 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });

  it('writes similarity as a percentage', () => {
    expect(formatPercent(0.873)).toBe('87%');
    expect(formatPercent(1.2)).toBe('100%');
  });

  it('shortens long texts at a word', () => {
    expect(excerpt('Ngắn gọn')).toBe('Ngắn gọn');
    expect(excerpt('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(excerpt(null)).toBe('');
  });
});
