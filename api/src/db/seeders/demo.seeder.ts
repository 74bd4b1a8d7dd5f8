import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { formatDateVi } from '../../common/text.js';
import { Person } from '../../person/person.entity.js';
import { Authorship, Idea, IdeaEvent, IdeaResponse } from '../../idea/idea.entity.js';
import {
  AuthorRole,
  Channel,
  IdeaEventKind,
  IdeaStatus,
  ResponseKind,
} from '../../idea/idea.enums.js';
import { typicalPath } from '../../idea/idea.workflow.js';
import { receiptDigest } from '../../idea/receipt.js';
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

const STEP_NOTE: Partial<Record<IdeaStatus, { note: string; response?: string }>> = {
  [IdeaStatus.NEEDS_INFO]: {
    note: 'Đề nghị tác giả bổ sung thông tin.',
    response:
      'Đề nghị bổ sung: mô tả rõ hơn cách triển khai, địa điểm áp dụng thử và kinh phí dự kiến. Bạn có thể bổ sung qua trang tra cứu.',
  },
  [IdeaStatus.DUPLICATE]: {
    note: 'Ý tưởng trùng với một ý tưởng đã tiếp nhận trước đó.',
    response:
      'Ý tưởng của bạn trùng nội dung với một ý tưởng đã được tiếp nhận trước. Thời điểm gửi của bạn vẫn được ghi nhận; cơ quan đầu mối sẽ mời bạn cùng tham gia hoàn thiện.',
  },
  [IdeaStatus.OUT_OF_SCOPE]: {
    note: 'Ý tưởng không thuộc phạm vi tiếp nhận của phong trào cấp xã.',
    response:
      'Ý tưởng vượt thẩm quyền cấp xã. Bạn có thể gửi kiến nghị tới UBND tỉnh Thanh Hóa qua Cổng dịch vụ công hoặc Sở Xây dựng.',
  },
  [IdeaStatus.ACCEPTED]: {
    note: 'Ý tưởng đã được phân loại và chấp nhận xem xét.',
    response: 'Ý tưởng đã được phân loại và chuyển sang bước tư vấn, đánh giá.',
  },
  [IdeaStatus.IN_SUPPORT]: {
    note: 'Cơ quan chuyên môn hỗ trợ tác giả hoàn thiện ý tưởng.',
    response: 'Phòng Văn hóa – Xã hội đã phân công cán bộ hỗ trợ bạn hoàn thiện ý tưởng.',
  },
  [IdeaStatus.UNDER_REVIEW]: { note: 'Hội đồng tư vấn đang đánh giá ý tưởng.' },
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

export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const commune = await seedCommune(em, DEMO_COMMUNE);
    const { tenant, campaign, units, fields, receptionPoints } = commune;
    const hub = commune.staff.get('vhxh@nhuthanh.example')!;
    const rand = mulberry32(16228);
    const start = Date.UTC(2026, 4, 15, 1, 0, 0); // 15/05/2026, 08:00 in Vietnam
    const DAY = 86_400_000;

    DEMO_IDEAS.forEach((d, i) => {
      const receivedAt = new Date(
        start +
          Math.floor((i * 180 * DAY) / DEMO_IDEAS.length) +
          Math.floor(rand() * 8) * 3_600_000,
      );
      let code = '';
      for (let k = 0; k < 8; k++) code += ALPHABET[Math.floor(rand() * ALPHABET.length)];
      const trackingCode = `KN-${code.slice(0, 4)}-${code.slice(4)}`;
      const unit = units.get(d.unit)!;
      const ideaFields = d.fields.map((c) => fields.get(c)!);
      const person = em.create(Person, { tenant, ...d.author, createdAt: receivedAt });
      const idea = em.create(Idea, {
        tenant,
        campaign,
        trackingCode,
        title: d.title,
        problem: d.problem,
        solution: d.solution,
        benefit: d.benefit,
        requirements: d.requirements ?? null,
        maturity: d.maturity,
        status: d.status,
        channel: d.inPerson ? Channel.IN_PERSON : Channel.ONLINE,
        unit,
        receptionPoint: d.inPerson ? receptionPoints.get(d.unit) : null,
        receivedAt,
        digest: receiptDigest({
          trackingCode,
          receivedAt,
          campaignId: campaign.id,
          title: d.title,
          problem: d.problem,
          solution: d.solution,
          benefit: d.benefit,
          requirements: d.requirements ?? null,
          fieldIds: ideaFields.map((f) => f.id),
          maturity: d.maturity,
          authorName: d.author.fullName,
        }),
        createdAt: receivedAt,
        updatedAt: receivedAt,
      });
      for (const f of ideaFields) idea.fields.add(f);
      em.create(Authorship, {
        tenant,
        idea,
        person,
        role: AuthorRole.LEAD,
        share: 100,
        createdAt: receivedAt,
      });
      em.create(IdeaEvent, {
        tenant,
        idea,
        kind: IdeaEventKind.SUBMITTED,
        toStatus: IdeaStatus.SUBMITTED,
        publicNote: 'Ý tưởng đã được tiếp nhận.',
        createdAt: receivedAt,
      });
      em.create(IdeaResponse, {
        tenant,
        idea,
        kind: ResponseKind.ACKNOWLEDGEMENT,
        body: `Ý tưởng "${d.title}" đã được tiếp nhận ngày ${formatDateVi(receivedAt)} với mã tra cứu ${trackingCode}.`,
        createdAt: receivedAt,
      });
      let at = receivedAt.getTime();
      let from = IdeaStatus.SUBMITTED;
      for (const to of typicalPath(d.status)) {
        at += (3 + Math.floor(rand() * 10)) * DAY;
        const when = new Date(at);
        const step = STEP_NOTE[to];
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
          em.create(IdeaResponse, {
            tenant,
            idea,
            kind: to === IdeaStatus.NEEDS_INFO ? ResponseKind.NEEDS_INFO : ResponseKind.DECISION,
            body: step.response,
            sentBy: hub,
            createdAt: when,
          });
        }
        from = to;
      }
      idea.updatedAt = new Date(at);
      if (d.published) idea.publishedAt = new Date(at + DAY);
    });
    await em.flush();
  }
}
