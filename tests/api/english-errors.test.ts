import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type ExecutionResult } from 'graphql-ws';
import { TEST_STAFF, TEST_PASSWORD } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';

let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;

beforeAll(async () => {
  api = await startTestApi();
  cat = await catalog(api);
});
afterAll(() => api?.close());

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/** A submission with a title too short, no contact and no field. */
function badIdea() {
  return ideaInput(cat.field('chuyen-doi-so'), {
    title: 'Ngắn',
    fieldIds: [],
    author: { fullName: 'Nguyễn Thị Thử' },
  });
}

function ws(params: Record<string, unknown>, query: string, variables: Record<string, unknown>) {
  const client = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: params,
    retryAttempts: 0,
  });
  return new Promise<ExecutionResult>((resolve, reject) => {
    client.subscribe(
      { query, variables },
      {
        next: () => {},
        error: (e) =>
          Array.isArray(e) ? resolve({ errors: e } as ExecutionResult) : reject(e as Error),
        complete: () => resolve({}),
      },
    );
  }).finally(() => client.dispose());
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('errors in the language the request asks for', () => {
  it('answers a bad submitIdea in English with Accept-Language: en, message and every field error', async () => {
    const en = await api.gql(
      SUBMIT,
      { input: badIdea() },
      { headers: { 'accept-language': 'en' } },
    );
    const error = en.errors![0]!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('The data is not valid; please check it.');
    const fieldErrors = error.extensions!.fieldErrors as Record<string, string>;
    expect(Object.keys(fieldErrors).length).toBeGreaterThanOrEqual(2);
    expect(fieldErrors.fieldIds).toBe('Please choose at least one field.');
    for (const [field, message] of Object.entries(fieldErrors))
      expect(message, field).not.toMatch(VIETNAMESE);
  });

  it('answers the same submitIdea in Vietnamese otherwise, with the same fields', async () => {
    const input = badIdea();
    const vi = await api.gql(SUBMIT, { input });
    const viFirst = await api.gql(
      SUBMIT,
      { input },
      { headers: { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.8' } },
    );
    const en = await api.gql(
      SUBMIT,
      { input },
      { headers: { 'accept-language': 'en-GB,en;q=0.9' } },
    );
    expect(vi.errors![0]!.message).toBe('Dữ liệu chưa hợp lệ, vui lòng kiểm tra lại.');
    expect(vi.errors![0]!.extensions!.fieldErrors).toMatchObject({
      fieldIds: 'Vui lòng chọn ít nhất một lĩnh vực.',
    });
    expect(viFirst.errors).toEqual(vi.errors);
    expect(Object.keys(en.errors![0]!.extensions!.fieldErrors as object).sort()).toEqual(
      Object.keys(vi.errors![0]!.extensions!.fieldErrors as object).sort(),
    );
    const [count] = await api.sql<{ n: string }>('select count(*) as n from idea');
    expect(Number(count!.n)).toBe(0);
  });

  it('answers a login with a NUL character in English over HTTP with Accept-Language: en', async () => {
    const variables = { e: `${TEST_STAFF.hub}\u0000`, p: TEST_PASSWORD };
    const en = await api.gql(LOGIN, variables, { headers: { 'accept-language': 'en' } });
    expect(en.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(en.errors![0]!.message).toBe(
      'The data sent contains invalid characters; please check it.',
    );
    expect(en.errors![0]!.extensions!.fieldErrors).toEqual({
      e: 'Contains an invalid control character (such as NUL).',
    });

    const vi = await api.gql(LOGIN, variables);
    expect(vi.errors![0]!.message).toBe(
      'Dữ liệu gửi lên có ký tự không hợp lệ, vui lòng kiểm tra lại.',
    );
    expect(vi.errors![0]!.extensions!.fieldErrors).toEqual({
      e: 'Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL).',
    });
  });

  it('answers over WebSocket in English when the connection asks with lang: en', async () => {
    const variables = { e: `${TEST_STAFF.hub}\u0000`, p: TEST_PASSWORD };
    const en = await ws({ lang: 'en' }, LOGIN, variables);
    expect(en.errors?.[0]?.message).toBe(
      'The data sent contains invalid characters; please check it.',
    );
    expect(en.errors?.[0]?.extensions?.fieldErrors).toEqual({
      e: 'Contains an invalid control character (such as NUL).',
    });
    const vi = await ws({}, LOGIN, variables);
    expect(vi.errors?.[0]?.message).toBe(
      'Dữ liệu gửi lên có ký tự không hợp lệ, vui lòng kiểm tra lại.',
    );
  });

  it('words errors raised before the resolvers (a wrong password, an unknown commune) in English too', async () => {
    const wrong = await api.gql(
      LOGIN,
      { e: TEST_STAFF.hub, p: 'sai-mat-khau-123' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(wrong.errors![0]!.message).toBe('Wrong email or password.');
    const tenant = await api.gql(
      '{ fields { id } }',
      {},
      {
        tenant: '99999',
        headers: { 'accept-language': 'en' },
      },
    );
    expect(tenant.errors![0]!.message).toBe('No commune or ward has the code "99999".');
  });

  it('answers the plain HTTP routes (uploads, files) in English too, and in Vietnamese otherwise', async () => {
    const post = (lang?: string) =>
      fetch(`${api.origin}/uploads`, {
        method: 'POST',
        headers: { 'x-file-name': 'virus.exe', ...(lang ? { 'accept-language': lang } : {}) },
        body: new Uint8Array(Buffer.from('MZ\u0090\u0000 not a document')),
      });
    const en = (await (await post('en')).json()) as any;
    const vi = (await (await post()).json()) as any;
    expect(en.errors[0].extensions.code).toBe(vi.errors[0].extensions.code);
    expect(vi.errors[0].message).toMatch(VIETNAMESE);
    expect(en.errors[0].message).not.toMatch(VIETNAMESE);
    const missing = (await (
      await fetch(`${api.origin}/files/00000000-0000-0000-0000-000000000000`, {
        headers: { 'accept-language': 'en' },
      })
    ).json()) as any;
    expect(missing.errors[0].message).not.toMatch(VIETNAMESE);
  });
});
