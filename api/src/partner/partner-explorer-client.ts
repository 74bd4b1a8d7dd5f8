/**
 * The browser side of the partners' GraphQL explorer (`/docs/explorer.js`), as the source text the
 * API serves. It is plain JavaScript for current browsers, wrapped by `explorerScript` in a
 * function that receives `CONFIG` (the endpoint, the worked examples, the introspection query, the
 * error codes' meanings). The page's CSP allows scripts and styles from the API itself only, so
 * everything here builds the DOM with `createElement`/`textContent` and sets no inline style.
 *
 * Written inside `String.raw`: no backtick and no dollar-brace anywhere below (a backtick is
 * `String.fromCharCode(96)`), and backslashes reach the browser as typed.
 */
export const EXPLORER_CLIENT = String.raw`
const ENDPOINT = CONFIG.endpoint;
const EXAMPLES = CONFIG.examples;
const ERROR_HELP = CONFIG.errorCodes;
const SCOPES = CONFIG.scopes;
const FIELD_PLACEHOLDER = 'ĐIỀN_ID_LĨNH_VỰC';
const STORE = 'kn-explorer:';
const BACKTICK = String.fromCharCode(96);
/** What a header value may hold (fetch throws on anything else). */
const HEADER_SAFE = /^[\x21-\x7e]*$/;
const KINDS = {
  OBJECT: ['Đối tượng', 'Object'],
  INTERFACE: ['Giao diện', 'Interface'],
  UNION: ['Kiểu hợp', 'Union'],
  ENUM: ['Liệt kê', 'Enum'],
  INPUT_OBJECT: ['Kiểu dữ liệu vào', 'Input object'],
  SCALAR: ['Kiểu vô hướng', 'Scalar'],
};

const byId = (id) => document.getElementById(id);
const keyInput = byId('api-key');
const tenantInput = byId('tenant');
const langSelect = byId('lang');
const queryInput = byId('query');
const varsInput = byId('variables');
const runButton = byId('run');
const resultRegion = byId('result-region');
const resultPre = byId('result');
const schemaButton = byId('load-schema');
const schemaStatus = byId('schema-status');
const schemaBrowser = byId('schema-browser');
const rootsView = byId('schema-roots');
const typeView = byId('schema-type');
const filterInput = byId('schema-filter');
const editorNote = byId('editor-note');

/* ---------- small helpers ---------- */

/** The key and the rest live in this tab only (sessionStorage), never in local storage. */
function remember(name, value) {
  try {
    if (value) sessionStorage.setItem(STORE + name, value);
    else sessionStorage.removeItem(STORE + name);
  } catch {
    // Storage turned off: the value lives in the page only.
  }
}
function recall(name) {
  try {
    return sessionStorage.getItem(STORE + name) || '';
  } catch {
    return '';
  }
}

/** h('li', { class: 'x', 'data-field': 'ideas' }, child, 'text', [more]) */
function h(tag, attrs) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const name of Object.keys(attrs)) {
      const value = attrs[name];
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (let i = 2; i < arguments.length; i++) add(node, arguments[i]);
  return node;
}
function add(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) add(node, c);
    return;
  }
  node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}
/** Vietnamese first, English second. */
function bi(vi, en) {
  return [vi, h('span', { class: 'en' }, ' / ' + en)];
}
/** Text with inline code between backticks, as the documentation writes it. */
function rich(text) {
  return String(text)
    .split(BACKTICK)
    .map((part, i) => (i % 2 ? h('code', null, part) : part));
}
function setContent(node) {
  node.textContent = '';
  for (let i = 1; i < arguments.length; i++) add(node, arguments[i]);
}
/** Without accents, lower case: "nuoc" finds "Nước". */
function fold(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

function showFieldError(input, id, content) {
  const box = byId(id);
  setContent(box, content);
  box.hidden = false;
  input.setAttribute('aria-invalid', 'true');
}
function clearFieldError(input, id) {
  const box = byId(id);
  box.textContent = '';
  box.hidden = true;
  input.removeAttribute('aria-invalid');
}

/* ---------- the key, the commune, the language ---------- */

keyInput.value = recall('key');
tenantInput.value = recall('tenant');
langSelect.value = recall('lang') === 'en' ? 'en' : 'vi';

keyInput.addEventListener('input', () => {
  remember('key', keyInput.value.trim());
  clearFieldError(keyInput, 'api-key-error');
});
tenantInput.addEventListener('input', () => {
  remember('tenant', tenantInput.value.trim());
  clearFieldError(tenantInput, 'tenant-error');
});
langSelect.addEventListener('change', () => remember('lang', langSelect.value));

byId('show-key').addEventListener('click', (event) => {
  const shown = keyInput.type === 'password';
  keyInput.type = shown ? 'text' : 'password';
  event.currentTarget.setAttribute('aria-pressed', shown ? 'true' : 'false');
});

byId('forget-key').addEventListener('click', () => {
  keyInput.value = '';
  remember('key', '');
  keyInput.type = 'password';
  byId('show-key').setAttribute('aria-pressed', 'false');
  clearFieldError(keyInput, 'api-key-error');
  setContent(
    byId('key-status'),
    bi(
      'Đã quên khóa: trang này và tab này không còn giữ khóa.',
      'Key forgotten: neither this page nor this tab keeps it.',
    ),
  );
});

/** The headers of a request, or null (and the reason shown) when a value cannot be sent. */
function requestHeaders() {
  const key = keyInput.value.trim();
  const tenant = tenantInput.value.trim();
  let ok = true;
  if (!HEADER_SAFE.test(key)) {
    showFieldError(
      keyInput,
      'api-key-error',
      bi(
        'Khóa API chỉ gồm chữ cái không dấu, chữ số, dấu gạch dưới và gạch ngang (dạng kn_…). Hãy dán lại khóa.',
        'The API key holds characters a key never has: paste it again.',
      ),
    );
    keyInput.focus();
    ok = false;
  }
  if (!HEADER_SAFE.test(tenant)) {
    showFieldError(
      tenantInput,
      'tenant-error',
      bi('Mã xã chỉ gồm chữ số, ví dụ 16228.', 'A commune code is digits only, e.g. 16228.'),
    );
    if (ok) tenantInput.focus();
    ok = false;
  }
  if (!ok) return null;
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    'accept-language': langSelect.value === 'en' ? 'en' : 'vi',
  };
  if (key) headers['x-api-key'] = key;
  if (tenant) headers['x-tenant'] = tenant;
  return headers;
}

/** POST /graphql; never throws: what happened, measured. */
async function send(body, headers) {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60000);
  try {
    const res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return {
      reached: true,
      status: res.status,
      statusText: res.statusText,
      remaining: res.headers.get('ratelimit-remaining'),
      limit: res.headers.get('ratelimit-limit'),
      retryAfter: res.headers.get('retry-after'),
      text: text,
      json: json && typeof json === 'object' ? json : null,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    return {
      reached: false,
      aborted: error && error.name === 'AbortError',
      error: error,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    clearTimeout(timer);
  }
}

/* ---------- the editors ---------- */

queryInput.value = recall('query') || queryInput.value;
varsInput.value = recall('variables') || varsInput.value;
queryInput.addEventListener('input', () => {
  remember('query', queryInput.value);
  clearFieldError(queryInput, 'query-error');
});
varsInput.addEventListener('input', () => {
  remember('variables', varsInput.value);
  clearFieldError(varsInput, 'variables-error');
});

/** Tab inserts two spaces; Esc then Tab leaves the editor (no keyboard trap). */
for (const editor of [queryInput, varsInput]) {
  let leaving = false;
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      leaving = true;
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key !== 'Shift') leaving = false;
      return;
    }
    if (leaving) {
      leaving = false;
      return;
    }
    event.preventDefault();
    // insertText keeps the browser's own undo (Ctrl+Z) working.
    let done;
    try {
      done = document.execCommand('insertText', false, '  ');
    } catch {
      done = false;
    }
    if (!done) {
      editor.setRangeText('  ', editor.selectionStart, editor.selectionEnd, 'end');
      editor.dispatchEvent(new Event('input'));
    }
  });
  editor.addEventListener('blur', () => {
    leaving = false;
  });
}

/** Ctrl+Enter (Cmd+Enter on a Mac) runs the query from anywhere on the page. */
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});

function setEditors(query, variables) {
  queryInput.value = query;
  varsInput.value = variables;
  remember('query', query);
  remember('variables', variables);
  clearFieldError(queryInput, 'query-error');
  clearFieldError(varsInput, 'variables-error');
  queryInput.setSelectionRange(0, 0);
  queryInput.scrollTop = 0;
  varsInput.scrollTop = 0;
}

/** The variables as an object, or null (the reason shown beside them, nothing sent). */
function readVariables() {
  const text = varsInput.value.trim();
  if (!text) return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    showFieldError(
      varsInput,
      'variables-error',
      bi(
        'Ô biến không phải JSON hợp lệ nên truy vấn chưa được gửi. Kiểm tra dấu ngoặc kép quanh tên biến và giá trị chuỗi, dấu phẩy giữa các mục và các dấu ngoặc đóng (' +
          error.message +
          ').',
        'The variables are not valid JSON, so nothing was sent.',
      ),
    );
    varsInput.focus();
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    showFieldError(
      varsInput,
      'variables-error',
      bi(
        'Biến phải là một đối tượng JSON, ví dụ {"first": 10}, nên truy vấn chưa được gửi.',
        'The variables must be a JSON object, e.g. {"first": 10}; nothing was sent.',
      ),
    );
    varsInput.focus();
    return null;
  }
  if (text.indexOf(FIELD_PLACEHOLDER) >= 0) {
    showFieldError(
      varsInput,
      'variables-error',
      bi(
        'Ô biến vẫn còn ' +
          FIELD_PLACEHOLDER +
          ': thay bằng id của một lĩnh vực (chạy ví dụ “Danh mục lĩnh vực (để lọc)” để xem các id) rồi chạy lại. Truy vấn chưa được gửi.',
        'Replace ' + FIELD_PLACEHOLDER + ' with the id of a field first; nothing was sent.',
      ),
    );
    varsInput.focus();
    return null;
  }
  return value;
}

/**
 * With several operations in the editor, the one the caret is in (its name goes as
 * operationName); with one, none is needed.
 */
function operationAt(source, caret) {
  const clean = source.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n\r]*/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
  const ops = [];
  const tokens = /[{}()@]|[_A-Za-z][_0-9A-Za-z]*/g;
  let depth = 0;
  let parens = 0;
  let pending = null;
  let skipWord = false;
  let m;
  while ((m = tokens.exec(clean))) {
    const t = m[0];
    if (t === '(') parens++;
    else if (t === ')') parens = Math.max(0, parens - 1);
    if (parens > 0 || t === '(' || t === ')') {
      if (pending) pending.awaitName = false;
      continue;
    }
    if (t === '{') {
      if (depth === 0) {
        if (pending) {
          if (!pending.fragment) ops.push(pending);
        } else ops.push({ start: m.index, name: null });
        pending = null;
      }
      depth++;
    } else if (t === '}') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (t === '@') {
      skipWord = true;
      if (pending) pending.awaitName = false;
    } else if (skipWord) skipWord = false;
    else if (!pending && (t === 'query' || t === 'mutation' || t === 'subscription'))
      pending = { start: m.index, name: null, awaitName: true };
    else if (!pending && t === 'fragment') pending = { fragment: true };
    else if (pending && pending.awaitName) {
      pending.name = t;
      pending.awaitName = false;
    }
  }
  if (ops.length < 2) return null;
  let chosen = ops[0];
  for (const op of ops) if (op.start <= caret) chosen = op;
  return { name: chosen.name, count: ops.length };
}

/* ---------- running ---------- */

let running = false;
let knownField = null;

async function run() {
  if (running) return;
  const query = queryInput.value;
  if (!query.trim()) {
    showFieldError(
      queryInput,
      'query-error',
      bi(
        'Ô truy vấn đang trống: hãy viết một truy vấn hoặc chọn một ví dụ.',
        'The query is empty.',
      ),
    );
    queryInput.focus();
    return;
  }
  const variables = readVariables();
  if (!variables) return;
  const headers = requestHeaders();
  if (!headers) return;
  const op = operationAt(query, queryInput.selectionStart || 0);
  const body = { query: query, variables: variables };
  if (op && op.name) body.operationName = op.name;

  running = true;
  runButton.setAttribute('aria-disabled', 'true');
  setContent(runButton, bi('Đang chạy…', 'Running…'));
  resultRegion.setAttribute('aria-busy', 'true');
  try {
    const answer = await send(body, headers);
    showResult(answer, op);
  } finally {
    running = false;
    runButton.removeAttribute('aria-disabled');
    setContent(runButton, bi('Chạy truy vấn', 'Run'));
    resultRegion.removeAttribute('aria-busy');
  }
}
runButton.addEventListener('click', run);

function errorsOf(json) {
  return json && Array.isArray(json.errors) ? json.errors : [];
}
function codeOf(error) {
  return error && error.extensions && typeof error.extensions.code === 'string'
    ? error.extensions.code
    : '';
}

function showResult(answer, op) {
  const meta = byId('result-meta');
  const status = byId('result-status');
  const rate = byId('result-ratelimit');
  const outcome = byId('result-outcome');
  const codes = byId('result-codes');
  byId('result-empty').hidden = true;
  meta.hidden = false;
  outcome.hidden = false;
  byId('result-time').textContent = answer.ms + ' ms';
  setContent(
    byId('result-operation'),
    op && op.name ? bi('Thao tác: ' + op.name, 'operation ' + op.name) : null,
  );

  if (!answer.reached) {
    status.textContent = answer.aborted ? 'Hết 60 giây chờ' : 'Không kết nối được';
    status.setAttribute('data-state', 'error');
    rate.hidden = true;
    codes.hidden = true;
    setContent(
      outcome,
      answer.aborted
        ? bi(
            'Máy chủ không trả lời trong 60 giây; truy vấn đã được hủy.',
            'No answer within 60 seconds; the request was cancelled.',
          )
        : bi(
            'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
            'Could not reach the server; check the network and try again.',
          ),
    );
    resultPre.textContent = String(answer.error);
    return;
  }

  status.textContent = 'HTTP ' + answer.status + (answer.statusText ? ' ' + answer.statusText : '');
  status.setAttribute('data-state', answer.status < 400 ? 'ok' : 'error');
  if (answer.remaining !== null) {
    rate.hidden = false;
    setContent(
      rate,
      'RateLimit-Remaining: ' + answer.remaining + (answer.limit ? '/' + answer.limit : ''),
      ' (',
      bi('số yêu cầu còn lại trong phút này', 'requests left this minute'),
      ')',
    );
  } else rate.hidden = true;

  const errors = errorsOf(answer.json);
  if (errors.length) {
    setContent(
      outcome,
      bi(
        'Máy chủ trả về ' + errors.length + ' lỗi.',
        errors.length + (errors.length > 1 ? ' errors.' : ' error.'),
      ),
      answer.retryAfter
        ? [
            ' ',
            bi(
              'Thử lại sau ' + answer.retryAfter + ' giây.',
              'Retry after ' + answer.retryAfter + ' s.',
            ),
          ]
        : null,
    );
    setContent(
      codes,
      errors.map((error) => {
        const code = codeOf(error);
        const ext = error.extensions || {};
        const fieldErrors =
          ext.fieldErrors && typeof ext.fieldErrors === 'object'
            ? Object.keys(ext.fieldErrors).map((k) =>
                h('li', null, h('code', null, k), ': ' + String(ext.fieldErrors[k])),
              )
            : [];
        return h(
          'li',
          { 'data-code': code || null },
          h('mark', { class: 'code' }, code || 'Không có mã / no code'),
          ' ',
          String(error.message || ''),
          typeof ext.detail === 'string'
            ? h('span', { class: 'detail' }, ' — ' + ext.detail)
            : null,
          fieldErrors.length ? h('ul', { class: 'field-errors' }, fieldErrors) : null,
          code && ERROR_HELP[code]
            ? h(
                'p',
                { class: 'help' },
                rich(ERROR_HELP[code]),
                ' ',
                h('a', { href: '/docs#errors' }, bi('Bảng mã lỗi', 'Error codes')),
              )
            : null,
        );
      }),
    );
    codes.hidden = false;
  } else {
    codes.hidden = true;
    codes.textContent = '';
    setContent(
      outcome,
      answer.json
        ? bi('Thành công, không có lỗi.', 'Success, no errors.')
        : bi('Câu trả lời không phải JSON.', 'The answer is not JSON.'),
    );
  }

  if (answer.json) renderJson(resultPre, answer.json);
  else resultPre.textContent = answer.text.slice(0, 200000);

  const fields = answer.json && answer.json.data && answer.json.data.fields;
  if (Array.isArray(fields)) {
    const first = fields.find((f) => f && typeof f.id === 'string');
    if (first)
      knownField = { id: first.id, name: typeof first.name === 'string' ? first.name : '' };
  }
}

/**
 * The answer pretty-printed, keys, strings and numbers told apart; the codes of errors[]
 * marked. Very large answers are shown as plain text.
 */
function renderJson(pre, value) {
  const text = JSON.stringify(value, null, 2);
  pre.textContent = '';
  if (text.length > 400000) {
    pre.textContent = text;
    return;
  }
  // Where the top-level "errors" member is (two spaces in, up to the next top-level member).
  let errorsFrom = text.indexOf('\n  "errors": ');
  let errorsTo = -1;
  if (errorsFrom >= 0) {
    const next = text.slice(errorsFrom + 1).search(/\n {2}"/);
    errorsTo = next < 0 ? text.length : errorsFrom + 1 + next;
  } else errorsFrom = -1;
  const tokens =
    /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;
  const out = document.createDocumentFragment();
  let last = 0;
  let lastKey = null;
  let m;
  while ((m = tokens.exec(text))) {
    if (m.index > last) out.appendChild(document.createTextNode(text.slice(last, m.index)));
    if (m[1] && m[2]) {
      out.appendChild(h('span', { class: 'j-key' }, m[1]));
      out.appendChild(document.createTextNode(m[2]));
      lastKey = m[1];
    } else {
      if (m[1]) {
        const isCode = lastKey === '"code"' && m.index > errorsFrom && m.index < errorsTo;
        out.appendChild(h(isCode ? 'mark' : 'span', { class: isCode ? 'code' : 'j-str' }, m[1]));
      } else if (m[3]) out.appendChild(h('span', { class: 'j-lit' }, m[3]));
      else out.appendChild(h('span', { class: 'j-num' }, m[4]));
      lastKey = null;
    }
    last = tokens.lastIndex;
  }
  if (last < text.length) out.appendChild(document.createTextNode(text.slice(last)));
  pre.appendChild(out);
}

/* ---------- worked examples ---------- */

function randomKey() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'kham-pha-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The documentation's placeholders, filled: "$KEY" a fresh key, "$FIELD_ID" a field's id. */
function fillPlaceholders(value, found) {
  if (value === '$KEY') {
    found.key = true;
    return randomKey();
  }
  if (value === '$FIELD_ID') {
    found.field = true;
    return knownField ? knownField.id : FIELD_PLACEHOLDER;
  }
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, found));
  if (value && typeof value === 'object') {
    const out = {};
    for (const k of Object.keys(value)) out[k] = fillPlaceholders(value[k], found);
    return out;
  }
  return value;
}

function useExample(id) {
  const example = EXAMPLES.find((e) => e.id === id);
  if (!example) return;
  const found = {};
  const variables = example.variables ? fillPlaceholders(example.variables, found) : null;
  setEditors(example.query, variables ? JSON.stringify(variables, null, 2) : '');
  const scope = SCOPES[example.scope] || { vi: example.scope, en: example.scope };
  const notes = [
    h(
      'p',
      null,
      bi(
        'Đã điền ví dụ “' +
          example.title +
          '”. Quyền cần: ' +
          example.scope +
          ' (' +
          scope.vi +
          ').',
        'Example “' + example.titleEn + '” loaded; scope needed: ' + example.scope + '.',
      ),
    ),
  ];
  if (found.field && knownField) {
    notes.push(
      h(
        'p',
        null,
        bi(
          'Biến dùng id của lĩnh vực ' +
            (knownField.name ? '“' + knownField.name + '”' : knownField.id) +
            ' từ kết quả trước; đổi sang lĩnh vực khác nếu cần.',
          'The variables use the id of a field from an earlier answer; change it if needed.',
        ),
      ),
    );
  } else if (found.field) {
    notes.push(
      h(
        'p',
        { class: 'warn' },
        bi(
          'Thay ' +
            FIELD_PLACEHOLDER +
            ' trong ô biến bằng id của một lĩnh vực: chạy ví dụ “Danh mục lĩnh vực (để lọc)” để xem các id (lần sau công cụ tự điền id đầu tiên).',
          'Replace ' +
            FIELD_PLACEHOLDER +
            ' in the variables with a field id: run the “Fields, for filters” example to see them.',
        ),
      ),
    );
  }
  if (found.key) {
    notes.push(
      h(
        'p',
        { class: 'warn' },
        bi(
          'idempotencyKey là một khóa ngẫu nhiên mới: gửi lại cùng khóa không tạo ý tưởng thứ hai; chọn lại ví dụ để có khóa khác. Lưu ý: ví dụ này gửi một ý tưởng thật vào hệ thống của xã.',
          'idempotencyKey is a fresh random key (sending it again makes no second idea). This example submits a real idea.',
        ),
      ),
    );
  }
  setContent(editorNote, notes);
  queryInput.focus();
}

for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => useExample(button.getAttribute('data-example')));
}

/* ---------- the schema ---------- */

let schema = null;
let trail = [];

function unwrap(t) {
  let x = t;
  while (x && x.ofType) x = x.ofType;
  return x;
}
function typeText(t) {
  if (t.kind === 'NON_NULL') return typeText(t.ofType) + '!';
  if (t.kind === 'LIST') return '[' + typeText(t.ofType) + ']';
  return t.name;
}
function isRequired(arg) {
  return (
    arg.type.kind === 'NON_NULL' && (arg.defaultValue === null || arg.defaultValue === undefined)
  );
}
function namedType(t) {
  const named = unwrap(t);
  return named ? schema.types[named.name] : null;
}
function isLeaf(t) {
  const named = namedType(t);
  return Boolean(named) && (named.kind === 'SCALAR' || named.kind === 'ENUM');
}

/** A value of the right shape for a required variable, for the user to replace. */
function sample(t, depth) {
  if (t.kind === 'NON_NULL') return sample(t.ofType, depth);
  if (t.kind === 'LIST') return [sample(t.ofType, depth)];
  const named = schema.types[t.name];
  if (!named) return null;
  if (named.kind === 'ENUM') return named.enumValues.length ? named.enumValues[0].name : null;
  if (named.kind === 'INPUT_OBJECT') {
    const out = {};
    if (depth < 4) {
      for (const f of named.inputFields || []) {
        if (isRequired(f)) out[f.name] = sample(f.type, depth + 1);
      }
    }
    return out;
  }
  if (named.name === 'Int' || named.name === 'Float') return 0;
  if (named.name === 'Boolean') return false;
  return '';
}

/**
 * A query skeleton for a root field: its required arguments as variables, its scalar subfields
 * one level deep, the other subfields named in a comment.
 */
function skeleton(kind, field) {
  const required = (field.args || []).filter(isRequired);
  const name = field.name.charAt(0).toUpperCase() + field.name.slice(1);
  const lines = [];
  lines.push(
    kind +
      ' ' +
      name +
      (required.length
        ? '(' + required.map((a) => '$' + a.name + ': ' + typeText(a.type)).join(', ') + ')'
        : '') +
      ' {',
  );
  const call =
    '  ' +
    field.name +
    (required.length ? '(' + required.map((a) => a.name + ': $' + a.name).join(', ') + ')' : '');
  const named = namedType(field.type);
  if (named && (named.kind === 'OBJECT' || named.kind === 'INTERFACE' || named.kind === 'UNION')) {
    const fields = named.fields || [];
    let leaves = fields
      .filter((f) => isLeaf(f.type) && !(f.args || []).some(isRequired))
      .map((f) => f.name);
    const others = fields.filter((f) => !isLeaf(f.type)).map((f) => f.name);
    if (!leaves.length) leaves = ['__typename'];
    lines.push(call + ' {');
    for (const leaf of leaves) lines.push('    ' + leaf);
    if (others.length) lines.push('    # Trường con khác / more fields: ' + others.join(', '));
    lines.push('  }');
  } else lines.push(call);
  lines.push('}');
  const variables = {};
  for (const a of required) variables[a.name] = sample(a.type, 0);
  return {
    query: lines.join('\n') + '\n',
    variables: required.length ? JSON.stringify(variables, null, 2) : '',
    required: required.length,
  };
}

function insertSkeleton(kind, fieldName) {
  const root = schema.types[kind === 'mutation' ? schema.mutation : schema.query];
  const field = root && (root.fields || []).find((f) => f.name === fieldName);
  if (!field) return;
  const made = skeleton(kind, field);
  setEditors(made.query, made.variables);
  setContent(
    editorNote,
    h(
      'p',
      null,
      bi(
        'Đã chèn khung truy vấn cho ' +
          fieldName +
          '.' +
          (made.required ? ' Điền giá trị cho các biến bắt buộc trong ô biến trước khi chạy.' : ''),
        'Skeleton for ' +
          fieldName +
          ' inserted.' +
          (made.required ? ' Fill in the required variables before running.' : ''),
      ),
    ),
  );
  queryInput.focus();
}

function typeRef(t) {
  const parts = [];
  const walk = (x) => {
    if (x.kind === 'NON_NULL') {
      walk(x.ofType);
      parts.push('!');
    } else if (x.kind === 'LIST') {
      parts.push('[');
      walk(x.ofType);
      parts.push(']');
    } else
      parts.push(h('button', { type: 'button', class: 'typelink', 'data-type': x.name }, x.name));
  };
  walk(t);
  return h('span', { class: 'typeref' }, parts);
}

function argList(owner, args) {
  if (!args || !args.length) return null;
  return h(
    'ul',
    { class: 'args', 'aria-label': 'Tham số của ' + owner + ' / Arguments' },
    args.map((a) =>
      h(
        'li',
        null,
        h(
          'code',
          null,
          a.name + ': ',
          typeRef(a.type),
          a.defaultValue !== null && a.defaultValue !== undefined ? ' = ' + a.defaultValue : null,
        ),
        isRequired(a) ? h('span', { class: 'req' }, ' bắt buộc / required') : null,
        a.description ? h('span', { class: 'desc' }, ' — ' + a.description) : null,
      ),
    ),
  );
}

function fieldItem(f, insertKind) {
  return h(
    'li',
    { class: 'sfield', 'data-field': f.name },
    h(
      'div',
      { class: 'sig' },
      h(
        'code',
        null,
        h('span', { class: 'fname' }, f.name),
        ': ',
        typeRef(f.type),
        f.defaultValue !== null && f.defaultValue !== undefined ? ' = ' + f.defaultValue : null,
      ),
      insertKind
        ? h(
            'button',
            {
              type: 'button',
              class: 'insert',
              'data-insert': insertKind + ':' + f.name,
              'aria-label': 'Chèn / Insert — ' + f.name,
            },
            'Chèn / Insert',
          )
        : null,
    ),
    f.description ? h('p', { class: 'desc' }, f.description) : null,
    argList(f.name, f.args),
  );
}

/** Fields in alphabetical order, as /docs/schema.graphql lists them. */
function byName(fields) {
  return fields.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function rootSection(kind, typeName, vi, en) {
  const root = typeName && schema.types[typeName];
  if (!root) return null;
  const id = 'schema-' + kind;
  return h(
    'section',
    { 'aria-labelledby': id + '-title' },
    h(
      'h3',
      { id: id + '-title' },
      vi + ' (' + typeName + ')',
      h('span', { class: 'en' }, ' — ' + en + ', ' + root.fields.length),
    ),
    h(
      'ul',
      { id: id, class: 'fields' },
      byName(root.fields).map((f) => fieldItem(f, kind)),
    ),
  );
}

function showRoots(focus) {
  trail = [];
  typeView.hidden = true;
  typeView.textContent = '';
  rootsView.hidden = false;
  if (focus) filterInput.focus();
}

function showType(name, fromTrail) {
  const t = schema && schema.types[name];
  if (!t) return;
  if (!fromTrail) trail.push(name);
  const kind = KINDS[t.kind] || [t.kind, t.kind];
  const title = h(
    'h3',
    { id: 'schema-type-title', tabindex: '-1' },
    name,
    ' ',
    h('span', { class: 'kind' }, kind[0] + ' / ' + kind[1]),
  );
  const parts = [
    h(
      'div',
      { class: 'type-nav' },
      h('button', { type: 'button', 'data-nav': 'back' }, bi('← Quay lại', 'Back')),
      h('button', { type: 'button', 'data-nav': 'roots' }, bi('Các trường gốc', 'Root fields')),
    ),
    title,
    t.description ? h('p', { class: 'desc' }, t.description) : null,
  ];
  if (t.fields && t.fields.length) {
    parts.push(h('h4', null, bi('Trường', 'Fields')));
    parts.push(
      h(
        'ul',
        { class: 'fields' },
        byName(t.fields).map((f) => fieldItem(f, null)),
      ),
    );
  }
  if (t.inputFields && t.inputFields.length) {
    parts.push(h('h4', null, bi('Trường dữ liệu vào', 'Input fields')));
    parts.push(
      h(
        'ul',
        { class: 'fields' },
        t.inputFields.map((f) => {
          const item = fieldItem(f, null);
          if (isRequired(f))
            item
              .querySelector('.sig')
              .appendChild(h('span', { class: 'req' }, ' bắt buộc / required'));
          return item;
        }),
      ),
    );
  }
  if (t.enumValues && t.enumValues.length) {
    parts.push(h('h4', null, bi('Giá trị', 'Values')));
    parts.push(
      h(
        'ul',
        { class: 'fields' },
        t.enumValues.map((v) =>
          h(
            'li',
            { class: 'sfield', 'data-value': v.name },
            h('code', null, v.name),
            v.description ? h('span', { class: 'desc' }, ' — ' + v.description) : null,
          ),
        ),
      ),
    );
  }
  if (t.interfaces && t.interfaces.length) {
    parts.push(h('h4', null, bi('Thực hiện giao diện', 'Implements')));
    parts.push(
      h(
        'p',
        null,
        t.interfaces.map((i) => [typeRef(i), ' ']),
      ),
    );
  }
  if (t.possibleTypes && t.possibleTypes.length) {
    parts.push(h('h4', null, bi('Các kiểu cụ thể', 'Possible types')));
    parts.push(
      h(
        'p',
        null,
        t.possibleTypes.map((i) => [typeRef(i), ' ']),
      ),
    );
  }
  setContent(typeView, parts);
  rootsView.hidden = true;
  typeView.hidden = false;
  title.focus();
}

schemaBrowser.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target || !schema) return;
  if (target.hasAttribute('data-type')) showType(target.getAttribute('data-type'));
  else if (target.hasAttribute('data-insert')) {
    const spec = target.getAttribute('data-insert');
    const cut = spec.indexOf(':');
    insertSkeleton(spec.slice(0, cut), spec.slice(cut + 1));
  } else if (target.getAttribute('data-nav') === 'back') {
    trail.pop();
    if (trail.length) showType(trail[trail.length - 1], true);
    else showRoots(true);
  } else if (target.getAttribute('data-nav') === 'roots') showRoots(true);
});

filterInput.addEventListener('input', () => {
  const q = fold(filterInput.value.trim());
  let shown = 0;
  let total = 0;
  for (const item of rootsView.querySelectorAll('.fields > li')) {
    total++;
    const match = !q || fold(item.textContent).indexOf(q) >= 0;
    item.hidden = !match;
    if (match) shown++;
  }
  byId('schema-filter-count').textContent = q
    ? 'Hiện ' + shown + '/' + total + ' trường / ' + shown + ' of ' + total + ' fields shown'
    : '';
});

let loading = false;
async function loadSchema() {
  if (loading) return;
  const headers = requestHeaders();
  if (!headers) return;
  const hadKey = Boolean(headers['x-api-key']);
  loading = true;
  schemaButton.setAttribute('aria-disabled', 'true');
  schemaStatus.removeAttribute('data-state');
  setContent(schemaStatus, h('p', null, bi('Đang tải lược đồ…', 'Loading the schema…')));
  let answer;
  try {
    answer = await send({ query: CONFIG.introspection, operationName: 'ExplorerSchema' }, headers);
  } finally {
    loading = false;
    schemaButton.removeAttribute('aria-disabled');
  }
  const data = answer.json && answer.json.data && answer.json.data.__schema;
  if (answer.reached && data) {
    const types = {};
    for (const t of data.types) types[t.name] = t;
    schema = {
      query: data.queryType && data.queryType.name,
      mutation: data.mutationType && data.mutationType.name,
      types: types,
    };
    const nQuery = schema.query ? types[schema.query].fields.length : 0;
    const nMutation = schema.mutation ? types[schema.mutation].fields.length : 0;
    const nTypes = data.types.filter((t) => t.name.indexOf('__') !== 0).length;
    setContent(
      byId('schema-lists'),
      rootSection('query', schema.query, 'Truy vấn', 'Queries'),
      rootSection('mutation', schema.mutation, 'Thao tác ghi', 'Mutations'),
    );
    filterInput.value = '';
    byId('schema-filter-count').textContent = '';
    schemaStatus.setAttribute('data-state', 'ok');
    setContent(
      schemaStatus,
      h(
        'p',
        null,
        bi(
          'Đã tải lược đồ: ' +
            nQuery +
            ' trường truy vấn, ' +
            nMutation +
            ' thao tác ghi, ' +
            nTypes +
            ' kiểu. Lược đồ gồm cả các thao tác dành cho cán bộ; khóa của bạn chỉ dùng được những gì quyền của nó cho phép.',
          'Schema loaded: ' +
            nQuery +
            ' queries, ' +
            nMutation +
            ' mutations, ' +
            nTypes +
            ' types. It includes staff operations; your key runs only what its scopes allow.',
        ),
      ),
    );
    schemaBrowser.hidden = false;
    showRoots(false);
    return;
  }

  // Refused (or unreachable): what the API said, and what to do.
  schema = null;
  schemaBrowser.hidden = true;
  schemaStatus.setAttribute('data-state', 'error');
  const errors = errorsOf(answer.json);
  const codes = errors.map(codeOf).filter(Boolean);
  const said = errors.length
    ? h(
        'p',
        null,
        bi('Máy chủ trả lời', 'The server answered'),
        ' (HTTP ' + answer.status + (codes.length ? ', ' : ''),
        codes.length ? h('mark', { class: 'code' }, codes.join(', ')) : null,
        '): ',
        h('q', null, String(errors[0].message || '')),
        errors[0].extensions && typeof errors[0].extensions.detail === 'string'
          ? h('span', { class: 'detail' }, ' — ' + errors[0].extensions.detail)
          : null,
      )
    : answer.reached
      ? h('p', null, bi('Máy chủ trả lời', 'The server answered'), ' HTTP ' + answer.status + '.')
      : h('p', null, bi('Không kết nối được máy chủ.', 'Could not reach the server.'));
  let explain;
  if (!answer.reached) explain = null;
  else if (codes.indexOf('UNAUTHENTICATED') >= 0) {
    explain = bi(
      'Khóa API không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Kiểm tra lại khóa, hoặc xin quản trị viên của xã một khóa mới.',
      'The API key is invalid, expired or revoked: check it, or ask the commune’s administrator for a new one.',
    );
  } else if (codes.indexOf('FORBIDDEN') >= 0 || codes.indexOf('NOT_FOUND') >= 0) {
    explain = bi(
      'Khóa không dùng được cho xã này: kiểm tra mã xã (X-Tenant), hoặc để trống nếu khóa là của một xã.',
      'The key may not be used for this commune: check the commune code (X-Tenant), or leave it empty for a commune’s own key.',
    );
  } else if (codes.indexOf('RATE_LIMITED') >= 0) {
    explain = bi(
      'Khóa đã dùng hết số yêu cầu của phút này; chờ rồi thử lại.',
      'The key used up this minute’s requests; wait and try again.',
    );
  } else {
    explain = [
      hadKey
        ? 'Máy chủ không cho xem lược đồ với khóa này. '
        : 'Cần khóa API của đối tác để xem lược đồ: trên máy chủ vận hành, khách không có khóa không được xem lược đồ (introspection). Nhập khóa API ở ô “Khóa API” phía trên rồi bấm “Tải lược đồ” lần nữa. ',
      h(
        'span',
        { class: 'en' },
        hadKey
          ? 'The server does not show the schema to this key.'
          : 'A partner API key is needed to read the schema: on the production server, callers without a key may not introspect it. Enter your API key above and load the schema again.',
      ),
    ];
  }
  setContent(
    schemaStatus,
    h('p', null, h('strong', null, bi('Không tải được lược đồ.', 'Could not load the schema.'))),
    said,
    explain ? h('p', { class: 'explain' }, explain) : null,
    h(
      'p',
      null,
      'Lược đồ dạng văn bản (SDL) luôn có tại ',
      h('a', { href: '/docs/schema.graphql' }, '/docs/schema.graphql'),
      '.',
      h('span', { class: 'en' }, ' / The schema as text (SDL) is always there.'),
    ),
  );
}
schemaButton.addEventListener('click', loadSchema);

// The page works: the browser tests wait for this marker, as they do for the apps.
document.documentElement.setAttribute('data-hydrated', '');
`;
