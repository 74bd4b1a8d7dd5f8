import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges, tokenize } from './diff';

const rebuild = (parts: ReturnType<typeof diffWords>, side: 'before' | 'after') =>
  parts
    .filter((p) => p.type === 'equal' || p.type === (side === 'before' ? 'delete' : 'insert'))
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  it('splits into words and spaces without losing anything', () => {
    expect(tokenize('Xe  đạp\nđiện')).toEqual(['Xe', '  ', 'đạp', '\n', 'điện']);
    expect(tokenize('')).toEqual([]);
  });

  it('reports identical texts as one equal part', () => {
    expect(diffWords('Góc đọc sách', 'Góc đọc sách')).toEqual([
      { type: 'equal', text: 'Góc đọc sách' },
    ]);
    expect(diffWords('', '')).toEqual([]);
    expect(hasChanges(diffWords('a b', 'a b'))).toBe(false);
  });

  it('finds a word inserted in the middle', () => {
    expect(diffWords('Góc đọc sách cộng đồng', 'Góc đọc sách cho cộng đồng')).toEqual([
      { type: 'equal', text: 'Góc đọc sách ' },
      { type: 'insert', text: 'cho ' },
      { type: 'equal', text: 'cộng đồng' },
    ]);
  });

  it('finds a word deleted and a word replaced, keeping Vietnamese words whole', () => {
    expect(diffWords('Học sinh đi bộ 5 km', 'Học sinh đi xe 5 km')).toEqual([
      { type: 'equal', text: 'Học sinh đi ' },
      { type: 'delete', text: 'bộ' },
      { type: 'insert', text: 'xe' },
      { type: 'equal', text: ' 5 km' },
    ]);
    expect(diffWords('nước sạch cho thôn', 'nước cho thôn')).toEqual([
      { type: 'equal', text: 'nước ' },
      { type: 'delete', text: 'sạch ' },
      { type: 'equal', text: 'cho thôn' },
    ]);
  });

  it('groups a run of replaced words into one deletion and one insertion', () => {
    expect(diffWords('mở a b c đóng', 'mở x y z đóng')).toEqual([
      { type: 'equal', text: 'mở ' },
      { type: 'delete', text: 'a b c' },
      { type: 'insert', text: 'x y z' },
      { type: 'equal', text: ' đóng' },
    ]);
  });

  it('handles texts added from nothing or removed entirely', () => {
    expect(diffWords('', 'Điều kiện mới')).toEqual([{ type: 'insert', text: 'Điều kiện mới' }]);
    expect(diffWords('Bỏ hết', '')).toEqual([{ type: 'delete', text: 'Bỏ hết' }]);
  });

  it('always rebuilds both texts exactly', () => {
    const before =
      'Đặt 10 xe đạp điện dùng chung tại nhà văn hóa,\nhọc sinh mượn bằng thẻ. Miễn phí.';
    const after =
      'Đặt 12 xe đạp điện dùng chung tại nhà văn hóa thôn,\nhọc sinh mượn bằng thẻ học sinh.';
    const parts = diffWords(before, after);
    expect(rebuild(parts, 'before')).toBe(before);
    expect(rebuild(parts, 'after')).toBe(after);
    expect(hasChanges(parts)).toBe(true);
    for (let k = 1; k < parts.length; k++) {
      expect(parts[k]!.type === parts[k - 1]!.type).toBe(false);
    }
  });

  it('shows texts that differ in thousands of words as one replacement', () => {
    const before = Array.from({ length: 2000 }, (_, k) => `a${k}`).join(' ');
    const after = Array.from({ length: 2000 }, (_, k) => `b${k}`).join(' ');
    expect(diffWords(before, after)).toEqual([
      { type: 'delete', text: before },
      { type: 'insert', text: after },
    ]);
  });
});
