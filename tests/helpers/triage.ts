import type { TestApi } from './api.js';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
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
  PILOTING: ['APPLIED', 'ARCHIVED', 'WITHDRAWN'],
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

const CONCLUSION: Partial<Record<Status, string>> = {
  RECOMMENDED: 'RECOMMEND_PILOT',
  IN_SUPPORT: 'SEND_TO_SUPPORT',
  ARCHIVED: 'ARCHIVE',
};

export const ALL_CONSENTS = {
  noticeVersion: 1,
  processData: true,
  showName: true,
  publishContent: true,
  allowPilot: true,
  allowScale: true,
};

export interface MoveResult {
  errors?: { message: string; extensions?: Record<string, any> }[];
  status?: Status;
}

export class Triage {
  private tokens = new Map<string, string>();

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

  async token(email: string): Promise<string> {
    let t = this.tokens.get(email);
    if (!t) {
      t = await this.api.login(email);
      this.tokens.set(email, t);
    }
    return t;
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
      case 'PILOTING':
        return {
          pilot: {
            hostUnitId: this.cat.unit('thon-a'),
            scope: 'Thử nghiệm tại 20 hộ của thôn Đồng Ánh.',
            startsOn: '2026-06-01',
            endsOn: '2026-09-30',
            budget: [{ item: 'Vật tư', amount: 5_000_000, source: 'SOCIALISED' }],
            indicators: [{ name: 'Số hộ tham gia', unit: 'hộ', baseline: 0, target: 20 }],
          },
        };
      case 'APPLIED':
      case 'SCALED':
        return {
          adoption: {
            unitId: this.cat.unit(to === 'SCALED' ? 'thon-b' : 'thon-a'),
            adoptedOn: '2026-10-01',
            results: 'Giảm một nửa thời gian tổng hợp số liệu.',
            measurements: [
              { name: 'Thời gian tổng hợp', unit: 'ngày', baseline: 10, target: 5, actual: 5 },
            ],
            programmes: ['DIGITAL_TRANSFORMATION'],
          },
        };
      default:
        return {};
    }
  }

  /**
   * A new idea whose author agreed to every use and declared its origin, so that the workflow can
   * be walked end to end (the rights gate has its own tests).
   */
  async newIdea(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; trackingCode: string }> {
    const r = await submitIdea(
      this.api,
      ideaInput(this.cat.field('moi-truong'), {
        consents: ALL_CONSENTS,
        origin: { ownWork: true },
        ...overrides,
      }),
    );
    const [row] = await this.api.sql('select id from idea where tracking_code = $1', [
      r.trackingCode,
    ]);
    return { id: row.id, trackingCode: r.trackingCode };
  }

  async statusOf(ideaId: string): Promise<Status> {
    const [row] = await this.api.sql('select status from idea where id = $1', [ideaId]);
    return row.status;
  }

  /** The whole council: each member declares no conflict, scores everything, the quorum submits. */
  async scoreOpenReview(
    ideaId: string,
    opts: { value?: number; vote?: string } = {},
  ): Promise<string> {
    const [review] = await this.api.sql(
      `select id from review where idea_id = $1 and status = 'OPEN'`,
      [ideaId],
    );
    const criteria = await this.api.sql(
      `select c.id, c.scale_max from rubric_criterion c join idea i on i.campaign_id = c.campaign_id where i.id = $1`,
      [ideaId],
    );
    for (const email of [TEST_STAFF.councilChair, TEST_STAFF.council, TEST_STAFF.council2]) {
      const token = await this.token(email);
      await this.api.gql(
        'mutation ($r: ID!) { declareConflict(reviewId: $r, conflict: false) { id } }',
        { r: review.id },
        { token },
      );
      await this.api.gql(
        'mutation ($r: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, scores: $s) { id } }',
        {
          r: review.id,
          s: criteria.map((c) => ({ criterionId: c.id, value: opts.value ?? c.scale_max })),
        },
        { token },
      );
      const sub = await this.api.gql(
        'mutation ($r: ID!) { submitScores(reviewId: $r) { id } }',
        { r: review.id },
        { token },
      );
      if (sub.errors) throw new Error(JSON.stringify(sub.errors));
      if (opts.vote) {
        await this.api.gql(
          'mutation ($r: ID!, $c: VoteChoice!) { castVote(reviewId: $r, choice: $c) { id } }',
          { r: review.id, c: opts.vote },
          { token },
        );
      }
    }
    return review.id;
  }

  async conclude(ideaId: string, conclusion: string): Promise<MoveResult> {
    const reviewId = await this.scoreOpenReview(ideaId);
    const r = await this.api.gql(
      'mutation ($i: ConclusionInput!) { concludeReview(input: $i) { idea { status } } }',
      { i: { reviewId, conclusion, reasons: 'Hội đồng thống nhất theo kết quả chấm.' } },
      { token: await this.token(TEST_STAFF.councilChair) },
    );
    return { errors: r.errors, status: r.data?.concludeReview?.idea.status };
  }

  /** One step forward: a hub decision, or the council chair's conclusion while under review. */
  async move(
    ideaId: string,
    to: Status,
    extra: Record<string, unknown> = {},
    token = this.hub,
  ): Promise<MoveResult> {
    const conclusion = CONCLUSION[to];
    if (conclusion && token === this.hub && (await this.statusOf(ideaId)) === 'UNDER_REVIEW') {
      return this.conclude(ideaId, conclusion);
    }
    const r = await this.api.gql(
      TRANSITION,
      { input: { ideaId, to, ...this.payload(to), ...extra } },
      { token },
    );
    return { errors: r.errors, status: r.data?.transitionIdea?.status };
  }

  /** The hub establishes the authors' rights (needed before piloting, publishing, scaling). */
  async establishRights(ideaId: string): Promise<void> {
    const [row] = await this.api.sql('select rights_status from idea where id = $1', [ideaId]);
    if (row.rights_status === 'ESTABLISHED') return;
    const r = await this.api.gql(
      'mutation ($i: RightsStatusInput!) { setRightsStatus(input: $i) { id rightsStatus } }',
      {
        i: {
          ideaId,
          status: 'ESTABLISHED',
          reason: 'Chủ nhiệm đã cam đoan nguồn gốc; không có khiếu nại.',
        },
      },
      { token: this.hub },
    );
    if (r.errors) throw new Error(`cannot establish rights: ${JSON.stringify(r.errors)}`);
  }

  /** An idea brought to a status; its rights are established so any later step is open. */
  async ideaIn(status: Exclude<Status, 'WITHDRAWN'>): Promise<string> {
    const { id } = await this.newIdea();
    await this.establishRights(id);
    for (const step of PATH[status]) {
      const r = await this.move(id, step);
      if (r.errors)
        throw new Error(`cannot reach ${status} at ${step}: ${JSON.stringify(r.errors)}`);
    }
    return id;
  }
}
