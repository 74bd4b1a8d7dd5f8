import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { Lang } from './language.js';
import { toEnglish } from './messages.en.js';

/** Stable error codes partners can rely on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  RIGHTS_NOT_CLEARED: 'RIGHTS_NOT_CLEARED',
  LIMITS_EXCEEDED: 'LIMITS_EXCEEDED',
  RATE_LIMITED: 'RATE_LIMITED',
  OPERATION_NOT_ALLOWED: 'OPERATION_NOT_ALLOWED',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  TWO_FACTOR_REQUIRED: 'TWO_FACTOR_REQUIRED',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  TOKEN_USED: 'TOKEN_USED',
  TOKEN_REVOKED: 'TOKEN_REVOKED',
  TOKEN_INVALID: 'TOKEN_INVALID',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The one table of HTTP statuses, per code and per kind of answer:
 * - `http`: a plain-HTTP answer (uploads, files, documents, media, and a request refused before
 *   GraphQL reads it), where the status is the whole answer. `common/http.ts` reads it.
 * - `graphql`: a GraphQL answer. Errors raised while executing an operation travel in a 200
 *   response beside whatever data resolved; only a code listed here changes the response status
 *   (Apollo reads it from `extensions.http`, which `formatError` strips before the client sees it).
 *
 * LIMITS_EXCEEDED is the one code whose two statuses differ, on purpose: in a plain-HTTP answer it
 * means the body itself is over the size limit (an upload, or a GraphQL request larger than
 * `KN_BODY_LIMIT_BYTES`), which is 413 Content Too Large; in a GraphQL answer the body had an
 * acceptable size but the document is too deep, too complex or too long to run, which is a bad
 * request like any invalid document: 400.
 */
export const HTTP_STATUS: Record<ErrorCode, { http: number; graphql?: number }> = {
  BAD_USER_INPUT: { http: 400 },
  UNAUTHENTICATED: { http: 401 },
  FORBIDDEN: { http: 403 },
  NOT_FOUND: { http: 404 },
  CONFLICT: { http: 400 },
  INVALID_TRANSITION: { http: 400 },
  RIGHTS_NOT_CLEARED: { http: 400 },
  LIMITS_EXCEEDED: { http: 413, graphql: 400 },
  RATE_LIMITED: { http: 429, graphql: 429 },
  OPERATION_NOT_ALLOWED: { http: 403, graphql: 403 },
  ACCOUNT_LOCKED: { http: 429 },
  TOO_MANY_ATTEMPTS: { http: 429 },
  TWO_FACTOR_REQUIRED: { http: 403 },
  TOKEN_EXPIRED: { http: 400 },
  TOKEN_USED: { http: 400 },
  TOKEN_REVOKED: { http: 400 },
  TOKEN_INVALID: { http: 400 },
  SERVICE_UNAVAILABLE: { http: 503, graphql: 503 },
  INTERNAL_SERVER_ERROR: { http: 500 },
};

/**
 * Seconds a client waits before retrying an answer with SERVICE_UNAVAILABLE (`Retry-After`). A
 * database outage is short (a restart, a failover): a few seconds, then the same request again —
 * with the same idempotency key for a submission.
 */
export const RETRY_AFTER_SECONDS = 5;

/** Field path (e.g. `author.email`) → Vietnamese message. */
export type FieldErrors = Record<string, string>;

/** An error meant for the client: its message is Vietnamese and safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code].graphql;
    // A retryable answer says when to retry (Apollo merges these headers into the response).
    const retryAfter =
      code === ErrorCode.SERVICE_UNAVAILABLE
        ? RETRY_AFTER_SECONDS
        : typeof extra.retryAfterSeconds === 'number'
          ? extra.retryAfterSeconds
          : null;
    const headers =
      retryAfter !== null ? { headers: new HeaderMap([['retry-after', String(retryAfter)]]) } : {};
    super(message, {
      extensions: { code, ...extra, ...(status ? { http: { status, ...headers } } : {}) },
    });
    this.name = 'AppError';
  }
}

export class BadInputError extends AppError {
  constructor(fieldErrors: FieldErrors, message = 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra lại.') {
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors });
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = 'Bạn cần đăng nhập để thực hiện thao tác này.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = 'Không tìm thấy dữ liệu yêu cầu.') {
    super(ErrorCode.NOT_FOUND, message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extra);
  }
}
export class InvalidTransitionError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.INVALID_TRANSITION, message, extra);
  }
}
/** The rights gate (§III.6): says what is missing before an idea is published, piloted or scaled. */
export class RightsNotClearedError extends AppError {
  constructor(message: string, missing: string[]) {
    super(ErrorCode.RIGHTS_NOT_CLEARED, message, { missing });
  }
}
export class LimitsExceededError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.LIMITS_EXCEEDED, message, extra);
  }
}

/** Vietnamese wording for the errors GraphQL and Apollo raise before our code runs. */
const BUILTIN_MESSAGES: Record<string, string> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: 'Câu truy vấn GraphQL sai cú pháp.',
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: 'Câu truy vấn không khớp với lược đồ GraphQL.',
  [ApolloServerErrorCode.BAD_USER_INPUT]: 'Dữ liệu đầu vào không đúng kiểu.',
  [ApolloServerErrorCode.BAD_REQUEST]: 'Yêu cầu không hợp lệ.',
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: 'Không xác định được thao tác cần chạy.',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: 'Không tìm thấy truy vấn đã lưu.',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: 'Máy chủ không hỗ trợ truy vấn đã lưu.',
};

export const INTERNAL_MESSAGE = 'Đã có lỗi hệ thống. Vui lòng thử lại sau.';
export const UNAVAILABLE_MESSAGE =
  'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.';

/** The database is unreachable (down, restarting, refusing connections): retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(message = UNAVAILABLE_MESSAGE) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
}

/** Node's socket errors when the database cannot be reached or drops the connection. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATEs of a server going away or not ready: class 08 (connection) and 57P01–57P03. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
const UNAVAILABLE_TEXT =
  /Connection terminated|connection is closed|Client has encountered a connection error|Knex: Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/**
 * Whether an error (however wrapped: GraphQL, MikroORM, knex, AggregateError) means the database is
 * unreachable rather than a bug: such failures answer SERVICE_UNAVAILABLE (503, retryable), not
 * INTERNAL_SERVER_ERROR.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    if (e instanceof ServiceUnavailableError) return true;
    const { code, message, originalError, cause, errors } = e as {
      code?: unknown;
      message?: unknown;
      originalError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)))
      return true;
    if (typeof message === 'string' && UNAVAILABLE_TEXT.test(message)) return true;
    queue.push(originalError, cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}

/**
 * The one error mapper: what reaches a client. Our own errors pass through; GraphQL's built-in
 * errors get a Vietnamese message with the original text as `detail`; anything else (SQL, bugs)
 * becomes INTERNAL_SERVER_ERROR with no internals, and is logged with a reference id. With
 * `lang: 'en'` the message and every field error are answered in English (messages.en.ts).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (ref: string, err: unknown) => void,
  opts: { hideSchemaDetails?: boolean; lang?: Lang } = {},
): GraphQLFormattedError {
  const vi = formatInVietnamese(formatted, error, log, opts);
  return opts.lang === 'en' ? inEnglish(vi) : vi;
}

/** A formatted error in English: its message and each `extensions.fieldErrors` value. */
export function inEnglish(error: GraphQLFormattedError): GraphQLFormattedError {
  const fieldErrors = error.extensions?.fieldErrors;
  return {
    ...error,
    message: toEnglish(error.message),
    ...(fieldErrors && typeof fieldErrors === 'object'
      ? {
          extensions: {
            ...error.extensions,
            fieldErrors: Object.fromEntries(
              Object.entries(fieldErrors).map(([k, v]) => [
                k,
                typeof v === 'string' ? toEnglish(v) : v,
              ]),
            ),
          },
        }
      : {}),
  };
}

function formatInVietnamese(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (ref: string, err: unknown) => void,
  opts: { hideSchemaDetails?: boolean },
): GraphQLFormattedError {
  const original = findAppError(error) ?? unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: stripHttp(original.extensions),
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      message: UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  const code = formatted.extensions?.code;
  if (
    code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED &&
    /Document contains more tha[nt] \d+ tokens/.test(formatted.message)
  ) {
    return {
      message: 'Câu truy vấn quá dài, máy chủ không đọc tiếp.',
      extensions: { code: ErrorCode.LIMITS_EXCEEDED },
    };
  }
  if (code === ApolloServerErrorCode.BAD_USER_INPUT) {
    const variable = variableError(formatted.message);
    if (variable) {
      return {
        message: BUILTIN_MESSAGES[ApolloServerErrorCode.BAD_USER_INPUT]!,
        locations: formatted.locations,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fieldErrors: { [variable.key]: variable.message },
          detail: variable.detail,
        },
      };
    }
  }
  const detail = opts.hideSchemaDetails ? withoutSuggestions(formatted.message) : formatted.message;
  if (typeof code === 'string' && code in BUILTIN_MESSAGES) {
    return {
      message: BUILTIN_MESSAGES[code]!,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, detail },
    };
  }
  if (original instanceof GraphQLError && !original.originalError && !original.path) {
    // Raised by graphql-js while reading the request (e.g. a variable of the wrong type): the
    // caller's mistake, not ours. Errors with a path happen during execution and stay internal.
    return {
      message: BUILTIN_MESSAGES[ApolloServerErrorCode.BAD_USER_INPUT]!,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT, detail },
    };
  }
  const ref = Math.random().toString(36).slice(2, 10);
  log(ref, original);
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ref },
  };
}

/**
 * A variable graphql-js could not coerce, worded without the value: its message quotes the whole
 * variable (an author's name and phone in a submission), which must not reach the client or the
 * logs. The key is the path inside the variable, as the services' own `fieldErrors` name fields
 * (`author.phone`), or the variable's name for a variable that is wrong as a whole.
 */
export function variableError(
  message: string,
): { key: string; message: string; detail: string } | null {
  const head = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" /.exec(message);
  if (!head) return null;
  const name = head[1]!;
  const rest = message.slice(head[0].length);
  const keyOf = (path: string | undefined, field?: string) => {
    const inside = path && path !== name ? path.slice(name.length).replace(/^\./, '') : '';
    const parts = [inside, field].filter(Boolean);
    return parts.length ? parts.join('.').replace(/^\[/, '') : name;
  };
  let m = /^of (?:required|non-null) type "([^"]+)" (?:was not provided|must not be null)\.$/.exec(
    rest,
  );
  if (m) {
    return {
      key: name,
      message: 'Thiếu giá trị bắt buộc.',
      detail: `Variable "$${name}" of type "${m[1]}" is required.`,
    };
  }
  if (!rest.startsWith('got invalid value ')) {
    return {
      key: name,
      message: 'Giá trị không hợp lệ.',
      detail: `Variable "$${name}" is invalid.`,
    };
  }
  // The value comes first and may hold anything; the path and the reason are at the end, after
  // the last `; ` that starts a reason graphql-js writes.
  m =
    /(?: at "([^"]+)")?; (Field "([^"]+)" of required type "([^"]+)" was not provided\.|Field "([^"]+)" is not defined by type "([^"]+)"\.[^;]*|Expected type "([^"]+)" to be an object\.|Value (?:[\s\S]*) does not exist in "([^"]+)" enum\.[^;]*|Expected value of type "([^"]+)"[^;]*|(Int|Float|String|Boolean|ID|[A-Z][A-Za-z]*) cannot represent[^;]*|[^;]*)$/.exec(
      rest,
    );
  const path = m?.[1];
  if (m?.[3]) {
    return {
      key: keyOf(path, m[3]),
      message: 'Thiếu trường bắt buộc.',
      detail: `Field "${m[3]}" of required type "${m[4]}" was not provided.`,
    };
  }
  if (m?.[5]) {
    return {
      key: keyOf(path, m[5]),
      message: 'Trường này không có trong dữ liệu đầu vào.',
      detail: `Field "${m[5]}" is not defined by type "${m[6]}".`,
    };
  }
  const type = m?.[7] ?? m?.[8] ?? m?.[9] ?? m?.[10];
  return {
    key: keyOf(path),
    message: type ? `Giá trị không đúng kiểu (cần ${type}).` : 'Giá trị không hợp lệ.',
    detail: `Variable "$${name}"${path ? ` at "${path}"` : ''} has an invalid value${type ? ` (expected ${type})` : ''}.`,
  };
}

/** graphql-js names fields and types close to a misspelt one; in production that maps the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean [^?]*\?/g, '');
}

/** Our error, however deep Apollo or graphql-ws wrapped it (e.g. "Context creation failed"). */
function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

function stripHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}
