/** Talking to the platform started by the e2e setup the way a partner or the public site would. */
import { DEMO, urls } from './browser.js';

/** A GraphQL call to the platform's API, anonymous or (with a token) as a staff member. */
export async function apiGql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-tenant': '16228',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(urls.api, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** A staff session token of a demo account (the editor by default), for `apiGql`. */
export async function staffToken(email = DEMO.editor, password = DEMO.password): Promise<string> {
  const { login } = await apiGql<{ login: { token: string } }>(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return login.token;
}

let n = 0;

/** Submits an idea through the API (as the public site does) and returns its receipt. */
export async function submitIdea(
  overrides: Record<string, unknown> = {},
): Promise<{ trackingCode: string; digest: string; title: string }> {
  n += 1;
  const { fields } = await apiGql<{ fields: { id: string; code: string }[] }>(
    '{ fields { id code } }',
  );
  const input = {
    title: `Ý tưởng kiểm thử trang công cộng số ${n} – ${Date.now()}`,
    problem: 'Người dân ở thôn xa khó tiếp cận thông tin về các dịch vụ công của xã.',
    solution: 'Lập bảng tin điện tử tại nhà văn hóa, cập nhật hằng tuần từ xã.',
    benefit: 'Người dân nắm thông tin kịp thời, giảm đi lại.',
    fieldIds: [fields.find((f) => f.code === 'chuyen-doi-so')!.id],
    maturity: 'PRELIMINARY',
    author: { fullName: 'Đỗ Thị Kiểm Thử', email: `kiem.thu.${Date.now()}.${n}@example.com` },
    consents: { noticeVersion: 1, processData: true },
    origin: { ownWork: true },
    ...overrides,
  };
  const { submitIdea } = await apiGql<{
    submitIdea: { trackingCode: string; digest: string; title: string };
  }>(
    'mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { trackingCode digest title } }',
    { input },
  );
  return submitIdea;
}
