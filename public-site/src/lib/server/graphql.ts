import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { TypedDocumentString } from '$lib/gql/graphql';

/** An error the API answered with: a stable code, a Vietnamese message and field errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly fieldErrors: Record<string, string> = {},
    public readonly status = 200,
  ) {
    super(message);
  }
}

export function apiUrl(): string {
  return env.API_URL || 'http://127.0.0.1:4000/graphql';
}

/**
 * Runs a typed operation against the API from the server (the browser never talks to the API
 * directly). The commune is chosen by KN_TENANT.
 */
export async function gql<R, V>(
  event: Pick<RequestEvent, 'fetch' | 'getClientAddress'>,
  document: TypedDocumentString<R, V>,
  variables?: V,
): Promise<R> {
  let res: Response;
  try {
    res = await event.fetch(apiUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tenant': env.KN_TENANT || '16228',
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ dữ liệu. Vui lòng thử lại sau.', 'UNAVAILABLE', {}, 503);
  }
  const body = (await res.json().catch(() => null)) as {
    data?: R;
    errors?: { message: string; extensions?: { code?: string; fieldErrors?: Record<string, string> } }[];
  } | null;
  const first = body?.errors?.[0];
  if (first) {
    throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.fieldErrors ?? {}, res.status);
  }
  if (!body?.data) throw new ApiError('Máy chủ dữ liệu trả lời không hợp lệ.', 'INTERNAL_SERVER_ERROR', {}, 502);
  return body.data;
}
