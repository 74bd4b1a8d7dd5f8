/** The report an import job writes (ImportJobView.report), read defensively from JSON. */
export type ImportRowStatus = 'ACCEPTED' | 'REFUSED' | 'IMPORTED';

export interface ImportRow {
  row: number;
  status: ImportRowStatus;
  title: string | null;
  errors: { field: string; message: string }[];
  trackingCode: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  accepted: number;
  refused: number;
  imported: number;
  message: string;
  rows: ImportRow[];
}

export const ROW_STATUS: Record<ImportRowStatus, string> = {
  ACCEPTED: 'Hợp lệ',
  REFUSED: 'Bị từ chối',
  IMPORTED: 'Đã nhập',
};

/** Column names of the report's field keys, as on the spreadsheet. */
export const IMPORT_FIELD: Record<string, string> = {
  title: 'Tên ý tưởng',
  problem: 'Vấn đề cần giải quyết',
  solution: 'Giải pháp',
  benefit: 'Hiệu quả dự kiến',
  requirements: 'Điều kiện triển khai',
  fields: 'Lĩnh vực',
  maturity: 'Mức độ hoàn thiện',
  unit: 'Thôn/Đơn vị',
  fullName: 'Họ và tên',
  email: 'Email',
  phone: 'Số điện thoại',
  address: 'Địa chỉ',
  consent: 'Đồng ý xử lý dữ liệu',
  showName: 'Đồng ý hiện tên',
  publishContent: 'Đồng ý công khai',
};

/** The columns of the spreadsheet, in the template's order. */
export const IMPORT_COLUMNS = Object.values(IMPORT_FIELD);

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

export function readImportReport(raw: unknown): ImportReport | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const rows = Array.isArray(r.rows) ? r.rows : [];
  return {
    dryRun: r.dryRun === true,
    total: num(r.total),
    accepted: num(r.accepted),
    refused: num(r.refused),
    imported: num(r.imported),
    message: str(r.message) ?? '',
    rows: rows
      .filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object')
      .map((x) => ({
        row: num(x.row),
        status:
          x.status === 'IMPORTED' || x.status === 'REFUSED' ? x.status : ('ACCEPTED' as const),
        title: str(x.title),
        trackingCode: str(x.trackingCode),
        errors: (Array.isArray(x.errors) ? x.errors : [])
          .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object')
          .map((e) => ({ field: str(e.field) ?? '', message: str(e.message) ?? '' })),
      })),
  };
}
