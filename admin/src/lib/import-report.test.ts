import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, readImportReport } from './import-report';

describe('import report', () => {
  it('lists the fifteen spreadsheet columns in order', () => {
    expect(IMPORT_COLUMNS).toHaveLength(15);
    expect(IMPORT_COLUMNS[0]).toBe('Tên ý tưởng');
    expect(IMPORT_COLUMNS[14]).toBe('Đồng ý công khai');
  });

  it('reads a report and ignores what it does not know', () => {
    const report = readImportReport({
      dryRun: true,
      total: 2,
      accepted: 1,
      refused: 1,
      imported: 0,
      message: 'Kiểm tra xong',
      rows: [
        { row: 2, status: 'ACCEPTED', title: 'Ý tưởng một', errors: [], trackingCode: null },
        {
          row: 3,
          status: 'REFUSED',
          title: null,
          errors: [{ field: 'title', message: 'Thiếu tên' }, 'rác'],
          trackingCode: null,
        },
        null,
      ],
    });
    expect(report?.rows).toHaveLength(2);
    expect(report?.rows[1]?.errors).toEqual([{ field: 'title', message: 'Thiếu tên' }]);
    expect(readImportReport(null)).toBeNull();
    expect(readImportReport('x')).toBeNull();
  });
});
