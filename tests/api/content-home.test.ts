import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';
import { createPost, PUBLISH_POST, POSTS, uploadImage } from '../helpers/content.js';

let api: TestApi;
const clock = new TestClock();
let editor: string;
let hub: string;
let t: Triage;

const FEATURED = `{ featured { id position hiddenReason idea { id title } post { id title } } }`;
const SET_FEATURED = `mutation ($items: [FeaturedInput!]!) {
  setFeatured(items: $items) { position hiddenReason idea { id } post { id } } }`;
const VERSION = `{ contentVersion }`;
const SET_CONSENT = `mutation ($t: String!, $k: ConsentKind!, $g: Boolean!) {
  setMyConsent(token: $t, kind: $k, given: $g, guardianConsent: false) { publiclyVisible } }`;
const TRACK = `query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token } }`;
const SAVE_BANNER = `mutation ($id: ID, $input: BannerInput!) {
  saveBanner(id: $id, input: $input) { id title status startsAt endsAt position image { id alt } } }`;

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false } });
  [editor, hub] = await Promise.all([api.login(TEST_STAFF.editor), api.login(TEST_STAFF.hub)]);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

/** An idea the public may see: rights established by the hub, then published. */
async function publicIdea(title: string, phone: string) {
  const idea = await t.newIdea({
    title,
    author: { fullName: 'Phạm Văn Công', email: `${phone}@example.com`, phone },
  });
  const est = await api.gql(
    `mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id } }`,
    { i: { ideaId: idea.id, status: 'ESTABLISHED', reason: 'Đủ điều kiện công khai.' } },
    { token: hub },
  );
  if (est.errors) throw new Error(JSON.stringify(est.errors));
  const pub = await api.gql(
    `mutation ($id: ID!) { setIdeaPublished(id: $id, published: true) { id } }`,
    { id: idea.id },
    { token: hub },
  );
  if (pub.errors) throw new Error(JSON.stringify(pub.errors));
  return idea;
}

async function withdrawPublication(trackingCode: string, phone: string) {
  const tr = await api.gql(TRACK, { c: trackingCode, k: phone });
  const r = await api.gql(SET_CONSENT, {
    t: tr.data!.trackIdea.token,
    k: 'PUBLISH_CONTENT',
    g: false,
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
}

describe('featured items', () => {
  it('accept only ideas the rights gate lets the public see, and drop them when consent is withdrawn', async () => {
    const shown = await publicIdea('Mã QR tra cứu thủ tục tại nhà văn hóa', '0912000111');
    const unpublished = await t.newIdea({ title: 'Ý tưởng chưa xác lập quyền tác giả' });
    const post = await createPost(api, editor, { title: 'Bài nổi bật trên trang chủ' });
    await api.gql(PUBLISH_POST, { id: post.id }, { token: editor });

    const refused = await api.gql(
      SET_FEATURED,
      { items: [{ ideaId: shown.id }, { ideaId: unpublished.id }] },
      { token: editor },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(refused.errors![0]!.message).toMatch(/Chưa thể đưa ý tưởng "Ý tưởng chưa xác lập/);
    expect(refused.errors![0]!.extensions!.missing).toEqual(
      expect.arrayContaining([expect.stringMatching(/chưa được cơ quan đầu mối công khai/)]),
    );
    expect(await api.sql('select id from featured_item')).toEqual([]);

    const ok = await api.gql(
      SET_FEATURED,
      { items: [{ postId: post.id }, { ideaId: shown.id }] },
      { token: editor },
    );
    expect(ok.errors).toBeUndefined();
    const v1 = (await api.gql(VERSION)).data!.contentVersion;
    const pub = (await api.gql(FEATURED)).data!.featured;
    expect(pub.map((f: any) => [f.position, f.post?.id ?? f.idea?.id])).toEqual([
      [0, post.id],
      [1, shown.id],
    ]);

    // The author withdraws consent to publication: gone from the home page at once.
    await withdrawPublication(shown.trackingCode, '0912000111');
    const after = (await api.gql(FEATURED)).data!.featured;
    expect(after.map((f: any) => f.post?.id ?? f.idea?.id)).toEqual([post.id]);
    expect((await api.gql(VERSION)).data!.contentVersion).not.toBe(v1);
    // Editors still see the item, with the reason it is hidden.
    const staff = (await api.gql(FEATURED, {}, { token: editor })).data!.featured;
    expect(staff[1]).toMatchObject({
      position: 1,
      hiddenReason: expect.stringMatching(/không còn được phép công khai/),
    });
    const [audit] = await api.sql(
      `select actor_name from audit_entry where action = 'FEATURED_CHANGED'`,
    );
    expect(audit.actor_name).toBe('Biên Tập Viên');
  });

  it('are chosen by editors only', async () => {
    const r = await api.gql(SET_FEATURED, { items: [] }, { token: hub });
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('idea embeds in posts', () => {
  it('render a card only while the idea may be public', async () => {
    const idea = await publicIdea('Tưới nhỏ giọt cho mía đồi', '0912000222');
    const hidden = await t.newIdea({ title: 'Ý tưởng còn trong hồ sơ' });
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Mời bà con xem:' }] },
        { type: 'ideaEmbed', attrs: { ideaId: idea.id } },
        { type: 'ideaEmbed', attrs: { ideaId: hidden.id } },
      ],
    };
    const p = await createPost(api, editor, { title: 'Giới thiệu ý tưởng hay', body });
    await api.gql(PUBLISH_POST, { id: p.id }, { token: editor });
    const html = async () =>
      (await api.gql(`query ($s: String!) { post(slug: $s) { post { html } } }`, { s: p.slug }))
        .data!.post.post.html as string;
    const first = await html();
    expect(first).toContain(
      `<aside class="kn-idea-embed"><p class="kn-idea-embed-label">Ý tưởng</p><h3><a href="/y-tuong/${idea.id}">Tưới nhỏ giọt cho mía đồi</a></h3>`,
    );
    expect(first).not.toContain(hidden.id);
    expect(first).not.toContain('còn trong hồ sơ');
    await withdrawPublication(idea.trackingCode, '0912000222');
    expect(await html()).toBe('<p>Mời bà con xem:</p>');
  });
});

describe('banners', () => {
  it('show the public only published banners inside their time window; editors see all', async () => {
    const image = await uploadImage(api, editor, { alt: 'Băng-rôn phát động phong trào' });
    const now = clock.now().getTime();
    const live = await api.gql(
      SAVE_BANNER,
      {
        input: {
          title: 'Phát động phong trào thi đua 2026–2030',
          linkUrl: '/gui-y-tuong',
          imageId: image.id,
          status: 'PUBLISHED',
          position: 1,
        },
      },
      { token: editor },
    );
    expect(live.data!.saveBanner.image).toEqual({
      id: image.id,
      alt: 'Băng-rôn phát động phong trào',
    });
    await api.gql(
      SAVE_BANNER,
      {
        input: {
          title: 'Sơ kết năm 2028',
          status: 'PUBLISHED',
          startsAt: new Date(now + 2 * 3_600_000).toISOString(),
          position: 0,
        },
      },
      { token: editor },
    );
    await api.gql(
      SAVE_BANNER,
      { input: { title: 'Bản nháp băng-rôn', status: 'DRAFT' } },
      { token: editor },
    );

    const titles = async (token?: string) =>
      (await api.gql(`{ banners { title } }`, {}, { token })).data!.banners.map(
        (b: any) => b.title,
      );
    expect(await titles()).toEqual(['Phát động phong trào thi đua 2026–2030']);
    expect(await titles(editor)).toHaveLength(3);
    const before = (await api.gql(VERSION)).data!.contentVersion;
    clock.advance(2 * 3_600_000 + 1000);
    expect(await titles()).toEqual(['Sơ kết năm 2028', 'Phát động phong trào thi đua 2026–2030']);
    expect((await api.gql(VERSION)).data!.contentVersion).not.toBe(before);

    const bad = await api.gql(
      SAVE_BANNER,
      { input: { title: 'Liên kết xấu', linkUrl: 'javascript:alert(1)', status: 'DRAFT' } },
      { token: editor },
    );
    expect(bad.errors![0]!.extensions!.fieldErrors.linkUrl).toBeTruthy();
  });

  it('takes a deleted banner off the home page at once, and lets only editors delete', async () => {
    const saved = await api.gql(
      SAVE_BANNER,
      { input: { title: 'Ngày hội ý tưởng thôn', status: 'PUBLISHED', position: 5 } },
      { token: editor },
    );
    const id = saved.data!.saveBanner.id;
    const titles = async () =>
      (await api.gql(`{ banners { title } }`)).data!.banners.map((b: any) => b.title);
    expect(await titles()).toContain('Ngày hội ý tưởng thôn');
    const DELETE = 'mutation ($id: ID!) { deleteBanner(id: $id) }';
    expect((await api.gql(DELETE, { id }, { token: hub })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(DELETE, { id })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await titles()).toContain('Ngày hội ý tưởng thôn');

    const before = (await api.gql(VERSION)).data!.contentVersion;
    expect((await api.gql(DELETE, { id }, { token: editor })).data!.deleteBanner).toBe(true);
    expect(await titles()).not.toContain('Ngày hội ý tưởng thôn');
    expect((await api.gql(VERSION)).data!.contentVersion).not.toBe(before);
    const [log] = await api.sql(
      `select details from audit_entry where action = 'BANNER_CHANGED' and details->>'bannerId' = $1
        and (details->>'deleted')::boolean`,
      [id],
    );
    expect(log.details.title).toBe('Ngày hội ý tưởng thôn');
    // Deleting it again, or an unknown banner, changes nothing.
    expect((await api.gql(DELETE, { id }, { token: editor })).data!.deleteBanner).toBe(false);
  });
});

describe('tags', () => {
  it('group posts by campaign and field, and filter the list', async () => {
    const cat = t.cat;
    const campaignTag = await api.gql(
      `mutation ($i: TagInput!) { createTag(input: $i) { id slug name kind } }`,
      { i: { name: 'Phong trào 2026–2030', kind: 'CAMPAIGN', campaignId: cat.campaignId } },
      { token: editor },
    );
    expect(campaignTag.data!.createTag).toMatchObject({
      slug: 'phong-trao-2026-2030',
      kind: 'CAMPAIGN',
    });
    const fieldTag = await api.gql(
      `mutation ($i: TagInput!) { createTag(input: $i) { id slug } }`,
      { i: { name: 'Chuyển đổi số', kind: 'FIELD' } },
      { token: editor },
    );
    expect(fieldTag.data!.createTag.slug).toBe('chuyen-doi-so');
    const dup = await api.gql(
      `mutation ($i: TagInput!) { createTag(input: $i) { id } }`,
      { i: { name: 'Chuyển đổi số', kind: 'FIELD' } },
      { token: editor },
    );
    expect(dup.errors![0]!.extensions!.fieldErrors.name).toMatch(/Đã có thẻ/);

    const tagged = await createPost(api, editor, {
      title: 'Tập huấn chuyển đổi số cho cán bộ thôn',
      tagIds: [campaignTag.data!.createTag.id, fieldTag.data!.createTag.id],
    });
    await createPost(api, editor, { title: 'Bài không gắn thẻ' });
    await api.gql(PUBLISH_POST, { id: tagged.id }, { token: editor });
    expect(tagged.tags.map((x: any) => x.slug).sort()).toEqual([
      'chuyen-doi-so',
      'phong-trao-2026-2030',
    ]);
    const list = await api.gql(POSTS, { tag: 'chuyen-doi-so' });
    expect(list.data!.posts.nodes.map((n: any) => n.id)).toEqual([tagged.id]);
    const all = await api.gql(`{ tags(kind: FIELD) { slug } }`);
    expect(all.data!.tags).toEqual([{ slug: 'chuyen-doi-so' }]);
  });
});

describe('SEO', () => {
  it('gives idea pages a title, description and share image set by editors', async () => {
    const idea = await publicIdea('Bản đồ số điểm bán OCOP', '0912000333');
    const image = await uploadImage(api, editor, { alt: 'Bản đồ OCOP' });
    const r = await api.gql(
      `mutation ($id: ID!, $i: SeoInput!) { setIdeaSeo(ideaId: $id, input: $i) { id } }`,
      {
        id: idea.id,
        i: {
          seoTitle: 'Bản đồ OCOP xã Như Thanh',
          seoDescription: 'Tìm điểm bán.',
          ogImageId: image.id,
        },
      },
      { token: editor },
    );
    expect(r.errors).toBeUndefined();
    const seen = await api.gql(
      `query ($id: ID!) { idea(id: $id) { seoTitle seoDescription ogImage { variants { name width height } } } }`,
      { id: idea.id },
    );
    expect(seen.data!.idea).toMatchObject({
      seoTitle: 'Bản đồ OCOP xã Như Thanh',
      seoDescription: 'Tìm điểm bán.',
    });
    expect(seen.data!.idea.ogImage.variants).toContainEqual({
      name: 'og',
      width: 1200,
      height: 630,
    });
  });

  it('changes the content version when a post is published', async () => {
    const before = (await api.gql(VERSION)).data!.contentVersion;
    expect((await api.gql(VERSION)).data!.contentVersion).toBe(before);
    const p = await createPost(api, editor, { title: 'Tin mới làm đổi phiên bản' });
    expect((await api.gql(VERSION)).data!.contentVersion).toBe(before);
    await api.gql(PUBLISH_POST, { id: p.id }, { token: editor });
    expect((await api.gql(VERSION)).data!.contentVersion).not.toBe(before);
  });

  it('changes the content version when what pages show beside posts changes: a picture, a tag', async () => {
    const image = await uploadImage(api, editor, { alt: 'Ảnh trước khi sửa mô tả' });
    const before = (await api.gql(VERSION)).data!.contentVersion;
    const r = await api.gql(
      `mutation ($id: ID!, $input: MediaInput!) { updateMedia(id: $id, input: $input) { alt } }`,
      { id: image.id, input: { alt: 'Ảnh sau khi sửa mô tả', focalX: 0.2, focalY: 0.3 } },
      { token: editor },
    );
    expect(r.errors).toBeUndefined();
    const afterMedia = (await api.gql(VERSION)).data!.contentVersion;
    expect(afterMedia).not.toBe(before);
    await api.gql(
      `mutation ($i: TagInput!) { createTag(input: $i) { id } }`,
      { i: { name: 'Thẻ làm đổi phiên bản', kind: 'TOPIC' } },
      { token: editor },
    );
    expect((await api.gql(VERSION)).data!.contentVersion).not.toBe(afterMedia);
  });

  it('changes the content version when a picture changes, even if a newer one carries a later time', async () => {
    const older = await uploadImage(api, editor, { alt: 'Ảnh cũ' });
    // A picture added while the clock stands years ahead (a moved test clock, a skewed server):
    // its time is later than that of any edit made now.
    const saved = clock.now();
    clock.set(new Date(Date.now() + 3 * 365 * 86_400_000));
    editor = await api.login(TEST_STAFF.editor);
    await uploadImage(api, editor, { alt: 'Ảnh của tương lai' });
    clock.set(saved);
    editor = await api.login(TEST_STAFF.editor);
    const before = (await api.gql(VERSION)).data!.contentVersion;
    await api.gql(
      `mutation ($id: ID!, $input: MediaInput!) { updateMedia(id: $id, input: $input) { alt } }`,
      { id: older.id, input: { alt: 'Ảnh cũ, mô tả mới' } },
      { token: editor },
    );
    expect((await api.gql(VERSION)).data!.contentVersion).not.toBe(before);
  });
});
