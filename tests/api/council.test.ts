import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';
import { isProbe, probeUntilHeard, until } from '../helpers/live.js';

let api: TestApi;
let t: Triage;
let hub: string;
const clock = new TestClock(new Date('2026-08-01T02:00:00Z'));
const tokens: Record<string, string> = {};
const tok = async (email: string) => (tokens[email] ??= await api.login(email));

const REVIEW = `query ($id: ID!) {
  review(id: $id) {
    id status
    me { role conflict submittedAt }
    sheets { memberName conflict submittedAt vote mine scores { criterionId value } }
    result { submitted quorumReached score votesFor votePasses meetsRule criteria { criterion { code } mean min max stddev } }
  }
}`;
const DECLARE =
  'mutation ($r: ID!, $c: Boolean!, $n: String) { declareConflict(reviewId: $r, conflict: $c, note: $n) { id } }';
const SAVE =
  'mutation ($r: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, scores: $s) { id } }';
const SUBMIT = 'mutation ($r: ID!) { submitScores(reviewId: $r) { id } }';
const VOTE = 'mutation ($r: ID!, $c: VoteChoice!) { castVote(reviewId: $r, choice: $c) { id } }';
const CONCLUDE =
  'mutation ($i: ConclusionInput!) { concludeReview(input: $i) { status conclusion idea { status } } }';

let campaignId: string;
let criteria: { id: string; code: string }[];

async function reviewFor(ideaId: string): Promise<string> {
  const [row] = await api.sql(`select id from review where idea_id = $1 and status = 'OPEN'`, [
    ideaId,
  ]);
  return row.id;
}

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false, sessionTtlHours: 24 * 30 } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
  const c = await api.gql('{ currentCampaign { id rubric { id code weight } } }');
  campaignId = c.data!.currentCampaign.id;
});
afterAll(() => api?.close());

describe('councils', () => {
  it('are established by a decision with exactly one chair and a quorum within the members', async () => {
    const staff = await api.gql('{ staffMembers { id fullName } }', {}, { token: hub });
    const ids = staff.data!.staffMembers.map((s: any) => s.id);
    const input = {
      name: 'Hội đồng chuyên đề nông nghiệp',
      decisionNumber: '77/QĐ-UBND',
      decisionDate: '2026-07-01',
      signer: 'Chủ tịch UBND xã',
      termStart: '2026-07-01',
      termEnd: '2027-12-31',
      quorum: 5,
      rule: 'VOTE',
      scoreThreshold: 70,
      // Scoped to agriculture, so it does not compete with the standing council for other ideas.
      fieldIds: [t.cat.field('nong-nghiep')],
      members: [
        { userId: ids[0], role: 'MEMBER', title: 'Cán bộ' },
        { userId: ids[1], role: 'MEMBER', title: 'Cán bộ' },
      ],
    };
    const bad = await api.gql(
      'mutation ($i: CouncilInput!) { createCouncil(input: $i) { id } }',
      { i: input },
      { token: hub },
    );
    expect(Object.keys(bad.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'members',
      'quorum',
    ]);
    const ok = await api.gql(
      'mutation ($i: CouncilInput!) { createCouncil(input: $i) { id name members { role fullName } } }',
      {
        i: {
          ...input,
          quorum: 2,
          members: [{ ...input.members[0], role: 'CHAIR' }, input.members[1]],
        },
      },
      { token: hub },
    );
    expect(ok.data!.createCouncil.members[0].role).toBe('CHAIR');
    const officer = await api.login(TEST_STAFF.officerA);
    const refused = await api.gql(
      'mutation ($i: CouncilInput!) { createCouncil(input: $i) { id } }',
      { i: input },
      { token: officer },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('are updated by the hub, keeping their members while they score an idea', async () => {
    const staff = await api.gql('{ staffMembers { id fullName } }', {}, { token: hub });
    const ids = staff.data!.staffMembers.map((s: any) => s.id);
    const input = {
      name: 'Hội đồng chuyên đề an ninh, trật tự',
      decisionNumber: '80/QĐ-UBND',
      decisionDate: '2026-07-05',
      signer: 'Chủ tịch UBND xã',
      termStart: '2026-07-05',
      termEnd: '2027-12-31',
      quorum: 2,
      rule: 'VOTE',
      scoreThreshold: 70,
      // Its own field, so it does not compete with the other councils for their ideas.
      fieldIds: [t.cat.field('an-ninh-trat-tu')],
      members: [
        { userId: ids[0], role: 'CHAIR', title: 'Cán bộ' },
        { userId: ids[1], role: 'MEMBER', title: 'Cán bộ' },
      ],
    };
    const made = await api.gql(
      'mutation ($i: CouncilInput!) { createCouncil(input: $i) { id } }',
      { i: input },
      { token: hub },
    );
    const id = made.data!.createCouncil.id;
    const UPDATE = `mutation ($id: ID!, $i: CouncilInput!) { updateCouncil(id: $id, input: $i) {
      id name decisionNumber termEnd quorum members { role fullName } } }`;
    const officer = await api.login(TEST_STAFF.officerA);
    expect(
      (await api.gql(UPDATE, { id, i: { ...input, name: 'Đổi tên' } }, { token: officer }))
        .errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    const bad = await api.gql(UPDATE, { id, i: { ...input, quorum: 9 } }, { token: hub });
    expect(bad.errors![0]!.extensions!.fieldErrors.quorum).toBeTruthy();

    const threeMembers = [...input.members, { userId: ids[2], role: 'MEMBER', title: 'Cán bộ' }];
    const renamed = await api.gql(
      UPDATE,
      {
        id,
        i: {
          ...input,
          name: 'Hội đồng chuyên đề an ninh, trật tự và phòng cháy',
          decisionNumber: '81/QĐ-UBND',
          termEnd: '2028-12-31',
          members: threeMembers,
        },
      },
      { token: hub },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateCouncil).toMatchObject({
      id,
      name: 'Hội đồng chuyên đề an ninh, trật tự và phòng cháy',
      decisionNumber: '81/QĐ-UBND',
      termEnd: '2028-12-31',
      quorum: 2,
    });
    expect(renamed.data!.updateCouncil.members.map((m: any) => m.role)).toEqual([
      'CHAIR',
      'MEMBER',
      'MEMBER',
    ]);

    // While it scores an idea, its members stay; other details may still change.
    const { id: idea } = await t.newIdea();
    await t.establishRights(idea);
    const accepted = await t.move(idea, 'ACCEPTED', {
      classification: {
        ...(t.payload('ACCEPTED').classification as object),
        fieldIds: [t.cat.field('an-ninh-trat-tu')],
      },
    });
    expect(accepted.status).toBe('ACCEPTED');
    const moved = await t.move(idea, 'UNDER_REVIEW', { councilId: id });
    expect(moved.status).toBe('UNDER_REVIEW');
    const changed = await api.gql(
      UPDATE,
      { id, i: { ...input, members: input.members } },
      { token: hub },
    );
    expect(changed.errors![0]!.extensions!.code).toBe('CONFLICT');
    const kept = await api.gql(
      UPDATE,
      { id, i: { ...input, name: 'Hội đồng an ninh, trật tự', members: threeMembers } },
      { token: hub },
    );
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateCouncil.name).toBe('Hội đồng an ninh, trật tự');
    expect(kept.data!.updateCouncil.members).toHaveLength(3);
  });
});

describe('council documents and accounts', () => {
  it('lists the council accounts to choose members from, and keeps the decision document', async () => {
    const accounts = await api.gql(
      '{ staffMembers(roles: [COUNCIL_MEMBER]) { fullName } }',
      {},
      { token: hub },
    );
    expect(accounts.data!.staffMembers.map((s: any) => s.fullName)).toContain('Chuyên Gia Thứ Hai');
    const staff = await api.gql('{ staffMembers { id fullName } }', {}, { token: hub });
    expect(staff.data!.staffMembers.map((s: any) => s.fullName)).not.toContain(
      'Chuyên Gia Thứ Hai',
    );
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await api.upload('quyet-dinh.pdf', pdf, { token: hub, kind: 'DECISION' });
    expect(up.status).toBe(201);
    const ids = staff.data!.staffMembers.map((s: any) => s.id);
    const made = await api.gql(
      'mutation ($i: CouncilInput!) { createCouncil(input: $i) { id decisionDocumentId } }',
      {
        i: {
          name: 'Hội đồng có văn bản quyết định',
          decisionNumber: '78/QĐ-UBND',
          decisionDate: '2026-07-02',
          signer: 'Chủ tịch UBND xã',
          termStart: '2026-07-02',
          termEnd: '2027-12-31',
          quorum: 1,
          rule: 'SCORE',
          fieldIds: [t.cat.field('nong-nghiep')],
          decisionDocumentId: up.body.id,
          members: [{ userId: ids[0], role: 'CHAIR', title: 'Cán bộ' }],
        },
      },
      { token: hub },
    );
    expect(made.data!.createCouncil.decisionDocumentId).toBe(up.body.id);
    // Kept by the council: the hourly cleanup of abandoned uploads skips it.
    const [row] = await api.sql('select attached_at from attachment where id = $1', [up.body.id]);
    expect(row.attached_at).not.toBeNull();
    const admin = await api.login(TEST_STAFF.admin);
    const file = await fetch(`${api.origin}/files/${up.body.id}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(file.status).toBe(200);
  });
});

describe('what a council member sees of an idea under review', () => {
  it('shows the authors’ names (to declare conflicts) and the supporting files, never contacts or signed forms', async () => {
    const { id } = await t.newIdea({
      author: { fullName: 'Lê Văn Hiền', email: 'hien@example.com' },
    });
    const supporting = await api.upload('ban-ve.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    await api.sql(`update attachment set idea_id = $1, attached_at = now() where id = $2`, [
      id,
      supporting.body.id,
    ]);
    const form = await api.upload('phieu.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    await api.sql(
      `update attachment set idea_id = $1, attached_at = now(), kind = 'PAPER_FORM' where id = $2`,
      [id, form.body.id],
    );
    const Q = `query ($id: ID!) { idea(id: $id) { authors { displayName contact { email } } attachments { id kind } } }`;
    const member = await tok(TEST_STAFF.council);
    // Before the idea reaches their council, they do not see it at all.
    expect((await api.gql(Q, { id }, { token: member })).data!.idea).toBeNull();
    for (const step of ['ACCEPTED', 'UNDER_REVIEW'] as const) await t.move(id, step);
    const r = await api.gql(Q, { id }, { token: member });
    expect(r.data!.idea.authors).toEqual([{ displayName: 'Lê Văn Hiền', contact: null }]);
    expect(r.data!.idea.attachments).toEqual([{ id: supporting.body.id, kind: 'SUPPORTING' }]);
    // Reading the names is a read of personal data, and is logged like any other.
    const [audit] = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'PERSONAL_DATA_READ' and idea_id = $1 and actor_name = $2`,
      [id, 'Thành Viên Hội Đồng'],
    );
    expect(audit.n).toBe(1);
    const download = (fileId: string) =>
      fetch(`${api.origin}/files/${fileId}`, { headers: { authorization: `Bearer ${member}` } });
    expect((await download(supporting.body.id)).status).toBe(200);
    expect((await download(form.body.id)).status).toBe(403);
  });
});

describe('scoring', () => {
  it('keeps a rubric editable until the first score, then frozen', async () => {
    const custom = [
      { code: 'tinh-moi', name: 'Tính mới', weight: 30, scaleMax: 10 },
      { code: 'kha-thi', name: 'Tính khả thi', weight: 50, scaleMax: 10 },
      { code: 'hieu-qua', name: 'Hiệu quả', weight: 20, scaleMax: 5 },
    ];
    const SET =
      'mutation ($c: ID!, $r: [RubricCriterionInput!]!) { setRubric(campaignId: $c, criteria: $r) { rubric { id code weight scaleMax } rubricFrozenAt } }';
    const set = await api.gql(SET, { c: campaignId, r: custom }, { token: hub });
    expect(set.errors).toBeUndefined();
    criteria = set.data!.setRubric.rubric;
    expect(criteria.map((c) => c.code)).toEqual(['tinh-moi', 'kha-thi', 'hieu-qua']);

    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const chair = await tok(TEST_STAFF.councilChair);
    await api.gql(DECLARE, { r: reviewId, c: false }, { token: chair });
    await api.gql(
      SAVE,
      { r: reviewId, s: [{ criterionId: criteria[0]!.id, value: 8 }] },
      { token: chair },
    );
    const frozen = await api.gql(
      SET,
      { c: campaignId, r: custom.map((c) => ({ ...c, weight: 10 })) },
      { token: hub },
    );
    expect(frozen.errors![0]!.extensions!.code).toBe('CONFLICT');
    const rows = await api.sql(
      'select weight from rubric_criterion where campaign_id = $1 order by sort_order',
      [campaignId],
    );
    expect(rows.map((r) => r.weight)).toEqual([30, 50, 20]);
  });

  it('recuses a conflicted member: no scoring, no vote, no view of others', async () => {
    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const member = await tok(TEST_STAFF.council3);
    const undeclared = await api.gql(
      SAVE,
      { r: reviewId, s: [{ criterionId: criteria[0]!.id, value: 5 }] },
      { token: member },
    );
    expect(undeclared.errors![0]!.message).toMatch(/kê khai xung đột/);
    const needsNote = await api.gql(DECLARE, { r: reviewId, c: true }, { token: member });
    expect(needsNote.errors![0]!.extensions!.fieldErrors.note).toBeTruthy();
    await api.gql(
      DECLARE,
      { r: reviewId, c: true, n: 'Tác giả là em ruột tôi.' },
      { token: member },
    );
    const scored = await api.gql(
      SAVE,
      { r: reviewId, s: [{ criterionId: criteria[0]!.id, value: 5 }] },
      { token: member },
    );
    expect(scored.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(
      (await api.gql(VOTE, { r: reviewId, c: 'FOR' }, { token: member })).errors![0]!.extensions!
        .code,
    ).toBe('FORBIDDEN');
    await t.scoreOpenReview(ideaId);
    const view = await api.gql(REVIEW, { id: reviewId }, { token: member });
    expect(view.data!.review.result).toBeNull();
    expect(
      view.data!.review.sheets.filter((s: any) => !s.mine).every((s: any) => s.scores === null),
    ).toBe(true);
  });

  it('hides the other members’ scores until the member has submitted their own', async () => {
    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const a = await tok(TEST_STAFF.council2);
    const b = await tok(TEST_STAFF.council3);
    for (const token of [a, b]) await api.gql(DECLARE, { r: reviewId, c: false }, { token });
    await api.gql(
      SAVE,
      { r: reviewId, s: criteria.map((c) => ({ criterionId: c.id, value: 4 })) },
      { token: a },
    );
    await api.gql(SUBMIT, { r: reviewId }, { token: a });
    await api.gql(
      SAVE,
      { r: reviewId, s: [{ criterionId: criteria[0]!.id, value: 9 }] },
      { token: b },
    );
    const before = await api.gql(REVIEW, { id: reviewId }, { token: b });
    const sheetA = before.data!.review.sheets.find(
      (s: any) => s.memberName === 'Chuyên Gia Thứ Hai',
    );
    expect(sheetA.submittedAt).toBeTruthy();
    expect(sheetA.scores).toBeNull();
    expect(before.data!.review.result).toBeNull();
    expect(before.data!.review.sheets.find((s: any) => s.mine).scores).toEqual([
      { criterionId: criteria[0]!.id, value: 9 },
    ]);
    const incomplete = await api.gql(SUBMIT, { r: reviewId }, { token: b });
    expect(incomplete.errors![0]!.extensions!.fieldErrors.scores).toMatch(/Chưa chấm/);
    await api.gql(
      SAVE,
      { r: reviewId, s: criteria.map((c) => ({ criterionId: c.id, value: 3 })) },
      { token: b },
    );
    await api.gql(SUBMIT, { r: reviewId }, { token: b });
    const after = await api.gql(REVIEW, { id: reviewId }, { token: b });
    expect(
      after.data!.review.sheets.find((s: any) => s.memberName === 'Chuyên Gia Thứ Hai').scores,
    ).toHaveLength(3);
    // The hub sees everything all along.
    const hubView = await api.gql(REVIEW, { id: reviewId }, { token: hub });
    expect(hubView.data!.review.sheets.filter((s: any) => s.scores?.length).length).toBe(2);
  });

  it('aggregates with quorum and weights exactly as computed by hand', async () => {
    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const sheets: [string, number[]][] = [
      [TEST_STAFF.councilChair, [8, 6, 4]],
      [TEST_STAFF.council, [6, 8, 5]],
      [TEST_STAFF.council2, [10, 7, 3]],
    ];
    for (const [i, [email, values]] of sheets.entries()) {
      const token = await tok(email);
      await api.gql(DECLARE, { r: reviewId, c: false }, { token });
      await api.gql(
        SAVE,
        { r: reviewId, s: values.map((v, k) => ({ criterionId: criteria[k]!.id, value: v })) },
        { token },
      );
      await api.gql(SUBMIT, { r: reviewId }, { token });
      const r = await api.gql(REVIEW, { id: reviewId }, { token: hub });
      expect(r.data!.review.result.quorumReached).toBe(i === 2);
      expect(r.data!.review.result.score).toBe(i === 2 ? 75 : null);
    }
    const r = await api.gql(REVIEW, { id: reviewId }, { token: hub });
    // Means 8, 7, 4 → 30·0.8 + 50·0.7 + 20·4/5 = 24 + 35 + 16 = 75.
    expect(r.data!.review.result.criteria.map((c: any) => c.mean)).toEqual([8, 7, 4]);
    expect(r.data!.review.result.criteria[0]).toMatchObject({ min: 6, max: 10, stddev: 1.63 });
    expect(r.data!.review.result.meetsRule).toBe(true);
  });
});

describe('the chair’s conclusion', () => {
  it('needs the quorum, follows the council’s rule, and answers the author', async () => {
    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const chair = await tok(TEST_STAFF.councilChair);
    const early = await api.gql(
      CONCLUDE,
      { i: { reviewId, conclusion: 'ARCHIVE', reasons: 'Chưa đủ.' } },
      { token: chair },
    );
    expect(early.errors![0]!.extensions!.fieldErrors.conclusion).toMatch(/Chưa đủ số thành viên/);
    await t.scoreOpenReview(ideaId, { value: 2 }); // well under the threshold of 50
    const notMet = await api.gql(
      CONCLUDE,
      { i: { reviewId, conclusion: 'RECOMMEND_PILOT', reasons: 'Thử.' } },
      { token: chair },
    );
    expect(notMet.errors![0]!.extensions!.fieldErrors.conclusion).toMatch(/chưa đạt quy chế/);
    const member = await tok(TEST_STAFF.council2);
    const notChair = await api.gql(
      CONCLUDE,
      { i: { reviewId, conclusion: 'ARCHIVE', reasons: 'x' } },
      { token: member },
    );
    expect(notChair.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const ok = await api.gql(
      CONCLUDE,
      { i: { reviewId, conclusion: 'SEND_TO_SUPPORT', reasons: 'Cần làm rõ dự toán kinh phí.' } },
      { token: chair },
    );
    expect(ok.data!.concludeReview).toEqual({
      status: 'CONCLUDED',
      conclusion: 'SEND_TO_SUPPORT',
      idea: { status: 'IN_SUPPORT' },
    });
    const [msg] = await api.sql(
      `select body from idea_message where idea_id = $1 order by created_at desc limit 1`,
      [ideaId],
    );
    expect(msg.body).toMatch(/Hội đồng tư vấn .* kết luận: hỗ trợ hoàn thiện thêm/);
    expect(msg.body).toContain('Cần làm rõ dự toán kinh phí.');
    const after = await api.gql(
      SAVE,
      { r: reviewId, s: [{ criterionId: criteria[0]!.id, value: 9 }] },
      { token: member },
    );
    expect(after.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
  });

  it('applies the two-thirds vote rule', async () => {
    await api.sql(`update council set rule = 'VOTE' where name = 'Hội đồng tư vấn thử nghiệm'`);
    const chair = await tok(TEST_STAFF.councilChair);
    // 4 members, none recused: 2 for is not enough, 3 for is (3 ≥ 2/3 · 4).
    for (const [forCount, passes] of [
      [2, false],
      [3, true],
    ] as const) {
      const ideaId = await t.ideaIn('UNDER_REVIEW');
      const reviewId = await reviewFor(ideaId);
      const voters = [
        TEST_STAFF.councilChair,
        TEST_STAFF.council,
        TEST_STAFF.council2,
        TEST_STAFF.council3,
      ];
      for (const [k, email] of voters.entries()) {
        const token = await tok(email);
        await api.gql(DECLARE, { r: reviewId, c: false }, { token });
        await api.gql(
          SAVE,
          { r: reviewId, s: criteria.map((c) => ({ criterionId: c.id, value: 5 })) },
          { token },
        );
        await api.gql(SUBMIT, { r: reviewId }, { token });
        await api.gql(VOTE, { r: reviewId, c: k < forCount ? 'FOR' : 'AGAINST' }, { token });
      }
      const r = await api.gql(REVIEW, { id: reviewId }, { token: hub });
      expect(r.data!.review.result).toMatchObject({
        votesFor: forCount,
        votePasses: passes,
        meetsRule: passes,
      });
      const c = await api.gql(
        CONCLUDE,
        { i: { reviewId, conclusion: 'RECOMMEND_PILOT', reasons: 'Biểu quyết.' } },
        { token: chair },
      );
      if (passes) expect(c.data!.concludeReview.idea.status).toBe('RECOMMENDED');
      else expect(c.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    await api.sql(`update council set rule = 'SCORE' where name = 'Hội đồng tư vấn thử nghiệm'`);
  });
});

describe('council documents', () => {
  it('exports the minutes and a scoring sheet as valid DOCX and PDF with the idea and the members', async () => {
    const { id: ideaId } = await t.newIdea({ title: 'Đèn tín hiệu thông minh tại ngã ba chợ xã' });
    for (const step of ['ACCEPTED', 'UNDER_REVIEW'] as const) await t.move(ideaId, step);
    const reviewId = await t.scoreOpenReview(ideaId);
    const chair = await tok(TEST_STAFF.councilChair);
    await api.gql(
      CONCLUDE,
      { i: { reviewId, conclusion: 'RECOMMEND_PILOT', reasons: 'Khả thi, chi phí thấp.' } },
      { token: chair },
    );
    const get = (path: string, token = hub) =>
      fetch(`${api.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });

    const docx = await get(`/reviews/${reviewId}/minutes.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Đèn tín hiệu thông minh tại ngã ba chợ xã');
    for (const name of [
      'Chủ Tịch Hội Đồng',
      'Thành Viên Hội Đồng',
      'Chuyên Gia Thứ Hai',
      'Chuyên Gia Thứ Ba',
    ])
      expect(text).toContain(name);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/Như Thanh, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm 2026/);
    expect(xml).toContain('w:left="1701"'); // 30 mm left margin

    const pdf = await get(`/reviews/${reviewId}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false })
      .promise;
    let pdfText = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pdfText += content.items.map((i: any) => i.str).join(' ') + '\n';
    }
    const flat = pdfText.replace(/\s+/g, ' ');
    expect(flat).toContain('Đèn tín hiệu thông minh tại ngã ba chợ xã');
    expect(flat).toContain('Chuyên Gia Thứ Hai');
    expect(flat).toContain('BIÊN BẢN');

    const [member] = await api.sql(
      `select m.id from council_member m join staff_user u on u.id = m.user_id where u.email = $1`,
      [TEST_STAFF.council2],
    );
    const sheet = await get(
      `/reviews/${reviewId}/sheets/${member.id}.docx`,
      await tok(TEST_STAFF.council2),
    );
    expect(sheet.status).toBe(200);
    const sheetXml = await (
      await JSZip.loadAsync(await sheet.arrayBuffer())
    )
      .file('word/document.xml')!
      .async('string');
    expect(sheetXml.replace(/<[^>]+>/g, '')).toContain('PHIẾU CHẤM ĐIỂM');
    const [other] = await api.sql(
      `select m.id from council_member m join staff_user u on u.id = m.user_id where u.email = $1`,
      [TEST_STAFF.council3],
    );
    expect(
      (await get(`/reviews/${reviewId}/sheets/${other.id}.pdf`, await tok(TEST_STAFF.council2)))
        .status,
    ).toBe(403);
    expect(
      (await get(`/reviews/${reviewId}/minutes.docx`, await api.login(TEST_STAFF.officerA))).status,
    ).toBe(403);
  });
});

describe('council documents before a member’s own sheet', () => {
  it('keeps the minutes and other sheets from a member until their own sheet is in', async () => {
    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const a = await tok(TEST_STAFF.council2);
    const b = await tok(TEST_STAFF.council3);
    for (const token of [a, b]) await api.gql(DECLARE, { r: reviewId, c: false }, { token });
    await api.gql(
      SAVE,
      { r: reviewId, s: criteria.map((c) => ({ criterionId: c.id, value: 5 })) },
      { token: a },
    );
    await api.gql(SUBMIT, { r: reviewId }, { token: a });
    const minutes = (token: string) =>
      fetch(`${api.origin}/reviews/${reviewId}/minutes.docx`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await minutes(b)).status).toBe(403);
    expect((await minutes(a)).status).toBe(200);
    await api.gql(
      SAVE,
      { r: reviewId, s: criteria.map((c) => ({ criterionId: c.id, value: 4 })) },
      { token: b },
    );
    await api.gql(SUBMIT, { r: reviewId }, { token: b });
    expect((await minutes(b)).status).toBe(200);
  });
});

describe('live scoring progress', () => {
  it('tells the hub and the council members as sheets come in, and nobody else', async () => {
    const WebSocket = (await import('ws')).default;
    const { createClient } = await import('graphql-ws');
    const ideaId = await t.ideaIn('UNDER_REVIEW');
    const reviewId = await reviewFor(ideaId);
    const [ids] = await api.sql(
      `select r.tenant_id as tenant, r.council_id as council, r.idea_id as idea,
              (select id from staff_user where email = $2) as chair,
              (select id from staff_user where email = $3) as outsider
         from review r where r.id = $1`,
      [reviewId, TEST_STAFF.councilChair, TEST_STAFF.officerA],
    );
    // A probe of this review for the given followers (the hub always hears it).
    const probe = (memberUserIds: string[]) => ({
      topic: 'REVIEW',
      type: 'OPENED',
      tenantId: ids.tenant,
      reviewId,
      ideaId: ids.idea,
      councilId: ids.council,
      memberUserIds,
      submitted: 0,
      eligible: 0,
    });
    const follow = (token: string) => {
      const all: any[] = [];
      const client = createClient({
        url: api.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      client.subscribe(
        {
          query:
            'subscription ($r: ID) { reviewProgress(reviewId: $r) { type submitted eligible at } }',
          variables: { r: reviewId },
        },
        { next: (v) => all.push(v.data?.reviewProgress), error: () => {}, complete: () => {} },
      );
      return {
        client,
        get events() {
          return all
            .filter((e) => !isProbe(e))
            .map(({ type, submitted, eligible }) => ({ type, submitted, eligible }));
        },
        heardProbes: () => all.filter(isProbe).length,
      };
    };
    const hubFeed = follow(hub);
    const chairFeed = follow(await tok(TEST_STAFF.councilChair));
    const outsider = follow(await api.login(TEST_STAFF.officerA));
    await probeUntilHeard(api, probe([]), () => hubFeed.heardProbes() > 0, 'the hub');
    await probeUntilHeard(api, probe([ids.chair]), () => chairFeed.heardProbes() > 0, 'the chair');
    await probeUntilHeard(
      api,
      probe([ids.outsider]),
      () => outsider.heardProbes() > 0,
      'the outsider',
    );
    const member = await tok(TEST_STAFF.council2);
    await api.gql(DECLARE, { r: reviewId, c: false }, { token: member });
    await api.gql(
      SAVE,
      { r: reviewId, s: criteria.map((c) => ({ criterionId: c.id, value: 5 })) },
      { token: member },
    );
    await api.gql(SUBMIT, { r: reviewId }, { token: member });
    await until(
      () =>
        hubFeed.events.some((e) => e.type === 'SUBMITTED') &&
        chairFeed.events.some((e) => e.type === 'SUBMITTED'),
      'the progress event',
    );
    expect(hubFeed.events.find((e) => e.type === 'SUBMITTED')).toEqual({
      type: 'SUBMITTED',
      submitted: 1,
      eligible: 1,
    });
    // A later event the outsider may hear arrives: the sheets' events would have come first.
    const heard = outsider.heardProbes();
    await probeUntilHeard(
      api,
      probe([ids.outsider]),
      () => outsider.heardProbes() > heard,
      'the outsider',
    );
    expect(outsider.events).toEqual([]);
    await Promise.all([
      hubFeed.client.dispose(),
      chairFeed.client.dispose(),
      outsider.client.dispose(),
    ]);
  });
});
