import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';

/**
 * What strangers may do without a session, limited in PostgreSQL across API instances:
 * submissions per address and per contact, failed tracking lookups per address (codes cannot be
 * guessed), and the public form's honeypot. The address is the visitor's, forwarded by the public
 * site (X-Forwarded-For, trusted from loopback).
 */
let api: TestApi;
let fieldId: string;

beforeAll(async () => {
  api = await startTestApi({
    config: {
      runJobs: false,
      submissionsPerAddressPerHour: 3,
      submissionsPerContactPerDay: 2,
      trackingFailuresPerAddress: 3,
    },
  });
  fieldId = (await catalog(api)).fields[0]!.id;
});
afterAll(() => api?.close());

let n = 0;
/** A submission's input with its own email and phone unless given. */
function input(overrides: Record<string, unknown> = {}) {
  n += 1;
  return ideaInput(fieldId, {
    author: {
      fullName: 'Lê Văn Gửi',
      email: `gui${n}@example.com`,
      phone: `09${String(10_000_000 + n).slice(-8)}`,
    },
    ...overrides,
  });
}

/** A submission from `address` (a fresh input unless given). */
function submit(
  address: string,
  overrides: Record<string, unknown> = {},
  token?: string,
  given?: Record<string, unknown>,
) {
  return api.gql<{ submitIdea: { trackingCode: string } }>(
    SUBMIT,
    { input: given ?? input(overrides) },
    { headers: { 'x-forwarded-for': address }, token },
  );
}

async function ideaCount(): Promise<number> {
  const [r] = await api.sql('select count(*)::int as n from idea');
  return r.n;
}

describe('strangers’ limits', () => {
  it('limits submissions per address, not a retry of one already stored', async () => {
    const first = input({ idempotencyKey: 'lap-lai-0001' });
    for (let i = 0; i < 3; i++) {
      const r = await submit('203.0.113.7', {}, undefined, i === 0 ? first : undefined);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    const before = await ideaCount();
    const over = await submit('203.0.113.7');
    expect(over.status).toBe(429);
    expect(over.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(over.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(over.errors![0]!.message).toMatch(/địa chỉ mạng này trong một giờ.*phút\./);
    expect(await ideaCount()).toBe(before);
    // The first submission retried (a lost answer): its receipt again, nothing new.
    const retry = await submit('203.0.113.7', {}, undefined, first);
    expect(retry.errors).toBeUndefined();
    expect(await ideaCount()).toBe(before);
    // Another address, and a staff session, are not concerned.
    expect((await submit('203.0.113.8')).errors).toBeUndefined();
    const hub = await api.login(TEST_STAFF.hub);
    expect((await submit('203.0.113.7', {}, hub)).errors).toBeUndefined();
  });

  it('limits submissions per email and per phone number across addresses', async () => {
    const author = {
      fullName: 'Trần Thị Nhiều',
      email: 'nhieu@example.com',
      phone: '0977 000 111',
    };
    expect((await submit('198.51.100.1', { author })).errors).toBeUndefined();
    expect((await submit('198.51.100.2', { author })).errors).toBeUndefined();
    const third = await submit('198.51.100.3', { author });
    expect(third.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    const samePhone = await submit('198.51.100.4', {
      author: { ...author, email: 'khac@example.com' },
    });
    expect(samePhone.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
  });

  it('refuses a filled honeypot and stores nothing', async () => {
    const before = await ideaCount();
    const r = await submit('192.0.2.50', { website: 'http://spam.example' });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { website: 'Vui lòng để trống trường này.' },
    });
    expect(await ideaCount()).toBe(before);
    expect((await submit('192.0.2.50', { website: '' })).errors).toBeUndefined();
  });

  it('throttles tracking-code guessing per address', async () => {
    const ok = await submit('192.0.2.60', {
      author: { fullName: 'Tra Cứu', email: 'tracuu@example.com' },
    });
    const code = ok.data!.submitIdea.trackingCode;
    const track = (address: string, c: string, contact = 'tracuu@example.com') =>
      api.gql(
        'query ($c: String!, $k: String!) { trackIdea(code: $c, contact: $k) { status } }',
        { c, k: contact },
        { headers: { 'x-forwarded-for': address } },
      );
    // Successful lookups do not count.
    for (let i = 0; i < 5; i++) expect((await track('192.0.2.61', code)).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      const wrong = await track('192.0.2.61', 'KN-AAAA-AAA' + String(i));
      expect(wrong.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
    const blocked = await track('192.0.2.61', code);
    expect(blocked.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(blocked.status).toBe(429);
    expect((await track('192.0.2.62', code)).errors).toBeUndefined();
  });
});
