import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';

/**
 * One shape for every input error, and no personal data echoed: a submission graphql-js cannot
 * coerce names the missing or wrong field in `fieldErrors` and never quotes what was sent (an
 * author's name and phone). Also the stable codes the README lists, and the HTTP statuses of a
 * commune that does not exist or is suspended.
 */
let api: TestApi;
let fieldId: string;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  fieldId = (await catalog(api)).fields[0]!.id;
});
afterAll(() => api?.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as any };
}

describe('input errors', () => {
  const secret = { fullName: 'Phạm Bí Mật', email: 'bi.mat@example.com', phone: '0987 654 321' };

  it('names a missing field without echoing the input', async () => {
    const input: Record<string, unknown> = ideaInput(fieldId, { author: secret });
    delete input.problem;
    const r = await post({ query: SUBMIT, variables: { input } });
    expect(r.status).toBe(400);
    const err = r.json.errors[0];
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fieldErrors).toEqual({ problem: 'Thiếu trường bắt buộc.' });
    expect(err.message).toBe('Dữ liệu đầu vào không đúng kiểu.');
    for (const s of ['Phạm Bí Mật', 'bi.mat', '0987', 'số hóa sổ sách'])
      expect(r.text).not.toContain(s);
  });

  it('names a nested field of the wrong type, an unknown field and a missing variable', async () => {
    const wrong = await post({
      query: SUBMIT,
      variables: { input: ideaInput(fieldId, { author: { ...secret, share: 'nhiều' } }) },
    });
    expect(wrong.json.errors[0].extensions.fieldErrors).toEqual({
      'author.share': 'Giá trị không đúng kiểu (cần Int).',
    });
    expect(wrong.text).not.toContain('Phạm Bí Mật');
    expect(wrong.text).not.toContain('nhiều');
    const unknown = await post({
      query: SUBMIT,
      variables: { input: ideaInput(fieldId, { author: secret, password: 'x; Field "y"' }) },
    });
    expect(unknown.json.errors[0].extensions.fieldErrors).toEqual({
      password: 'Trường này không có trong dữ liệu đầu vào.',
    });
    expect(unknown.text).not.toContain('0987');
    const missing = await post({ query: SUBMIT, variables: {} });
    expect(missing.json.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { input: 'Thiếu giá trị bắt buộc.' },
    });
    const en = await post(
      { query: SUBMIT, variables: { input: { ...ideaInput(fieldId), title: 5 } } },
      { 'accept-language': 'en' },
    );
    expect(en.json.errors[0].extensions.fieldErrors).toEqual({
      title: 'The value has the wrong type (String expected).',
    });
  });

  it('says the page size range for a negative `first`', async () => {
    const r = await api.gql('{ ideas(first: -1) { totalCount } }');
    expect(r.errors![0]!.message).toBe('Số bản ghi mỗi trang phải từ 0 đến 100.');
    expect(r.errors![0]!.extensions!.fieldErrors).toEqual({
      first: 'Số bản ghi mỗi trang phải từ 0 đến 100.',
    });
  });
});

describe('communes that cannot be served', () => {
  it('answers 404 NOT_FOUND for an unknown X-Tenant and 403 for a suspended commune', async () => {
    const unknown = await post({ query: '{ ideas { totalCount } }' }, { 'x-tenant': '99999' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.errors[0].extensions).toEqual({ code: 'NOT_FOUND', tenant: 'UNKNOWN' });
    await api.sql(`update tenant set status = 'SUSPENDED' where code = '16231'`);
    try {
      const suspended = await post(
        { query: '{ ideas { totalCount } }', extensions: {} },
        { 'x-tenant': '16231' },
      );
      expect([403, 200]).toContain(suspended.status);
      // The tenant cache may still hold it active for a moment; once read, it is refused.
      if (suspended.status === 403)
        expect(suspended.json.errors[0].extensions).toEqual({
          code: 'FORBIDDEN',
          tenant: 'SUSPENDED',
        });
    } finally {
      await api.sql(`update tenant set status = 'ACTIVE' where code = '16231'`);
    }
  });
});

describe('the README', () => {
  it('lists every error code the API can answer', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const codes = [
      ...Object.values(ErrorCode),
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_REQUEST',
      'OPERATION_RESOLUTION_FAILURE',
      'PERSISTED_QUERY_NOT_FOUND',
    ];
    const missing = codes.filter((c) => !readme.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
