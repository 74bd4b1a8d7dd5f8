import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import {
  CREATE_POST,
  POST_BY_SLUG,
  POSTS,
  PUBLISH_POST,
  UPDATE_POST,
  createPost,
  doc,
  postInput,
} from '../helpers/content.js';

let api: TestApi;
const clock = new TestClock();
let editor: string;
let admin: string;
let hub: string;
let council: string;

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  [editor, admin, hub, council] = await Promise.all([
    api.login(TEST_STAFF.editor),
    api.login(TEST_STAFF.admin),
    api.login(TEST_STAFF.hub),
    api.login(TEST_STAFF.council),
  ]);
});
afterAll(() => api?.close());

const REVISIONS = `query ($id: ID!) { postById(id: $id) { id version title
  revisions { id number title summary note html author { fullName } } } }`;
const COMPARE = `query ($id: ID!, $from: Int!, $to: Int!) { comparePostRevisions(postId: $id, from: $from, to: $to) {
  from to changes { field label before after } body { op text } } }`;
const RESTORE = `mutation ($id: ID!, $rev: ID!, $v: Int!) {
  restorePostRevision(id: $id, revisionId: $rev, expectedVersion: $v) { id version title body html } }`;
const LOCK = `mutation ($id: ID!) { acquireEditLock(postId: $id) { by { fullName } since expiresAt mine } }`;
const UNLOCK = `mutation ($id: ID!) { releaseEditLock(postId: $id) }`;
const PREVIEW_LINK = `mutation ($id: ID!) { createPreviewLink(postId: $id) }`;
const PREVIEW = `query ($t: String!) { contentPreview(token: $t) { id title status html } }`;
const CLEAN = `query ($html: String!) { cleanPastedHtml(html: $html) { html doc } }`;

/** What a refused save must leave untouched. */
async function footprint(id: string) {
  const [row] = await api.sql(
    `select p.version, p.title, p.slug, p.body::text as body, p.updated_at,
            (select count(*)::int from post_revision r where r.post_id = p.id) as revisions
       from post p where p.id = $1`,
    [id],
  );
  return row;
}

describe('slugs', () => {
  it('are made from Vietnamese titles without accents, đ becoming d', async () => {
    const p = await createPost(api, editor, {
      title: 'Hướng dẫn tham gia: Đổi mới sáng tạo gắn với chuyển đổi số!',
    });
    expect(p.slug).toBe('huong-dan-tham-gia-doi-moi-sang-tao-gan-voi-chuyen-doi-so');
    const long = await createPost(api, editor, {
      title:
        'Thôn Đồng Lạc tổ chức hội nghị tuyên truyền sâu rộng về phong trào thi đua khơi dậy tiềm năng thúc đẩy ý tưởng đổi mới sáng tạo trong nhân dân',
    });
    expect(long.slug.length).toBeLessThanOrEqual(80);
    expect(long.slug).toMatch(/^thon-dong-lac-to-chuc-hoi-nghi-[a-z0-9-]*[a-z0-9]$/);
  });

  it('are unique per address: news and propaganda share /tin-tuc (-2, -3), pages may reuse it', async () => {
    const title = 'Thể lệ cuộc thi ý tưởng năm 2026';
    const a = await createPost(api, editor, { title });
    const b = await createPost(api, editor, { title });
    const c = await createPost(api, editor, { title, kind: 'PROPAGANDA' });
    const page = await createPost(api, editor, { title, kind: 'PAGE' });
    expect([a.slug, b.slug, c.slug]).toEqual([
      'the-le-cuoc-thi-y-tuong-nam-2026',
      'the-le-cuoc-thi-y-tuong-nam-2026-2',
      'the-le-cuoc-thi-y-tuong-nam-2026-3',
    ]);
    expect(page.slug).toBe('the-le-cuoc-thi-y-tuong-nam-2026');
    // An address another post uses cannot be chosen by hand.
    const r = await api.gql(
      CREATE_POST,
      { input: postInput({ title, slug: a.slug }) },
      {
        token: editor,
      },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fieldErrors?.slug).toMatch(/đã được bài .* dùng/);
    // Nor by a propaganda article, which would share the news address.
    const p = await api.gql(
      CREATE_POST,
      { input: postInput({ title, kind: 'PROPAGANDA', slug: a.slug }) },
      { token: editor },
    );
    expect(p.errors?.[0]?.extensions?.fieldErrors?.slug).toMatch(/đã được bài .* dùng/);
  });

  it('follow the title while a draft was never published, without leaving redirects', async () => {
    const p = await createPost(api, editor, { title: 'Bản nháp đầu tiên về tủ sách' });
    const r = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 1, input: postInput({ title: 'Tủ sách điện tử cho học sinh' }) },
      { token: editor },
    );
    expect(r.data!.updatePost.slug).toBe('tu-sach-dien-tu-cho-hoc-sinh');
    const rows = await api.sql('select slug from post_slug where post_id = $1', [p.id]);
    expect(rows).toEqual([]);
  });

  it('keep the old address of a published post as a redirect when the slug changes', async () => {
    const p = await createPost(api, editor, { title: 'Tổng kết đợt 1 phong trào' });
    await api.gql(PUBLISH_POST, { id: p.id }, { token: editor });
    // A new title alone does not move a published address.
    const renamed = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 1, input: postInput({ title: 'Sơ kết đợt 1 phong trào thi đua' }) },
      { token: editor },
    );
    expect(renamed.data!.updatePost.slug).toBe('tong-ket-dot-1-phong-trao');
    const moved = await api.gql(
      UPDATE_POST,
      {
        id: p.id,
        v: 2,
        input: postInput({ title: 'Sơ kết đợt 1 phong trào thi đua', slug: 'Sơ kết đợt 1' }),
      },
      { token: editor },
    );
    expect(moved.data!.updatePost.slug).toBe('so-ket-dot-1');
    const old = await api.gql(POST_BY_SLUG, { slug: 'tong-ket-dot-1-phong-trao', kind: 'NEWS' });
    expect(old.data!.post.redirectTo).toBe('so-ket-dot-1');
    expect(old.data!.post.post.id).toBe(p.id);
    const current = await api.gql(POST_BY_SLUG, { slug: 'so-ket-dot-1' });
    expect(current.data!.post).toMatchObject({ redirectTo: null, post: { id: p.id } });
    // The old address stays reserved: a new post with that title gets a suffix.
    const other = await createPost(api, editor, { title: 'Tổng kết đợt 1 phong trào' });
    expect(other.slug).toBe('tong-ket-dot-1-phong-trao-2');
    // Moving back takes the address over again and leaves the other one as a redirect.
    const back = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 3, input: postInput({ title: 'Sơ kết', slug: 'tong-ket-dot-1-phong-trao' }) },
      { token: editor },
    );
    expect(back.data!.updatePost.slug).toBe('tong-ket-dot-1-phong-trao');
    const redirects = await api.sql('select slug from post_slug where post_id = $1 order by slug', [
      p.id,
    ]);
    expect(redirects.map((r) => r.slug)).toEqual(['so-ket-dot-1']);
  });
});

describe('revisions', () => {
  it('are written on every save and can be compared and restored (as a new revision)', async () => {
    const p = await createPost(api, editor, {
      title: 'Lễ phát động phong trào',
      body: doc('Đoạn mở đầu.', 'Đoạn giữa.', 'Đoạn kết.'),
    });
    await api.gql(
      UPDATE_POST,
      {
        id: p.id,
        v: 1,
        input: postInput({
          title: 'Lễ phát động phong trào thi đua',
          body: doc('Đoạn mở đầu.', 'Đoạn giữa đã sửa.', 'Đoạn kết.', 'Đoạn thêm.'),
        }),
      },
      { token: editor },
    );
    const third = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 2, input: postInput({ title: 'Tiêu đề thứ ba', body: doc('Khác hẳn.') }) },
      { token: admin },
    );
    expect(third.data!.updatePost.version).toBe(3);

    const r = await api.gql(REVISIONS, { id: p.id }, { token: editor });
    const revs = r.data!.postById.revisions;
    expect(revs.map((x: any) => [x.number, x.title, x.author.fullName])).toEqual([
      [3, 'Tiêu đề thứ ba', 'Quản Trị Viên'],
      [2, 'Lễ phát động phong trào thi đua', 'Biên Tập Viên'],
      [1, 'Lễ phát động phong trào', 'Biên Tập Viên'],
    ]);
    expect(revs[1].html).toContain('<p>Đoạn giữa đã sửa.</p>');

    const cmp = await api.gql(COMPARE, { id: p.id, from: 1, to: 2 }, { token: editor });
    const c = cmp.data!.comparePostRevisions;
    expect(c.changes).toContainEqual({
      field: 'title',
      label: 'Tiêu đề',
      before: 'Lễ phát động phong trào',
      after: 'Lễ phát động phong trào thi đua',
    });
    expect(c.body).toEqual([
      { op: 'EQUAL', text: 'Đoạn mở đầu.' },
      { op: 'REMOVED', text: 'Đoạn giữa.' },
      { op: 'ADDED', text: 'Đoạn giữa đã sửa.' },
      { op: 'EQUAL', text: 'Đoạn kết.' },
      { op: 'ADDED', text: 'Đoạn thêm.' },
    ]);

    const first = revs.find((x: any) => x.number === 1);
    const restored = await api.gql(RESTORE, { id: p.id, rev: first.id, v: 3 }, { token: editor });
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restorePostRevision).toMatchObject({
      version: 4,
      title: 'Lễ phát động phong trào',
    });
    expect(restored.data!.restorePostRevision.html).toBe(
      '<p>Đoạn mở đầu.</p><p>Đoạn giữa.</p><p>Đoạn kết.</p>',
    );
    const after = await api.gql(REVISIONS, { id: p.id }, { token: editor });
    expect(after.data!.postById.revisions[0]).toMatchObject({
      number: 4,
      note: 'Khôi phục từ phiên bản 1',
    });
    const [a] = await api.sql(
      `select actor_name, details from audit_entry where action = 'CONTENT_REVISION_RESTORED' and details->>'postId' = $1`,
      [p.id],
    );
    expect(a).toMatchObject({ actor_name: 'Biên Tập Viên', details: { restored: 1, version: 4 } });
  });
});

describe('two editors on one post', () => {
  it('refuses a save made from a stale version with a message naming who saved, and changes nothing', async () => {
    const p = await createPost(api, editor, { title: 'Bài hai người cùng sửa' });
    // The admin saves first (version 1 → 2) …
    const first = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 1, input: postInput({ title: 'Bản của quản trị viên' }) },
      { token: admin },
    );
    expect(first.data!.updatePost.version).toBe(2);
    const before = await footprint(p.id);
    // … then the editor, still on version 1.
    const stale = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 1, input: postInput({ title: 'Bản của biên tập viên' }) },
      { token: editor },
    );
    expect(stale.data).toBeNull();
    const e = stale.errors![0]!;
    expect(e.extensions!.code).toBe('CONFLICT');
    expect(e.message).toMatch(/Quản Trị Viên lưu lúc \d\d:\d\d ngày \d\d\/\d\d\/2026/);
    expect(e.message).toMatch(/phiên bản 2, bạn đang sửa phiên bản 1/);
    expect(e.extensions).toMatchObject({
      reason: 'STALE_VERSION',
      currentVersion: 2,
      savedBy: { fullName: 'Quản Trị Viên' },
    });
    expect(await footprint(p.id)).toEqual(before);
    // Restoring from a stale version is refused the same way.
    const [rev] = await api.sql('select id from post_revision where post_id = $1 and number = 1', [
      p.id,
    ]);
    const r = await api.gql(RESTORE, { id: p.id, rev: rev.id, v: 1 }, { token: editor });
    expect(r.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await footprint(p.id)).toEqual(before);
  });

  it('gives the edit lock to one editor; the other gets CONFLICT naming the holder and cannot save', async () => {
    const p = await createPost(api, editor, { title: 'Bài đang được khóa' });
    const mine = await api.gql(LOCK, { id: p.id }, { token: admin });
    expect(mine.data!.acquireEditLock).toMatchObject({
      by: { fullName: 'Quản Trị Viên' },
      mine: true,
    });
    const other = await api.gql(LOCK, { id: p.id }, { token: editor });
    expect(other.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LOCKED',
      lockedBy: { fullName: 'Quản Trị Viên' },
    });
    expect(other.errors![0]!.message).toMatch(/^Quản Trị Viên đang sửa bài này/);

    const before = await footprint(p.id);
    const save = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 1, input: postInput({ title: 'Sửa khi người khác giữ khóa' }) },
      { token: editor },
    );
    expect(save.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LOCKED' });
    expect(await footprint(p.id)).toEqual(before);

    // The holder may save; the lock is visible on the post to both.
    const own = await api.gql(
      UPDATE_POST,
      { id: p.id, v: 1, input: postInput({ title: 'Quản trị viên sửa' }) },
      { token: admin },
    );
    expect(own.errors).toBeUndefined();
    const seen = await api.gql(
      `query ($id: ID!) { postById(id: $id) { lock { by { fullName } mine } } }`,
      { id: p.id },
      { token: editor },
    );
    expect(seen.data!.postById.lock).toEqual({ by: { fullName: 'Quản Trị Viên' }, mine: false });

    // Released: the editor gets it.
    expect((await api.gql(UNLOCK, { id: p.id }, { token: admin })).data!.releaseEditLock).toBe(
      true,
    );
    expect((await api.gql(LOCK, { id: p.id }, { token: editor })).data!.acquireEditLock.mine).toBe(
      true,
    );
    // A lock left behind expires after five minutes.
    clock.advance(5 * 60_000 + 1000);
    expect((await api.gql(LOCK, { id: p.id }, { token: admin })).data!.acquireEditLock.mine).toBe(
      true,
    );
  });
});

describe('rich text is sanitised', () => {
  it('never lets a script, an event handler or a javascript: link reach the rendered HTML', async () => {
    const hostile = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)', style: 'color:red' },
          content: [
            { type: 'text', text: '<script>alert("x")</script><img src=x onerror=alert(1)>' },
            {
              type: 'text',
              text: 'bấm vào đây',
              marks: [{ type: 'link', attrs: { href: ' JaVa\nScRiPt:alert(document.cookie)' } }],
            },
            {
              type: 'text',
              text: ' dữ liệu',
              marks: [
                { type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } },
              ],
            },
            {
              type: 'text',
              text: ' trang xã',
              marks: [
                { type: 'link', attrs: { href: 'https://nhuthanh.thanhhoa.gov.vn/?a=1&b="2"' } },
              ],
            },
          ],
        },
        { type: 'rawHtml', attrs: { html: '<script>alert(2)</script>' } },
        { type: 'image', attrs: { src: 'javascript:alert(3)', onerror: 'alert(4)' } },
        {
          type: 'heading',
          attrs: { level: 1, onmouseover: 'x' },
          content: [{ type: 'text', text: 'Tiêu đề' }],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'lost' }] },
      ],
    };
    const p = await createPost(api, editor, { title: 'Bài thử làm sạch nội dung', body: hostile });
    // Escaped text may mention "onerror": what matters is that no tag carries a handler, a style
    // or a dangerous URL, and that no script element exists.
    expect(p.html).not.toMatch(/<script/i);
    expect(p.html).not.toMatch(/<[^>]*\s(on[a-z]+|style)\s*=/i);
    expect(p.html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    expect(p.html).toBe(
      '<p>&lt;script&gt;alert("x")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;bấm vào đây dữ liệu' +
        '<a href="https://nhuthanh.thanhhoa.gov.vn/?a=1&amp;b=%222%22" rel="noopener noreferrer nofollow"> trang xã</a></p>' +
        '<h2>Tiêu đề</h2>',
    );
    // What is stored is the cleaned document, not the input.
    const [row] = await api.sql('select body::text as body from post where id = $1', [p.id]);
    expect(row.body).not.toMatch(/rawHtml|onclick|javascript|codeBlock|onerror"|data:text/i);
  });

  it('cleans HTML pasted from Word or the web into the editor document', async () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style>
      <!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head><body>
      <h1 style="mso-outline-level:1">Thể lệ <span style="color:red">cuộc thi</span></h1>
      <p class=MsoNormal style='mso-margin-top-alt:auto' onclick="steal()">Đoạn <b>đậm</b> và <i>nghiêng</i>
        <a href="javascript:alert(1)">xấu</a> <a href="https://nhuthanh.gov.vn/">tốt</a><o:p></o:p></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Mục một</p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Mục hai</p>
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Bước một</p>
      <script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>
      </body></html>`;
    const r = await api.gql(CLEAN, { html: word }, { token: editor });
    expect(r.errors).toBeUndefined();
    const { html, doc: d } = r.data!.cleanPastedHtml;
    expect(html).not.toMatch(
      /<script|onerror|onclick|javascript:|style=|class=|mso-|<o:p|<img|<iframe/i,
    );
    expect(html).toContain('<a href="https://nhuthanh.gov.vn/">tốt</a>');
    expect(d.content.map((n: any) => n.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'orderedList',
    ]);
    expect(d.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Thể lệ cuộc thi' }],
    });
    expect(d.content[2].content.map((li: any) => li.content[0].content[0].text)).toEqual([
      'Mục một',
      'Mục hai',
    ]);
    expect(JSON.stringify(d)).not.toMatch(/javascript|onclick|mso/i);
    // Saved as a post, it renders to the same safe HTML.
    const p = await createPost(api, editor, { title: 'Bài dán từ Word', body: d });
    expect(p.html).toContain('<ul><li><p>Mục một</p></li><li><p>Mục hai</p></li></ul>');
    expect(p.html).not.toMatch(/javascript:/);
  });
});

describe('access', () => {
  it('shows the public only published posts', async () => {
    const draft = await createPost(api, editor, { title: 'Bản nháp chưa đăng về nông thôn mới' });
    const pub = await createPost(api, editor, { title: 'Bài đã đăng về nông thôn mới' });
    await api.gql(PUBLISH_POST, { id: pub.id }, { token: editor });
    const list = await api.gql(POSTS, { search: 'nong thon moi' });
    expect(list.data!.posts.nodes.map((n: any) => n.id)).toEqual([pub.id]);
    expect(list.data!.posts.totalCount).toBe(1);
    // Asking for drafts as the public changes nothing.
    const drafts = await api.gql(POSTS, { status: 'DRAFT', search: 'nong thon moi' });
    expect(drafts.data!.posts.nodes.map((n: any) => n.id)).toEqual([pub.id]);
    expect((await api.gql(POST_BY_SLUG, { slug: draft.slug })).data!.post.post).toBeNull();
    const byId = await api.gql(`query ($id: ID!) { postById(id: $id) { id } }`, { id: draft.id });
    expect(byId.data!.postById).toBeNull();
    // Editors' fields are not for the public.
    const body = await api.gql(`query ($s: String!) { post(slug: $s) { post { title body } } }`, {
      s: pub.slug,
    });
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets the hub read drafts but only editors and admins write', async () => {
    const draft = await createPost(api, editor, { title: 'Bản nháp hub đọc được' });
    const seen = await api.gql(POSTS, { status: 'DRAFT', search: 'hub doc duoc' }, { token: hub });
    expect(seen.data!.posts.nodes.map((n: any) => n.id)).toEqual([draft.id]);

    for (const [token, code] of [
      [council, 'FORBIDDEN'],
      [hub, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const created = await api.gql(CREATE_POST, { input: postInput() }, { token });
      expect(created.errors![0]!.extensions!.code).toBe(code);
      const updated = await api.gql(
        UPDATE_POST,
        { id: draft.id, v: 1, input: postInput({ title: 'Không được sửa' }) },
        { token },
      );
      expect(updated.errors![0]!.extensions!.code).toBe(code);
      const published = await api.gql(PUBLISH_POST, { id: draft.id }, { token });
      expect(published.errors![0]!.extensions!.code).toBe(code);
    }
    const [row] = await api.sql('select status, version from post where id = $1', [draft.id]);
    expect(row).toEqual({ status: 'DRAFT', version: 1 });
  });
});

describe('publishing', () => {
  it('moves draft → published → archived → draft, audited, and refuses to schedule a published post', async () => {
    const p = await createPost(api, editor, { title: 'Bài đăng rồi lưu trữ' });
    clock.advance(1000);
    const pub = await api.gql(PUBLISH_POST, { id: p.id }, { token: editor });
    expect(pub.data!.publishPost.status).toBe('PUBLISHED');
    expect((await api.gql(POST_BY_SLUG, { slug: p.slug })).data!.post.post.id).toBe(p.id);

    const sched = await api.gql(
      `mutation ($id: ID!, $at: DateTimeISO!) { schedulePost(id: $id, at: $at) { id } }`,
      { id: p.id, at: new Date(clock.now().getTime() + 3_600_000).toISOString() },
      { token: editor },
    );
    expect(sched.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');

    clock.advance(1000);
    const archived = await api.gql(
      `mutation ($id: ID!) { archivePost(id: $id) { status } }`,
      { id: p.id },
      { token: admin },
    );
    expect(archived.data!.archivePost.status).toBe('ARCHIVED');
    expect((await api.gql(POST_BY_SLUG, { slug: p.slug })).data!.post.post).toBeNull();
    clock.advance(1000);
    const back = await api.gql(
      `mutation ($id: ID!) { unpublishPost(id: $id) { status publishedAt } }`,
      { id: p.id },
      { token: editor },
    );
    expect(back.data!.unpublishPost).toEqual({ status: 'DRAFT', publishedAt: null });

    const audits = await api.sql(
      `select action, actor_name, details->>'from' as from from audit_entry
        where details->>'postId' = $1 order by created_at, action`,
      [p.id],
    );
    expect(audits.map((a) => [a.action, a.actor_name, a.from])).toEqual([
      ['CONTENT_PUBLISHED', 'Biên Tập Viên', 'DRAFT'],
      ['CONTENT_ARCHIVED', 'Quản Trị Viên', 'PUBLISHED'],
      ['CONTENT_UNPUBLISHED', 'Biên Tập Viên', 'ARCHIVED'],
    ]);
  });
});

describe('preview links', () => {
  it('show a draft exactly as the public site will, until they expire; a tampered token is refused', async () => {
    const p = await createPost(api, editor, {
      title: 'Bản nháp để xem trước',
      body: doc('Nội dung xem trước.'),
    });
    const link = await api.gql(PREVIEW_LINK, { id: p.id }, { token: editor });
    const url = new URL(link.data!.createPreviewLink);
    expect(url.origin + url.pathname).toBe('http://localhost:3000/xem-truoc');
    const token = url.searchParams.get('token')!;

    const ok = await api.gql(PREVIEW, { t: token });
    expect(ok.data!.contentPreview).toEqual({
      id: p.id,
      title: 'Bản nháp để xem trước',
      status: 'DRAFT',
      html: '<p>Nội dung xem trước.</p>',
    });

    const [payload, sig] = token.split('.');
    const other = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        e: Date.now() + 9e9,
      }),
    ).toString('base64url');
    for (const bad of [`${other}.${sig}`, `${payload}.${sig!.slice(0, -2)}xx`, 'rac', '']) {
      const r = await api.gql(PREVIEW, { t: bad });
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PREVIEW_INVALID',
      });
    }
    // The public cannot ask for a preview link.
    expect((await api.gql(PREVIEW_LINK, { id: p.id })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );

    clock.advance(2 * 3_600_000 + 1000);
    const expired = await api.gql(PREVIEW, { t: token });
    expect(expired.errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PREVIEW_EXPIRED',
    });
    expect(expired.errors![0]!.message).toMatch(/hết hạn/);
  });
});
