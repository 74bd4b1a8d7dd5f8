/** Content helpers: posts through GraphQL, media through POST /media, generated test images. */
import sharp from 'sharp';
import type { TestApi } from './api.js';

export const POST_FIELDS = `id kind slug title summary html status version publishedAt scheduledAt updatedAt
  seoTitle seoDescription tags { id slug name kind } coverImage { id } ogImage { id }`;

export const CREATE_POST = `mutation ($input: PostInput!) { createPost(input: $input) { ${POST_FIELDS} body } }`;
export const UPDATE_POST = `mutation ($id: ID!, $v: Int!, $input: PostInput!) {
  updatePost(id: $id, expectedVersion: $v, input: $input) { ${POST_FIELDS} body } }`;
export const PUBLISH_POST = `mutation ($id: ID!) { publishPost(id: $id) { id status publishedAt } }`;
export const SCHEDULE_POST = `mutation ($id: ID!, $at: DateTimeISO!) { schedulePost(id: $id, at: $at) { id status scheduledAt } }`;
export const POST_BY_SLUG = `query ($slug: String!, $kind: ContentKind) {
  post(slug: $slug, kind: $kind) { redirectTo post { id slug title html status } } }`;
export const POSTS = `query ($kind: ContentKind, $status: ContentStatus, $tag: String, $search: String, $first: Int, $after: String) {
  posts(kind: $kind, status: $status, tag: $tag, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id slug title status publishedAt } } }`;

/** A Tiptap document with the given paragraphs of plain text. */
export function doc(...paragraphs: string[]) {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

const text = (t: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
});

/**
 * A document with every node and mark the editor makes: headings, marks and a link, both lists, a
 * quote, a rule, and (when given) a library image and an idea card.
 */
export function richDoc(opts: { mediaId?: string; imageAlt?: string; ideaId?: string } = {}) {
  const p = (...content: unknown[]) => ({ type: 'paragraph', content });
  const item = (t: string) => ({ type: 'listItem', content: [p(text(t))] });
  return {
    type: 'doc',
    content: [
      p(
        text('Sáng nay, '),
        text('Đoàn Thanh niên', [{ type: 'bold' }]),
        text(' ra quân '),
        text('thắp sáng đường quê', [{ type: 'italic' }]),
        text(' — xem '),
        text('hướng dẫn tham gia', [
          { type: 'link', attrs: { href: '/trang/huong-dan-tham-gia' } },
        ]),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Những việc đã làm')] },
      { type: 'bulletList', content: [item('Lắp 120 bóng đèn.'), item('Dọn cỏ hai bên đường.')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Các bước tiếp theo')] },
      { type: 'orderedList', content: [item('Bảo dưỡng hằng tháng.'), item('Nhân rộng.')] },
      { type: 'blockquote', content: [p(text('Đường sáng, thôn vui.'))] },
      ...(opts.mediaId
        ? [
            {
              type: 'image',
              attrs: { mediaId: opts.mediaId, alt: opts.imageAlt ?? 'Ảnh minh họa' },
            },
          ]
        : []),
      { type: 'horizontalRule' },
      ...(opts.ideaId ? [{ type: 'ideaEmbed', attrs: { ideaId: opts.ideaId } }] : []),
      p(text('Bà con cùng góp ý tưởng.')),
    ],
  };
}

export function postInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'NEWS',
    title: 'Xã Như Thanh phát động phong trào thi đua đổi mới sáng tạo',
    summary: 'Lễ phát động diễn ra tại hội trường UBND xã.',
    body: doc('Sáng nay, UBND xã tổ chức lễ phát động.', 'Người dân gửi ý tưởng trực tuyến.'),
    ...overrides,
  };
}

export async function createPost(
  api: TestApi,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const r = await api.gql(CREATE_POST, { input: postInput(overrides) }, { token });
  if (!r.data?.createPost) throw new Error(`createPost failed: ${JSON.stringify(r.errors)}`);
  return r.data.createPost;
}

/** A real image: a diagonal gradient with a bright square, so crops and resizes are visible. */
export async function testImage(
  width: number,
  height: number,
  format: 'png' | 'jpeg' = 'png',
): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0b6e4f"/><stop offset="1" stop-color="#f2a541"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${width * 0.1}" y="${height * 0.1}" width="${width * 0.2}" height="${height * 0.2}" fill="#fff"/></svg>`;
  const img = sharp(Buffer.from(svg));
  return format === 'png' ? img.png().toBuffer() : img.jpeg().toBuffer();
}

export interface UploadResult {
  status: number;
  body: any;
  headers: Headers;
}

/** POST /media as the admin does: multipart/form-data (or raw bytes with headers). */
export async function uploadMedia(
  api: TestApi,
  opts: {
    fileName: string;
    data: Buffer;
    token?: string | null;
    alt?: string | null;
    caption?: string;
    focalX?: number;
    focalY?: number;
    raw?: boolean;
  },
): Promise<UploadResult> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: BodyInit;
  if (opts.raw) {
    headers['x-file-name'] = encodeURIComponent(opts.fileName);
    if (opts.alt) headers['x-alt'] = encodeURIComponent(opts.alt);
    body = new Uint8Array(opts.data);
  } else {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(opts.data)]), opts.fileName);
    if (opts.alt != null) form.append('alt', opts.alt);
    if (opts.caption) form.append('caption', opts.caption);
    if (opts.focalX != null) form.append('focalX', String(opts.focalX));
    if (opts.focalY != null) form.append('focalY', String(opts.focalY));
    body = form;
  }
  const res = await fetch(`${api.origin}/media`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

export async function uploadImage(
  api: TestApi,
  token: string,
  opts: { width?: number; height?: number; alt?: string } = {},
): Promise<Record<string, any>> {
  const r = await uploadMedia(api, {
    fileName: 'anh.png',
    data: await testImage(opts.width ?? 800, opts.height ?? 500),
    alt: opts.alt ?? 'Ảnh minh họa lễ phát động',
    token,
  });
  if (r.status !== 201) throw new Error(`upload failed: ${JSON.stringify(r.body)}`);
  return r.body;
}
