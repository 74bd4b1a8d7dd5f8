import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import {
  Channel,
  IdeaEventKind,
  IdeaStatus,
  MissingInfo,
  ResponseKind,
} from '../../idea/idea.enums.js';
import { IdeaEvent } from '../../idea/idea.entity.js';
import { typicalPath } from '../../idea/idea.workflow.js';
import { moveStep } from '../../idea/step.clock.js';
import { createIdea } from '../../idea/submission.service.js';
import { respond } from '../../idea/triage.service.js';
import { ConsentChannel } from '../../consent/consent.enums.js';
import { audit } from '../../audit/audit.service.js';
import { AuditAction } from '../../audit/audit.enums.js';
import { seedCommune, seedProvince } from './commune.js';
import { seedDemoMovement } from './demo-movement.js';
import { seedDemoAccountability } from './demo-accountability.js';
import { StaffUser } from '../../auth/staff-user.entity.js';
import { Unit } from '../../unit/unit.entity.js';
import { UnitKind } from '../../unit/unit.enums.js';
import {
  Council,
  CouncilMember,
  Review,
  ReviewParticipant,
  RubricCriterion,
  Score,
} from '../../council/council.entity.js';
import {
  ConclusionRule,
  CouncilRole,
  ReviewConclusion,
  ReviewStatus,
  VoteChoice,
} from '../../council/council.enums.js';
import { Adoption, Pilot } from '../../pilot/pilot.entity.js';
import {
  AdoptionKind,
  FundingSource,
  PilotRecommendation,
  PilotStatus,
  Programme,
} from '../../pilot/pilot.enums.js';
import { SupportPlan, SupportTask } from '../../support/support.entity.js';
import { Award } from '../../award/award.entity.js';
import { AwardForm, AwardStatus, RecipientKind } from '../../award/award.enums.js';
import { prizeAmount } from '../../council/review.result.js';
import { DEMO_COMMUNE, DEMO_IDEAS, DEMO_PASSWORD, DEMO_PROVINCE_ADMIN } from './demo-data.js';
import { PersonKind } from '../../person/person.enums.js';
import { RightsDecision } from '../../rights/rights.entity.js';
import { RightsStatus } from '../../rights/rights.enums.js';
import type { FileStorage } from '../../attachment/file.storage.js';
import { seedDemoContent } from './demo-content.js';

/** Deterministic pseudo-random numbers, so every demo install shows the same codes and dates. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Invitation links in demo messages point at the default public site address. */
const DEMO_PUBLIC_URL = 'http://localhost:3000';

/**
 * Ideas the council recommended, or that reached piloting, application or scaling: their authors
 * agreed to that use and the hub established the rights before the pilot could start.
 */
function inUse(status: IdeaStatus): boolean {
  return [
    IdeaStatus.RECOMMENDED,
    IdeaStatus.PILOTING,
    IdeaStatus.APPLIED,
    IdeaStatus.SCALED,
  ].includes(status);
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const STEP_TEXT: Partial<Record<IdeaStatus, { note: string; response?: string }>> = {
  [IdeaStatus.NEEDS_INFO]: {
    note: 'Đề nghị tác giả bổ sung thông tin.',
    response:
      'Để xem xét ý tưởng, đề nghị bạn bổ sung:\n- Cách thức, quy trình triển khai\n- Kinh phí, nguồn lực dự kiến\n\nBạn bổ sung tại trang tra cứu. Thời hạn xử lý được tạm dừng trong lúc chờ bạn bổ sung.',
  },
  [IdeaStatus.DUPLICATE]: {
    note: 'Ý tưởng trùng với một ý tưởng tiếp nhận trước.',
    response:
      'Ý tưởng của bạn trùng nội dung với một ý tưởng đã được tiếp nhận trước. Thời điểm gửi của bạn vẫn được lưu làm căn cứ ghi nhận.',
  },
  [IdeaStatus.OUT_OF_SCOPE]: {
    note: 'Ý tưởng không thuộc phạm vi tiếp nhận của phong trào cấp xã.',
    response:
      'Ý tưởng vượt thẩm quyền cấp xã.\n\nHướng dẫn: bạn có thể gửi kiến nghị tới UBND tỉnh Thanh Hóa qua Cổng dịch vụ công hoặc Sở Xây dựng.',
  },
  [IdeaStatus.ACCEPTED]: {
    note: 'Ý tưởng đã được phân loại và chấp nhận xem xét.',
    response: 'Ý tưởng đã được phân loại và chuyển sang bước tư vấn, đánh giá.',
  },
  [IdeaStatus.IN_SUPPORT]: {
    note: 'Cơ quan chuyên môn hỗ trợ tác giả hoàn thiện ý tưởng.',
    response: 'Phòng Văn hóa – Xã hội đã phân công cán bộ hỗ trợ bạn hoàn thiện ý tưởng.',
  },
  [IdeaStatus.UNDER_REVIEW]: {
    note: 'Hội đồng tư vấn đang đánh giá ý tưởng.',
    response: 'Ý tưởng đã được chuyển Hội đồng tư vấn đánh giá.',
  },
  [IdeaStatus.RECOMMENDED]: {
    note: 'Hội đồng tư vấn đề xuất thử nghiệm.',
    response: 'Hội đồng tư vấn đánh giá cao ý tưởng và đề xuất thử nghiệm trong phạm vi phù hợp.',
  },
  [IdeaStatus.PILOTING]: {
    note: 'Ý tưởng đang được thử nghiệm.',
    response: 'Ý tưởng đã bắt đầu được thử nghiệm.',
  },
  [IdeaStatus.APPLIED]: {
    note: 'Ý tưởng đã được ứng dụng chính thức.',
    response: 'Sau thử nghiệm, ý tưởng đã được ứng dụng chính thức. Xin chúc mừng!',
  },
  [IdeaStatus.SCALED]: {
    note: 'Ý tưởng đã được nhân rộng ra các đơn vị khác.',
    response: 'Ý tưởng đã được nhân rộng tại các thôn và đơn vị khác trong xã.',
  },
  [IdeaStatus.ARCHIVED]: {
    note: 'Ý tưởng được lưu trữ, theo dõi.',
    response: 'Ý tưởng được lưu trữ để theo dõi, xem xét khi có điều kiện phù hợp.',
  },
};

/**
 * The demo commune with two dozen ideas at every stage. Ideas enter through the same code as real
 * submissions (receipt, revision, step, consents, acknowledgement, audit); their later history is
 * replayed along the usual path with the hub as the actor.
 */
type HistoryInput = {
  idea: import('../../idea/idea.entity.js').Idea;
  status: IdeaStatus;
  at: number;
  council: Council;
  members: CouncilMember[];
  criteria: RubricCriterion[];
  rand: () => number;
  unit: Unit;
  /** The unit hosting a pilot (the idea's own unless the demo idea names another). */
  host: Unit;
  hub: StaffUser;
  /** The seed's "now". */
  now: Date;
};

const REVIEWED = new Set([
  IdeaStatus.UNDER_REVIEW,
  IdeaStatus.RECOMMENDED,
  IdeaStatus.PILOTING,
  IdeaStatus.APPLIED,
  IdeaStatus.SCALED,
  IdeaStatus.ARCHIVED,
]);

const DAY = 86_400_000;
/** The campaign's launch week: the first ideas came in on 15/05/2026, 08:00 in Vietnam. */
const LAUNCH = Date.UTC(2026, 4, 15, 1, 0, 0);
/** Ideas arrive over this many days; each then takes up to 12 days per step of its path. */
const RECEPTION_DAYS = 180;
const LONGEST_PATH = Math.max(...DEMO_IDEAS.map((d) => typicalPath(d.status).length));
/** The latest an idea's last step can fall, from the first idea received. */
const HISTORY_SPAN = (RECEPTION_DAYS + 1 + LONGEST_PATH * 12) * DAY;
/**
 * What follows an idea's last step — publication (+1 day), honouring (+3), an award's decision
 * (+5) — and a day to spare: the history ends this long before "now".
 */
const AFTERMATH = 7 * DAY;

/**
 * The demo's history, anchored to the day it is seeded so that nothing in it lies in the future
 * whenever `npm start` first runs: it ends a week before `now` and starts at the campaign's
 * launch at the earliest (compressed to fit while the campaign is younger than the history is
 * long). The campaign itself (2026–2030, its phases, the launch article) keeps its dates.
 */
export function demoTimeline(now: Date): {
  /** The instant `offsetMs` into the history. */
  at(offsetMs: number): number;
  /** A duration of the history, compressed like the history. */
  span(ms: number): number;
} {
  const end = now.getTime() - AFTERMATH;
  const room = end - LAUNCH;
  const factor = room >= HISTORY_SPAN ? 1 : Math.max(room, DAY) / HISTORY_SPAN;
  const origin = room >= HISTORY_SPAN ? end - HISTORY_SPAN : LAUNCH;
  return {
    at: (offsetMs) => origin + Math.round(offsetMs * factor),
    span: (ms) => Math.round(ms * factor),
  };
}

export class DemoSeeder extends Seeder {
  /** The records behind a status: council reviews, support, pilots, adoptions. */
  private async history(em: EntityManager, h: HistoryInput): Promise<void> {
    const tenant = h.idea.tenant;
    if (REVIEWED.has(h.status)) {
      const concluded = h.status !== IdeaStatus.UNDER_REVIEW;
      const assignedAt = new Date(h.at - 40 * DAY);
      const review = em.create(Review, {
        tenant,
        idea: h.idea,
        council: h.council,
        assignedAt,
        dueAt: new Date(assignedAt.getTime() + 30 * DAY),
        status: concluded ? ReviewStatus.CONCLUDED : ReviewStatus.OPEN,
        conclusion: concluded
          ? h.status === IdeaStatus.ARCHIVED
            ? ReviewConclusion.ARCHIVE
            : ReviewConclusion.RECOMMEND_PILOT
          : null,
        reasons: concluded
          ? h.status === IdeaStatus.ARCHIVED
            ? 'Ý tưởng phù hợp nhưng chưa có điều kiện triển khai; lưu trữ để xem xét khi có nguồn lực.'
            : 'Ý tưởng có tính khả thi cao, chi phí thấp, phù hợp điều kiện địa phương.'
          : null,
        concludedAt: concluded ? new Date(h.at - 30 * DAY) : null,
        createdAt: assignedAt,
      });
      // Under review: two members have scored so far; concluded reviews were fully scored.
      h.members.forEach((member, k) => {
        const scored = concluded || k < 2;
        em.create(ReviewParticipant, {
          tenant,
          review,
          member,
          conflict: scored ? false : null,
          declaredAt: scored ? assignedAt : null,
          submittedAt: scored ? new Date(assignedAt.getTime() + (k + 1) * DAY) : null,
          vote: concluded
            ? h.status === IdeaStatus.ARCHIVED
              ? VoteChoice.AGAINST
              : VoteChoice.FOR
            : null,
          createdAt: assignedAt,
        });
        if (!scored) return;
        for (const c of h.criteria) {
          const base = h.status === IdeaStatus.ARCHIVED ? 5 : 7.5;
          em.create(Score, {
            tenant,
            review,
            member,
            criterion: c,
            value: Math.min(c.scaleMax, Math.round((base + h.rand() * 2.5) * 2) / 2),
            comment: null,
            createdAt: assignedAt,
            updatedAt: assignedAt,
          });
        }
      });
    }
    if (h.status === IdeaStatus.IN_SUPPORT) {
      const plan = em.create(SupportPlan, {
        tenant,
        idea: h.idea,
        expert: h.hub,
        unit: null,
        goal: 'Hoàn thiện phương án triển khai và dự toán kinh phí cùng tác giả.',
        createdAt: new Date(h.at),
      });
      h.idea.supportExpert = em.getReference(StaffUser, h.hub.id) as never;
      for (const title of [
        'Khảo sát nhu cầu tại thôn',
        'Lập dự toán kinh phí',
        'Hoàn thiện thuyết minh ý tưởng',
      ]) {
        em.create(SupportTask, { tenant, plan, title, createdAt: new Date(h.at) });
      }
    }
    if ([IdeaStatus.PILOTING, IdeaStatus.APPLIED, IdeaStatus.SCALED].includes(h.status)) {
      // A running pilot is under way on the day of the seed (it ends a month later at the
      // earliest); a reported one ran its two weeks and was reported the day after it ended.
      const reported = h.status !== IdeaStatus.PILOTING;
      const start = new Date(h.at - (reported ? 25 : 5) * DAY).toISOString().slice(0, 10);
      const ends = reported
        ? new Date(start).getTime() + 14 * DAY
        : Math.max(new Date(start).getTime() + 90 * DAY, h.now.getTime() + 30 * DAY);
      const pilot = em.create(Pilot, {
        tenant,
        idea: h.idea,
        hostUnit: h.host,
        scope: `Thử nghiệm tại ${h.host.name} trong ${reported ? '2 tuần' : '3 tháng'}.`,
        startsOn: start,
        endsOn: new Date(ends).toISOString().slice(0, 10),
        status: reported ? PilotStatus.REPORTED : PilotStatus.RUNNING,
        budget: [
          { item: 'Vật tư, thiết bị', amount: 12_000_000, source: FundingSource.SOCIALISED },
          { item: 'Tập huấn, hướng dẫn', amount: 3_000_000, source: FundingSource.STATE_BUDGET },
        ],
        indicators: [
          {
            name: 'Số hộ, người được phục vụ',
            unit: 'hộ',
            baseline: 0,
            target: 100,
            actual: reported ? 128 : null,
          },
          {
            name: 'Mức độ hài lòng',
            unit: '%',
            baseline: 60,
            target: 85,
            actual: reported ? 91 : null,
          },
        ],
        results: reported
          ? 'Vượt mục tiêu về số hộ tham gia; người dân hài lòng; chi phí thấp hơn dự toán 10 %.'
          : null,
        recommendation: reported
          ? h.status === IdeaStatus.SCALED
            ? PilotRecommendation.SCALE
            : PilotRecommendation.APPLY
          : null,
        reportedAt: reported ? new Date(h.at - 10 * DAY) : null,
        createdAt: new Date(start),
      });
      if (reported) {
        em.create(Adoption, {
          tenant,
          idea: h.idea,
          unit: h.host,
          kind: AdoptionKind.APPLIED,
          adoptedOn: new Date(h.at - 10 * DAY).toISOString().slice(0, 10),
          results: 'Ứng dụng chính thức sau thử nghiệm.',
          measurements: [
            { name: 'Mức độ hài lòng', unit: '%', baseline: 60, target: 85, actual: 91 },
          ],
          programmes: [Programme.DIGITAL_TRANSFORMATION, Programme.NEW_RURAL],
          pilot,
          createdAt: new Date(h.at - 10 * DAY),
        });
      }
    }
    if (h.status === IdeaStatus.SCALED) {
      const others = await em.find(
        Unit,
        { tenant, kind: UnitKind.VILLAGE, id: { $ne: h.unit.id } },
        { limit: 5, orderBy: { code: 'asc' } },
      );
      for (const u of others) {
        em.create(Adoption, {
          tenant,
          idea: h.idea,
          unit: u,
          kind: AdoptionKind.SCALED,
          adoptedOn: new Date(h.at).toISOString().slice(0, 10),
          results: 'Nhân rộng theo kế hoạch của UBND xã.',
          measurements: [],
          programmes: [Programme.ADMIN_REFORM],
          createdAt: new Date(h.at),
        });
      }
      em.create(Award, {
        tenant,
        form: AwardForm.COMMUNE_CERTIFICATE,
        recipientKind: RecipientKind.INDIVIDUAL,
        recipientName: 'Trần Văn Hải',
        achievement:
          'Tác giả ý tưởng mã QR tra cứu thủ tục hành chính, được nhân rộng tại các thôn.',
        evidence: { pilotIds: [], adoptionIds: [] },
        status: AwardStatus.DECIDED,
        decisionNumber: '310/QĐ-UBND',
        decisionDate: new Date(h.at + 5 * DAY).toISOString().slice(0, 10),
        coefficient: 0.15,
        baseSalary: 2_340_000,
        prizeAmount: prizeAmount(0.15, 2_340_000),
        createdAt: new Date(h.at),
      }).ideas.add(h.idea);
    }
  }

  /** `context.storage`: where the demo images go (without it the content has no images). */
  async run(em: EntityManager, context?: { storage?: FileStorage; now?: Date }): Promise<void> {
    const commune = await seedCommune(em, DEMO_COMMUNE);
    await seedProvince(em, {
      code: DEMO_PROVINCE_ADMIN.provinceCode,
      password: DEMO_PASSWORD,
      admin: { email: DEMO_PROVINCE_ADMIN.email, fullName: DEMO_PROVINCE_ADMIN.fullName },
    });
    const { tenant, campaign, units, fields, receptionPoints } = commune;
    const hub = commune.staff.get('vhxh@nhuthanh.example')!;
    const officer = commune.staff.get('tiepnhan.donglac@nhuthanh.example')!;
    const rand = mulberry32(16228);
    const council = em.create(Council, {
      tenant,
      name: 'Hội đồng tư vấn đánh giá ý tưởng đổi mới sáng tạo xã Như Thanh',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-05-20',
      signer: 'Chủ tịch UBND xã Như Thanh',
      campaign,
      termStart: '2026-05-20',
      termEnd: '2030-12-31',
      quorum: 3,
      rule: ConclusionRule.SCORE_AND_VOTE,
      scoreThreshold: 65,
    });
    const seats: [string, CouncilRole, string, boolean][] = [
      ['chutich.hoidong@nhuthanh.example', CouncilRole.CHAIR, 'Phó Chủ tịch UBND xã', false],
      [
        'hoidong@nhuthanh.example',
        CouncilRole.SECRETARY,
        'Công chức Phòng Văn hóa – Xã hội',
        false,
      ],
      [
        'chuyengia@nhuthanh.example',
        CouncilRole.MEMBER,
        'Giảng viên, Trường Đại học Hồng Đức',
        true,
      ],
      ['vhxh@nhuthanh.example', CouncilRole.MEMBER, 'Trưởng Phòng Văn hóa – Xã hội', false],
    ];
    const members = seats.map(([email, role, title, external]) =>
      em.create(CouncilMember, {
        tenant,
        council,
        user: commune.staff.get(email)!,
        role,
        title,
        external,
      }),
    );
    await em.flush();
    const criteria = await em.find(
      RubricCriterion,
      { campaign: campaign.id },
      { orderBy: { sortOrder: 'asc' } },
    );
    const now = context?.now ?? new Date();
    const timeline = demoTimeline(now);

    for (const [i, d] of DEMO_IDEAS.entries()) {
      const receivedAt = new Date(
        timeline.at(
          Math.floor((i * RECEPTION_DAYS * DAY) / DEMO_IDEAS.length) +
            Math.floor(rand() * 8) * 3_600_000,
        ),
      );
      let code = '';
      for (let k = 0; k < 8; k++) code += ALPHABET[Math.floor(rand() * ALPHABET.length)];
      const unit = units.get(d.unit)!;
      const point = d.inPerson ? receptionPoints.get(d.unit) : null;
      const idea = await em.transactional((tx) =>
        createIdea(
          tx,
          tenant.id,
          {
            campaign,
            unit,
            fields: d.fields.map((c) => fields.get(c)!),
            title: d.title,
            problem: d.problem,
            solution: d.solution,
            benefit: d.benefit,
            requirements: d.requirements ?? null,
            maturity: d.maturity,
            author: {
              fullName: d.author.fullName,
              email: d.author.email ?? null,
              phone: d.author.phone ?? null,
              address: null,
              share: 100,
              kind: PersonKind.INDIVIDUAL,
              isMinor: false,
              guardian: null,
              participantGroupId: null,
              ageBand: null,
              gender: null,
            },
            coAuthors: [],
            // Authors of ideas that go public or into use agreed to it when they submitted.
            consents: {
              processData: true,
              showName: Boolean(d.published),
              publishContent: Boolean(d.published) || inUse(d.status),
              allowPilot: Boolean(d.published) || inUse(d.status),
              allowScale: Boolean(d.published) || inUse(d.status),
              guardianConsent: false,
            },
            origin: { ownWork: true, sources: null },
            confidential: null,
            noticeVersion: 1,
            attachments: [],
            idempotencyKey: null,
          },
          {
            channel: d.inPerson ? Channel.IN_PERSON : Channel.ONLINE,
            consentChannel: d.inPerson ? ConsentChannel.PAPER : ConsentChannel.ONLINE,
            publicUrl: DEMO_PUBLIC_URL,
            receptionPoint: point ?? null,
            receivedById: d.inPerson && d.unit === 'thon-dong-lac' ? officer.id : null,
            actor: { id: null, name: 'Tác giả' },
          },
          receivedAt,
          `KN-${code.slice(0, 4)}-${code.slice(4)}`,
        ),
      );

      let at = receivedAt.getTime();
      let from: IdeaStatus = IdeaStatus.SUBMITTED;
      for (const to of typicalPath(d.status)) {
        at += timeline.span((3 + Math.floor(rand() * 10)) * DAY);
        const when = new Date(at);
        const step = STEP_TEXT[to];
        idea.status = to;
        await moveStep(em, idea, from, to, when);
        em.create(IdeaEvent, {
          tenant,
          idea,
          kind: IdeaEventKind.STATUS_CHANGED,
          fromStatus: from,
          toStatus: to,
          actor: hub,
          publicNote: step?.note ?? null,
          createdAt: when,
        });
        if (step?.response) {
          await respond(em, idea, {
            kind: to === IdeaStatus.NEEDS_INFO ? ResponseKind.NEEDS_INFO : ResponseKind.DECISION,
            body: step.response,
            sentBy: hub.id,
            missing:
              to === IdeaStatus.NEEDS_INFO ? [MissingInfo.IMPLEMENTATION, MissingInfo.COST] : null,
            now: when,
          });
          idea.respondedAt ??= when;
        }
        audit(em, {
          tenantId: tenant.id,
          action: AuditAction.IDEA_TRANSITIONED,
          actor: { id: hub.id, name: hub.fullName },
          ideaId: idea.id,
          details: { from, to },
          at: when,
        });
        from = to;
      }
      idea.updatedAt = new Date(at);
      if (d.published || inUse(d.status)) {
        // The hub established the rights before the idea went public or into use.
        const when = new Date(receivedAt.getTime() + 10 * DAY);
        idea.rightsStatus = RightsStatus.ESTABLISHED;
        idea.rightsChangedAt = when;
        em.create(RightsDecision, {
          tenant,
          idea,
          fromStatus: RightsStatus.UNCLEAR,
          toStatus: RightsStatus.ESTABLISHED,
          reason:
            'Chủ nhiệm đã cam đoan nguồn gốc; không có khiếu nại trong thời gian tiếp nhận; đủ các đồng ý cần thiết.',
          decidedBy: hub,
          createdAt: when,
        });
      }
      if (d.published) idea.publishedAt = new Date(at + DAY);
      if (d.published && d.honour) {
        // The hub honoured it on the public site a few days after publishing.
        idea.honouredAt = new Date(at + 3 * DAY);
        idea.honourCitation = d.honour;
      }
      await this.history(em, {
        idea,
        status: d.status,
        at,
        council,
        members,
        criteria,
        rand,
        unit,
        host: d.pilotHost ? units.get(d.pilotHost)! : unit,
        hub,
        now,
      });
      await em.flush();
    }
    // Reviews above were scored under the campaign's rubric: it is frozen from the first score.
    const first = await em.findOne(Score, { tenant: tenant.id }, { orderBy: { createdAt: 'asc' } });
    if (first) {
      campaign.rubricFrozenAt = first.createdAt;
      await em.flush();
    }
    await seedDemoMovement(em, {
      tenant,
      hub,
      unitHead: commune.staff.get('truongthon.donglac@nhuthanh.example')!,
      now,
      rand,
    });
    await seedDemoAccountability(em, {
      tenant,
      hub,
      unitHead: commune.staff.get('truongthon.donglac@nhuthanh.example')!,
      now,
    });
    await seedDemoContent(em, {
      tenantId: tenant.id,
      campaign,
      fields,
      storage: context?.storage ?? null,
      now,
    });
  }
}
