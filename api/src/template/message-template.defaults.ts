import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageKind } from './message-template.enums.js';

/** A named value a template may use as `{{name}}`. */
export interface PlaceholderSpec {
  name: string;
  description: string;
  /** Sample used by the preview. */
  sample: string;
  /** Channels whose template must keep this placeholder (the link of an invitation…). */
  requiredIn?: DeliveryChannel[];
}

export interface TemplateText {
  /** Email only; SMS has no subject. */
  subject: string | null;
  body: string;
}

export interface KindSpec {
  channels: DeliveryChannel[];
  placeholders: PlaceholderSpec[];
  defaults: Partial<Record<DeliveryChannel, TemplateText>>;
}

const { EMAIL, SMS } = DeliveryChannel;

const COMMUNE: PlaceholderSpec = {
  name: 'communeName',
  description: 'Tên xã/phường',
  sample: 'Xã Minh Hòa',
};
const TITLE: PlaceholderSpec = {
  name: 'title',
  description: 'Tên ý tưởng',
  sample: 'Tưới nhỏ giọt cho vườn rau',
};
const CODE: PlaceholderSpec = {
  name: 'trackingCode',
  description: 'Mã tra cứu ý tưởng',
  sample: 'KN-2026-0042',
};
const RECEIVED: PlaceholderSpec = {
  name: 'receivedDate',
  description: 'Ngày tiếp nhận',
  sample: '04/12/2026',
};

const RESPONSE_DEFAULTS: KindSpec['defaults'] = {
  EMAIL: {
    subject: 'Phản hồi về ý tưởng "{{title}}" (mã {{trackingCode}})',
    body: '{{message}}\n\nXem chi tiết và trả lời tại trang tra cứu với mã {{trackingCode}}.',
  },
  SMS: {
    subject: null,
    body: 'Khoi Nguon: co phan hoi moi ve y tuong ma {{trackingCode}}. Xem tai trang tra cuu.',
  },
};
const RESPONSE_PLACEHOLDERS: PlaceholderSpec[] = [
  COMMUNE,
  TITLE,
  CODE,
  {
    name: 'message',
    description: 'Nội dung phản hồi cán bộ đã soạn',
    sample: 'Đề nghị bạn bổ sung ảnh chụp hiện trạng.',
    requiredIn: [EMAIL],
  },
];

/** The platform's texts, one place for all of them; a commune may override each one. */
export const MESSAGE_KINDS: Record<MessageKind, KindSpec> = {
  IDEA_RECEIVED: {
    channels: [EMAIL, SMS],
    placeholders: [
      COMMUNE,
      TITLE,
      { ...CODE, requiredIn: [EMAIL, SMS] },
      RECEIVED,
      {
        name: 'digest',
        description: 'Mã xác thực nội dung (SHA-256)',
        sample: '3f8a…c2',
      },
    ],
    defaults: {
      EMAIL: {
        subject: 'Đã tiếp nhận ý tưởng – mã {{trackingCode}}',
        body:
          'Ý tưởng "{{title}}" đã được tiếp nhận ngày {{receivedDate}} với mã tra cứu {{trackingCode}}. ' +
          'Cơ quan đầu mối sẽ phân loại và phản hồi kết quả xử lý cho bạn.\n\n' +
          'Mã xác thực nội dung (SHA-256): {{digest}}',
      },
      SMS: {
        subject: null,
        body: 'Khoi Nguon: da tiep nhan y tuong, ma tra cuu {{trackingCode}}, ngay {{receivedDate}}.',
      },
    },
  },
  INFO_REQUESTED: {
    channels: [EMAIL, SMS],
    placeholders: RESPONSE_PLACEHOLDERS,
    defaults: RESPONSE_DEFAULTS,
  },
  IDEA_ANSWERED: {
    channels: [EMAIL, SMS],
    placeholders: RESPONSE_PLACEHOLDERS,
    defaults: RESPONSE_DEFAULTS,
  },
  COAUTHOR_INVITATION: {
    channels: [EMAIL, SMS],
    placeholders: [
      COMMUNE,
      { name: 'fullName', description: 'Họ tên đồng tác giả', sample: 'Trần Thị B' },
      { name: 'leadName', description: 'Họ tên chủ nhiệm ý tưởng', sample: 'Nguyễn Văn A' },
      { name: 'share', description: 'Tỷ lệ đóng góp (%)', sample: '30' },
      TITLE,
      RECEIVED,
      {
        name: 'link',
        description: 'Liên kết xác nhận (dùng một lần)',
        sample: 'https://khoinguon.example/dong-tac-gia?ma=…',
        requiredIn: [EMAIL, SMS],
      },
      { name: 'expiryDate', description: 'Ngày liên kết hết hạn', sample: '03/01/2027' },
    ],
    defaults: {
      EMAIL: {
        subject: 'Xác nhận đồng tác giả ý tưởng "{{title}}"',
        body:
          'Kính gửi {{fullName}},\n\n{{leadName}} đã ghi tên bạn là đồng tác giả (tỷ lệ đóng góp {{share}} %) ' +
          'của ý tưởng "{{title}}" gửi phong trào "Khơi nguồn sáng tạo" ngày {{receivedDate}}.\n\n' +
          'Bạn chỉ được ghi nhận là đồng tác giả sau khi xác nhận. Xác nhận hoặc từ chối tại:\n{{link}}\n\n' +
          'Liên kết chỉ dùng được một lần và hết hạn ngày {{expiryDate}}. Nếu bạn không liên quan đến ý tưởng này, hãy chọn "Từ chối".',
      },
      SMS: {
        subject: null,
        body: 'Khoi Nguon: ban duoc moi xac nhan dong tac gia mot y tuong. Xac nhan tai {{link}}',
      },
    },
  },
  DISPUTE_OUTCOME: {
    channels: [EMAIL, SMS],
    placeholders: [
      COMMUNE,
      { name: 'claimantName', description: 'Họ tên người khiếu nại', sample: 'Lê Văn C' },
      TITLE,
      { name: 'outcome', description: 'Kết quả', sample: 'khiếu nại có cơ sở' },
      {
        name: 'resolution',
        description: 'Nội dung giải quyết',
        sample: 'Bổ sung ông Lê Văn C là đồng tác giả.',
      },
    ],
    defaults: {
      EMAIL: {
        subject: 'Kết quả giải quyết khiếu nại về ý tưởng "{{title}}"',
        body:
          'Kính gửi {{claimantName}},\n\nCơ quan đầu mối đã xem xét khiếu nại của bạn về ý tưởng "{{title}}". ' +
          'Kết quả: {{outcome}}.\n\n{{resolution}}',
      },
      SMS: {
        subject: null,
        body: 'Khoi Nguon: khieu nai cua ban ve mot y tuong da duoc giai quyet, xem email hoac lien he UBND xa.',
      },
    },
  },
  DATA_REQUEST_RECEIVED: {
    channels: [EMAIL, SMS],
    placeholders: [
      COMMUNE,
      { name: 'requestKind', description: 'Loại yêu cầu', sample: 'Xóa dữ liệu' },
      CODE,
      RECEIVED,
      { name: 'dueDate', description: 'Hạn xử lý', sample: '18/12/2026' },
    ],
    defaults: {
      EMAIL: {
        subject: 'Yêu cầu về dữ liệu cá nhân: {{requestKind}}',
        body:
          'Cơ quan đầu mối đã nhận yêu cầu "{{requestKindLower}}" của bạn ngày {{receivedDate}} (liên quan ý tưởng mã {{trackingCode}}). ' +
          'Yêu cầu sẽ được xử lý chậm nhất ngày {{dueDate}}.',
      },
      SMS: {
        subject: null,
        body: 'Khoi Nguon: yeu cau ve du lieu ca nhan cua ban da duoc tiep nhan. Xem tai trang tra cuu.',
      },
    },
  },
  DATA_REQUEST_OUTCOME: {
    channels: [EMAIL, SMS],
    placeholders: [
      COMMUNE,
      { name: 'requestKind', description: 'Loại yêu cầu', sample: 'Xóa dữ liệu' },
      CODE,
      RECEIVED,
      {
        name: 'outcome',
        description: 'Kết quả xử lý',
        sample: 'Dữ liệu cá nhân của bạn đã được xóa.',
      },
    ],
    defaults: {
      EMAIL: {
        subject: 'Yêu cầu về dữ liệu cá nhân: {{requestKind}}',
        body: 'Kết quả xử lý yêu cầu "{{requestKindLower}}" của bạn (gửi ngày {{receivedDate}}): {{outcome}}',
      },
      SMS: {
        subject: null,
        body: 'Khoi Nguon: yeu cau ve du lieu ca nhan cua ban da co ket qua. Xem tai trang tra cuu.',
      },
    },
  },
  STAFF_INVITATION: {
    channels: [EMAIL],
    placeholders: [
      COMMUNE,
      { name: 'fullName', description: 'Họ tên cán bộ', sample: 'Phạm Thị D' },
      { name: 'invitedBy', description: 'Người mời', sample: 'Quản trị hệ thống' },
      { name: 'email', description: 'Email tài khoản', sample: 'canbo@example.vn' },
      {
        name: 'link',
        description: 'Đường dẫn kích hoạt (dùng một lần)',
        sample: 'https://quantri.example/loi-moi/…',
        requiredIn: [EMAIL],
      },
      { name: 'expiresAt', description: 'Thời điểm hết hạn', sample: '09:00 ngày 03/01/2027' },
    ],
    defaults: {
      EMAIL: {
        subject: 'Lời mời tham gia Khơi Nguồn',
        body: [
          'Kính gửi {{fullName}},',
          '',
          '{{invitedBy}} mời anh/chị tham gia Khơi Nguồn – {{communeName}} với tài khoản {{email}}.',
          'Đặt mật khẩu và kích hoạt tài khoản tại: {{link}}',
          'Đường dẫn chỉ dùng được một lần, hết hạn lúc {{expiresAt}}.',
          '',
          'Nếu anh/chị không chờ lời mời này, xin bỏ qua thư.',
        ].join('\n'),
      },
    },
  },
  PASSWORD_RESET: {
    channels: [EMAIL],
    placeholders: [
      COMMUNE,
      { name: 'fullName', description: 'Họ tên cán bộ', sample: 'Phạm Thị D' },
      {
        name: 'link',
        description: 'Đường dẫn đặt mật khẩu mới (dùng một lần)',
        sample: 'https://quantri.example/dat-lai-mat-khau/…',
        requiredIn: [EMAIL],
      },
      { name: 'expiresAt', description: 'Thời điểm hết hạn', sample: '10:00 ngày 04/12/2026' },
    ],
    defaults: {
      EMAIL: {
        subject: 'Đặt lại mật khẩu Khơi Nguồn',
        body: [
          'Kính gửi {{fullName}},',
          '',
          'Có yêu cầu đặt lại mật khẩu cho tài khoản Khơi Nguồn của anh/chị.',
          'Đặt mật khẩu mới tại: {{link}}',
          'Đường dẫn chỉ dùng được một lần, hết hạn lúc {{expiresAt}}.',
          '',
          'Nếu anh/chị không yêu cầu, xin bỏ qua thư này: mật khẩu vẫn giữ nguyên.',
        ].join('\n'),
      },
    },
  },
  TRACKING_CODES: {
    channels: [EMAIL, SMS],
    placeholders: [
      COMMUNE,
      {
        name: 'codes',
        description: 'Các mã tra cứu (kèm tên ý tưởng trong email)',
        sample: 'KN-AB12-CD34 (Tưới nhỏ giọt cho vườn rau)',
        requiredIn: [EMAIL, SMS],
      },
    ],
    defaults: {
      EMAIL: {
        subject: 'Mã tra cứu ý tưởng của bạn',
        body: [
          'Có yêu cầu gửi lại mã tra cứu cho email này trên trang Khơi Nguồn của {{communeName}}.',
          '',
          'Mã tra cứu các ý tưởng bạn đã gửi:',
          '{{codes}}',
          '',
          'Tra cứu bằng mã cùng email hoặc số điện thoại bạn đã ghi khi gửi.',
          'Nếu bạn không yêu cầu, xin bỏ qua thư này.',
        ].join('\n'),
      },
      SMS: {
        subject: null,
        body: 'Khoi Nguon: ma tra cuu y tuong cua ban: {{codes}}. Tra cuu cung so dien thoai nay.',
      },
    },
  },
};

// The lower-case form of a data request's kind, offered alongside the label.
for (const k of [MessageKind.DATA_REQUEST_RECEIVED, MessageKind.DATA_REQUEST_OUTCOME]) {
  MESSAGE_KINDS[k].placeholders.splice(2, 0, {
    name: 'requestKindLower',
    description: 'Loại yêu cầu (chữ thường)',
    sample: 'xóa dữ liệu',
  });
}

export type MessageValues = Record<string, string | number | null | undefined>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The placeholder names a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Drops Vietnamese diacritics (SMS are sent unaccented, as the defaults are). */
export function unaccent(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * A value escaped for where it goes: plain-text email bodies take it as it is (without control
 * characters), an email subject on one line, an SMS on one line and unaccented.
 */
function escapeValue(value: string, channel: DeliveryChannel, part: 'subject' | 'body'): string {
  // eslint-disable-next-line no-control-regex
  let v = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (part === 'subject' || channel === SMS) v = v.replace(/\s*[\r\n]+\s*/g, ' ');
  if (channel === SMS) v = unaccent(v);
  return v;
}

function fill(
  text: string,
  values: MessageValues,
  channel: DeliveryChannel,
  part: 'subject' | 'body',
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value == null
      ? name in values
        ? ''
        : whole
      : escapeValue(String(value), channel, part);
  });
}

export function defaultTemplate(kind: MessageKind, channel: DeliveryChannel): TemplateText | null {
  return MESSAGE_KINDS[kind].defaults[channel] ?? null;
}

/** The message of a kind for a channel: the commune's override if it has one, else the default. */
export function renderMessage(
  kind: MessageKind,
  channel: DeliveryChannel,
  values: MessageValues,
  override?: TemplateText | null,
): TemplateText | null {
  const template = override ?? defaultTemplate(kind, channel);
  if (!template) return null;
  return {
    subject: template.subject == null ? null : fill(template.subject, values, channel, 'subject'),
    body: fill(template.body, values, channel, 'body'),
  };
}

/** Placeholders a text uses that the kind does not offer, and required ones it lacks. */
export function checkPlaceholders(
  kind: MessageKind,
  channel: DeliveryChannel,
  text: { subject: string | null; body: string },
): { unknown: string[]; missing: string[] } {
  const offered = MESSAGE_KINDS[kind].placeholders;
  const used = placeholdersIn(`${text.subject ?? ''}\n${text.body}`);
  const unknown = used.filter((n) => !offered.some((p) => p.name === n));
  const missing = offered
    .filter((p) => p.requiredIn?.includes(channel) && !used.includes(p.name))
    .map((p) => p.name);
  return { unknown, missing };
}

export function sampleValues(kind: MessageKind): MessageValues {
  return Object.fromEntries(MESSAGE_KINDS[kind].placeholders.map((p) => [p.name, p.sample]));
}
