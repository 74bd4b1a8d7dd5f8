import type { TestApi } from './api.js';
import { catalog, ideaInput, submitIdea } from './factories.js';

export const TRANSITION = `mutation ($input: TransitionIdeaInput!) {
  transitionIdea(input: $input) { id status respondedAt currentStep { status dueAt pausedAt overdue } }
}`;

export const STATUSES = [
  'SUBMITTED',
  'NEEDS_INFO',
  'DUPLICATE',
  'OUT_OF_SCOPE',
  'NOT_ELIGIBLE',
  'ACCEPTED',
  'IN_SUPPORT',
  'UNDER_REVIEW',
  'RECOMMENDED',
  'PILOTING',
  'APPLIED',
  'SCALED',
  'ARCHIVED',
  'WITHDRAWN',
] as const;
export type Status = (typeof STATUSES)[number];

/** PRODUCT.md §3, written out independently of the API's own table. */
export const ALLOWED: Record<Status, Status[]> = {
  SUBMITTED: ['NEEDS_INFO', 'DUPLICATE', 'OUT_OF_SCOPE', 'NOT_ELIGIBLE', 'ACCEPTED', 'WITHDRAWN'],
  NEEDS_INFO: ['SUBMITTED', 'WITHDRAWN'],
  DUPLICATE: [],
  OUT_OF_SCOPE: [],
  NOT_ELIGIBLE: [],
  ACCEPTED: ['IN_SUPPORT', 'UNDER_REVIEW', 'ARCHIVED', 'WITHDRAWN'],
  IN_SUPPORT: ['UNDER_REVIEW', 'WITHDRAWN'],
  UNDER_REVIEW: ['RECOMMENDED', 'IN_SUPPORT', 'ARCHIVED', 'WITHDRAWN'],
  RECOMMENDED: ['PILOTING', 'WITHDRAWN'],
  PILOTING: ['APPLIED', 'WITHDRAWN'],
  APPLIED: ['SCALED'],
  SCALED: [],
  ARCHIVED: [],
  WITHDRAWN: [],
};

/** The shortest way to bring an idea to a status through the API. */
export const PATH: Record<Exclude<Status, 'WITHDRAWN'>, Status[]> = {
  SUBMITTED: [],
  NEEDS_INFO: ['NEEDS_INFO'],
  DUPLICATE: ['DUPLICATE'],
  OUT_OF_SCOPE: ['OUT_OF_SCOPE'],
  NOT_ELIGIBLE: ['NOT_ELIGIBLE'],
  ACCEPTED: ['ACCEPTED'],
  IN_SUPPORT: ['ACCEPTED', 'IN_SUPPORT'],
  UNDER_REVIEW: ['ACCEPTED', 'UNDER_REVIEW'],
  RECOMMENDED: ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED'],
  PILOTING: ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING'],
  APPLIED: ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED'],
  SCALED: ['ACCEPTED', 'UNDER_REVIEW', 'RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED'],
  ARCHIVED: ['ACCEPTED', 'ARCHIVED'],
};

export class Triage {
  private constructor(
    readonly api: TestApi,
    readonly hub: string,
    readonly cat: Awaited<ReturnType<typeof catalog>>,
    readonly earliestId: string,
  ) {}

  static async create(api: TestApi, hub: string): Promise<Triage> {
    const cat = await catalog(api);
    const r = await submitIdea(
      api,
      ideaInput(cat.field('moi-truong'), { title: 'Ý tưởng gốc tiếp nhận sớm nhất' }),
    );
    const [row] = await api.sql('select id from idea where tracking_code = $1', [r.trackingCode]);
    return new Triage(api, hub, cat, row.id);
  }

  /** What each decision needs. */
  payload(to: Status): Record<string, unknown> {
    switch (to) {
      case 'NEEDS_INFO':
        return { missing: ['IMPLEMENTATION', 'COST'], message: 'Cho biết thêm ai sẽ thực hiện.' };
      case 'DUPLICATE':
        return { duplicateOfId: this.earliestId };
      case 'OUT_OF_SCOPE':
      case 'NOT_ELIGIBLE':
        return {
          message: 'Ý tưởng vượt thẩm quyền cấp xã.',
          guidance: 'Gửi Sở Xây dựng tỉnh Thanh Hóa.',
        };
      case 'ACCEPTED':
        return {
          classification: {
            fieldIds: [this.cat.field('moi-truong')],
            maturity: 'COMPLETE',
            feasibility: 'HIGH',
            applicability: 'LOCAL',
            route: 'COUNCIL_REVIEW',
          },
        };
      default:
        return {};
    }
  }

  async newIdea(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; trackingCode: string }> {
    const r = await submitIdea(this.api, ideaInput(this.cat.field('moi-truong'), overrides));
    const [row] = await this.api.sql('select id from idea where tracking_code = $1', [
      r.trackingCode,
    ]);
    return { id: row.id, trackingCode: r.trackingCode };
  }

  async move(ideaId: string, to: Status, extra: Record<string, unknown> = {}, token = this.hub) {
    return this.api.gql(
      TRANSITION,
      { input: { ideaId, to, ...this.payload(to), ...extra } },
      { token },
    );
  }

  async ideaIn(status: Exclude<Status, 'WITHDRAWN'>): Promise<string> {
    const { id } = await this.newIdea();
    for (const step of PATH[status]) {
      const r = await this.move(id, step);
      if (r.errors)
        throw new Error(`cannot reach ${status} at ${step}: ${JSON.stringify(r.errors)}`);
    }
    return id;
  }
}
