import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { ALL_CONSENTS, Triage } from '../helpers/triage.js';

let api: TestApi;
let hub: string;
let officerA: string;
let t: Triage;

const TRACK = `query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) {
  token publiclyVisible rightsStatus
  me { id role share consents { kind self guardian effective } }
  authors { fullName role share confirmed isMe }
} }`;
const PUBLIC_IDEA = `query ($id: ID!) { idea(id: $id) { id title confidential authors { displayName role share } origin { ownWork } } }`;
const ESTABLISH = `mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id rightsStatus } }`;
const PUBLISH = `mutation ($id: ID!, $p: Boolean!) { setIdeaPublished(id: $id, published: $p) { id publishedAt } }`;
const SET_CONSENT = `mutation ($t: String!, $k: ConsentKind!, $g: Boolean!, $gc: Boolean! = false) {
  setMyConsent(token: $t, kind: $k, given: $g, guardianConsent: $gc) { publiclyVisible me { consents { kind self guardian effective } } }
}`;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  [hub, officerA] = await Promise.all([api.login(TEST_STAFF.hub), api.login(TEST_STAFF.officerA)]);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

async function establish(ideaId: string) {
  const r = await api.gql(
    ESTABLISH,
    { i: { ideaId, status: 'ESTABLISHED', reason: 'Đủ điều kiện.' } },
    { token: hub },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
}

async function track(trackingCode: string, contact: string) {
  const r = await api.gql(TRACK, { c: trackingCode, k: contact });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.trackIdea;
}

/** Counts the rows an attempt could have written, to show that a refusal wrote nothing. */
async function footprint(ideaId: string) {
  const [row] = await api.sql(
    `select i.status, i.published_at, i.honoured_at, i.rights_status,
            (select count(*) from idea_event where idea_id = i.id) as events,
            (select count(*) from audit_entry where idea_id = i.id) as audits,
            (select count(*) from pilot where idea_id = i.id) as pilots,
            (select count(*) from adoption where idea_id = i.id) as adoptions,
            (select count(*) from outbound_message where idea_id = i.id) as messages
       from idea i where i.id = $1`,
    [ideaId],
  );
  return row;
}

describe('authorship and shares', () => {
  it('refuses shares that do not sum to 100 % and writes nothing', async () => {
    const before = await api.sql('select count(*)::int as n from idea');
    const r = await t
      .newIdea({
        author: { fullName: 'Lò Văn Chia', email: 'chia@example.com', share: 50 },
        coAuthors: [{ fullName: 'Hà Thị Phần', email: 'phan@example.com', share: 30 }],
      })
      .catch((e: Error) => e);
    expect(String(r)).toMatch(/bằng 100 %.*hiện là 80 %/);
    const after = await api.sql('select count(*)::int as n from idea');
    expect(after[0].n).toBe(before[0].n);

    const { id } = await t.newIdea({
      coAuthors: [{ fullName: 'Hà Thị Phần', email: 'phan2@example.com', share: 30 }],
    });
    const authors = await api.sql(
      `select id, role, share from authorship where idea_id = $1 order by role desc`,
      [id],
    );
    expect(authors.map((a) => [a.role, a.share])).toEqual([
      ['LEAD', 70],
      ['CO_AUTHOR', 30],
    ]);
    const bad = await api.gql(
      `mutation ($id: ID!, $s: [AuthorShareInput!]!) { setAuthorShares(ideaId: $id, shares: $s, reason: "Thỏa thuận lại") { id } }`,
      {
        id,
        s: [
          { authorId: authors[0].id, share: 60 },
          { authorId: authors[1].id, share: 30 },
        ],
      },
      { token: hub },
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fieldErrors.shares).toMatch(/100 %.*90 %/);
    const unchanged = await api.sql(
      `select share from authorship where idea_id = $1 order by role desc`,
      [id],
    );
    expect(unchanged.map((a) => a.share)).toEqual([70, 30]);

    const ok = await api.gql(
      `mutation ($id: ID!, $s: [AuthorShareInput!]!) { setAuthorShares(ideaId: $id, shares: $s, reason: "Thỏa thuận lại") { authors { role share } } }`,
      {
        id,
        s: [
          { authorId: authors[0].id, share: 55 },
          { authorId: authors[1].id, share: 45 },
        ],
      },
      { token: hub },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setAuthorShares.authors.map((a: any) => a.share)).toEqual([55, 45]);
  });

  it('credits a co-author only after they confirm through the one-time link', async () => {
    const coEmail = `dong.tac.gia.${Date.now()}@example.com`;
    const { id, trackingCode } = await t.newIdea({
      coAuthors: [{ fullName: 'Phạm Văn Đồng Hành', email: coEmail, share: 40 }],
    });
    // The invitation went out by email (the edge we capture).
    await api.jobs.drain();
    const mail = api.senders.sent.find((m) => m.recipient === coEmail);
    expect(mail?.body).toMatch(/dong-tac-gia\?ma=/);
    const code = /dong-tac-gia\?ma=([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;

    // Not credited yet: rights cannot be established, the public never sees them.
    const refused = await api.gql(
      ESTABLISH,
      { i: { ideaId: id, status: 'ESTABLISHED', reason: 'Thử xác lập' } },
      { token: hub },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(refused.errors![0]!.message).toMatch(/1 đồng tác giả chưa xác nhận/);
    const staff = await api.gql(
      'query ($id: ID!) { idea(id: $id) { authors { displayName confirmed invitationPending invitationExpiresAt } } }',
      { id },
      { token: hub },
    );
    const pending = staff.data!.idea.authors.find(
      (a: any) => a.displayName === 'Phạm Văn Đồng Hành',
    );
    expect(pending).toMatchObject({ confirmed: false, invitationPending: true });
    // The link the staff can tell the co-author about expires 30 days after it was sent.
    const [row] = await api.sql(
      `select a.invitation_expires_at as expires from authorship a where a.idea_id = $1 and a.role = 'CO_AUTHOR'`,
      [id],
    );
    expect(pending.invitationExpiresAt).toBe(row.expires.toISOString());
    // Nobody else sees when it expires.
    const lead = staff.data!.idea.authors.find((a: any) => a.displayName === 'Nguyễn Thị Thử');
    expect(lead.invitationExpiresAt).toBeNull();
    // The co-author cannot follow the idea before confirming.
    const early = await api.gql(TRACK, { c: trackingCode, k: coEmail });
    expect(early.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const invitation = await api.gql(
      'query ($c: String!) { coAuthorInvitation(code: $c) { ideaTitle leadName fullName share notice { version } } }',
      { c: code },
    );
    expect(invitation.data!.coAuthorInvitation).toMatchObject({
      leadName: 'Nguyễn Thị Thử',
      fullName: 'Phạm Văn Đồng Hành',
      share: 40,
      notice: { version: 1 },
    });
    const noConsent = await api.gql(
      'mutation ($c: String!, $i: InvitationAnswerInput!) { answerCoAuthorInvitation(code: $c, input: $i) { accepted } }',
      { c: code, i: { accept: true, consents: { noticeVersion: 1, processData: false } } },
    );
    expect(noConsent.errors![0]!.extensions!.fieldErrors['consents.processData']).toBeTruthy();
    const answer = await api.gql(
      'mutation ($c: String!, $i: InvitationAnswerInput!) { answerCoAuthorInvitation(code: $c, input: $i) { accepted trackingCode message } }',
      { c: code, i: { accept: true, consents: { ...ALL_CONSENTS } } },
    );
    expect(answer.data!.answerCoAuthorInvitation).toMatchObject({ accepted: true, trackingCode });
    // One-time: the link no longer works.
    const again = await api.gql(
      'mutation ($c: String!, $i: InvitationAnswerInput!) { answerCoAuthorInvitation(code: $c, input: $i) { accepted } }',
      { c: code, i: { accept: false } },
    );
    expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    // Now credited: they track the idea with their own contact and appear publicly by name.
    const mine = await track(trackingCode, coEmail);
    expect(mine.me).toMatchObject({ role: 'CO_AUTHOR', share: 40 });
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    const pub = await api.gql(PUBLIC_IDEA, { id });
    expect(pub.data!.idea.authors).toEqual([
      { displayName: 'Nguyễn Thị Thử', role: 'LEAD', share: 60 },
      { displayName: 'Phạm Văn Đồng Hành', role: 'CO_AUTHOR', share: 40 },
    ]);
  });

  it('gives a declined share back to the lead and never credits the decliner', async () => {
    const coEmail = `tu.choi.${Date.now()}@example.com`;
    const { id } = await t.newIdea({
      coAuthors: [{ fullName: 'Người Từ Chối', email: coEmail, share: 25 }],
    });
    await api.jobs.drain();
    const mail = api.senders.sent.find((m) => m.recipient === coEmail)!;
    const code = /dong-tac-gia\?ma=([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
    const r = await api.gql(
      'mutation ($c: String!) { answerCoAuthorInvitation(code: $c, input: { accept: false }) { accepted message } }',
      { c: code },
    );
    expect(r.data!.answerCoAuthorInvitation.accepted).toBe(false);
    const rows = await api.sql(
      `select role, share, declined_at is not null as declined from authorship where idea_id = $1 order by role desc`,
      [id],
    );
    expect(rows).toEqual([
      { role: 'LEAD', share: 100, declined: false },
      { role: 'CO_AUTHOR', share: 0, declined: true },
    ]);
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    const pub = await api.gql(PUBLIC_IDEA, { id });
    expect(pub.data!.idea.authors).toEqual([
      { displayName: 'Nguyễn Thị Thử', role: 'LEAD', share: 100 },
    ]);
  });

  it('records an in-person confirmation with the signed form, by the officer of the unit', async () => {
    const { id } = await t.newIdea({
      unitId: t.cat.unit('thon-a'),
      coAuthors: [{ fullName: 'Bà Lường Thị Mai', phone: '0987 111 222', share: 20 }],
    });
    const [co] = await api.sql(
      `select id from authorship where idea_id = $1 and role = 'CO_AUTHOR'`,
      [id],
    );
    const CONFIRM = `mutation ($a: ID!, $i: InPersonAnswerInput!) { confirmCoAuthorInPerson(authorId: $a, input: $i) { id } }`;
    const noForm = await api.gql(
      CONFIRM,
      { a: co.id, i: { accept: true, consents: ALL_CONSENTS } },
      { token: officerA },
    );
    expect(noForm.errors![0]!.extensions!.fieldErrors.paperFormId).toMatch(/bản quét/);
    const scan = await api.upload('xac-nhan.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), {
      token: officerA,
    });
    const ok = await api.gql(
      CONFIRM,
      { a: co.id, i: { accept: true, consents: ALL_CONSENTS, paperFormId: scan.body.id } },
      { token: officerA },
    );
    expect(ok.errors).toBeUndefined();
    const [row] = await api.sql(
      `select a.confirmed_at is not null as confirmed, (select count(*)::int from consent c where c.authorship_id = a.id and c.channel = 'PAPER') as consents,
              (select kind from attachment where id = $2) as kind
         from authorship a where a.id = $1`,
      [co.id, scan.body.id],
    );
    expect(row).toEqual({ confirmed: true, consents: 5, kind: 'PAPER_FORM' });
  });
});

describe('co-authors the hub adds later', () => {
  const ADD = `mutation ($id: ID!, $c: CoAuthorInput!, $s: [AuthorShareInput!]!) {
    addCoAuthor(ideaId: $id, coAuthor: $c, shares: $s) { authors { displayName role share confirmed invitationPending } } }`;
  const RESEND = 'mutation ($a: ID!) { resendCoAuthorInvitation(authorId: $a) { id } }';
  const ANSWER = `mutation ($c: String!, $i: InvitationAnswerInput!) {
    answerCoAuthorInvitation(code: $c, input: $i) { accepted } }`;
  const codeIn = (body: string) => /dong-tac-gia\?ma=([A-Za-z0-9_-]+)/.exec(body)![1]!;

  it('adds a co-author with shares that still sum to 100 %, and invites them to confirm', async () => {
    const coEmail = `them.sau.${Date.now()}@example.com`;
    const { id } = await t.newIdea();
    const [lead] = await api.sql(`select id from authorship where idea_id = $1 and role = 'LEAD'`, [
      id,
    ]);
    const coAuthor = { fullName: 'Đinh Văn Bổ Sung', email: coEmail, share: 30 };
    const byOfficer = await api.gql(ADD, { id, c: coAuthor, s: [] }, { token: officerA });
    expect(byOfficer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // 100 % for the lead plus 30 % is 130 %: refused, nothing written.
    const over = await api.gql(ADD, { id, c: coAuthor, s: [] }, { token: hub });
    expect(over.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const count = async () =>
      (await api.sql('select count(*)::int as n from authorship where idea_id = $1', [id]))[0].n;
    expect(await count()).toBe(1);

    const ok = await api.gql(
      ADD,
      { id, c: coAuthor, s: [{ authorId: lead.id, share: 70 }] },
      { token: hub },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addCoAuthor.authors).toEqual([
      expect.objectContaining({ role: 'LEAD', share: 70, confirmed: true }),
      expect.objectContaining({
        displayName: 'Đinh Văn Bổ Sung',
        role: 'CO_AUTHOR',
        share: 30,
        confirmed: false,
        invitationPending: true,
      }),
    ]);
    await api.jobs.drain();
    const mail = api.senders.sent.find((m) => m.recipient === coEmail);
    expect(mail?.body).toMatch(/dong-tac-gia\?ma=/);
    const answer = await api.gql(ANSWER, {
      c: codeIn(mail!.body),
      i: { accept: true, consents: { ...ALL_CONSENTS } },
    });
    expect(answer.data!.answerCoAuthorInvitation.accepted).toBe(true);
  });

  it('resends a lost invitation with a new link that replaces the old one, until they answer', async () => {
    const coEmail = `gui.lai.${Date.now()}@example.com`;
    const { id } = await t.newIdea({
      coAuthors: [{ fullName: 'Lê Thị Mất Thư', email: coEmail, share: 20 }],
    });
    await api.jobs.drain();
    const mails = () => api.senders.sent.filter((m) => m.recipient === coEmail);
    const first = codeIn(mails()[0]!.body);
    const [co] = await api.sql(
      `select id from authorship where idea_id = $1 and role = 'CO_AUTHOR'`,
      [id],
    );
    const byOfficer = await api.gql(RESEND, { a: co.id }, { token: officerA });
    expect(byOfficer.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const resent = await api.gql(RESEND, { a: co.id }, { token: hub });
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.resendCoAuthorInvitation.id).toBe(id);
    await api.jobs.drain();
    expect(mails()).toHaveLength(2);
    const second = codeIn(mails()[1]!.body);
    expect(second).not.toBe(first);
    // The old link no longer works; the new one does.
    const old = await api.gql(ANSWER, { c: first, i: { accept: false } });
    expect(old.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const answer = await api.gql(ANSWER, {
      c: second,
      i: { accept: true, consents: { ...ALL_CONSENTS } },
    });
    expect(answer.data!.answerCoAuthorInvitation.accepted).toBe(true);
    // Once answered there is nothing to resend, and the lead never gets an invitation.
    expect((await api.gql(RESEND, { a: co.id }, { token: hub })).errors![0]!.extensions!.code).toBe(
      'CONFLICT',
    );
    const [lead] = await api.sql(`select id from authorship where idea_id = $1 and role = 'LEAD'`, [
      id,
    ]);
    expect(
      (await api.gql(RESEND, { a: lead.id }, { token: hub })).errors![0]!.extensions!.code,
    ).toBe('CONFLICT');
    await api.jobs.drain();
    expect(mails()).toHaveLength(2);
  });
});

describe('the rights gate', () => {
  it('refuses to publish or honour before rights are established, and changes nothing', async () => {
    const { id } = await t.newIdea();
    const before = await footprint(id);
    const r = await api.gql(PUBLISH, { id, p: true }, { token: hub });
    expect(r.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(r.errors![0]!.message).toMatch(/Quyền tác giả chưa được xác lập \(hiện: Chưa rõ\)/);
    expect(await footprint(id)).toEqual(before);
  });

  it('refuses to publish when an author did not allow publication, naming what is missing', async () => {
    const { id } = await t.newIdea({
      consents: { noticeVersion: 1, processData: true, showName: true },
    });
    await establish(id);
    const before = await footprint(id);
    const r = await api.gql(PUBLISH, { id, p: true }, { token: hub });
    expect(r.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(r.errors![0]!.extensions!.missing).toEqual([
      'Chủ nhiệm Nguyễn Thị Thử chưa đồng ý công khai nội dung.',
    ]);
    expect(await footprint(id)).toEqual(before);
  });

  it('refuses to establish rights without the origin declaration', async () => {
    const { id } = await t.newIdea({ origin: null });
    const r = await api.gql(
      ESTABLISH,
      { i: { ideaId: id, status: 'ESTABLISHED', reason: 'Thử' } },
      { token: hub },
    );
    expect(r.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(r.errors![0]!.message).toMatch(/cam đoan về nguồn gốc/);
    const [row] = await api.sql('select rights_status from idea where id = $1', [id]);
    expect(row.rights_status).toBe('UNCLEAR');
  });

  it('lets the lead declare the origin from the tracking page, after which rights can be established', async () => {
    const { id, trackingCode } = await t.newIdea({
      origin: null,
      author: { fullName: 'Chu Văn Cam Đoan', email: 'cam.doan@example.com' },
    });
    const { token } = await track(trackingCode, 'cam.doan@example.com');
    const BY_TOKEN = `query ($t: String!) { trackIdeaByToken(token: $t) { trackingCode rightsStatus
      origin { ownWork sources declaredAt } } }`;
    const before = await api.gql(BY_TOKEN, { t: token });
    expect(before.data!.trackIdeaByToken).toMatchObject({ trackingCode, origin: null });
    const DECLARE = `mutation ($t: String!, $i: OriginInput!) { declareOrigin(token: $t, input: $i) {
      origin { ownWork sources declaredAt } } }`;
    const declared = await api.gql(DECLARE, {
      t: token,
      i: { ownWork: false, sources: 'Kế thừa mô hình tổ tự quản của thôn bên cạnh.' },
    });
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declareOrigin.origin).toMatchObject({
      ownWork: false,
      sources: 'Kế thừa mô hình tổ tự quản của thôn bên cạnh.',
    });
    // Read back through the token alone, as the tracking page does after a reload.
    const after = await api.gql(BY_TOKEN, { t: token });
    expect(after.data!.trackIdeaByToken.origin).toEqual(declared.data!.declareOrigin.origin);
    const forged = await api.gql(BY_TOKEN, {
      t: token.replace(/.$/, token.endsWith('A') ? 'B' : 'A'),
    });
    expect(forged.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    await establish(id);
    const [row] = await api.sql('select rights_status from idea where id = $1', [id]);
    expect(row.rights_status).toBe('ESTABLISHED');
  });

  it('lets the hub record the origin declaration the lead signed on paper', async () => {
    const { id } = await t.newIdea({ origin: null });
    const RECORD = `mutation ($id: ID!, $i: OriginInput!) { recordOrigin(ideaId: $id, input: $i) { id } }`;
    const byOfficer = await api.gql(RECORD, { id, i: { ownWork: true } }, { token: officerA });
    expect(byOfficer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const [unset] = await api.sql('select origin_declared_at from idea where id = $1', [id]);
    expect(unset.origin_declared_at).toBeNull();

    const ok = await api.gql(RECORD, { id, i: { ownWork: true } }, { token: hub });
    expect(ok.errors).toBeUndefined();
    const [row] = await api.sql(
      `select origin_own_work, origin_declared_at is not null as declared,
              (select count(*)::int from audit_entry where idea_id = $1 and action = 'RIGHTS_CHANGED') as audits
         from idea where id = $1`,
      [id],
    );
    expect(row).toEqual({ origin_own_work: true, declared: true, audits: 1 });
    await establish(id);
  });

  it('refuses to start a pilot without the use consent, and to scale without the scaling consent', async () => {
    const { id } = await t.newIdea({
      consents: { noticeVersion: 1, processData: true, publishContent: true },
    });
    await establish(id);
    for (const step of ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED'] as const) {
      const r = await t.move(id, step);
      expect(r.errors).toBeUndefined();
    }
    const before = await footprint(id);
    const pilot = await t.move(id, 'PILOTING');
    expect(pilot.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(pilot.errors![0]!.message).toMatch(/chưa đồng ý cho thử nghiệm, sử dụng/);
    expect(await footprint(id)).toEqual(before);

    // The author agrees from the tracking page; the pilot can start.
    const me = await track(
      (await api.sql('select tracking_code from idea where id = $1', [id]))[0].tracking_code,
      (
        await api.sql(
          `select p.email from person p join authorship a on a.person_id = p.id where a.idea_id = $1`,
          [id],
        )
      )[0].email,
    );
    await api.gql(SET_CONSENT, { t: me.token, k: 'ALLOW_PILOT', g: true });
    expect((await t.move(id, 'PILOTING')).status).toBe('PILOTING');
    expect((await t.move(id, 'APPLIED')).status).toBe('APPLIED');

    const beforeScale = await footprint(id);
    const scaled = await t.move(id, 'SCALED');
    expect(scaled.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(scaled.errors![0]!.message).toMatch(/chưa đồng ý cho nhân rộng/);
    const adoption = await api.gql(
      'mutation ($id: ID!, $a: AdoptionInput!) { recordAdoption(ideaId: $id, kind: SCALED, input: $a) { id } }',
      { id, a: t.payload('SCALED').adoption },
      { token: hub },
    );
    expect(adoption.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(await footprint(id)).toEqual(beforeScale);
  });

  it('needs a guardian as well for an author under 16', async () => {
    const withoutGuardian = await t
      .newIdea({
        author: { fullName: 'Em Vi Thị Nhỏ', email: 'em.nho@example.com', isMinor: true },
      })
      .catch((e: Error) => e);
    expect(String(withoutGuardian)).toMatch(/cha, mẹ hoặc người giám hộ/);

    const { id, trackingCode } = await t.newIdea({
      author: {
        fullName: 'Em Vi Thị Nhỏ',
        email: 'em.nho@example.com',
        isMinor: true,
        guardian: { fullName: 'Vi Văn Bố', relation: 'Bố', phone: '0911 000 111' },
      },
      consents: { ...ALL_CONSENTS, guardianConsent: true },
    });
    const rows = await api.sql(
      `select c.kind, c.given_by from consent c join authorship a on a.id = c.authorship_id where a.idea_id = $1 and c.kind = 'PUBLISH_CONTENT' order by c.given_by`,
      [id],
    );
    expect(rows.map((r) => r.given_by)).toEqual(['GUARDIAN', 'SELF']);
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea.authors[0].displayName).toBe(
      'Em Vi Thị Nhỏ',
    );
    // The guardian withdraws (either of them can): the name goes at once.
    const me = await track(trackingCode, 'em.nho@example.com');
    await api.gql(
      `mutation ($a: ID!) { recordConsentInPerson(input: { authorId: $a, kind: SHOW_NAME, given: false, givenBy: GUARDIAN }) { id } }`,
      { a: me.me.id },
      { token: hub },
    );
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea.authors[0].displayName).toBe(
      'Tác giả ẩn danh',
    );
  });
});

describe('consents and public display', () => {
  it('hides an author’s name on the next request after they withdraw it, and the idea after they withdraw publication', async () => {
    const { id, trackingCode } = await t.newIdea({
      author: { fullName: 'Đinh Thị Rút', email: 'rut@example.com', phone: '0913 222 333' },
    });
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea.authors[0].displayName).toBe(
      'Đinh Thị Rút',
    );
    const me = await track(trackingCode, '0913222333');
    const withdrawn = await api.gql(SET_CONSENT, { t: me.token, k: 'SHOW_NAME', g: false });
    expect(withdrawn.errors).toBeUndefined();
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea.authors[0].displayName).toBe(
      'Tác giả ẩn danh',
    );
    const [c] = await api.sql(
      `select withdrawn_at from consent c join authorship a on a.id = c.authorship_id where a.idea_id = $1 and c.kind = 'SHOW_NAME'`,
      [id],
    );
    expect(c.withdrawn_at).toBeTruthy();

    const noPublish = await api.gql(SET_CONSENT, { t: me.token, k: 'PUBLISH_CONTENT', g: false });
    expect(noPublish.data!.setMyConsent.publiclyVisible).toBe(false);
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea).toBeNull();
    const [row] = await api.sql('select published_at from idea where id = $1', [id]);
    expect(row.published_at).toBeNull();
    // Processing consent is withdrawn through a data request, not a toggle.
    const refused = await api.gql(SET_CONSENT, { t: me.token, k: 'PROCESS_DATA', g: false });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('never returns the confidential part publicly, and shows it to the author and the hub', async () => {
    const { id, trackingCode } = await t.newIdea({
      confidential: 'Tỷ lệ phối trộn men vi sinh: 3 phần trấu, 1 phần phân, ủ 21 ngày.',
    });
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    const pub = await api.gql(PUBLIC_IDEA, { id });
    expect(pub.data!.idea.confidential).toBeNull();
    expect(JSON.stringify(pub.data)).not.toContain('men vi sinh');
    const list = await api.gql(
      'query { ideas(first: 50, where: { search: "men vi sinh" }) { totalCount } }',
    );
    expect(list.data!.ideas.totalCount).toBe(0);
    const staff = await api.gql(PUBLIC_IDEA, { id }, { token: hub });
    expect(staff.data!.idea.confidential).toMatch(/men vi sinh/);
    const mine = await api.gql(
      'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { content { confidential } } }',
      { c: trackingCode, k: '0912345678' },
    );
    expect(mine.data!.trackIdea.content.confidential).toMatch(/men vi sinh/);
  });

  it('freezes public display at once when anyone raises a dispute, until the hub resolves it', async () => {
    const { id } = await t.newIdea();
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea).not.toBeNull();
    const dispute = await api.gql(
      'mutation ($i: DisputeInput!) { raiseDispute(input: $i) { id message } }',
      {
        i: {
          ideaId: id,
          claimantName: 'Trần Văn Khiếu',
          claimantContact: 'khieu.nai@example.com',
          statement: 'Tôi đã trình bày giải pháp này tại họp thôn tháng 3/2026, có biên bản.',
        },
      },
    );
    expect(dispute.errors).toBeUndefined();
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea).toBeNull();
    const counters = await api.gql('{ ideaCounters { published } }');
    const published = counters.data!.ideaCounters.published;

    // Re-establishing while the dispute is open is refused.
    const early = await api.gql(
      ESTABLISH,
      { i: { ideaId: id, status: 'ESTABLISHED', reason: 'Thử' } },
      { token: hub },
    );
    expect(early.errors![0]!.extensions!.code).toBe('RIGHTS_NOT_CLEARED');
    expect(early.errors![0]!.message).toMatch(/1 khiếu nại tranh chấp chưa giải quyết/);
    const resolve = await api.gql(
      'mutation ($i: ResolveDisputeInput!) { resolveDispute(input: $i) { status } }',
      {
        i: {
          disputeId: dispute.data!.raiseDispute.id,
          outcome: 'DISMISSED',
          resolution:
            'Biên bản họp thôn không ghi nhận nội dung này; ý tưởng được tiếp nhận trước.',
          rightsStatus: 'ESTABLISHED',
        },
      },
      { token: hub },
    );
    expect(resolve.data!.resolveDispute.status).toBe('DISMISSED');
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea).not.toBeNull();
    expect((await api.gql('{ ideaCounters { published } }')).data!.ideaCounters.published).toBe(
      published + 1,
    );
    await api.jobs.drain();
    expect(
      api.senders.sent.some(
        (m) => m.recipient === 'khieu.nai@example.com' && /không có cơ sở/.test(m.body),
      ),
    ).toBe(true);
  });

  it('lets an author dispute their own idea from the tracking page, listed for the hub as the author’s', async () => {
    const { id, trackingCode } = await t.newIdea({
      author: { fullName: 'Mai Thị Tự Khiếu', email: 'tu.khieu@example.com' },
    });
    await establish(id);
    await api.gql(PUBLISH, { id, p: true }, { token: hub });
    const { token } = await track(trackingCode, 'tu.khieu@example.com');
    const RAISE = `mutation ($t: String!, $s: String!) { raiseDisputeAsAuthor(token: $t, statement: $s) {
      rightsStatus publiclyVisible } }`;
    const short = await api.gql(RAISE, { t: token, s: 'Sai tên.' });
    expect(short.errors![0]!.extensions!.fieldErrors.statement).toBeTruthy();
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea).not.toBeNull();

    const raised = await api.gql(RAISE, {
      t: token,
      s: 'Ý tưởng này tôi cùng anh trai xây dựng nhưng hồ sơ chỉ ghi tên tôi.',
    });
    expect(raised.data!.raiseDisputeAsAuthor).toEqual({
      rightsStatus: 'DISPUTED',
      publiclyVisible: false,
    });
    expect((await api.gql(PUBLIC_IDEA, { id })).data!.idea).toBeNull();

    const LIST = `query ($id: ID, $s: DisputeStatus) { disputes(ideaId: $id, status: $s) {
      ideaId ideaTitle party claimantName claimantContact status statement } }`;
    const listed = await api.gql(LIST, { id }, { token: hub });
    expect(listed.data!.disputes).toEqual([
      expect.objectContaining({
        ideaId: id,
        party: 'AUTHOR',
        claimantName: 'Mai Thị Tự Khiếu',
        claimantContact: 'tu.khieu@example.com',
        status: 'OPEN',
      }),
    ]);
    const open = await api.gql(LIST, { s: 'OPEN' }, { token: hub });
    expect(open.data!.disputes.map((d: any) => d.ideaId)).toContain(id);
    const dismissed = await api.gql(LIST, { s: 'DISMISSED' }, { token: hub });
    expect(dismissed.data!.disputes.map((d: any) => d.ideaId)).not.toContain(id);
    expect((await api.gql(LIST, { id }, { token: officerA })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(LIST, { id })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
