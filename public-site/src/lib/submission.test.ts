import { describe, expect, it } from 'vitest';
import { filledCoAuthors, parseShare, readSubmission, submissionInput } from './submission';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}

const base = {
  title: 'Sổ tay điện tử cho tổ hòa giải',
  problem: 'Ghi chép bằng giấy dễ thất lạc.',
  solution: 'Dùng sổ tay điện tử trên điện thoại.',
  benefit: 'Tra cứu nhanh, không mất hồ sơ.',
  fieldIds: ['f1', 'f2'],
  fullName: 'Lò Thị Mai',
  phone: '0912 345 678',
  processData: 'on',
  noticeVersion: '3',
  idempotencyKey: 'key-1',
};

describe('reading the submit form', () => {
  it('builds the API input with the origin, the confidential part and unticked consents as false', () => {
    const v = readSubmission(
      form({
        ...base,
        origin: 'sources',
        originSources: 'Mô hình sổ tay số của xã Hải Nhân',
        confidential: 'Mật khẩu quản trị do trưởng thôn giữ.',
      }),
      { newKey: () => 'unused' },
    );
    const input = submissionInput(v);
    expect(input.origin).toEqual({ ownWork: false, sources: 'Mô hình sổ tay số của xã Hải Nhân' });
    expect(input.confidential).toBe('Mật khẩu quản trị do trưởng thôn giữ.');
    expect(input.consents).toEqual({
      noticeVersion: 3,
      processData: true,
      showName: false,
      publishContent: false,
      allowPilot: false,
      allowScale: false,
      shareProgrammes: false,
      guardianConsent: false,
    });
    expect(input.author).toMatchObject({
      fullName: 'Lò Thị Mai',
      email: null,
      phone: '0912 345 678',
      kind: 'INDIVIDUAL',
      isMinor: false,
      guardian: null,
    });
    expect(input.fieldIds).toEqual(['f1', 'f2']);
    expect(input.maturity).toBe('PRELIMINARY');
    expect(input.idempotencyKey).toBe('key-1');
  });

  it('leaves the origin undeclared when no choice was made, rather than assuming own work', () => {
    const v = readSubmission(form(base), { newKey: () => 'k' });
    expect(v.origin).toBe('');
    expect(submissionInput(v).origin).toBeNull();
    expect(readSubmission(form({ ...base, origin: 'yes' }), { newKey: () => 'k' }).origin).toBe('');
  });

  it('sends the guardian and their consent only for a minor', () => {
    const guardian = {
      guardianName: 'Lò Văn Bố',
      guardianRelation: 'Bố',
      guardianPhone: '0911 000 111',
      guardianConsent: 'on',
    };
    const adult = submissionInput(
      readSubmission(form({ ...base, origin: 'own', ...guardian }), { newKey: () => 'k' }),
    );
    expect(adult.author.guardian).toBeNull();
    expect(adult.consents.guardianConsent).toBe(false);
    const minor = submissionInput(
      readSubmission(form({ ...base, origin: 'own', isMinor: 'on', ...guardian }), {
        newKey: () => 'k',
      }),
    );
    expect(minor.author).toMatchObject({
      isMinor: true,
      guardian: { fullName: 'Lò Văn Bố', relation: 'Bố', email: null, phone: '0911 000 111' },
    });
    expect(minor.consents.guardianConsent).toBe(true);
  });

  it('sends only the co-author rows that were filled in, with whole-number shares', () => {
    const v = readSubmission(
      form({
        ...base,
        origin: 'own',
        co0Name: 'Hà Văn Hai',
        co0Email: 'hai@example.com',
        co0Share: '30 %',
        co2Share: '10',
        authorKind: 'ORGANISATION',
      }),
      { newKey: () => 'k' },
    );
    expect(filledCoAuthors(v)).toHaveLength(2);
    const input = submissionInput(v);
    expect(input.coAuthors).toEqual([
      { fullName: 'Hà Văn Hai', email: 'hai@example.com', phone: null, share: 30 },
      // A row with only a share still goes to the API, which asks for the name.
      { fullName: '', email: null, phone: null, share: 10 },
    ]);
    expect(input.author.kind).toBe('ORGANISATION');
  });

  it('turns shares that are not whole numbers into 0 for the API to refuse in Vietnamese', () => {
    expect(parseShare('25')).toBe(25);
    expect(parseShare(' 25% ')).toBe(25);
    expect(parseShare('12.5')).toBe(0);
    expect(parseShare('mười')).toBe(0);
    expect(parseShare('')).toBe(0);
    expect(parseShare('99999999999')).toBe(0);
  });

  it('keeps files uploaded by an earlier attempt and ignores a tampered one', () => {
    const v = readSubmission(
      form({
        ...base,
        attachment: [JSON.stringify({ id: 'a1', fileName: 'ban-ve.pdf' }), '{not json', '{"id":1}'],
      }),
      { newKey: () => 'k' },
    );
    expect(v.attachments).toEqual([{ id: 'a1', fileName: 'ban-ve.pdf' }]);
    expect(submissionInput(v).attachmentIds).toEqual(['a1']);
  });

  it('makes a new idempotency key only when the form did not carry one', () => {
    const { idempotencyKey, ...rest } = base;
    expect(idempotencyKey).toBe('key-1');
    expect(readSubmission(form(rest), { newKey: () => 'fresh' }).idempotencyKey).toBe('fresh');
  });
});
