/**
 * Staff accounts: invitations (emailed link, printed code), account management by the commune's
 * ADMIN only, disabling, passwords (change, forgotten, reset) and sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, TestClock, type TestApi } from '../helpers/api.js';

let api: TestApi;
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));
const STRONG = 'Hoa sen nở giữa đầm lầy 2026';

beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api?.close());

const INVITE = `mutation ($input: InviteStaffInput!) {
  inviteStaff(input: $input) { code expiresAt method user { id email fullName roles status unit { code } pendingInvitation { method status expiresAt } } }
}`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token user { id email status } }
}`;
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

async function unitId(code: string): Promise<string> {
  const [row] = await api.sql(
    `select u.id from unit u join tenant t on t.id = u.tenant_id where u.code = $1 and t.code = '16228'`,
    [code],
  );
  return row.id;
}

const sentTo = new Map<string, number>();

/** The next invitation or reset link emailed to `email`. */
async function linkSentTo(email: string, path: string): Promise<string> {
  const before = sentTo.get(email) ?? 0;
  // The background runner may already be delivering it: wait for it to land.
  for (let i = 0; i < 50; i++) {
    await api.jobs.drain();
    if (api.senders.sent.filter((m) => m.recipient === email).length > before) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const all = api.senders.sent.filter((m) => m.recipient === email);
  sentTo.set(email, all.length);
  const mail = all.at(-1);
  expect(mail, `an email to ${email}`).toBeTruthy();
  const m = new RegExp(`http://localhost:3001/${path}/(\\S+)`).exec(mail!.body);
  expect(m, mail!.body).toBeTruthy();
  return m![1]!;
}

async function invite(
  admin: string,
  input: Record<string, unknown>,
): Promise<{ code: string | null; user: { id: string; status: string } }> {
  const r = await api.gql(INVITE, { input }, { token: admin });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.inviteStaff;
}

async function auditActions(targetUserId: string): Promise<string[]> {
  const rows = await api.sql(
    `select action from audit_entry where details->>'targetUserId' = $1 order by created_at, action`,
    [targetUserId],
  );
  return rows.map((r) => r.action);
}

describe('invitations', () => {
  it('emails a one-time link valid for 7 days; accepting sets the password, activates and signs in', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const r = await api.gql(
      INVITE,
      {
        input: {
          method: 'EMAIL_LINK',
          email: 'Moi.Email@Test.Example',
          fullName: 'Nguyễn Văn Mời',
          roles: ['RECEPTION_OFFICER', 'UNIT_HEAD'],
          unitId: await unitId('thon-a'),
        },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    const inv = r.data!.inviteStaff;
    expect(inv.code).toBeNull();
    expect(inv.user).toMatchObject({
      email: 'moi.email@test.example',
      roles: ['RECEPTION_OFFICER', 'UNIT_HEAD'],
      status: 'INVITED',
      unit: { code: 'thon-a' },
      pendingInvitation: { method: 'EMAIL_LINK', status: 'PENDING' },
    });
    expect(new Date(inv.expiresAt).getTime() - clock.now().getTime()).toBe(7 * 24 * 3_600_000);
    // No password yet: nobody can sign in to an invited account.
    const early = await api.gql(LOGIN, { e: 'moi.email@test.example', p: STRONG });
    expect(early.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const token = await linkSentTo('moi.email@test.example', 'moi');
    const [stored] = await api.sql('select token_hash from staff_invitation where user_id = $1', [
      inv.user.id,
    ]);
    expect(stored.token_hash).not.toContain(token);

    const weak = await api.gql(ACCEPT, { input: { token, password: 'matkhau123' } });
    expect(weak.errors![0]!.extensions!.fieldErrors.password).toMatch(/dễ đoán/);
    const short = await api.gql(ACCEPT, { input: { token, password: 'Ab1!x' } });
    expect(short.errors![0]!.extensions!.fieldErrors.password).toMatch(/ít nhất 10 ký tự/);

    const ok = await api.gql(ACCEPT, { input: { token, password: STRONG } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.acceptInvitation.user).toMatchObject({ status: 'ACTIVE' });
    const session = ok.data!.acceptInvitation.token;
    expect((await api.gql('{ viewer { email } }', {}, { token: session })).data!.viewer.email).toBe(
      'moi.email@test.example',
    );
    await api.login('moi.email@test.example', STRONG);

    const again = await api.gql(ACCEPT, { input: { token, password: STRONG + '!' } });
    expect(again.errors![0]!.extensions!.code).toBe('TOKEN_USED');
    expect(again.errors![0]!.message).toMatch(/đã được dùng/);
    expect(await auditActions(inv.user.id)).toEqual(
      expect.arrayContaining(['ACCOUNT_CREATED', 'INVITATION_SENT', 'INVITATION_ACCEPTED']),
    );
  });

  it('gives staff without email a printed 10-character code (72 hours), accepted with the email they choose', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const inv = await invite(admin, {
      method: 'PRINTED_CODE',
      fullName: 'Bà Lò Thị In',
      roles: ['RECEPTION_OFFICER'],
      unitId: await unitId('thon-b'),
    });
    expect(inv.code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const [row] = await api.sql(
      `select extract(epoch from expires_at - created_at) / 3600 as hours from staff_invitation where user_id = $1`,
      [inv.user.id],
    );
    expect(Number(row.hours)).toBe(72);

    const noEmail = await api.gql(ACCEPT, { input: { code: inv.code, password: STRONG } });
    expect(noEmail.errors![0]!.extensions!.fieldErrors.email).toBeTruthy();
    const taken = await api.gql(ACCEPT, {
      input: { code: inv.code, email: TEST_STAFF.hub, password: STRONG },
    });
    expect(taken.errors![0]!.extensions!.fieldErrors.email).toMatch(/đã được dùng/);

    // Typed in lower case with a space instead of the dash.
    const typed = inv.code!.toLowerCase().replace('-', ' ');
    const ok = await api.gql(ACCEPT, {
      input: { code: typed, email: 'lo.thi.in@test.example', password: STRONG },
    });
    expect(ok.errors).toBeUndefined();
    await api.login('lo.thi.in@test.example', STRONG);

    const wrong = await api.gql(ACCEPT, {
      input: { code: 'AAAAA-BBBBB', email: 'x@test.example', password: STRONG },
    });
    expect(wrong.errors![0]!.extensions!.code).toBe('TOKEN_INVALID');
  });

  it('refuses an expired invitation (TOKEN_EXPIRED); resending issues a new one and revoking stops it', async () => {
    let admin = await api.login(TEST_STAFF.admin);
    const inv = await invite(admin, {
      method: 'EMAIL_LINK',
      email: 'het.han@test.example',
      fullName: 'Trần Hết Hạn',
      roles: ['EDITOR'],
    });
    const first = await linkSentTo('het.han@test.example', 'moi');
    clock.advance(7 * 24 * 3_600_000 + 1000);
    try {
      admin = await api.login(TEST_STAFF.admin);
      const expired = await api.gql(ACCEPT, { input: { token: first, password: STRONG } });
      expect(expired.errors![0]!.extensions!.code).toBe('TOKEN_EXPIRED');
      expect(expired.errors![0]!.message).toMatch(/hết hạn/);

      const list = await api.gql(
        `{ staffAccounts(where: { search: "het han" }) { nodes { id status pendingInvitation { status } } } }`,
        {},
        { token: admin },
      );
      expect(list.data!.staffAccounts.nodes).toEqual([
        { id: inv.user.id, status: 'INVITED', pendingInvitation: { status: 'EXPIRED' } },
      ]);

      const resent = await api.gql(
        'mutation ($id: ID!) { resendInvitation(userId: $id) { method code expiresAt } }',
        { id: inv.user.id },
        { token: admin },
      );
      expect(resent.errors).toBeUndefined();
      expect(resent.data!.resendInvitation.method).toBe('EMAIL_LINK');
      const second = await linkSentTo('het.han@test.example', 'moi');
      expect(second).not.toBe(first);

      const revoked = await api.gql(
        'mutation ($id: ID!) { revokeInvitation(userId: $id) { id pendingInvitation { status } } }',
        { id: inv.user.id },
        { token: admin },
      );
      expect(revoked.data!.revokeInvitation.pendingInvitation).toBeNull();
      const late = await api.gql(ACCEPT, { input: { token: second, password: STRONG } });
      expect(late.errors![0]!.extensions!.code).toBe('TOKEN_REVOKED');

      // A printed code instead, this time.
      const printed = await api.gql(
        'mutation ($id: ID!) { resendInvitation(userId: $id, method: PRINTED_CODE) { code } }',
        { id: inv.user.id },
        { token: admin },
      );
      const ok = await api.gql(ACCEPT, {
        input: { code: printed.data!.resendInvitation.code, password: STRONG },
      });
      expect(ok.errors).toBeUndefined();
      expect(await auditActions(inv.user.id)).toEqual(
        expect.arrayContaining(['INVITATION_REVOKED', 'INVITATION_ACCEPTED']),
      );
    } finally {
      clock.set(new Date('2026-11-20T02:00:00Z'));
    }
  });

  it('checks the invitation: roles needed, a unit of this commune for officers and unit heads, a free email', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const [other] = await api.sql(
      `select u.id from unit u join tenant t on t.id = u.tenant_id where t.code = '16231' limit 1`,
    );
    const r = await api.gql(
      INVITE,
      {
        input: {
          method: 'EMAIL_LINK',
          email: TEST_STAFF.editor,
          fullName: ' ',
          roles: [],
          unitId: other.id,
        },
      },
      { token: admin },
    );
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors![0]!.extensions!.fieldErrors).sort()).toEqual([
      'email',
      'fullName',
      'roles',
      'unitId',
    ]);
    const noUnit = await api.gql(
      INVITE,
      {
        input: {
          method: 'PRINTED_CODE',
          fullName: 'Không Có Thôn',
          roles: ['UNIT_HEAD'],
        },
      },
      { token: admin },
    );
    expect(noUnit.errors![0]!.extensions!.fieldErrors.unitId).toBeTruthy();
    const linkWithoutEmail = await api.gql(
      INVITE,
      { input: { method: 'EMAIL_LINK', fullName: 'Không Email', roles: ['EDITOR'] } },
      { token: admin },
    );
    expect(linkWithoutEmail.errors![0]!.extensions!.fieldErrors.email).toBeTruthy();
  });

  it('lets the council member picker choose an invited outside expert, who then sees only their own councils', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const inv = await invite(admin, {
      method: 'EMAIL_LINK',
      email: 'chuyengia.ngoai@test.example',
      fullName: 'Chuyên Gia Bên Ngoài',
      roles: ['COUNCIL_MEMBER'],
    });
    const hub = await api.login(TEST_STAFF.hub);
    const picker = await api.gql(
      '{ staffMembers(roles: [COUNCIL_MEMBER]) { id fullName } }',
      {},
      { token: hub },
    );
    expect(picker.data!.staffMembers.map((m: { id: string }) => m.id)).toContain(inv.user.id);
    const token = await linkSentTo('chuyengia.ngoai@test.example', 'moi');
    const accepted = await api.gql(ACCEPT, { input: { token, password: STRONG } });
    const session = accepted.data!.acceptInvitation.token;
    const councils = await api.gql('{ councils { id } }', {}, { token: session });
    expect(councils.data!.councils).toEqual([]);
  });
});

describe('account management', () => {
  const ROLES = {
    HUB: TEST_STAFF.hub,
    RECEPTION_OFFICER: TEST_STAFF.officerA,
    COUNCIL_MEMBER: TEST_STAFF.council,
    EDITOR: TEST_STAFF.editor,
    UNIT_HEAD: TEST_STAFF.headA,
  };

  it('is the ADMIN’s alone: every other role gets FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const [target] = await api.sql('select id from staff_user where email = $1', [
      TEST_STAFF.editor,
    ]);
    const ops = [
      ['{ staffAccounts { totalCount } }', {}],
      ['query ($id: ID!) { staffAccount(id: $id) { id } }', { id: target.id }],
      [INVITE, { input: { method: 'PRINTED_CODE', fullName: 'X Y', roles: ['EDITOR'] } }],
      ['mutation ($id: ID!) { resendInvitation(userId: $id) { code } }', { id: target.id }],
      ['mutation ($id: ID!) { revokeInvitation(userId: $id) { id } }', { id: target.id }],
      [
        'mutation ($id: ID!) { updateStaffAccount(id: $id, input: { fullName: "X", roles: [ADMIN] }) { id } }',
        { id: target.id },
      ],
      ['mutation ($id: ID!) { disableStaffAccount(id: $id) { id } }', { id: target.id }],
      ['mutation ($id: ID!) { enableStaffAccount(id: $id) { id } }', { id: target.id }],
      ['mutation { setRequireTwoFactorForAdmins(required: true) { code } }', {}],
    ] as const;
    for (const [role, email] of Object.entries(ROLES)) {
      const token = await api.login(email);
      for (const [q, vars] of ops) {
        const r = await api.gql(q, vars, { token });
        expect(r.errors?.[0]?.extensions?.code, `${role}: ${q}`).toBe('FORBIDDEN');
      }
    }
    for (const [q, vars] of ops) {
      const r = await api.gql(q, vars);
      expect(r.errors?.[0]?.extensions?.code, `anonymous: ${q}`).toBe('UNAUTHENTICATED');
    }
    const [row] = await api.sql('select roles, active from staff_user where id = $1', [target.id]);
    expect(row).toEqual({ roles: ['EDITOR'], active: true });
  });

  it('lists, filters and searches the commune’s accounts without accents, page by page', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const all = await api.gql(
      '{ staffAccounts(first: 100) { totalCount nodes { email status roles } } }',
      {},
      { token: admin },
    );
    const emails = all.data!.staffAccounts.nodes.map((n: { email: string }) => n.email);
    expect(emails).toContain(TEST_STAFF.hub);
    expect(emails).not.toContain(TEST_STAFF.otherTenantHub);

    const search = await api.gql(
      '{ staffAccounts(where: { search: "le thi dau" }) { nodes { email } } }',
      {},
      { token: admin },
    );
    expect(search.data!.staffAccounts.nodes, JSON.stringify(search)).toEqual([
      { email: TEST_STAFF.hub },
    ]);

    const officers = await api.gql(
      `query ($u: ID!) { staffAccounts(where: { roles: [RECEPTION_OFFICER], unitId: $u, status: ACTIVE }) { nodes { email } } }`,
      { u: await unitId('thon-a') },
      { token: admin },
    );
    // The seeded officer of thôn A and the one invited (and activated) above.
    expect(
      officers.data!.staffAccounts.nodes.map((n: { email: string }) => n.email).sort(),
    ).toEqual(['moi.email@test.example', TEST_STAFF.officerA]);

    const page1 = await api.gql(
      '{ staffAccounts(first: 3) { nodes { id } pageInfo { hasNextPage endCursor } } }',
      {},
      { token: admin },
    );
    expect(page1.data!.staffAccounts.nodes).toHaveLength(3);
    expect(page1.data!.staffAccounts.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.gql(
      'query ($a: String) { staffAccounts(first: 3, after: $a) { nodes { id } } }',
      { a: page1.data!.staffAccounts.pageInfo.endCursor },
      { token: admin },
    );
    const ids1 = page1.data!.staffAccounts.nodes.map((n: { id: string }) => n.id);
    for (const n of page2.data!.staffAccounts.nodes) expect(ids1).not.toContain(n.id);
  });

  it('edits name, several roles and unit; an ADMIN cannot drop their own ADMIN role', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const [head] = await api.sql('select id from staff_user where email = $1', [TEST_STAFF.headA]);
    const r = await api.gql(
      `mutation ($id: ID!, $u: ID) { updateStaffAccount(id: $id, input: { fullName: "Trưởng Thôn A (mới)", roles: [UNIT_HEAD, COUNCIL_MEMBER], unitId: $u }) { fullName roles unit { code } } }`,
      { id: head.id, u: await unitId('thon-a') },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateStaffAccount).toEqual({
      fullName: 'Trưởng Thôn A (mới)',
      roles: ['UNIT_HEAD', 'COUNCIL_MEMBER'],
      unit: { code: 'thon-a' },
    });
    expect(await auditActions(head.id)).toContain('ACCOUNT_CHANGED');
    const [me] = await api.sql('select id from staff_user where email = $1', [TEST_STAFF.admin]);
    const self = await api.gql(
      `mutation ($id: ID!) { updateStaffAccount(id: $id, input: { fullName: "Quản Trị Viên", roles: [HUB] }) { id } }`,
      { id: me.id },
      { token: admin },
    );
    expect(self.errors![0]!.extensions!.fieldErrors.roles).toBeTruthy();
  });

  it('disables an account: every session ends at once and login is refused; enabling restores it', async () => {
    const admin = await api.login(TEST_STAFF.admin);
    const inv = await invite(admin, {
      method: 'PRINTED_CODE',
      email: 'se.bi.khoa@test.example',
      fullName: 'Sẽ Bị Khóa',
      roles: ['EDITOR'],
    });
    await api.gql(ACCEPT, { input: { code: inv.code, password: STRONG } });
    const s1 = await api.login('se.bi.khoa@test.example', STRONG);
    const s2 = await api.login('se.bi.khoa@test.example', STRONG);
    const r = await api.gql(
      'mutation ($id: ID!) { disableStaffAccount(id: $id) { status } }',
      { id: inv.user.id },
      { token: admin },
    );
    expect(r.data!.disableStaffAccount.status).toBe('DISABLED');
    for (const t of [s1, s2])
      expect((await api.gql('{ viewer { id } }', {}, { token: t })).data!.viewer).toBeNull();
    const [open] = await api.sql(
      'select count(*)::int as n from session where user_id = $1 and revoked_at is null',
      [inv.user.id],
    );
    expect(open.n).toBe(0);
    const refused = await api.gql(LOGIN, { e: 'se.bi.khoa@test.example', p: STRONG });
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const disabledList = await api.gql(
      '{ staffAccounts(where: { status: DISABLED }) { nodes { id } } }',
      {},
      { token: admin },
    );
    expect(disabledList.data!.staffAccounts.nodes).toEqual([{ id: inv.user.id }]);

    await api.gql(
      'mutation ($id: ID!) { enableStaffAccount(id: $id) { status } }',
      { id: inv.user.id },
      { token: admin },
    );
    await api.login('se.bi.khoa@test.example', STRONG);
    expect(await auditActions(inv.user.id)).toEqual(
      expect.arrayContaining(['ACCOUNT_DISABLED', 'ACCOUNT_ENABLED']),
    );
    const [me] = await api.sql('select id from staff_user where email = $1', [TEST_STAFF.admin]);
    const self = await api.gql(
      'mutation ($id: ID!) { disableStaffAccount(id: $id) { id } }',
      { id: me.id },
      { token: admin },
    );
    expect(self.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('never reaches across communes: the ADMIN of another commune sees and changes nothing here', async () => {
    await api.sql(
      `insert into staff_user (id, tenant_id, email, full_name, password_hash, roles, active, activated_at)
       select gen_random_uuid(), tenant_id, 'admin@khac.example', 'Quản Trị Xã Khác', password_hash, '{ADMIN}', true, now()
         from staff_user where email = $1`,
      [TEST_STAFF.otherTenantHub],
    );
    const otherAdmin = await api.login('admin@khac.example', TEST_PASSWORD);
    const [target] = await api.sql('select id from staff_user where email = $1', [
      TEST_STAFF.officerB,
    ]);
    const list = await api.gql(
      '{ staffAccounts(first: 100) { nodes { email } } }',
      {},
      { token: otherAdmin },
    );
    const emails = list.data!.staffAccounts.nodes.map((n: { email: string }) => n.email);
    expect(emails.sort()).toEqual(['admin@khac.example', TEST_STAFF.otherTenantHub].sort());
    const one = await api.gql(
      'query ($id: ID!) { staffAccount(id: $id) { id } }',
      { id: target.id },
      { token: otherAdmin },
    );
    expect(one.data!.staffAccount).toBeNull();
    for (const q of [
      'mutation ($id: ID!) { disableStaffAccount(id: $id) { id } }',
      'mutation ($id: ID!) { updateStaffAccount(id: $id, input: { fullName: "X", roles: [ADMIN] }) { id } }',
    ]) {
      const r = await api.gql(q, { id: target.id }, { token: otherAdmin });
      expect(r.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
    // Its invitations are for its own commune, whatever X-Tenant says.
    const inv = await api.gql(
      INVITE,
      {
        input: {
          method: 'PRINTED_CODE',
          fullName: 'Cán Bộ Xã Khác',
          roles: ['EDITOR'],
        },
      },
      { token: otherAdmin, tenant: '16228' },
    );
    const [row] = await api.sql(
      'select t.code from staff_user u join tenant t on t.id = u.tenant_id where u.id = $1',
      [inv.data!.inviteStaff.user.id],
    );
    expect(row.code).toBe('16231');
  });
});

describe('passwords and sessions', () => {
  async function newAccount(email: string): Promise<string> {
    const admin = await api.login(TEST_STAFF.admin);
    const inv = await invite(admin, {
      method: 'PRINTED_CODE',
      email,
      fullName: 'Phạm Thị Mật Khẩu',
      roles: ['EDITOR'],
    });
    const r = await api.gql(ACCEPT, { input: { code: inv.code, password: STRONG } });
    expect(r.errors).toBeUndefined();
    return inv.user.id;
  }

  it('changes the password with the current one; a guessable or personal one is refused; other sessions end', async () => {
    await newAccount('doi.mk@test.example');
    const here = await api.login('doi.mk@test.example', STRONG);
    const elsewhere = await api.login('doi.mk@test.example', STRONG);
    const q =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await api.gql(
      q,
      { c: 'khong-dung-dau', n: 'Trời xanh mây trắng 77' },
      { token: here },
    );
    expect(wrong.errors![0]!.extensions!.fieldErrors.currentPassword).toBeTruthy();
    for (const weak of ['password1234', 'qwertyuiop12', 'doi.mk@test.example', 'PhamThiMatKhau']) {
      const r = await api.gql(q, { c: STRONG, n: weak }, { token: here });
      expect(r.errors?.[0]?.extensions?.fieldErrors?.newPassword, weak).toBeTruthy();
    }
    const ok = await api.gql(q, { c: STRONG, n: 'Trời xanh mây trắng 77' }, { token: here });
    expect(ok.data!.changePassword).toBe(true);
    expect((await api.gql('{ viewer { id } }', {}, { token: here })).data!.viewer).not.toBeNull();
    expect((await api.gql('{ viewer { id } }', {}, { token: elsewhere })).data!.viewer).toBeNull();
    await api.login('doi.mk@test.example', 'Trời xanh mây trắng 77');
    const anon = await api.gql(q, { c: STRONG, n: 'Trời xanh mây trắng 77' });
    expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers a forgotten-password request the same for any email; the link works once, within an hour', async () => {
    const userId = await newAccount('quen.mk@test.example');
    const q = 'mutation ($e: String!) { requestPasswordReset(email: $e) }';
    const before = api.senders.sent.length;
    const unknown = await api.gql(q, { e: 'khong.co.ai@test.example' });
    const known = await api.gql(q, { e: 'Quen.MK@test.example' });
    expect(unknown).toEqual(known);
    expect(known.data!.requestPasswordReset).toBe(true);
    const token = await linkSentTo('quen.mk@test.example', 'dat-lai-mat-khau');
    expect(api.senders.sent.slice(before).map((m) => m.recipient)).toEqual([
      'quen.mk@test.example',
    ]);

    const session = await api.login('quen.mk@test.example', STRONG);
    const reset =
      'mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
    const weak = await api.gql(reset, { t: token, p: '1234567890' });
    expect(weak.errors![0]!.extensions!.fieldErrors.newPassword).toBeTruthy();
    const ok = await api.gql(reset, { t: token, p: 'Núi cao sông dài 1954' });
    expect(ok.data!.resetPassword).toBe(true);
    expect((await api.gql('{ viewer { id } }', {}, { token: session })).data!.viewer).toBeNull();
    await api.login('quen.mk@test.example', 'Núi cao sông dài 1954');
    const twice = await api.gql(reset, { t: token, p: 'Một lần nữa thôi 2026' });
    expect(twice.errors![0]!.extensions!.code).toBe('TOKEN_USED');

    await api.gql(q, { e: 'quen.mk@test.example' });
    const late = await linkSentTo('quen.mk@test.example', 'dat-lai-mat-khau');
    clock.advance(3_600_000 + 1000);
    try {
      const expired = await api.gql(reset, { t: late, p: 'Một lần nữa thôi 2026' });
      expect(expired.errors![0]!.extensions!.code).toBe('TOKEN_EXPIRED');
    } finally {
      clock.set(new Date('2026-11-20T02:00:00Z'));
    }
    const bogus = await api.gql(reset, { t: 'khong-hop-le', p: 'Một lần nữa thôi 2026' });
    expect(bogus.errors![0]!.extensions!.code).toBe('TOKEN_INVALID');
    expect(await auditActions(userId)).toEqual(
      expect.arrayContaining(['PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET']),
    );
  });

  it('shows my sessions with the current one marked, and ends one or all the others', async () => {
    const userId = await newAccount('phien@test.example');
    const current = await api.login('phien@test.example', STRONG);
    const other1 = await api.login('phien@test.example', STRONG);
    const other2 = await api.login('phien@test.example', STRONG);
    const mine = await api.gql(
      '{ mySessions { id current createdAt userAgent } }',
      {},
      { token: current, headers: { 'user-agent': 'Trinh duyet thu' } },
    );
    const sessions = mine.data!.mySessions as { id: string; current: boolean }[];
    expect(sessions.length).toBeGreaterThanOrEqual(4);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);

    const otherId = (
      await api.gql('{ mySessions { id current } }', {}, { token: other1 })
    ).data!.mySessions.find((s: { current: boolean }) => s.current).id;
    const end = await api.gql(
      'mutation ($id: ID!) { endSession(id: $id) }',
      { id: otherId },
      { token: current },
    );
    expect(end.data!.endSession).toBe(true);
    expect((await api.gql('{ viewer { id } }', {}, { token: other1 })).data!.viewer).toBeNull();

    // Someone else's session is not mine to end.
    const hub = await api.login(TEST_STAFF.hub);
    const hubSession = (await api.gql('{ mySessions { id } }', {}, { token: hub })).data!
      .mySessions[0].id;
    const foreign = await api.gql(
      'mutation ($id: ID!) { endSession(id: $id) }',
      { id: hubSession },
      { token: current },
    );
    expect(foreign.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const rest = await api.gql('mutation { endOtherSessions }', {}, { token: current });
    expect(rest.data!.endOtherSessions).toBeGreaterThanOrEqual(2);
    expect((await api.gql('{ viewer { id } }', {}, { token: other2 })).data!.viewer).toBeNull();
    expect(
      (await api.gql('{ viewer { id } }', {}, { token: current })).data!.viewer,
    ).not.toBeNull();
    expect(await auditActions(userId)).toContain('SESSION_ENDED');
    expect((await api.gql('{ mySessions { id } }')).data!.mySessions).toEqual([]);
  });
});
