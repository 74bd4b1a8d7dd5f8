import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { Triage } from '../helpers/triage.js';

let api: TestApi;
let t: Triage;
let hub: string;
const REOPEN = `mutation ($i: ID!, $r: String!) { reopenIdea(ideaId: $i, reason: $r) { id status } }`;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  hub = await api.login(TEST_STAFF.hub);
  t = await Triage.create(api, hub);
});
afterAll(() => api?.close());

describe('an archived idea', () => {
  it('is reopened by the hub with a reason; its history keeps both steps and the author is told', async () => {
    const id = await t.ideaIn('ARCHIVED');
    const short = await api.gql(REOPEN, { i: id, r: 'Có vốn' }, { token: hub });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const head = await api.login(TEST_STAFF.headA);
    const denied = await api.gql(
      REOPEN,
      { i: id, r: 'Đã có nguồn vốn xã hội hóa.' },
      { token: head },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await api.gql(
      REOPEN,
      { i: id, r: 'Đã có nguồn vốn xã hội hóa từ hợp tác xã, đủ điều kiện triển khai.' },
      { token: hub },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reopenIdea).toEqual({ id, status: 'ACCEPTED' });
    const [row] = await api.sql('select route from idea where id = $1', [id]);
    expect(row.route).toBeNull(); // to be routed again
    const events = await api.sql(
      `select from_status, to_status from idea_event where idea_id = $1 and kind = 'STATUS_CHANGED' order by created_at`,
      [id],
    );
    expect(events.map((e) => `${e.from_status}→${e.to_status}`).slice(-2)).toEqual([
      'ACCEPTED→ARCHIVED',
      'ARCHIVED→ACCEPTED',
    ]);
    const [msg] = await api.sql(
      `select body from idea_message where idea_id = $1 order by created_at desc limit 1`,
      [id],
    );
    expect(msg.body).toContain('mở lại để xem xét tiếp');
    const again = await api.gql(
      REOPEN,
      { i: id, r: 'Mở lại thêm một lần nữa xem sao.' },
      { token: hub },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
