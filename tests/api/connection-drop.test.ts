import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('connections dropped by PostgreSQL', () => {
  it('leave the API running: idle connections are discarded and reopened', async () => {
    // A login leaves idle connections in the API's pools (the ORM's and the login limiter's).
    await api.login(TEST_STAFF.hub);
    const [{ n }] = await api.sql(
      `select count(*)::int as n from (
         select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()) t`,
    );
    expect(n).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    const health = await fetch(api.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await api.login(TEST_STAFF.hub)).toBeTruthy();
  });
});
