import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

let api: TestApi;
let admin: string;
let hub: string;
let editor: string;
let otherAdmin: string;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  await api.sql(
    `insert into staff_user (id, tenant_id, email, full_name, password_hash, roles, active, activated_at)
     select gen_random_uuid(), tenant_id, 'admin.mau@khac.example', 'Quản Trị Xã Khác', password_hash, '{ADMIN}', true, now()
       from staff_user where email = $1`,
    [TEST_STAFF.otherTenantHub],
  );
  [admin, hub, editor, otherAdmin] = await Promise.all([
    api.login(TEST_STAFF.admin),
    api.login(TEST_STAFF.hub),
    api.login(TEST_STAFF.editor),
    api.login('admin.mau@khac.example', TEST_PASSWORD),
  ]);
});
afterAll(() => api?.close());

const LIST = `{ messageTemplates { kind channel label subject body customised defaultSubject defaultBody
  updatedAt updatedByName placeholders { name description required sample } } }`;
const UPDATE = `mutation ($input: MessageTemplateInput!) { updateMessageTemplate(input: $input) {
  kind channel subject body customised updatedByName } }`;
const RESET = `mutation ($kind: MessageKind!, $channel: DeliveryChannel!) {
  resetMessageTemplate(kind: $kind, channel: $channel) { kind channel subject body customised } }`;
const PREVIEW = `query ($input: MessageTemplateInput!) { previewMessageTemplate(input: $input) { subject body } }`;

interface View {
  kind: string;
  channel: string;
  subject: string | null;
  body: string;
  customised: boolean;
  defaultBody: string;
  placeholders: { name: string; required: boolean }[];
}

const RECEIVED_EMAIL = {
  kind: 'IDEA_RECEIVED',
  channel: 'EMAIL',
  subject: '{{communeName}} đã nhận ý tưởng {{trackingCode}}',
  body: 'Cảm ơn bạn đã gửi "{{title}}" ngày {{receivedDate}}. Mã tra cứu: {{trackingCode}}.',
};

async function list(token: string): Promise<View[]> {
  const r = await api.gql<{ messageTemplates: View[] }>(LIST, {}, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.messageTemplates;
}

describe('message templates', () => {
  it('lists every kind and channel with its default text and placeholders', async () => {
    const all = await list(admin);
    const received = all.find((t) => t.kind === 'IDEA_RECEIVED' && t.channel === 'EMAIL')!;
    expect(received).toMatchObject({
      customised: false,
      subject: 'Đã tiếp nhận ý tưởng – mã {{trackingCode}}',
    });
    expect(received.body).toBe(received.defaultBody);
    expect(received.placeholders.find((p) => p.name === 'trackingCode')!.required).toBe(true);
    const invite = all.find((t) => t.kind === 'STAFF_INVITATION')!;
    expect(invite.placeholders.find((p) => p.name === 'link')!.required).toBe(true);
    // Staff emails have no SMS.
    expect(all.filter((t) => t.kind === 'PASSWORD_RESET').map((t) => t.channel)).toEqual(['EMAIL']);
  });

  it('lets only the commune ADMIN read and change the templates', async () => {
    for (const token of [hub, editor]) {
      for (const [q, v] of [
        [LIST, {}],
        [UPDATE, { input: RECEIVED_EMAIL }],
        [RESET, { kind: 'IDEA_RECEIVED', channel: 'EMAIL' }],
        [PREVIEW, { input: RECEIVED_EMAIL }],
      ] as const) {
        const r = await api.gql(q, v, { token });
        expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      }
    }
    const anon = await api.gql(UPDATE, { input: RECEIVED_EMAIL });
    expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const anonList = await api.gql(LIST, {});
    expect(anonList.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses unknown placeholders and a missing required one, naming them', async () => {
    const unknown = await api.gql(
      UPDATE,
      { input: { ...RECEIVED_EMAIL, body: 'Mã {{trackingCode}}, hạn {{hanXuLy}} và {{foo}}.' } },
      { token: admin },
    );
    expect(unknown.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.fieldErrors).toEqual({
      body: 'Mẫu dùng biến không có cho loại thông báo này: {{hanXuLy}}, {{foo}}.',
    });
    const missing = await api.gql(
      UPDATE,
      {
        input: {
          kind: 'STAFF_INVITATION',
          channel: 'EMAIL',
          subject: 'Lời mời',
          body: 'Kính gửi {{fullName}}, mời anh/chị tham gia.',
        },
      },
      { token: admin },
    );
    expect(missing.errors![0]!.extensions!.fieldErrors).toEqual({
      body: 'Mẫu cần giữ biến bắt buộc: {{link}}.',
    });
    const noSms = await api.gql(
      UPDATE,
      { input: { kind: 'PASSWORD_RESET', channel: 'SMS', body: '{{link}}' } },
      { token: admin },
    );
    expect(noSms.errors![0]!.extensions!.fieldErrors).toHaveProperty('channel');
    const badPreview = await api.gql(
      PREVIEW,
      { input: { ...RECEIVED_EMAIL, body: '{{khongCo}}' } },
      { token: admin },
    );
    expect(badPreview.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('previews with sample values, escaped for the channel', async () => {
    const r = await api.gql(PREVIEW, { input: RECEIVED_EMAIL }, { token: admin });
    expect(r.errors).toBeUndefined();
    const [tenant] = await api.sql('select name from tenant where code = $1', ['16228']);
    expect(r.data!.previewMessageTemplate).toEqual({
      subject: `${tenant.name} đã nhận ý tưởng KN-2026-0042`,
      body: 'Cảm ơn bạn đã gửi "Tưới nhỏ giọt cho vườn rau" ngày 04/12/2026. Mã tra cứu: KN-2026-0042.',
    });
    const sms = await api.gql(
      PREVIEW,
      {
        input: {
          kind: 'IDEA_RECEIVED',
          channel: 'SMS',
          body: 'Da nhan "{{title}}", ma {{trackingCode}}',
        },
      },
      { token: admin },
    );
    // SMS values are sent unaccented.
    expect(sms.data!.previewMessageTemplate).toEqual({
      subject: null,
      body: 'Da nhan "Tuoi nho giot cho vuon rau", ma KN-2026-0042',
    });
  });

  it('uses the override for the next real message of that kind, audited, until it is reset', async () => {
    const saved = await api.gql(UPDATE, { input: RECEIVED_EMAIL }, { token: admin });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateMessageTemplate).toMatchObject({
      customised: true,
      body: RECEIVED_EMAIL.body,
      updatedByName: expect.any(String),
    });
    const sms = await api.gql(
      UPDATE,
      {
        input: {
          kind: 'IDEA_RECEIVED',
          channel: 'SMS',
          body: 'UBND xa: da nhan y tuong {{trackingCode}} ({{communeName}})',
        },
      },
      { token: admin },
    );
    expect(sms.errors).toBeUndefined();

    const c = await catalog(api);
    const input = ideaInput(c.fields[0]!.id, {
      title: 'Ý tưởng có mẫu thông báo riêng',
      author: { fullName: 'Người Nhận Mẫu', email: 'mau.rieng@example.com', phone: '0933444555' },
    });
    const { trackingCode } = await submitIdea(api, input);
    await api.jobs.drain();
    const [tenant] = await api.sql('select name from tenant where code = $1', ['16228']);
    const email = api.senders.sent.find((m) => m.recipient === 'mau.rieng@example.com')!;
    expect(email.subject).toBe(`${tenant.name} đã nhận ý tưởng ${trackingCode}`);
    expect(email.body).toMatch(
      new RegExp(
        `^Cảm ơn bạn đã gửi "Ý tưởng có mẫu thông báo riêng" ngày \\d\\d/\\d\\d/\\d{4}\\. Mã tra cứu: ${trackingCode}\\.$`,
      ),
    );
    const text = api.senders.sent.find((m) => m.recipient === '0933444555')!;
    expect(text.body).toMatch(new RegExp(`^UBND xa: da nhan y tuong ${trackingCode} \\(Xa `));

    const audits = await api.sql<{ details: { kind: string; channel: string; step: string } }>(
      `select details from audit_entry where action = 'MESSAGE_TEMPLATE_CHANGED' order by created_at`,
    );
    expect(audits.map((a) => a.details)).toEqual([
      { kind: 'IDEA_RECEIVED', channel: 'EMAIL', step: 'updated' },
      { kind: 'IDEA_RECEIVED', channel: 'SMS', step: 'updated' },
    ]);

    // Another commune's ADMIN sees its own defaults and cannot touch this commune's templates.
    const theirs = await list(otherAdmin);
    expect(theirs.every((t) => !t.customised)).toBe(true);
    const reset = await api.gql(
      RESET,
      { kind: 'IDEA_RECEIVED', channel: 'EMAIL' },
      { token: otherAdmin, tenant: '16228' },
    );
    expect(reset.data!.resetMessageTemplate.customised).toBe(false);
    expect(
      (await list(admin)).find((t) => t.kind === 'IDEA_RECEIVED' && t.channel === 'EMAIL')!
        .customised,
    ).toBe(true);

    // Reset restores the default text and the default message.
    for (const channel of ['EMAIL', 'SMS']) {
      const r = await api.gql(RESET, { kind: 'IDEA_RECEIVED', channel }, { token: admin });
      expect(r.data!.resetMessageTemplate.customised).toBe(false);
    }
    const after = (await list(admin)).find(
      (t) => t.kind === 'IDEA_RECEIVED' && t.channel === 'EMAIL',
    )!;
    expect(after.body).toBe(after.defaultBody);
    const again = await submitIdea(
      api,
      ideaInput(c.fields[0]!.id, {
        author: { fullName: 'Người Nhận Mặc Định', email: 'mac.dinh@example.com' },
      }),
    );
    await api.jobs.drain();
    const back = api.senders.sent.find((m) => m.recipient === 'mac.dinh@example.com')!;
    expect(back.subject).toBe(`Đã tiếp nhận ý tưởng – mã ${again.trackingCode}`);
    expect(
      await api.sql(
        `select count(*)::int as n from audit_entry where action = 'MESSAGE_TEMPLATE_CHANGED' and details->>'step' = 'reset'`,
      ),
    ).toEqual([{ n: 2 }]);
  });
});
