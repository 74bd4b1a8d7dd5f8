/**
 * The partners' GraphQL explorer, served by the API at `/docs/explorer` and linked from `/docs`:
 * a partner enters a key (kept in the tab's sessionStorage only), runs queries against `/graphql`
 * on the same origin, sees the answer with its HTTP status, `RateLimit-Remaining` and error codes,
 * browses the schema (an introspection query made with the key: refused to strangers in
 * production) and starts from the documentation's worked examples.
 *
 * Self-contained and under a strict CSP: the page, `/docs/explorer.js` and `/docs/explorer.css`
 * all come from the API (no inline script or style, no CDN, no font). The script's source is
 * `partner-explorer-client.ts`; the data it needs is passed in when the script is assembled.
 */
import type { Express } from 'express';
import { API_KEY_SCOPE_LABEL, ApiKeyScope } from './api-key.enums.js';
import type { PartnerExample } from './partner-docs.js';
import { EXPLORER_CLIENT } from './partner-explorer-client.js';

export const EXPLORER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * What the schema browser reads: root types, and every type with its fields, arguments, input
 * fields, enum values and descriptions. Type references go six wrappers deep (`[[X!]!]!`).
 */
export const EXPLORER_INTROSPECTION_QUERY = `query ExplorerSchema {
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind
      name
      description
      fields(includeDeprecated: false) {
        name
        description
        args { name description defaultValue type { ...TypeRef } }
        type { ...TypeRef }
      }
      inputFields { name description defaultValue type { ...TypeRef } }
      enumValues(includeDeprecated: false) { name description }
      interfaces { kind name }
      possibleTypes { kind name }
    }
  }
}

fragment TypeRef on __Type {
  kind
  name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
}`;

const SCOPE_EN: Record<ApiKeyScope, string> = {
  [ApiKeyScope.PUBLIC_READ]: 'public reads',
  [ApiKeyScope.STATISTICS]: 'statistics',
  [ApiKeyScope.SUBMIT]: 'submitting ideas',
};

const DEFAULT_QUERY = `# Viết truy vấn GraphQL ở đây, hoặc chọn một ví dụ phía trên.
# Write a GraphQL query here, or pick an example above.
{
  fields { id code name }
}
`;

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
/** Inline `code` in the short texts. */
const text = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

export const EXPLORER_CSS = `*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light}
[hidden]{display:none!important}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafaf7}
.wrap{max-width:86rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.2rem;margin:0 0 .6rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
h4{font-size:.95rem;margin:1rem 0 .3rem}
.en{color:#4a4a4a;font-weight:normal}
a{color:#0b57a4}
code,pre,textarea,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem;z-index:2}
.skip:focus{left:.5rem}
.panel{background:#fff;border:1px solid #d6d6cf;border-radius:6px;padding:1rem;margin-top:1rem}
.conn{display:grid;gap:.75rem 1.25rem;grid-template-columns:minmax(0,2fr) minmax(0,1fr) minmax(0,1fr)}
.conn .field{min-width:0}
label{display:block;font-weight:600;margin-bottom:.25rem}
input,select,textarea{font:inherit;color:inherit;border:1px solid #8a8a83;border-radius:4px;padding:.4rem .5rem;background:#fff;max-width:100%}
input,select{width:100%}
textarea{width:100%;display:block;resize:vertical;tab-size:2;line-height:1.45}
.row{display:flex;gap:.4rem;flex-wrap:wrap}
.row input{flex:1 1 14rem;width:auto}
button{font:inherit;cursor:pointer;border:1px solid #54544f;background:#f1f1ec;color:#1b1b1b;border-radius:4px;padding:.35rem .7rem}
button:hover{background:#e4e4dc}
button[aria-disabled="true"]{opacity:.65;cursor:progress}
button.primary{background:#0b57a4;border-color:#0b57a4;color:#fff;font-weight:600;padding:.5rem 1.1rem}
button.primary:hover{background:#08467f}
button.primary .en{color:#e8f0fa}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.hint{color:#4a4a4a;font-size:.88rem;margin:.3rem 0 0}
.error{color:#a4161a;font-weight:600;margin:.3rem 0 0}
[aria-invalid="true"]{border-color:#a4161a;box-shadow:0 0 0 1px #a4161a}
.status-line{margin:.5rem 0 0;min-height:1.5em}
.examples{list-style:none;margin:0;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))}
.examples li{border:1px solid #d6d6cf;border-radius:6px;padding:.6rem .75rem;background:#fcfcfa}
.examples button{text-align:left;width:100%;font-weight:600}
.examples button .en{display:block;font-size:.88rem}
.examples .explain{font-size:.88rem;margin:.45rem 0 0}
.scope{display:block;margin-top:.3rem;font-size:.85rem}
.work{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr) minmax(0,1fr);align-items:start}
.work>.panel{margin-top:1rem}
.actions{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap;margin-top:.75rem}
.note{margin:.25rem 0 .75rem;padding:.5rem .75rem;border-left:4px solid #0b57a4;background:#eef4fb}
.note:empty{margin:0;padding:0;border:0}
.note p{margin:.2rem 0}
.note .warn{color:#6b3a00}
#result-summary p{margin:.25rem 0}
.meta{display:flex;gap:.4rem 1rem;flex-wrap:wrap}
.meta span:empty{display:none}
#result-status{font-weight:700}
[data-state="ok"]{color:#146c2e}
[data-state="error"]{color:#a4161a}
.codes{margin:.5rem 0;padding-left:1.2rem}
.codes li{margin:.3rem 0}
.codes .help{margin:.2rem 0 0;font-size:.88rem;color:#333}
.detail{color:#4a4a4a;font-size:.88rem}
mark.code{background:#ffe08a;color:#3d2a00;font-weight:700;padding:0 .25rem;border-radius:3px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre#result{background:#f4f4f1;border:1px solid #d6d6cf;border-radius:4px;padding:.75rem;min-height:12rem;max-height:36rem;overflow:auto;margin:.75rem 0 0;white-space:pre}
.j-key{color:#7a1f5c}.j-str{color:#1d5e20}.j-num{color:#0b4f8a}.j-lit{color:#8a3b00}
.schema-tools{display:flex;gap:.75rem;align-items:end;flex-wrap:wrap;margin-bottom:.5rem}
.schema-tools .field{flex:1 1 16rem}
#schema-status p{margin:.35rem 0}
#schema-status .explain{font-weight:600}
.fields{list-style:none;margin:0;padding:0}
.sfield{border-top:1px solid #e4e4dc;padding:.5rem 0}
.sig{display:flex;gap:.5rem;align-items:baseline;justify-content:space-between;flex-wrap:wrap}
.fname{font-weight:700}
.desc{white-space:pre-line;margin:.2rem 0 0;color:#333}
.args{margin:.3rem 0 0;padding-left:1.2rem;font-size:.9rem}
.args li{margin:.15rem 0}
.req{color:#a4161a;font-size:.82rem}
.kind{font-size:.85rem;color:#4a4a4a;font-weight:normal}
button.typelink{border:0;background:none;padding:0;color:#0b57a4;text-decoration:underline;font-family:inherit;font-size:inherit}
button.typelink:hover{background:none;color:#08467f}
button.insert{font-size:.85rem;padding:.15rem .5rem}
.type-nav{display:flex;gap:.5rem;flex-wrap:wrap}
@media (max-width:60rem){.conn,.work{grid-template-columns:minmax(0,1fr)}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}`;

function examplesHtml(examples: PartnerExample[]): string {
  return examples
    .map(
      (
        e,
      ) => `<li><button type="button" data-example="${esc(e.id)}" aria-describedby="ex-${esc(e.id)}">${esc(e.title)}<span class="en"> — ${esc(e.titleEn)}</span></button>
<p class="explain" id="ex-${esc(e.id)}">${text(e.explain)}<span class="scope">Quyền cần <span class="en">/ scope</span>: <code>${e.scope}</code> (${esc(API_KEY_SCOPE_LABEL[e.scope])} <span class="en">/ ${SCOPE_EN[e.scope]}</span>)</span></p></li>`,
    )
    .join('\n');
}

/** The explorer's page. */
export function explorerHtml(examples: PartnerExample[]): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Công cụ khám phá GraphQL — API cho đối tác — Khơi Nguồn</title>
<link rel="stylesheet" href="/docs/explorer.css">
<script src="/docs/explorer.js" defer></script>
</head><body>
<a class="skip" href="#query">Tới ô soạn truy vấn <span class="en">/ Skip to the query editor</span></a>
<div class="wrap">
<header>
<h1>Công cụ khám phá GraphQL <span class="en">— GraphQL explorer</span></h1>
<p>Chạy thử truy vấn với khóa API của bạn, xem lược đồ và các ví dụ. Mọi yêu cầu gửi tới <code>/graphql</code> của chính máy chủ này và được tính vào giới hạn của khóa. <a href="/docs">Tài liệu API cho đối tác <span class="en">/ Partner API documentation</span></a></p>
<p class="en">Run queries with your API key, browse the schema and start from worked examples. Requests go to this server’s <code>/graphql</code> and count towards the key’s limit.</p>
<noscript><p class="error">Công cụ này cần JavaScript. Tài liệu và lược đồ vẫn xem được tại <a href="/docs">/docs</a>. <span class="en">/ This tool needs JavaScript.</span></p></noscript>
</header>
<main>
<section class="panel" aria-labelledby="h-conn">
<h2 id="h-conn">Khóa và xã <span class="en">— Key and commune</span></h2>
<div class="conn">
<div class="field">
<label for="api-key">Khóa API <span class="en">/ API key</span></label>
<div class="row"><input id="api-key" type="password" autocomplete="off" autocapitalize="off" spellcheck="false" placeholder="kn_…" aria-describedby="api-key-hint api-key-error">
<button type="button" id="show-key" aria-pressed="false" aria-controls="api-key">Hiện khóa <span class="en">/ Show key</span></button>
<button type="button" id="forget-key">Quên khóa <span class="en">/ Forget key</span></button></div>
<p id="api-key-error" class="error" hidden></p>
<p id="api-key-hint" class="hint">Gửi trong tiêu đề <code>X-Api-Key</code>. Khóa chỉ được giữ trong tab này (sessionStorage) và mất khi đóng tab. <span class="en">/ Sent as the <code>X-Api-Key</code> header; kept in this tab only (sessionStorage), gone when the tab closes.</span></p>
</div>
<div class="field">
<label for="tenant">Mã xã (X-Tenant), không bắt buộc <span class="en">/ Commune code, optional</span></label>
<input id="tenant" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" aria-describedby="tenant-hint tenant-error">
<p id="tenant-error" class="error" hidden></p>
<p id="tenant-hint" class="hint">Khóa cấp tỉnh phải ghi mã xã cần đọc, ví dụ 16228; khóa của một xã thì để trống. <span class="en">/ A province key names the commune to read; leave empty for a commune’s key.</span></p>
</div>
<div class="field">
<label for="lang">Ngôn ngữ thông báo lỗi <span class="en">/ Language of error messages</span></label>
<select id="lang" aria-describedby="lang-hint"><option value="vi">Tiếng Việt</option><option value="en" lang="en">English</option></select>
<p id="lang-hint" class="hint">Gửi trong tiêu đề <code>Accept-Language</code>. <span class="en">/ Sent as <code>Accept-Language</code>.</span></p>
</div>
</div>
<p id="key-status" class="status-line" role="status"></p>
</section>

<section class="panel" aria-labelledby="h-examples">
<h2 id="h-examples">Ví dụ <span class="en">— Worked examples</span></h2>
<p class="hint">Chọn một ví dụ để điền câu truy vấn và biến vào ô soạn thảo (nội dung đang có sẽ được thay). <span class="en">/ Choosing one fills the query and variables (replacing what is there).</span></p>
<ul class="examples">
${examplesHtml(examples)}
</ul>
</section>

<div class="work">
<section class="panel" aria-labelledby="h-editor">
<h2 id="h-editor">Truy vấn <span class="en">— Query</span></h2>
<div id="editor-note" class="note" role="status"></div>
<label for="query">Câu truy vấn GraphQL <span class="en">/ GraphQL query</span></label>
<textarea id="query" rows="16" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="query-hint query-error">${esc(DEFAULT_QUERY)}</textarea>
<p id="query-error" class="error" hidden></p>
<p id="query-hint" class="hint">Tab chèn hai dấu cách; nhấn Esc rồi Tab để rời ô. Ctrl+Enter (⌘+Enter trên máy Mac) để chạy. <span class="en">/ Tab inserts two spaces; Esc then Tab leaves the editor. Ctrl+Enter (⌘+Enter) runs.</span></p>
<label for="variables">Biến (JSON) <span class="en">/ Variables (JSON)</span></label>
<textarea id="variables" rows="7" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="variables-hint variables-error"></textarea>
<p id="variables-error" class="error" role="alert" hidden></p>
<p id="variables-hint" class="hint">Một đối tượng JSON, ví dụ <code>{"first": 10}</code>; để trống nếu không có biến. <span class="en">/ A JSON object; empty for none.</span></p>
<div class="actions"><button type="button" id="run" class="primary">Chạy truy vấn<span class="en"> / Run</span></button>
<span class="hint">Ctrl+Enter / ⌘+Enter</span></div>
</section>

<section class="panel" id="result-region" aria-labelledby="h-result">
<h2 id="h-result">Kết quả <span class="en">— Result</span></h2>
<div id="result-summary" aria-live="polite">
<p id="result-empty">Chưa chạy truy vấn nào. <span class="en">/ Nothing run yet.</span></p>
<p id="result-meta" class="meta" hidden><span id="result-status"></span><span id="result-ratelimit" hidden></span><span id="result-time"></span><span id="result-operation"></span></p>
<p id="result-outcome" hidden></p>
<ul id="result-codes" class="codes" aria-label="Mã lỗi (errors[].extensions.code) / Error codes" hidden></ul>
</div>
<pre id="result" tabindex="0" role="region" aria-label="Câu trả lời JSON / JSON answer"></pre>
</section>
</div>

<section class="panel" aria-labelledby="h-schema">
<h2 id="h-schema">Lược đồ <span class="en">— Schema</span></h2>
<p class="hint">Đọc lược đồ bằng một truy vấn introspection gửi kèm khóa ở trên: trên máy chủ vận hành, chỉ đối tác có khóa (và cán bộ đã đăng nhập) được xem. <span class="en">/ Read with an introspection query sent with the key above: in production only partners with a key (and signed-in staff) may.</span></p>
<div class="actions"><button type="button" id="load-schema">Tải lược đồ <span class="en">/ Load schema</span></button></div>
<div id="schema-status" class="status-line" role="status"></div>
<div id="schema-browser" hidden>
<div id="schema-roots">
<div class="schema-tools"><div class="field"><label for="schema-filter">Lọc trường gốc (không cần dấu) <span class="en">/ Filter root fields</span></label>
<input id="schema-filter" type="search" autocomplete="off" spellcheck="false" aria-describedby="schema-filter-count"></div>
<p id="schema-filter-count" class="hint" role="status"></p></div>
<div id="schema-lists"></div>
</div>
<div id="schema-type" hidden></div>
</div>
</section>
</main>
</div>
</body></html>`;
}

/** `/docs/explorer.js`: the client with what it needs. */
export function explorerScript(
  examples: PartnerExample[],
  errorCodes: [string, string][],
  endpoint = '/graphql',
): string {
  const config = {
    endpoint,
    introspection: EXPLORER_INTROSPECTION_QUERY,
    examples: examples.map(({ id, title, titleEn, scope, query, variables }) => ({
      id,
      title,
      titleEn,
      scope,
      query,
      variables: variables ?? null,
    })),
    scopes: Object.fromEntries(
      Object.values(ApiKeyScope).map((s) => [s, { vi: API_KEY_SCOPE_LABEL[s], en: SCOPE_EN[s] }]),
    ),
    // "A / B" rows of the documentation's table: one entry per code.
    errorCodes: Object.fromEntries(
      errorCodes.flatMap(([codes, meaning]) => codes.split(' / ').map((c) => [c.trim(), meaning])),
    ),
  };
  const json = JSON.stringify(config).replace(/[\u2028\u2029]/g, (c) =>
    c === '\u2028' ? '\\u2028' : '\\u2029',
  );
  return `/* Khơi Nguồn — công cụ khám phá GraphQL cho đối tác / partners' GraphQL explorer */
(function (CONFIG) {
'use strict';
${EXPLORER_CLIENT}
})(${json});
`;
}

/** `GET /docs/explorer`, `/docs/explorer.js` and `/docs/explorer.css`. */
export function registerPartnerExplorer(
  app: Express,
  opts: { examples: PartnerExample[]; errorCodes: [string, string][] },
) {
  const html = explorerHtml(opts.examples);
  const script = explorerScript(opts.examples, opts.errorCodes);
  app.get('/docs/explorer', (_req, res) => {
    res.setHeader('Content-Security-Policy', EXPLORER_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  for (const [path, type, body] of [
    ['/docs/explorer.js', 'text/javascript; charset=utf-8', script],
    ['/docs/explorer.css', 'text/css; charset=utf-8', EXPLORER_CSS],
  ] as const) {
    app.get(path, (_req, res) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      res.setHeader('Cache-Control', 'no-cache');
      res.type(type).send(body);
    });
  }
}
