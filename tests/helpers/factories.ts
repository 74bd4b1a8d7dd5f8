import type { TestApi } from './api.js';

export const SUBMIT = `
  mutation Submit($input: SubmitIdeaInput!) {
    submitIdea(input: $input) { trackingCode receivedAt digest title }
  }`;

let counter = 0;

/** The ids the test seed created, looked up once per API instance. */
export async function catalog(api: TestApi) {
  const r = await api.gql<{
    fields: { id: string; code: string }[];
    units: { id: string; code: string }[];
    currentCampaign: { id: string };
  }>('{ fields { id code } units { id code } currentCampaign { id } }');
  const field = (code: string) => r.data!.fields.find((f) => f.code === code)!.id;
  const unit = (code: string) => r.data!.units.find((u) => u.code === code)!.id;
  return { field, unit, campaignId: r.data!.currentCampaign.id, fields: r.data!.fields };
}

export function ideaInput(fieldId: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `Ý tưởng thử nghiệm số ${counter}: số hóa sổ sách thôn`,
    problem: 'Sổ sách của thôn đang ghi tay, khó tổng hợp và dễ thất lạc khi bàn giao.',
    solution: 'Dùng bảng tính dùng chung có mẫu thống nhất, cán bộ xã cấp quyền cập nhật.',
    benefit: 'Tiết kiệm thời gian tổng hợp, số liệu thống nhất giữa thôn và xã.',
    fieldIds: [fieldId],
    maturity: 'PRELIMINARY',
    author: {
      fullName: 'Nguyễn Thị Thử',
      email: `tac.gia${counter}@example.com`,
      phone: '0912 345 678',
    },
    consents: { noticeVersion: 1, processData: true },
    ...overrides,
  };
}

export async function submitIdea(api: TestApi, input: Record<string, unknown>) {
  const r = await api.gql<{
    submitIdea: { trackingCode: string; receivedAt: string; digest: string };
  }>(SUBMIT, {
    input,
  });
  if (!r.data?.submitIdea) throw new Error(`submit failed: ${JSON.stringify(r.errors)}`);
  return r.data.submitIdea;
}
