/**
 * The plain-HTTP edge shared by every feature's `*.routes.ts`: reading headers, the one place that
 * turns an error into a status and a JSON body (statuses from `HTTP_STATUS` in `errors.ts`), CORS
 * for /graphql and the final Express error handler. Answers keep GraphQL's error shape
 * (`{ errors: [{ message, extensions: { code } }] }`) so clients read one format everywhere.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import {
  AppError,
  ErrorCode,
  HTTP_STATUS,
  INTERNAL_MESSAGE,
  RETRY_AFTER_SECONDS,
  UNAVAILABLE_MESSAGE,
  inEnglish,
  isDatabaseUnavailable,
} from './errors.js';
import { languageOf } from './language.js';

/** The request's context, built the same way as for GraphQL (`purpose` names the access in logs). */
export type ContextFor<C> = (req: Request, purpose?: string) => Promise<C>;

export type LogError = (ref: string, err: unknown) => void;

/** A header's trimmed value, or null when absent or blank. */
export function header(req: Request, name: string): string | null {
  const v = req.headers[name];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** A URI-encoded header value (X-File-Name and the like), kept as sent when it is not valid. */
export function decodedHeader(req: Request, name: string): string | null {
  const v = header(req, name);
  if (v == null) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

export interface ErrorAnswer {
  status: number;
  /** Extra response headers (`Retry-After` on SERVICE_UNAVAILABLE). */
  headers?: Record<string, string>;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

const answer = (status: number, message: string, extensions: Record<string, unknown>) => ({
  status,
  body: { errors: [{ message, extensions }] },
});

/**
 * What a plain-HTTP request that failed answers. Our own errors keep their message and extensions
 * (less the GraphQL-only `http` hint); the body parser's refusals become LIMITS_EXCEEDED (413) and
 * BAD_USER_INPUT; anything else is logged and answered as INTERNAL_SERVER_ERROR with no internals.
 */
export function errorAnswer(
  err: unknown,
  opts: { bodyLimitBytes: number; logError: LogError },
): ErrorAnswer {
  if (err instanceof AppError) {
    const code = String(err.extensions.code);
    const { http: _http, ...extensions } = err.extensions as Record<string, unknown>;
    const status = HTTP_STATUS[code as ErrorCode]?.http ?? 400;
    return code === ErrorCode.SERVICE_UNAVAILABLE
      ? {
          ...answer(status, err.message, extensions),
          headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        }
      : answer(status, err.message, extensions);
  }
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return answer(
      HTTP_STATUS.LIMITS_EXCEEDED.http,
      `Yêu cầu quá lớn (tối đa ${Math.round(opts.bodyLimitBytes / 1000)} KB).`,
      { code: ErrorCode.LIMITS_EXCEEDED },
    );
  }
  if (type === 'entity.parse.failed') {
    return answer(HTTP_STATUS.BAD_USER_INPUT.http, 'Nội dung yêu cầu không phải JSON hợp lệ.', {
      code: ErrorCode.BAD_USER_INPUT,
    });
  }
  if (isDatabaseUnavailable(err)) {
    return {
      ...answer(HTTP_STATUS.SERVICE_UNAVAILABLE.http, UNAVAILABLE_MESSAGE, {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      }),
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    };
  }
  opts.logError('http', err);
  return answer(HTTP_STATUS.INTERNAL_SERVER_ERROR.http, INTERNAL_MESSAGE, {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
  });
}

/**
 * The last Express handler: every route throws (Express 5 forwards a rejected handler here) and
 * this answers. A failure after the headers left (a file stream breaking) can only cut the answer.
 */
export function errorHandler(opts: { bodyLimitBytes: number; logError: LogError }) {
  const handler: ErrorRequestHandler = (err, req, res: Response, _next) => {
    if (res.headersSent) {
      opts.logError('http', err);
      res.destroy();
      return;
    }
    const { status, body, headers } = errorAnswer(err, opts);
    if (headers) res.set(headers);
    // Plain-HTTP answers speak the caller's language too (`Accept-Language: en`), as GraphQL's do.
    if (languageOf(req.headers['accept-language']) === 'en') {
      res.status(status).json({ errors: body.errors.map((e) => inEnglish(e)) });
      return;
    }
    res.status(status).json(body);
  };
  return handler;
}

/** Whether a browser request from `origin` may use the staff member's cookie (CORS, CSRF). */
export function originAllowed(origin: string | null, corsOrigins: readonly string[]): boolean {
  return origin !== null && corsOrigins.includes(origin);
}

/** CORS for /graphql: only the configured origins, with credentials; their preflight ends here. */
export function graphqlCors(corsOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = header(req, 'origin');
    if (origin && originAllowed(origin, corsOrigins)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'content-type, authorization, x-tenant, x-request-id, apollo-require-preflight',
      );
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
