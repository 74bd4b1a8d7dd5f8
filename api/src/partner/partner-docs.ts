/**
 * The partners' documentation, served by the API at `/docs` (and the contract at
 * `/docs/schema.graphql`): getting a key, authentication, limits, pagination, filters, error
 * codes and worked examples. The examples are data: `tests/api/partner-docs.test.ts` runs every
 * one of them with a key of the scope it names, so the page never shows a query that fails. The
 * GraphQL explorer at `/docs/explorer` (partner-explorer.ts) offers the same examples to run.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import { ApiKeyScope } from './api-key.enums.js';
import { DEFAULT_REQUESTS_PER_MINUTE } from './api-key.service.js';
import { registerPartnerExplorer } from './partner-explorer.js';

export interface PartnerExample {
  id: string;
  title: string;
  titleEn: string;
  explain: string;
  scope: ApiKeyScope;
  query: string;
  /**
   * Variables as sent; `"$FIELD_ID"` stands for the id of a field (from `{ fields { id name } }`),
   * `"$KEY"` for a unique idempotency key.
   */
  variables?: Record<string, unknown>;
}

export const PARTNER_EXAMPLES: PartnerExample[] = [
  {
    id: 'featured',
    title: 'Ý tưởng và bài viết nổi bật trên trang chủ',
    titleEn: 'Featured ideas and posts',
    explain:
      'Những mục biên tập viên chọn cho trang chủ, theo thứ tự hiển thị. Chỉ có ý tưởng đã công khai và bài đã đăng.',
    scope: ApiKeyScope.PUBLIC_READ,
    query: `{
  featured {
    position
    idea { id title statusLabel publishedAt unit { name } }
    post { slug title publishedAt }
  }
}`,
  },
  {
    id: 'fields',
    title: 'Danh mục lĩnh vực (để lọc)',
    titleEn: 'Fields, for filters',
    explain: 'Mã (id) của lĩnh vực dùng trong bộ lọc `fieldIds` của các truy vấn ý tưởng.',
    scope: ApiKeyScope.PUBLIC_READ,
    query: `{ fields { id code name } }`,
  },
  {
    id: 'honoured-by-field',
    title: 'Ý tưởng được vinh danh theo lĩnh vực',
    titleEn: 'Honoured ideas by field',
    explain:
      'Lọc theo lĩnh vực, mới được vinh danh trước, 10 ý tưởng mỗi trang. Tên tác giả chỉ hiện khi tác giả (và người giám hộ của người dưới 16 tuổi) đồng ý; nếu không là "Tác giả ẩn danh".',
    scope: ApiKeyScope.PUBLIC_READ,
    query: `query HonouredByField($fieldIds: [ID!]) {
  ideas(first: 10, where: { honoured: true, fieldIds: $fieldIds },
        orderBy: { field: HONOURED_AT, direction: DESC }) {
    totalCount
    nodes { id title honouredAt honourCitation fields { name } unit { name } authors { displayName } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { fieldIds: ['$FIELD_ID'] },
  },
  {
    id: 'search-paging',
    title: 'Tìm kiếm không dấu và phân trang',
    titleEn: 'Accent-insensitive search, page by page',
    explain:
      '"nuoc sach" tìm thấy "nước sạch". Lấy trang sau bằng cách gửi lại `endCursor` của trang trước vào `after`, cho đến khi `hasNextPage` là false.',
    scope: ApiKeyScope.PUBLIC_READ,
    query: `query Search($after: String) {
  ideas(first: 20, after: $after, where: { search: "nuoc sach" },
        orderBy: { field: PUBLISHED_AT, direction: DESC }) {
    totalCount
    edges { cursor node { id title publishedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { after: null },
  },
  {
    id: 'statistics',
    title: 'Số liệu của phong trào',
    titleEn: 'Campaign statistics',
    explain:
      'Số ý tưởng tiếp nhận, đã phản hồi, thời gian phản hồi trung bình, đang thử nghiệm, đã ứng dụng (số liệu tổng hợp, không có dữ liệu cá nhân). Cần quyền "Số liệu thống kê".',
    scope: ApiKeyScope.STATISTICS,
    query: `{
  ideaCounters { received answered responseRate averageResponseHours piloted applied scaled published honoured }
  transparencyStats { generatedAt published totals { eligible answered piloted applied } }
}`,
  },
  {
    id: 'kiosk-submit',
    title: 'Gửi ý tưởng từ ki-ốt tiếp nhận',
    titleEn: 'Submitting an idea from a kiosk',
    explain:
      'Một ứng dụng tích hợp (ki-ốt ở nhà văn hóa thôn) gửi ý tưởng thay người dân, với sự đồng ý xử lý dữ liệu của họ. Gửi kèm `idempotencyKey` riêng cho mỗi lần gửi: gửi lại cùng khóa (khi mất kết nối) không tạo ý tưởng thứ hai. Người dân nhận mã tra cứu. Cần quyền "Gửi ý tưởng".',
    scope: ApiKeyScope.SUBMIT,
    query: `mutation Submit($input: SubmitIdeaInput!) {
  submitIdea(input: $input) { trackingCode receivedAt title }
}`,
    variables: {
      input: {
        title: 'Lắp đèn năng lượng mặt trời cho đường vào thôn',
        problem: 'Đường vào thôn dài 800 m, không có đèn, người dân đi lại buổi tối khó khăn.',
        solution: 'Lắp 20 đèn năng lượng mặt trời, mỗi hộ đóng góp một phần, thôn tự bảo dưỡng.',
        benefit: 'Đi lại an toàn hơn, không tốn tiền điện hằng tháng.',
        fieldIds: ['$FIELD_ID'],
        maturity: 'PRELIMINARY',
        author: { fullName: 'Hoàng Văn Ki Ốt', phone: '0912 000 111' },
        consents: { noticeVersion: 1, processData: true },
        idempotencyKey: '$KEY',
      },
    },
  },
];

/** The error codes a partner meets, in the order of the README's table. */
const ERROR_CODES: [string, string][] = [
  [
    'BAD_USER_INPUT',
    'Thiếu giá trị, sai kiểu hoặc bị quy tắc từ chối; `extensions.fieldErrors` theo đường dẫn trường.',
  ],
  [
    'GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED',
    'Câu truy vấn sai cú pháp hoặc không khớp lược đồ (HTTP 400).',
  ],
  ['LIMITS_EXCEEDED', 'Truy vấn quá sâu, quá tốn kém, quá nhiều bí danh hoặc quá dài.'],
  ['UNAUTHENTICATED', 'Khóa API không hợp lệ, hết hạn hoặc đã bị thu hồi (HTTP 401).'],
  ['FORBIDDEN', 'Khóa không có quyền cho thao tác này, hoặc không dùng cho xã này (HTTP 403).'],
  ['NOT_FOUND', 'Không có bản ghi; với X-Tenant: không có xã này (HTTP 404).'],
  ['RATE_LIMITED', 'Vượt giới hạn mỗi phút của khóa: chờ `Retry-After` giây (HTTP 429).'],
  [
    'OPERATION_NOT_ALLOWED',
    'Chế độ danh sách cho phép: không có khóa thì chỉ chạy được thao tác đã đăng ký (HTTP 403).',
  ],
  [
    'SERVICE_UNAVAILABLE',
    'Cơ sở dữ liệu tạm thời không kết nối được: thử lại sau `Retry-After` giây (HTTP 503).',
  ],
  ['INTERNAL_SERVER_ERROR', 'Lỗi phía hệ thống, có mã tham chiếu `extensions.ref` để báo lại.'],
];

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
/** Inline `code` in the short texts. */
const text = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

const CSS = `body{font:16px/1.55 system-ui,sans-serif;max-width:56rem;margin:0 auto;padding:1.5rem;color:#1b1b1b}
pre{background:#f4f4f1;padding:.8rem;overflow:auto;border-radius:4px}code{font-family:ui-monospace,monospace}
h2{margin-top:2.2rem;border-top:1px solid #ddd;padding-top:1rem}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}.en{color:#555}`;

function clientSource(): string {
  // The source beside the compiled file (a checkout has both); otherwise where to find it.
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const p of [
    path.join(here, 'client-example.ts'),
    path.join(here, '../../src/partner/client-example.ts'),
  ]) {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      // next
    }
  }
  return '// api/src/partner/client-example.ts trong mã nguồn của nền tảng';
}

/** The documentation page, in Vietnamese with English headings. */
export function partnerDocsHtml(apiUrl: string): string {
  const curl = `curl ${apiUrl} \\
  -H "content-type: application/json" \\
  -H "x-api-key: kn_abcdefghij_…" \\
  -d '{"query":"{ ideas(first: 5) { nodes { title publishedAt } } }"}'`;
  const examples = PARTNER_EXAMPLES.map(
    (e) => `<h3 id="${e.id}">${esc(e.title)} <span class="en">— ${esc(e.titleEn)}</span></h3>
<p>${text(e.explain)} Quyền cần: <code>${e.scope}</code>.</p>
<pre><code>${esc(e.query)}</code></pre>${
      e.variables
        ? `<p>Biến (variables):</p><pre><code>${esc(JSON.stringify(e.variables, null, 2))}</code></pre>`
        : ''
    }`,
  ).join('\n');
  const codes = ERROR_CODES.map(
    ([c, m]) => `<tr><td><code>${esc(c)}</code></td><td>${text(m)}</td></tr>`,
  ).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>API cho đối tác — Khơi Nguồn</title><style>${CSS}</style></head><body>
<h1>API GraphQL cho đối tác <span class="en">— Partner API</span></h1>
<p>Tỉnh, báo chí, các xã khác và nhà nghiên cứu đọc dữ liệu công khai của phong trào (ý tưởng đã công khai, ý tưởng được vinh danh, tin tức, số liệu) và có thể gửi ý tưởng từ một ứng dụng tích hợp, qua một địa chỉ GraphQL duy nhất: <code>${esc(apiUrl)}</code>. Lược đồ đầy đủ: <a href="/docs/schema.graphql">/docs/schema.graphql</a>.</p>
<p>Chạy thử truy vấn ngay trong trình duyệt với khóa của bạn, xem lược đồ và các ví dụ dưới đây: <a href="/docs/explorer">công cụ khám phá GraphQL <span class="en">— GraphQL explorer</span></a>.</p>
<h2 id="key">Lấy khóa API <span class="en">— Getting a key</span></h2>
<p>Quản trị viên của xã tạo khóa trong trang quản trị (mục Khóa API), chọn quyền: <code>PUBLIC_READ</code> (đọc dữ liệu công khai), <code>STATISTICS</code> (số liệu tổng hợp), <code>SUBMIT</code> (gửi ý tưởng), số yêu cầu mỗi phút và ngày hết hạn. Khóa chỉ hiện một lần; hệ thống chỉ lưu mã băm. Khóa có thể bị thu hồi bất cứ lúc nào và có hiệu lực ngay. Mỗi khóa chỉ dùng cho xã đã tạo ra nó; khóa có thể được giới hạn thêm vào một đơn vị (thôn, tổ dân phố): khi đó danh sách ý tưởng chỉ gồm ý tưởng của đơn vị ấy và ý tưởng gửi qua khóa thuộc về đơn vị ấy.</p>
<p>Khóa cấp tỉnh do quản trị viên tỉnh tạo, đọc dữ liệu của các xã trong tỉnh (tất cả, hoặc các xã được chọn). Mỗi yêu cầu của khóa cấp tỉnh nêu xã cần đọc trong tiêu đề <code>X-Tenant</code> (mã xã); thiếu tiêu đề: HTTP 400, xã không thuộc phạm vi của khóa: HTTP 403 <code>FORBIDDEN</code>.</p>
<h2 id="auth">Xác thực <span class="en">— Authentication</span></h2>
<p>Gửi khóa trong tiêu đề <code>X-Api-Key</code> của mỗi yêu cầu POST (JSON: <code>query</code>, <code>variables</code>):</p>
<pre><code>${esc(curl)}</code></pre>
<p>Với khóa, bạn được xem lược đồ (introspection) và dùng <a href="/docs/explorer">công cụ khám phá GraphQL</a> của nền tảng hoặc công cụ GraphQL của mình; khách không có khóa thì không, trong môi trường vận hành.</p>
<h2 id="limits">Giới hạn <span class="en">— Limits</span></h2>
<p>Mỗi khóa có số yêu cầu tối đa mỗi phút (mặc định ${DEFAULT_REQUESTS_PER_MINUTE}), đếm chung cho mọi máy chủ. Mỗi câu trả lời có <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code>, <code>RateLimit-Reset</code> (giây đến khi hết phút). Vượt giới hạn: HTTP 429, mã <code>RATE_LIMITED</code> và <code>Retry-After</code>. Không có khóa, mỗi địa chỉ mạng được một số yêu cầu mỗi phút (mặc định 300, cũng có các tiêu đề trên). Mỗi truy vấn còn bị giới hạn độ sâu, độ phức tạp và số bản ghi mỗi trang (tối đa 100).</p>
<h2 id="persisted">Truy vấn lưu sẵn <span class="en">— Persisted queries</span></h2>
<p>Nền tảng nhận truy vấn lưu sẵn tự động (automatic persisted queries của Apollo): gửi <code>extensions.persistedQuery = { version: 1, sha256Hash }</code> không kèm văn bản; nếu máy chủ chưa biết mã băm, nó trả <code>PERSISTED_QUERY_NOT_FOUND</code> và bạn gửi lại kèm văn bản một lần. Truy vấn đọc công khai gửi bằng <code>GET /graphql?query=…</code> (hoặc chỉ mã băm) để bộ nhớ đệm và CDN lưu được. Khi xã bật chế độ danh sách cho phép (<code>KN_PERSISTED_QUERIES=allowlist</code>), người không có khóa chỉ chạy được các thao tác đã đăng ký của hai ứng dụng (<code>OPERATION_NOT_ALLOWED</code>, HTTP 403); với khóa, bạn vẫn gửi truy vấn của riêng mình.</p>
<h2 id="paging">Phân trang <span class="en">— Pagination</span></h2>
<p>Danh sách là connection: <code>first</code> (0–100), <code>after</code> (con trỏ), <code>nodes</code> hoặc <code>edges { cursor node }</code>, <code>pageInfo { hasNextPage endCursor }</code>, <code>totalCount</code>. Trang sau: gửi <code>endCursor</code> vào <code>after</code>. Con trỏ gắn với thứ tự sắp xếp đã dùng.</p>
<h2 id="filters">Bộ lọc <span class="en">— Filters</span></h2>
<p><code>ideas(where: …)</code> nhận: <code>search</code> (không phân biệt dấu), <code>status</code>, <code>fieldIds</code>, <code>unitId</code> (kể cả đơn vị đã sáp nhập vào), <code>campaignId</code>, <code>channel</code>, <code>honoured</code>, <code>year</code>, <code>receivedFrom</code>/<code>receivedBefore</code>; <code>orderBy: { field: RECEIVED_AT | PUBLISHED_AT | HONOURED_AT | UPDATED_AT, direction: ASC | DESC }</code>. Thời gian theo ISO 8601 (UTC).</p>
<h2 id="errors">Mã lỗi <span class="en">— Error codes</span></h2>
<p>Lỗi có thông điệp tiếng Việt (tiếng Anh nếu gửi <code>Accept-Language: en</code>) và <code>extensions.code</code> ổn định:</p>
<table><tr><th>Mã</th><th>Ý nghĩa</th></tr>${codes}</table>
<h2 id="examples">Ví dụ <span class="en">— Worked examples</span></h2>
<p>Mọi ví dụ dưới đây được chạy trong bộ kiểm thử của nền tảng mỗi lần thay đổi mã nguồn.</p>
${examples}
<h2 id="webhooks">Webhook <span class="en">— Webhooks</span></h2>
<p>Quản trị viên của xã có thể đăng ký một địa chỉ https của đối tác để nhận sự kiện: <code>IDEA_HONOURED</code> (ý tưởng được vinh danh), <code>POST_PUBLISHED</code> (bài viết được đăng), <code>IDEA_STATUS_CHANGED</code> (ý tưởng công khai chuyển trạng thái; ý tưởng chưa công khai không bao giờ được gửi). Mỗi sự kiện là một yêu cầu POST JSON <code>{ id, event, createdAt, data }</code> với các tiêu đề <code>X-KhoiNguon-Event</code>, <code>X-KhoiNguon-Delivery</code>, <code>X-KhoiNguon-Timestamp</code> và <code>X-KhoiNguon-Signature: sha256=…</code> = HMAC-SHA256 của <code>"&lt;timestamp&gt;.&lt;body&gt;"</code> với khóa ký (chỉ hiện một lần khi tạo). Trả lời 2xx trong 10 giây; nếu không, hệ thống gửi lại sau khoảng 3 giây, 7 giây, 20 giây… (6 lần). Nhật ký gửi và nút gửi lại có trong trang quản trị.</p>
<p>Hàm <code>verifyWebhook</code> trong ví dụ TypeScript dưới đây kiểm tra chữ ký (và từ chối yêu cầu cũ hơn 5 phút).</p>
<h2 id="client">Ví dụ TypeScript <span class="en">— A TypeScript client</span></h2>
<pre><code>${esc(clientSource())}</code></pre>
</body></html>`;
}

/**
 * `GET /docs`, `GET /docs/schema.graphql`, and the explorer: `GET /docs/explorer` with its script
 * and style sheet (partner-explorer.ts).
 */
export function registerPartnerDocs(app: Express, opts: { sdl: () => string }) {
  app.get('/docs', (req, res) => {
    // The address the partner reached this page at (behind a trusted proxy, the public one).
    const html = partnerDocsHtml(`${req.protocol}://${req.get('host') ?? 'localhost'}/graphql`);
    const style = createHash('sha256').update(CSS).digest('base64');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'sha256-${style}'; frame-ancestors 'none'; base-uri 'none'`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(html);
  });
  app.get('/docs/schema.graphql', (_req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type('text/plain; charset=utf-8').send(opts.sdl());
  });
  registerPartnerExplorer(app, { examples: PARTNER_EXAMPLES, errorCodes: ERROR_CODES });
}
