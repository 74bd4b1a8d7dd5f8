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
import { moveStep } from '../../idea/steps.js';
import { createIdea } from '../../idea/submission.service.js';
import { respond } from '../../idea/triage.service.js';
import { ConsentChannel } from '../../consent/consent.entity.js';
import { audit } from '../../audit/audit.service.js';
import { AuditAction } from '../../audit/audit.entity.js';
import { seedCommune } from './commune.js';
import { DEMO_COMMUNE, DEMO_IDEAS } from './demo-data.js';

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
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const commune = await seedCommune(em, DEMO_COMMUNE);
    const { tenant, campaign, units, fields, receptionPoints } = commune;
    const hub = commune.staff.get('vhxh@nhuthanh.example')!;
    const officer = commune.staff.get('tiepnhan.donglac@nhuthanh.example')!;
    const rand = mulberry32(16228);
    const start = Date.UTC(2026, 4, 15, 1, 0, 0); // 15/05/2026, 08:00 in Vietnam
    const DAY = 86_400_000;

    for (const [i, d] of DEMO_IDEAS.entries()) {
      const receivedAt = new Date(
        start +
          Math.floor((i * 180 * DAY) / DEMO_IDEAS.length) +
          Math.floor(rand() * 8) * 3_600_000,
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
            },
            coAuthors: [],
            consents: {
              processData: true,
              showName: Boolean(d.published),
              publishContent: Boolean(d.published),
              allowPilot: Boolean(d.published),
              allowScale: Boolean(d.published),
            },
            noticeVersion: 1,
            attachments: [],
            idempotencyKey: null,
          },
          {
            channel: d.inPerson ? Channel.IN_PERSON : Channel.ONLINE,
            consentChannel: d.inPerson ? ConsentChannel.PAPER : ConsentChannel.ONLINE,
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
        at += (3 + Math.floor(rand() * 10)) * DAY;
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
      if (d.published) idea.publishedAt = new Date(at + DAY);
      await em.flush();
    }
  }
}
