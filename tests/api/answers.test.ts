import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

let api: TestApi;
let t: Triage;
let hub: string;
const clock = new TestClock(new Date('2026-10-01T01:00:00Z'));

beforeAll(async () => {
  api = await startTestApi({ clock, config: { runJobs: false, sessionTtlHours: 24 * 30 } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

const TRACK = `query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { token status thread { direction kind body } } }`;

describe('answering the author', () => {
  it('delivers every response by email and SMS through the outbox, retrying with backoff', async () => {
    const { id } = await t.newIdea({
      author: { fullName: 'Người Nhận', email: 'nhan@example.com', phone: '0911222333' },
    });
    await api.jobs.drain(); // the acknowledgement
    const acks = api.senders.sent.filter(
      (m) => m.recipient === 'nhan@example.com' || m.recipient === '0911222333',
    );
    expect(acks.map((m) => m.channel).sort()).toEqual(['EMAIL', 'SMS']);
    expect(acks.find((m) => m.channel === 'EMAIL')!.subject).toMatch(/Đã tiếp nhận ý tưởng/);

    api.senders.failNext = 2;
    clock.advance(60_000);
    await t.move(id, 'OUT_OF_SCOPE');
    await api.jobs.drain(); // both deliveries fail once and are rescheduled
    let rows = await api.sql(
      `select channel, status, attempts, last_error from outbound_message where idea_id = $1 and subject is distinct from 'x' order by created_at desc, channel limit 2`,
      [id],
    );
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(rows[0].last_error).toMatch(/không phản hồi/);
    clock.advance(10 * 60_000); // past the first backoff
    await api.jobs.drain();
    rows = await api.sql(
      `select status, attempts, sent_at from outbound_message where idea_id = $1 order by created_at desc, channel limit 2`,
      [id],
    );
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['SENT', 2],
      ['SENT', 2],
    ]);
    const decision = api.senders.sent.filter((m) => m.recipient === 'nhan@example.com').at(-1)!;
    expect(decision.body).toMatch(/không thuộc phạm vi tiếp nhận/);
    expect(decision.body).toMatch(/Hướng dẫn: Gửi Sở Xây dựng/);
  });

  it('lets the hub read the outbox and retry a failed delivery', async () => {
    const r = await api.gql(
      '{ outboundMessages(first: 5) { totalCount nodes { channel recipient status ideaTitle } } }',
      {},
      { token: hub },
    );
    expect(r.data!.outboundMessages.totalCount).toBeGreaterThan(3);
    const officer = await api.login(TEST_STAFF.officerA);
    expect(
      (await api.gql('{ outboundMessages(first: 5) { totalCount } }', {}, { token: officer }))
        .errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
  });

  it('sends a message that failed for good again when the hub retries it, and only then', async () => {
    const OUTBOX = `query ($id: ID!) { outboundMessages(first: 5, where: { ideaId: $id }) {
      nodes { id channel status attempts lastError } } }`;
    const RETRY = 'mutation ($id: ID!) { retryOutboundMessage(id: $id) { id status attempts } }';
    api.senders.failNext = 1_000;
    const { id: ideaId } = await t.newIdea({
      author: { fullName: 'Người Nhận Muộn', email: 'nhan.muon@example.com' },
    });
    const message = async () =>
      (await api.gql(OUTBOX, { id: ideaId }, { token: hub })).data!.outboundMessages.nodes[0];
    // Every attempt fails until the delivery job gives up (backoff at most an hour).
    for (let i = 0; i < 12 && (await message()).status !== 'FAILED'; i++) {
      await api.jobs.drain();
      clock.advance(2 * 3_600_000);
    }
    const failed = await message();
    expect(failed).toMatchObject({ channel: 'EMAIL', status: 'FAILED', attempts: 8 });
    expect(failed.lastError).toMatch(/không phản hồi/);
    api.senders.failNext = 0;
    const delivered = () => api.senders.sent.filter((m) => m.recipient === 'nhan.muon@example.com');
    expect(delivered()).toEqual([]);

    // Only the hub may retry; an unknown message is not found.
    const officer = await api.login(TEST_STAFF.officerA);
    expect(
      (await api.gql(RETRY, { id: failed.id }, { token: officer })).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.gql(RETRY, { id: '00000000-0000-4000-8000-000000000000' }, { token: hub }))
        .errors![0]!.extensions!.code,
    ).toBe('NOT_FOUND');
    expect((await message()).status).toBe('FAILED');

    const retried = await api.gql(RETRY, { id: failed.id }, { token: hub });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryOutboundMessage).toMatchObject({ id: failed.id, status: 'PENDING' });
    await api.jobs.drain();
    expect(await message()).toMatchObject({ status: 'SENT', attempts: 9, lastError: null });
    expect(delivered()).toHaveLength(1);
    expect(delivered()[0]!.subject).toMatch(/Đã tiếp nhận ý tưởng/);

    // A sent message is not sent twice.
    const again = await api.gql(RETRY, { id: failed.id }, { token: hub });
    expect(again.data!.retryOutboundMessage.status).toBe('SENT');
    await api.jobs.drain();
    expect(delivered()).toHaveLength(1);
  });

  it('keeps a thread the author can read and reply to from the tracking page', async () => {
    const { id, trackingCode } = await t.newIdea({
      author: { fullName: 'Tác Giả Trả Lời', phone: '0933444555' },
    });
    clock.advance(60_000);
    await api.gql(
      'mutation ($id: ID!, $b: String!) { sendIdeaMessage(ideaId: $id, body: $b) { id } }',
      { id, b: 'Chào anh, anh có thể đến nhà văn hóa thôn vào thứ Hai không?' },
      { token: hub },
    );
    const track = await api.gql(TRACK, { c: trackingCode, k: '0933 444 555' });
    const token = track.data!.trackIdea.token;
    expect(track.data!.trackIdea.thread.map((m: any) => m.kind)).toEqual([
      'ACKNOWLEDGEMENT',
      'UPDATE',
    ]);
    clock.advance(60_000);
    const reply = await api.gql(
      'mutation ($t: String!, $b: String!) { replyToIdea(token: $t, body: $b) { thread { direction kind body } } }',
      { t: token, b: 'Vâng, tôi sẽ đến lúc 8 giờ.' },
    );
    expect(reply.data!.replyToIdea.thread.at(-1)).toEqual({
      direction: 'FROM_AUTHOR',
      kind: 'REPLY',
      body: 'Vâng, tôi sẽ đến lúc 8 giờ.',
    });
    const staff = await api.gql(
      'query ($id: ID!) { idea(id: $id) { thread { direction body } } }',
      { id },
      { token: hub },
    );
    expect(staff.data!.idea.thread.at(-1).direction).toBe('FROM_AUTHOR');
    const forged = await api.gql(
      'mutation ($t: String!) { replyToIdea(token: $t, body: "x") { status } }',
      { t: token.replace(/.$/, token.endsWith('A') ? 'B' : 'A') },
    );
    expect(forged.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    clock.advance(5 * 3_600_000);
    const expired = await api.gql(
      'mutation ($t: String!) { replyToIdea(token: $t, body: "muộn") { status } }',
      { t: token },
    );
    expect(expired.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets the author withdraw an open idea, and only that', async () => {
    const { trackingCode } = await t.newIdea({
      author: { fullName: 'Người Rút', email: 'rut@example.com' },
    });
    const token = (await api.gql(TRACK, { c: trackingCode, k: 'rut@example.com' })).data!.trackIdea
      .token;
    const w = await api.gql(
      'mutation ($t: String!) { withdrawIdea(token: $t, reason: "Tôi đã chuyển công tác") { status } }',
      { t: token },
    );
    expect(w.data!.withdrawIdea.status).toBe('WITHDRAWN');
    const again = await api.gql('mutation ($t: String!) { withdrawIdea(token: $t) { status } }', {
      t: token,
    });
    expect(again.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
  });

  it('counts the response rate and the average response time for the KPI', async () => {
    const r = await api.gql(
      '{ ideaCounters { received answered responseRate averageResponseHours } }',
    );
    const c = r.data!.ideaCounters;
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(c.answered).toBeGreaterThan(0);
    expect(c.responseRate).toBeGreaterThan(0);
    expect(c.responseRate).toBeLessThanOrEqual(1);
    expect(c.averageResponseHours).not.toBeNull();
  });
});

describe('the audit log', () => {
  it('records transitions, responses and staff reads of personal data, filterable by the hub', async () => {
    const { id } = await t.newIdea();
    await t.move(id, 'NEEDS_INFO');
    await api.gql(
      'query ($id: ID!) { idea(id: $id) { authors { contact { email } } } }',
      { id },
      { token: hub },
    );
    const log = await api.gql(
      'query ($id: ID!) { auditLog(first: 20, where: { ideaId: $id }) { totalCount nodes { action actorName details } } }',
      { id },
      { token: hub },
    );
    const actions = log.data!.auditLog.nodes.map((n: any) => n.action);
    expect(actions).toEqual(
      expect.arrayContaining(['IDEA_SUBMITTED', 'IDEA_TRANSITIONED', 'PERSONAL_DATA_READ']),
    );
    const read = log.data!.auditLog.nodes.find((n: any) => n.action === 'PERSONAL_DATA_READ');
    expect(read.actorName).toBe('Lê Thị Đầu Mối');
    const onlyReads = await api.gql(
      '{ auditLog(first: 50, where: { actions: [PERSONAL_DATA_READ] }) { nodes { action } } }',
      {},
      { token: hub },
    );
    expect(new Set(onlyReads.data!.auditLog.nodes.map((n: any) => n.action))).toEqual(
      new Set(['PERSONAL_DATA_READ']),
    );
    const officer = await api.login(TEST_STAFF.officerA);
    expect(
      (await api.gql('{ auditLog(first: 5) { totalCount } }', {}, { token: officer })).errors![0]!
        .extensions!.code,
    ).toBe('FORBIDDEN');
  });

  it('cannot be changed or erased, even with direct SQL', async () => {
    await expect(api.sql(`update audit_entry set actor_name = 'giả mạo'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(api.sql(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`truncate audit_entry`)).rejects.toThrow(/append-only/);
  });

  it('does not log anonymous reads, which never see personal data', async () => {
    const before = await api.sql(
      `select count(*)::int as n from audit_entry where action = 'PERSONAL_DATA_READ'`,
    );
    await api.gql('{ ideas(first: 10) { nodes { authors { displayName contact { email } } } } }');
    expect(
      await api.sql(
        `select count(*)::int as n from audit_entry where action = 'PERSONAL_DATA_READ'`,
      ),
    ).toEqual(before);
  });
});
