import { describe, expect, it } from 'vitest';
import {
  errorOf,
  errorUnder,
  formatDay,
  isoDay,
  keptRows,
  linesOf,
  mayBeHonoured,
} from './follow-up';
import type { FormResult } from './form-result';

const refused: FormResult = {
  form: 'startPilot',
  ok: false,
  message: 'Vui lòng sửa các lỗi được đánh dấu.',
  code: 'BAD_USER_INPUT',
  fieldErrors: { 'pilot.scope': 'Bắt buộc', 'support.tasks.2': 'Quá dài' },
  values: { budget: [{ item: 'Vật tư', amount: 'x' }, 'junk'] },
};

describe('follow-up presentation', () => {
  it('finds field errors by API path, or anything under a path', () => {
    expect(errorOf(refused, 'pilot.scope')).toBe('Bắt buộc');
    expect(errorUnder(refused, 'support.tasks')).toBe('Quá dài');
    expect(errorUnder(refused, 'support.task')).toBeUndefined();
    expect(errorOf({ ...refused, ok: true }, 'pilot.scope')).toBeUndefined();
  });

  it('puts repeated rows back after a refusal', () => {
    expect(keptRows(refused, 'budget')).toEqual([{ item: 'Vật tư', amount: 'x' }]);
    expect(keptRows(null, 'budget')).toEqual([]);
  });

  it('converts calendar days between the API and dd/mm/yyyy', () => {
    expect(isoDay('2026-09-05')).toBe('2026-09-05');
    expect(isoDay('5/9/2026')).toBe('2026-09-05');
    expect(isoDay('31/02/2026')).toBeNull();
    expect(formatDay('2026-09-05')).toBe('05/09/2026');
    expect(formatDay(null)).toBe('');
  });

  it('reads one task per line and offers honouring from the pilot stages on', () => {
    expect(linesOf('Khảo sát\n\n  Lập dự toán  \r\n')).toEqual(['Khảo sát', 'Lập dự toán']);
    expect(mayBeHonoured('APPLIED', null)).toBe(true);
    expect(mayBeHonoured('SUBMITTED', null)).toBe(false);
    expect(mayBeHonoured('ARCHIVED', '2026-10-01T00:00:00Z')).toBe(true);
  });
});
