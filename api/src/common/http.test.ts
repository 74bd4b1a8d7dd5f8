import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  AppError,
  ErrorCode,
  formatError,
  isDatabaseUnavailable,
  LimitsExceededError,
  NotFoundError,
  ServiceUnavailableError,
  UNAVAILABLE_MESSAGE,
} from './errors.js';
import { errorAnswer } from './http.js';

const logged: unknown[] = [];
const opts = {
  bodyLimitBytes: 1_000_000,
  logError: (_ref: string, err: unknown) => logged.push(err),
};

describe('plain-HTTP error answers', () => {
  it('answer our errors with the status of their code and GraphQL’s error shape', () => {
    expect(errorAnswer(new NotFoundError('Không thấy.'), opts)).toEqual({
      status: 404,
      body: { errors: [{ message: 'Không thấy.', extensions: { code: 'NOT_FOUND' } }] },
    });
    expect(errorAnswer(new AppError(ErrorCode.RATE_LIMITED, 'Chậm lại.'), opts).status).toBe(429);
    expect(errorAnswer(new AppError(ErrorCode.CONFLICT, 'Trùng.'), opts).status).toBe(400);
  });

  it('answer a file over the size limit with 413, without the GraphQL-only status hint', () => {
    const err = new LimitsExceededError('Tệp quá lớn.');
    expect(err.extensions.http).toEqual({ status: 400 });
    expect(errorAnswer(err, opts)).toEqual({
      status: 413,
      body: { errors: [{ message: 'Tệp quá lớn.', extensions: { code: 'LIMITS_EXCEEDED' } }] },
    });
  });

  it('answer the body parser’s refusals and hide everything else', () => {
    expect(errorAnswer({ type: 'entity.too.large' }, opts)).toEqual({
      status: 413,
      body: {
        errors: [
          {
            message: 'Yêu cầu quá lớn (tối đa 1000 KB).',
            extensions: { code: 'LIMITS_EXCEEDED' },
          },
        ],
      },
    });
    expect(errorAnswer({ type: 'entity.parse.failed' }, opts).status).toBe(400);
    const bug = new Error('relation "x" does not exist');
    const internal = errorAnswer(bug, opts);
    expect(internal.status).toBe(500);
    expect(internal.body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(internal)).not.toContain('relation');
    expect(logged).toEqual([bug]);
  });
});

describe('a database that cannot be reached', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
  });

  it('is told apart from a bug however it is wrapped', () => {
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Knex: Timeout acquiring a connection.'))).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key' })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, not an internal error', () => {
    const before = logged.length;
    const a = errorAnswer(refused, opts);
    expect(a.status).toBe(503);
    expect(a.headers).toEqual({ 'Retry-After': '5' });
    expect(a.body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(logged.length).toBe(before);
    expect(errorAnswer(new ServiceUnavailableError(), opts).status).toBe(503);
  });

  it('is worded in GraphQL answers with the retryable code', () => {
    const f = formatError(
      { message: 'x' },
      new GraphQLError('x', { originalError: refused }),
      () => {
        throw new Error('not logged');
      },
    );
    expect(f).toMatchObject({
      message: UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
  });
});
