import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';

let api: TestApi;
const clock = new TestClock();

beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api?.close());

describe('staff authentication', () => {
  it('logs in with argon2id-hashed passwords and shows the viewer with roles and unit', async () => {
    const token = await api.login(TEST_STAFF.officerA);
    const r = await api.gql(
      '{ viewer { email fullName roles unit { code } tenant { code } } }',
      {},
      { token },
    );
    expect(r.data!.viewer).toEqual({
      email: TEST_STAFF.officerA,
      fullName: 'Cán Bộ Thôn A',
      roles: ['RECEPTION_OFFICER'],
      unit: { code: 'thon-a' },
      tenant: { code: '16228' },
    });
    const [row] = await api.sql('select password_hash from staff_user where email = $1', [
      TEST_STAFF.officerA,
    ]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const [session] = await api.sql(
      'select token_hash from session order by created_at desc limit 1',
    );
    expect(session.token_hash).not.toBe(token);
  });

  it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown email', async () => {
    const q = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const wrong = await api.gql(q, { e: TEST_STAFF.hub, p: 'sai-mat-khau-123' });
    const unknown = await api.gql(q, { e: 'khong.ton.tai@test.example', p: 'sai-mat-khau-123' });
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('ends the session on logout and when it expires', async () => {
    const token = await api.login(TEST_STAFF.hub);
    expect((await api.gql('{ viewer { id } }', {}, { token })).data!.viewer).not.toBeNull();
    const [hub] = await api.sql('select id, tenant_id from staff_user where email = $1', [
      TEST_STAFF.hub,
    ]);
    const ended = () =>
      api.sql(
        `select tenant_id, actor_id, actor_name, details from audit_entry
          where action = 'SESSION_ENDED' and actor_id = $1`,
        [hub.id],
      );
    expect(await ended()).toEqual([]);
    expect((await api.gql('mutation { logout }', {}, { token })).data!.logout).toBe(true);
    expect((await api.gql('{ viewer { id } }', {}, { token })).data!.viewer).toBeNull();
    // Signing out is in the commune's log, like ending a session from the list.
    expect(await ended()).toEqual([
      {
        tenant_id: hub.tenant_id,
        actor_id: hub.id,
        actor_name: 'Lê Thị Đầu Mối',
        details: {
          targetUserId: hub.id,
          targetName: 'Lê Thị Đầu Mối',
          sessionsEnded: 1,
          loggedOut: true,
        },
      },
    ]);
    // Signing out again (or with no session) ends nothing and writes nothing.
    expect((await api.gql('mutation { logout }', {}, { token })).data!.logout).toBe(false);
    expect((await api.gql('mutation { logout }')).data!.logout).toBe(false);
    expect(await ended()).toHaveLength(1);

    const token2 = await api.login(TEST_STAFF.hub);
    clock.advance(13 * 3_600_000);
    expect((await api.gql('{ viewer { id } }', {}, { token: token2 })).data!.viewer).toBeNull();
  });

  it('accepts the session from an httpOnly cookie as well as a bearer header', async () => {
    const token = await api.login(TEST_STAFF.editor);
    const r = await api.gql(
      '{ viewer { email } }',
      {},
      { headers: { cookie: `other=1; kn_session=${token}` } },
    );
    expect(r.data!.viewer.email).toBe(TEST_STAFF.editor);
  });
});

describe('the server', () => {
  it('answers GET /health after checking the database', async () => {
    const res = await fetch(`${api.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('serves GraphQL over WebSocket (graphql-ws) on the same port with the same context', async () => {
    const token = await api.login(TEST_STAFF.hub);
    const client = createClient({
      url: api.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const result = await new Promise<any>((resolve, reject) => {
      let value: unknown;
      client.subscribe(
        { query: '{ viewer { email } fields { code } }' },
        { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
      );
    });
    await client.dispose();
    expect(result.data.viewer.email).toBe(TEST_STAFF.hub);
    expect(result.data.fields.length).toBeGreaterThan(5);
  });

  it("tells anyone the platform's time (serverTime), which follows the clock the services use", async () => {
    const first = await api.gql<{ serverTime: string }>('{ serverTime }');
    expect(first.data!.serverTime).toBe(clock.now().toISOString());
    clock.advance(20 * 86_400_000);
    const later = await api.gql<{ serverTime: string }>('{ serverTime }');
    expect(Date.parse(later.data!.serverTime) - Date.parse(first.data!.serverTime)).toBe(
      20 * 86_400_000,
    );
  });

  it('names an unknown commune code clearly', async () => {
    const r = await api.gql('{ fields { id } }', {}, { tenant: '99999' });
    expect(r.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(r.errors![0]!.message).toContain('99999');
  });

  it('lists units in Vietnamese order and the campaign with its phases', async () => {
    const r = await api.gql(
      '{ units(kind: VILLAGE) { name areaType receptionPoints { name } } currentCampaign { code phases { kind startsOn endsOn } } }',
    );
    expect(r.data!.units.map((u: any) => u.name)).toEqual(['Thôn Bãi Bằng', 'Thôn Đồng Ánh']);
    expect(r.data!.units[0].receptionPoints).toEqual([{ name: 'Nhà văn hóa thôn Bãi Bằng' }]);
    expect(r.data!.currentCampaign.phases.map((p: any) => p.kind)).toEqual([
      'ROLLOUT',
      'MIDTERM_REVIEW',
      'FINAL_REVIEW',
    ]);
  });
});
