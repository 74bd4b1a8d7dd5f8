/**
 * The typed GraphQL client both apps use on their servers. Operations are the generated
 * `TypedDocumentString`s of each app (src/lib/gql), so a call is checked against the schema.
 */
export interface TypedDocument<R, V> {
  toString(): string;
  /** Phantom types carried by the generated documents. */
  __apiType?: (variables: V) => R;
}

/** An error the API answered with: a stable code, a Vietnamese message and field errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly fieldErrors: Record<string, string> = {},
    public readonly status = 200,
    /** The error's other `extensions` (for example `reason` of a refused preview link). */
    public readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ClientOptions {
  fetch: typeof fetch;
  url: string;
  headers?: Record<string, string>;
}

interface Body<R> {
  data?: R | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fieldErrors?: Record<string, string>; [key: string]: unknown };
  }[];
}

export async function request<R, V>(
  opts: ClientOptions,
  document: TypedDocument<R, V>,
  variables?: V,
): Promise<R> {
  let res: Response;
  try {
    res = await opts.fetch(opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...opts.headers },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError(
      'Không kết nối được máy chủ dữ liệu. Vui lòng thử lại sau.',
      'UNAVAILABLE',
      {},
      503,
    );
  }
  const body = (await res.json().catch(() => null)) as Body<R> | null;
  const first = body?.errors?.[0];
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      first.extensions?.fieldErrors ?? {},
      res.status,
      first.extensions ?? {},
    );
  }
  if (!body?.data) {
    throw new ApiError('Máy chủ dữ liệu trả lời không hợp lệ.', 'INTERNAL_SERVER_ERROR', {}, 502);
  }
  return body.data;
}
