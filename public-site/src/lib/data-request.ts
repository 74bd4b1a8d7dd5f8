import type { ConsentKind, DataRequestInput, DataRequestKind } from '$lib/gql/graphql';
import { formatDate, formatDateTime } from '@khoi-nguon/schema/client';
import type { Lang } from '$lib/i18n';

/** The rights of a data subject (Law 91/2025/QH15), in the order the tracking page offers them. */
export const REQUEST_KINDS: DataRequestKind[] = [
  'ACCESS',
  'EXPORT',
  'CORRECT',
  'WITHDRAW_CONSENT',
  'RESTRICT',
  'ERASE',
];

/** Consents that can be withdrawn by request (processing consent goes by erasure or restriction). */
export const WITHDRAWABLE: ConsentKind[] = [
  'SHOW_NAME',
  'PUBLISH_CONTENT',
  'ALLOW_PILOT',
  'ALLOW_SCALE',
  'SHARE_PROGRAMMES',
];

export function isRequestKind(value: unknown): value is DataRequestKind {
  return REQUEST_KINDS.includes(value as DataRequestKind);
}

/** The input of one of the tracking page's request forms; null when the kind was tampered with. */
export function readDataRequest(data: FormData): DataRequestInput | null {
  const kind = data.get('kind');
  if (!isRequestKind(kind)) return null;
  const text = (name: string) => {
    const v = String(data.get(name) ?? '').trim();
    return v ? v : null;
  };
  const input: DataRequestInput = { kind, details: text('details') };
  if (kind === 'CORRECT') {
    input.corrections = {
      fullName: text('corrFullName'),
      email: text('corrEmail'),
      phone: text('corrPhone'),
      address: text('corrAddress'),
    };
  }
  if (kind === 'WITHDRAW_CONSENT') {
    input.consentKinds = data
      .getAll('consentKinds')
      .map(String)
      .filter((k): k is ConsentKind => WITHDRAWABLE.includes(k as ConsentKind));
  }
  return input;
}

export interface DataRow {
  label: string;
  value: string;
}
export interface DataSection {
  title: string;
  /** One group of rows per record (an idea, a consent, a message…). */
  items: DataRow[][];
}

const LABELS = {
  vi: {
    person: 'Thông tin cá nhân',
    ideas: 'Ý tưởng có tên bạn',
    consents: 'Các lần đồng ý, rút lại',
    messages: 'Trao đổi với cơ quan đầu mối',
    requests: 'Yêu cầu về dữ liệu',
    fullName: 'Họ và tên',
    email: 'Email',
    phone: 'Số điện thoại',
    address: 'Địa chỉ',
    restricted: 'Đã hạn chế xử lý',
    records: 'Số hồ sơ gộp',
    request: 'Yêu cầu',
    trackingCode: 'Mã tra cứu',
    title: 'Tên ý tưởng',
    receivedAt: 'Ngày tiếp nhận',
    status: 'Trạng thái',
    role: 'Vai trò',
    share: 'Tỷ lệ đóng góp (%)',
    confirmedAt: 'Xác nhận ngày',
    declinedAt: 'Từ chối ngày',
    guardian: 'Cha, mẹ hoặc người giám hộ',
    consent: 'Sự đồng ý',
    givenBy: 'Người đồng ý',
    givenAt: 'Đồng ý lúc',
    withdrawnAt: 'Rút lại lúc',
    noticeVersion: 'Phiên bản thông báo',
    channel: 'Cách thức',
    direction: 'Chiều',
    at: 'Thời điểm',
    body: 'Nội dung',
    outcome: 'Kết quả',
    yes: 'Có',
    no: 'Không',
  },
  en: {
    person: 'Personal details',
    ideas: 'Ideas with your name',
    consents: 'Consents given and withdrawn',
    messages: 'Messages with the hub',
    requests: 'Data requests',
    fullName: 'Full name',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    restricted: 'Processing restricted',
    records: 'Records merged',
    request: 'Request',
    trackingCode: 'Tracking code',
    title: 'Idea title',
    receivedAt: 'Received',
    status: 'Status',
    role: 'Role',
    share: 'Contribution (%)',
    confirmedAt: 'Confirmed',
    declinedAt: 'Declined',
    guardian: 'Parent or guardian',
    consent: 'Consent',
    givenBy: 'Given by',
    givenAt: 'Given',
    withdrawnAt: 'Withdrawn',
    noticeVersion: 'Notice version',
    channel: 'Channel',
    direction: 'Direction',
    at: 'Time',
    body: 'Text',
    outcome: 'Outcome',
    yes: 'Yes',
    no: 'No',
  },
} as const;

/** Codes the export keeps as they are stored, shown in words. */
const CODES: Record<Lang, Record<string, string>> = {
  vi: {
    FROM_AUTHOR: 'Bạn gửi',
    TO_AUTHOR: 'Cơ quan đầu mối gửi',
    ONLINE: 'Trực tuyến',
    PAPER: 'Ký trên giấy',
    RECEIVED: 'Đang xử lý',
    DONE: 'Đã thực hiện',
    REFUSED: 'Từ chối',
  },
  en: {
    FROM_AUTHOR: 'From you',
    TO_AUTHOR: 'From the hub',
    ONLINE: 'Online',
    PAPER: 'Signed on paper',
    RECEIVED: 'Being handled',
    DONE: 'Done',
    REFUSED: 'Refused',
  },
};

type Label = keyof (typeof LABELS)['vi'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function show(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? LABELS[lang].yes : LABELS[lang].no;
  if (typeof value === 'string' && ISO.test(value)) return formatDateTime(value);
  if (typeof value === 'string' && value in CODES[lang]) return CODES[lang][value]!;
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .map((v) => show(v, lang))
      .filter(Boolean)
      .join(', ');
  }
  return String(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The personal data the hub released for an access request, as readable sections (the JSON export
 * is the same data as a file). Unknown fields are left out rather than shown raw.
 */
export function personalDataSections(data: unknown, lang: Lang): DataSection[] {
  const l = LABELS[lang];
  const d = (data ?? {}) as Record<string, unknown>;
  /** Label → value rows of one record, in the given order, empty values left out. */
  const rows = (record: unknown, keys: Label[]): DataRow[] => {
    const r = (record ?? {}) as Record<string, unknown>;
    return keys
      .map((k) => ({ label: l[k], value: show(r[k === 'request' ? 'kind' : k], lang) }))
      .filter((row) => row.value !== '');
  };
  const sections: DataSection[] = [
    {
      title: l.person,
      items: [rows(d.person, ['fullName', 'email', 'phone', 'address', 'restricted', 'records'])],
    },
    {
      title: l.ideas,
      items: list(d.ideas).map((i) =>
        rows(i, [
          'trackingCode',
          'title',
          'receivedAt',
          'status',
          'role',
          'share',
          'confirmedAt',
          'declinedAt',
          'guardian',
        ]),
      ),
    },
    {
      title: l.consents,
      items: list(d.consents).map((c) =>
        rows(c, [
          'trackingCode',
          'consent',
          'givenBy',
          'givenAt',
          'withdrawnAt',
          'noticeVersion',
          'channel',
        ]),
      ),
    },
    {
      title: l.messages,
      items: list(d.messages).map((m) => rows(m, ['trackingCode', 'direction', 'at', 'body'])),
    },
    {
      title: l.requests,
      items: list(d.requests).map((r) => rows(r, ['request', 'receivedAt', 'status', 'outcome'])),
    },
  ];
  return sections.filter((s) => s.items.some((rows) => rows.length));
}

/** File name of the JSON export: du-lieu-ca-nhan-KN-ABCD-EFGH-04-12-2026.json */
export function exportFileName(trackingCode: string, receivedAt: string): string {
  const day = formatDate(receivedAt).replaceAll('/', '-');
  return `du-lieu-ca-nhan-${trackingCode.replace(/[^A-Z0-9-]/gi, '')}-${day}.json`;
}
