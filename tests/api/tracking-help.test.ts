import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, submitIdea } from '../helpers/factories.js';

/**
 * "Quên mã tra cứu?" (issue #15): the codes go to the contact given at submission and nowhere
 * else; the answer is the same for a known and an unknown contact and holds no code; requests
 * are limited per address and per contact, counted either way.
 */
let api: TestApi;
let cat: Awaited<ReturnType<typeof catalog>>;

const REMIND = `mutation ($c: String!) { requestTrackingCodes(contact: $c) }`;

function remind(contact: string, address = '203.0.113.7') {
  return api.gql(REMIND, { c: contact }, { headers: { 'x-forwarded-for': address } });
}

async function outbox(recipient: string) {
  return api.sql<{ channel: string; subject: string | null; body: string }>(
    `select channel, subject, body from outbound_message where recipient = $1 order by created_at`,
    [recipient],
  );
}

beforeAll(async () => {
  api = await startTestApi({
    config: {
      runJobs: false,
      codeRemindersPerAddressPerHour: 4,
      codeRemindersPerContactPerDay: 2,
      trustProxy: 'loopback',
    },
  });
  cat = await catalog(api);
});
afterAll(() => api?.close());

describe('a lost tracking code', () => {
  it('is sent to the email given, with every idea of that email, and the answer holds no code', async () => {
    const field = cat.field('chuyen-doi-so');
    const a = await submitIdea(
      api,
      ideaInput(field, {
        title: 'Sổ tay điện tử cho tổ hòa giải thôn',
        author: { fullName: 'Mai Thị Quên', email: 'mai.quen@example.com' },
      }),
    );
    const b = await submitIdea(
      api,
      ideaInput(field, {
        title: 'Bảng tin điện tử ở nhà văn hóa',
        author: { fullName: 'Mai Thị Quên', email: 'Mai.Quen@Example.com', phone: '0987 000 111' },
      }),
    );
    const before = (await outbox('mai.quen@example.com')).length;
    const r = await remind('  MAI.QUEN@example.com ');
    expect(r.errors).toBeUndefined();
    expect(r.data!.requestTrackingCodes).toBe(true);
    expect(JSON.stringify(r)).not.toContain(a.trackingCode);
    const sent = (await outbox('mai.quen@example.com')).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.channel).toBe('EMAIL');
    expect(sent[0]!.subject).toBe('Mã tra cứu ý tưởng của bạn');
    expect(sent[0]!.body).toContain(a.trackingCode);
    expect(sent[0]!.body).toContain(b.trackingCode);
    expect(sent[0]!.body).toContain('Bảng tin điện tử ở nhà văn hóa');

    // By phone: an SMS to that number, with the code of the idea that gave it.
    const bySms = await remind('+84 987 000 111');
    expect(bySms.data!.requestTrackingCodes).toBe(true);
    const sms = await outbox('0987000111');
    expect(sms.at(-1)!.channel).toBe('SMS');
    expect(sms.at(-1)!.body).toContain(b.trackingCode);
    expect(sms.at(-1)!.body).not.toContain(a.trackingCode);
  });

  it('answers an unknown contact exactly like a known one, and sends nothing', async () => {
    const count = async () =>
      (await api.sql(`select count(*)::int as n from outbound_message`))[0].n as number;
    const before = await count();
    const unknown = await remind('khong.ai.gui@example.com', '203.0.113.8');
    const known = await remind('mai.quen@example.com', '203.0.113.8');
    expect(unknown).toEqual(known);
    expect(await count()).toBe(before + 1);
  });

  it('refuses what is not an email or a phone number, by field, in Vietnamese or English', async () => {
    const r = await remind('KN-1234-ABCD', '203.0.113.9');
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((r.errors![0]!.extensions!.fieldErrors as Record<string, string>).contact).toBe(
      'Vui lòng nhập đúng email hoặc số điện thoại bạn đã ghi khi gửi ý tưởng.',
    );
    const en = await api.gql(
      REMIND,
      { c: 'not-a-contact' },
      { headers: { 'accept-language': 'en', 'x-forwarded-for': '203.0.113.9' } },
    );
    expect(en.errors![0]!.message).not.toMatch(/[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵđ]/i);
  });

  it('is limited per contact and per address, known or not', async () => {
    // Two per contact per day: the third for the same (unknown) contact waits.
    expect((await remind('gioi.han@example.com', '198.51.100.1')).errors).toBeUndefined();
    expect((await remind('gioi.han@example.com', '198.51.100.2')).errors).toBeUndefined();
    const third = await remind('gioi.han@example.com', '198.51.100.3');
    expect(third.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(third.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Four per address per hour, whatever the contacts.
    for (let i = 0; i < 4; i++)
      expect((await remind(`dia.chi${i}@example.com`, '198.51.100.9')).errors).toBeUndefined();
    const fifth = await remind('dia.chi9@example.com', '198.51.100.9');
    expect(fifth.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
  });
});
