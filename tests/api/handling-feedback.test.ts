import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

let api: TestApi;
let t: Triage;
let hub: string;
const FILE = `mutation ($i: FeedbackInput!) { fileHandlingFeedback(input: $i) { id status channel dueAt } }`;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

describe('feedback and complaints about handling (§V.1)', () => {
  it('are filed by anyone, answered by the hub or escalated to a rights dispute', async () => {
    const { id: ideaId, trackingCode } = await t.newIdea();
    const bad = await api.gql(FILE, {
      i: { stage: 'EVALUATION', body: 'Ngắn quá', name: 'A', contact: 'khong-phai-email' },
    });
    expect(Object.keys(bad.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'body',
      'contact',
      'name',
    ]);
    const filed = await api.gql(FILE, {
      i: {
        trackingCode,
        stage: 'EVALUATION',
        body: 'Ý tưởng của tôi bị đánh giá mà không ai liên hệ hỏi thêm thông tin.',
        name: 'Nguyễn Văn Phản Ánh',
        contact: 'phan.anh@example.com',
      },
    });
    expect(filed.data!.fileHandlingFeedback).toMatchObject({
      status: 'RECEIVED',
      channel: 'TRACKING',
    });
    const other = await api.gql(FILE, {
      i: {
        stage: 'USE',
        body: 'Một đơn vị đã dùng ý tưởng của người khác mà không ghi nguồn, đề nghị xem xét.',
        name: 'Trần Thị Góp Ý',
        contact: '0912 000 111',
      },
    });
    expect(other.data!.fileHandlingFeedback.channel).toBe('PUBLIC_SITE');

    const officer = await api.login(TEST_STAFF.officerA);
    const denied = await api.gql('{ handlingFeedback { id } }', {}, { token: officer });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.gql(
      '{ handlingFeedback { id status overdue body } }',
      {},
      { token: hub },
    );
    expect(list.data!.handlingFeedback).toHaveLength(2);

    const answered = await api.gql(
      'mutation ($id: ID!, $a: String!) { answerHandlingFeedback(id: $id, answer: $a) { status answer } }',
      {
        id: filed.data!.fileHandlingFeedback.id,
        a: 'Phòng đã liên hệ lại và bổ sung thông tin vào hồ sơ.',
      },
      { token: hub },
    );
    expect(answered.data!.answerHandlingFeedback.status).toBe('ANSWERED');
    // The answer is sent to the contact the complainant gave.
    await api.jobs.drain();
    const mail = api.senders.sent.find((m) => m.recipient === 'phan.anh@example.com');
    expect(mail?.subject).toBe('Trả lời phản ánh, kiến nghị của ông/bà');
    expect(mail?.body).toContain('Phòng đã liên hệ lại và bổ sung thông tin vào hồ sơ.');
    const noIdea = await api.gql(
      'mutation ($id: ID!) { escalateHandlingFeedback(id: $id) { status } }',
      { id: other.data!.fileHandlingFeedback.id },
      { token: hub },
    );
    expect(noIdea.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    const second = await api.gql(FILE, {
      i: {
        trackingCode,
        stage: 'USE',
        body: 'Tôi là đồng tác giả nhưng không được ghi tên khi ý tưởng được công khai.',
        name: 'Lê Văn Đồng Tác Giả',
        contact: 'dong.tac.gia@example.com',
      },
    });
    const escalated = await api.gql(
      'mutation ($id: ID!) { escalateHandlingFeedback(id: $id) { status disputeId } }',
      { id: second.data!.fileHandlingFeedback.id },
      { token: hub },
    );
    expect(escalated.data!.escalateHandlingFeedback.status).toBe('ESCALATED');
    const [row] = await api.sql(
      `select d.claimant_name, i.rights_status from dispute d join idea i on i.id = d.idea_id where d.id = $1`,
      [escalated.data!.escalateHandlingFeedback.disputeId],
    );
    expect(row).toEqual({ claimant_name: 'Lê Văn Đồng Tác Giả', rights_status: 'DISPUTED' });
    expect(ideaId).toBeTruthy();

    // They count in the movement's KPIs: three received, one answered on time, one escalated, one
    // open; every change is in the audit log.
    const year = new Date().getUTCFullYear();
    const stats = await api.gql(
      'query ($p: PeriodInput!) { feedbackStats(period: $p) { received answered answeredOnTime escalated open overdue } }',
      { p: { year } },
      { token: hub },
    );
    expect(stats.data!.feedbackStats).toEqual({
      received: 3,
      answered: 1,
      answeredOnTime: 1,
      escalated: 1,
      open: 1,
      overdue: 0,
    });
    const denied2 = await api.gql(
      'query ($p: PeriodInput!) { feedbackStats(period: $p) { received } }',
      { p: { year } },
      { token: officer },
    );
    expect(denied2.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const audits = await api.sql(
      `select details->>'change' as change from audit_entry where action = 'FEEDBACK_CHANGED' order by created_at`,
    );
    expect(audits.map((a: any) => a.change).sort()).toEqual(['answered', 'escalated']);
  });
});
