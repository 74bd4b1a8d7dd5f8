/**
 * Sign-in security: failed logins counted in PostgreSQL (slowed, then locked, seen by every API
 * instance), the TOTP second factor with recovery codes, and the commune setting that makes TOTP
 * mandatory for ADMIN and HUB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { TEST_PASSWORD, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';

let a: TestApi;
let b: TestApi;
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));

beforeAll(async () => {
  a = await startTestApi({ clock });
  // A second API process on the same database, as behind a load balancer.
  b = await startTestApi({ clock, databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const LOGIN = `mutation ($e: String!, $p: String!) {
  login(email: $e, password: $p) { token challenge challengeExpiresAt user { email } }
}`;
const COMPLETE = `mutation ($c: String!, $code: String!) {
  completeLogin(challenge: $c, code: $code) { token user { email } }
}`;

function codeOf(api: TestApi, e: string, p: string) {
  return api.gql(LOGIN, { e, p }).then((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
}

/** Lets the growing delay between attempts pass (rather than waiting for it in real time). */
async function waitOutDelay(): Promise<void> {
  await a.sql(`delete from login_rate_limit where key like 'login_slow:%'`);
}

describe('lockout counted in PostgreSQL', () => {
  it('slows down after 5 failures and locks after 10, on every API instance, without revealing the email', async () => {
    const email = TEST_STAFF.officerB;
    for (let i = 0; i < 5; i++) {
      const api = i % 2 ? b : a;
      expect(await codeOf(api, email, `sai-mat-khau-${i}`)).toBe('UNAUTHENTICATED');
    }
    // The 6th attempt comes too soon after the 5th: refused on the other instance too, even
    // with the right password.
    const slowed = await b.gql(LOGIN, { e: email, p: TEST_PASSWORD });
    expect(slowed.errors![0]!.extensions!.code).toBe('TOO_MANY_ATTEMPTS');
    expect(slowed.errors![0]!.message).toMatch(/chờ \d+ giây/);
    expect(slowed.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    for (let i = 5; i < 9; i++) {
      await waitOutDelay();
      expect(await codeOf(i % 2 ? a : b, email, `sai-mat-khau-${i}`)).toBe('UNAUTHENTICATED');
    }
    await waitOutDelay();
    const tenth = await a.gql(LOGIN, { e: email, p: 'sai-mat-khau-9' });
    expect(tenth.errors![0]!.extensions!.code).toBe('ACCOUNT_LOCKED');
    expect(tenth.errors![0]!.message).toMatch(/thử lại sau 15 phút/);
    // Locked for both instances, the right password included.
    await waitOutDelay();
    for (const api of [a, b]) {
      const r = await api.gql(LOGIN, { e: email, p: TEST_PASSWORD });
      expect(r.errors![0]!.extensions!.code).toBe('ACCOUNT_LOCKED');
    }
    const rows = await a.sql(
      `select key, points from login_rate_limit where key like 'login_fail:%'`,
    );
    expect(rows).toEqual([{ key: `login_fail:${email}`, points: 11 }]);
    const [locked] = await a.sql(
      `select count(*)::int as n from audit_entry where action = 'ACCOUNT_LOCKED'`,
    );
    expect(locked.n).toBe(1);

    // An email nobody has answers exactly the same way.
    const ghost = 'khong.ai.ca@test.example';
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) {
      await a.sql(`delete from login_rate_limit where key like 'login_slow:%'`);
      answers.push(await codeOf(i % 2 ? a : b, ghost, `sai-${i}`));
    }
    expect(answers).toEqual([...Array(9).fill('UNAUTHENTICATED'), 'ACCOUNT_LOCKED']);
  });

  it('resets the count after a successful login', async () => {
    const email = TEST_STAFF.council3;
    for (let i = 0; i < 4; i++) await codeOf(a, email, `sai-${i}`);
    expect(await codeOf(b, email, TEST_PASSWORD)).toBe('OK');
    const rows = await a.sql(`select key from login_rate_limit where key = $1`, [
      `login_fail:${email}`,
    ]);
    expect(rows).toEqual([]);
    for (let i = 0; i < 4; i++)
      expect(await codeOf(a, email, `sai-lai-${i}`)).toBe('UNAUTHENTICATED');
  });

  it('limits failed attempts per address, whatever the emails', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const answers: string[] = [];
    for (let i = 0; i < 51; i++) {
      const r = await (i % 2 ? a : b).gql(
        LOGIN,
        { e: `nguoi${i}@test.example`, p: 'sai-mat-khau' },
        { headers },
      );
      answers.push(r.errors![0]!.extensions!.code);
    }
    expect(answers.slice(0, 50).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(answers[50]).toBe('TOO_MANY_ATTEMPTS');
    // Another address is unaffected.
    expect(
      (
        await a.gql(
          LOGIN,
          { e: TEST_STAFF.editor, p: TEST_PASSWORD },
          { headers: { 'x-forwarded-for': '203.0.113.8' } },
        )
      ).errors,
    ).toBeUndefined();
  });
});

describe('TOTP second factor', () => {
  function totpFor(secret: string): TOTP {
    return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  }
  const now = () => clock.now().getTime();

  it('enrols with a QR code, confirms with a code, then asks every login for a code or a recovery code', async () => {
    const email = TEST_STAFF.council2;
    const session = await a.login(email);
    const start = await a.gql(
      'mutation { startTwoFactorEnrolment { secret uri qrSvg } }',
      {},
      { token: session },
    );
    expect(start.errors).toBeUndefined();
    const { secret, uri, qrSvg } = start.data!.startTwoFactorEnrolment;
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(qrSvg).toMatch(/^<svg/);
    const totp = totpFor(secret);
    // Not active until confirmed.
    expect((await a.gql(LOGIN, { e: email, p: TEST_PASSWORD })).data!.login.token).toBeTruthy();

    const confirm = 'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) }';
    const bad = await a.gql(confirm, { c: '000000' }, { token: session });
    expect(bad.errors![0]!.extensions!.fieldErrors.code).toBeTruthy();
    const ok = await a.gql(confirm, { c: totp.generate({ timestamp: now() }) }, { token: session });
    const codes: string[] = ok.data!.confirmTwoFactorEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await a.sql(
      `select code_hash from recovery_code r join staff_user u on u.id = r.user_id where u.email = $1`,
      [email],
    );
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(codes[0]);
    const me = await a.gql(
      '{ viewer { twoFactorEnabled recoveryCodesLeft } }',
      {},
      { token: session },
    );
    expect(me.data!.viewer).toEqual({ twoFactorEnabled: true, recoveryCodesLeft: 10 });

    // Step one: no session yet, a challenge.
    const step1 = await a.gql(LOGIN, { e: email, p: TEST_PASSWORD });
    expect(step1.data!.login).toMatchObject({ token: null, user: null });
    const challenge = step1.data!.login.challenge;
    expect(challenge).toBeTruthy();
    const wrong = await b.gql(COMPLETE, { c: challenge, code: '123456' });
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const right = await b.gql(COMPLETE, {
      c: challenge,
      code: totp.generate({ timestamp: now() }),
    });
    expect(right.errors).toBeUndefined();
    expect(right.data!.completeLogin.user.email).toBe(email);
    const reused = await b.gql(COMPLETE, {
      c: challenge,
      code: totp.generate({ timestamp: now() }),
    });
    expect(reused.errors![0]!.extensions!.code).toBe('TOKEN_EXPIRED');

    // A recovery code works once.
    const c2 = (await a.gql(LOGIN, { e: email, p: TEST_PASSWORD })).data!.login.challenge;
    const rec = await a.gql(COMPLETE, { c: c2, code: codes[3]!.toUpperCase() });
    expect(rec.data!.completeLogin.token).toBeTruthy();
    const c3 = (await a.gql(LOGIN, { e: email, p: TEST_PASSWORD })).data!.login.challenge;
    const recAgain = await a.gql(COMPLETE, { c: c3, code: codes[3]! });
    expect(recAgain.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    // A challenge lasts 5 minutes.
    const c4 = (await a.gql(LOGIN, { e: email, p: TEST_PASSWORD })).data!.login.challenge;
    clock.advance(6 * 60_000);
    const late = await a.gql(COMPLETE, { c: c4, code: totp.generate({ timestamp: now() }) });
    expect(late.errors![0]!.extensions!.code).toBe('TOKEN_EXPIRED');

    // Turning it off needs the password.
    const token = rec.data!.completeLogin.token;
    const off = 'mutation ($p: String!) { disableTwoFactor(password: $p) }';
    const noPw = await a.gql(off, { p: 'sai' }, { token });
    expect(noPw.errors![0]!.extensions!.fieldErrors.password).toBeTruthy();
    expect((await a.gql(off, { p: TEST_PASSWORD }, { token })).data!.disableTwoFactor).toBe(true);
    expect((await a.gql(LOGIN, { e: email, p: TEST_PASSWORD })).data!.login.token).toBeTruthy();
    const [user] = await a.sql('select id from staff_user where email = $1', [email]);
    const actions = await a.sql(
      `select action from audit_entry where details->>'targetUserId' = $1`,
      [user.id],
    );
    expect(actions.map((r) => r.action)).toEqual(
      expect.arrayContaining(['TWO_FACTOR_ENABLED', 'RECOVERY_CODE_USED', 'TWO_FACTOR_DISABLED']),
    );
  });

  it('accepts a TOTP code once: the same code again, or a code of an earlier step, is refused', async () => {
    const email = TEST_STAFF.council3;
    const session = await a.login(email);
    const start = await a.gql(
      'mutation { startTwoFactorEnrolment { secret } }',
      {},
      { token: session },
    );
    const totp = totpFor(start.data!.startTwoFactorEnrolment.secret);
    const enrolled = await a.gql(
      'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) }',
      { c: totp.generate({ timestamp: now() }) },
      { token: session },
    );
    expect(enrolled.errors).toBeUndefined();
    const challenge = async () =>
      (await a.gql(LOGIN, { e: email, p: TEST_PASSWORD })).data!.login.challenge as string;

    clock.advance(30_000);
    const code = totp.generate({ timestamp: now() });
    const first = await a.gql(COMPLETE, { c: await challenge(), code });
    expect(first.errors).toBeUndefined();
    expect(first.data!.completeLogin.token).toBeTruthy();
    // The same code, still inside its 30 seconds, on either API instance: refused like a wrong
    // code (same error code), saying why.
    for (const api of [a, b]) {
      const again = await api.gql(COMPLETE, { c: await challenge(), code });
      expect(again.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect(again.errors![0]!.message).toBe(
        'Mã xác thực này đã được dùng. Vui lòng chờ mã mới trên ứng dụng rồi nhập lại.',
      );
    }
    // The previous step's code is still within the drift window, but older than the one used.
    const older = await a.gql(COMPLETE, {
      c: await challenge(),
      code: totp.generate({ timestamp: now() - 30_000 }),
    });
    expect(older.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // A wrong code still says it is wrong.
    const wrong = await a.gql(COMPLETE, { c: await challenge(), code: '000000' });
    expect(wrong.errors![0]!.message).toBe('Mã xác thực không đúng.');

    // Two sign-ins racing with one fresh code, on two instances: exactly one gets a session.
    clock.advance(30_000);
    const fresh = totp.generate({ timestamp: now() });
    const [c1, c2] = [await challenge(), await challenge()];
    const raced = await Promise.all([
      a.gql(COMPLETE, { c: c1, code: fresh }),
      b.gql(COMPLETE, { c: c2, code: fresh }),
    ]);
    expect(raced.filter((r) => r.data?.completeLogin?.token).length).toBe(1);
    expect(raced.filter((r) => r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').length).toBe(
      1,
    );

    // The next period's code works.
    clock.advance(30_000);
    const next = await a.gql(COMPLETE, {
      c: await challenge(),
      code: totp.generate({ timestamp: now() }),
    });
    expect(next.data!.completeLogin.token).toBeTruthy();
  });

  it('when the commune requires it, an ADMIN or HUB without TOTP can only enrol (TWO_FACTOR_REQUIRED)', async () => {
    const admin = await a.login(TEST_STAFF.admin);
    const hubToken = await a.login(TEST_STAFF.hub);
    const require = 'mutation { setRequireTwoFactorForAdmins(required: true) { code } }';
    // The ADMIN first protects their own account.
    const notYet = await a.gql(require, {}, { token: admin });
    expect(notYet.errors![0]!.extensions!.code).toBe('CONFLICT');
    const mine = await a.gql(
      'mutation { startTwoFactorEnrolment { secret } }',
      {},
      { token: admin },
    );
    await a.gql(
      'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) }',
      { c: totpFor(mine.data!.startTwoFactorEnrolment.secret).generate({ timestamp: now() }) },
      { token: admin },
    );
    const set = await a.gql(
      'mutation { setRequireTwoFactorForAdmins(required: true) { requireTwoFactorForAdmins } }',
      {},
      { token: admin },
    );
    expect(set.data!.setRequireTwoFactorForAdmins.requireTwoFactorForAdmins).toBe(true);
    try {
      const v = await a.gql(
        '{ viewer { email twoFactorEnrolmentRequired permissions } }',
        {},
        { token: hubToken },
      );
      expect(v.data!.viewer).toEqual({
        email: TEST_STAFF.hub,
        twoFactorEnrolmentRequired: true,
        permissions: [],
      });
      const refused = await b.gql('{ inboxSummary { overdue } }', {}, { token: hubToken });
      expect(refused.errors![0]!.extensions!.code).toBe('TWO_FACTOR_REQUIRED');
      // An editor is not concerned.
      const editor = await a.login(TEST_STAFF.editor);
      const posts = await a.gql('{ posts(first: 1) { totalCount } }', {}, { token: editor });
      expect(posts.errors).toBeUndefined();

      const start = await a.gql(
        'mutation { startTwoFactorEnrolment { secret } }',
        {},
        { token: hubToken },
      );
      const totp = totpFor(start.data!.startTwoFactorEnrolment.secret);
      const confirmed = await a.gql(
        'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) }',
        { c: totp.generate({ timestamp: now() }) },
        { token: hubToken },
      );
      expect(confirmed.errors).toBeUndefined();
      const now2 = await a.gql('{ inboxSummary { overdue } }', {}, { token: hubToken });
      expect(now2.errors).toBeUndefined();
      const off = await a.gql(
        'mutation ($p: String!) { disableTwoFactor(password: $p) }',
        { p: TEST_PASSWORD },
        { token: hubToken },
      );
      expect(off.errors![0]!.extensions!.code).toBe('CONFLICT');
    } finally {
      await a.gql(
        'mutation { setRequireTwoFactorForAdmins(required: false) { code } }',
        {},
        { token: admin },
      );
    }
  });
});
