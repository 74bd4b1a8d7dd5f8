import { describe, expect, it } from 'vitest';
import { inboxSearch, type InboxQuery } from './inbox';

describe('inbox query', () => {
  const empty: InboxQuery = {
    q: '',
    status: [],
    unit: '',
    field: '',
    channel: '',
    published: '',
    overdue: '',
    unassigned: '',
    assignee: '',
    after: null,
  };

  it('writes the filters in the address, without the page cursor unless asked', () => {
    expect(inboxSearch(empty)).toBe('?');
    expect(inboxSearch({ ...empty, status: ['SUBMITTED'], overdue: 'co', after: 'abc' })).toBe(
      '?trang-thai=SUBMITTED&qua-han=co',
    );
    expect(inboxSearch({ ...empty, q: 'nước sạch' }, { sau: 'abc' })).toBe(
      '?q=n%C6%B0%E1%BB%9Bc+s%E1%BA%A1ch&sau=abc',
    );
  });
});
