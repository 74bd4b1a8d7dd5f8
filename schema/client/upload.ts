import { ApiError } from './graphql-client.js';

export interface UploadedFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/**
 * Sends one file to the API (POST /uploads). The API checks the type from the content, not the
 * name, and answers with an id to name in the mutation that uses the file.
 */
/** What an upload is for (the API's AttachmentKind a client may choose). */
export type UploadKind =
  | 'SUPPORTING'
  | 'PAPER_FORM'
  | 'IMPORT_SOURCE'
  | 'DECISION'
  | 'EVIDENCE'
  | 'PLAN_DOCUMENT'
  | 'ACTIVITY_PHOTO'
  | 'SPENDING_DOCUMENT';

export async function uploadFile(
  opts: { fetch: typeof fetch; apiUrl: string; headers?: Record<string, string> },
  file: { name: string; data: ArrayBuffer },
  kind: UploadKind = 'SUPPORTING',
): Promise<UploadedFile> {
  const origin = opts.apiUrl.replace(/\/graphql\/?$/, '');
  let res: Response;
  try {
    res = await opts.fetch(`${origin}/uploads?kind=${kind}`, {
      method: 'POST',
      headers: {
        ...opts.headers,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file.data,
    });
  } catch {
    throw new ApiError(
      'Không kết nối được máy chủ dữ liệu để tải tệp lên.',
      'UNAVAILABLE',
      {},
      503,
    );
  }
  const body = (await res.json().catch(() => null)) as
    | (UploadedFile & { errors?: undefined })
    | {
        errors: {
          message: string;
          extensions?: { code?: string; fieldErrors?: Record<string, string> };
        }[];
      }
    | null;
  if (!res.ok || !body || body.errors) {
    const e = body?.errors?.[0];
    throw new ApiError(
      e?.extensions?.fieldErrors?.file ?? e?.message ?? 'Không tải được tệp lên.',
      e?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      e?.extensions?.fieldErrors ?? {},
      res.status,
    );
  }
  return body as UploadedFile;
}
