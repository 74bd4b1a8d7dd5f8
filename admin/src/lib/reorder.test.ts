import { describe, expect, it } from 'vitest';
import { keyDelta, moveItem } from './reorder';

const key = (k: string, altKey = true) => ({
  key: k,
  altKey,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
});

describe('reorderable rows', () => {
  it('moves an item and keeps it inside the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 1, -5)).toEqual(['b', 'a', 'c']);
  });

  it('moves a row by Alt + arrow keys, to either end by Alt + Home / End', () => {
    expect(keyDelta(key('ArrowUp'), 2, 4)).toBe(-1);
    expect(keyDelta(key('ArrowDown'), 2, 4)).toBe(1);
    expect(keyDelta(key('Home'), 2, 4)).toBe(-2);
    expect(keyDelta(key('End'), 1, 4)).toBe(2);
  });

  it('leaves other keys, and the arrows without Alt, to the fields', () => {
    expect(keyDelta(key('ArrowUp', false), 2, 4)).toBe(0);
    expect(keyDelta(key('a'), 2, 4)).toBe(0);
    expect(keyDelta(key('ArrowUp'), 0, 4)).toBe(0);
    expect(keyDelta(key('ArrowDown'), 3, 4)).toBe(0);
  });
});
