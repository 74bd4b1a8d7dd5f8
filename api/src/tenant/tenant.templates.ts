import {
  DEFAULT_PARTICIPANT_GROUPS,
  ParticipantGroup,
} from '../person/participant-group.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from './tenant.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Campaign, CampaignPhase } from '../campaign/campaign.entity.js';
import { CampaignStatus, PhaseKind } from '../campaign/campaign.enums.js';
import { RubricCriterion } from '../council/council.entity.js';
import { DEFAULT_RUBRIC } from '../council/rubric.defaults.js';
import { AwardRate, BaseSalary } from '../award/award.entity.js';
import { DEFAULT_AWARD_RATES, DEFAULT_BASE_SALARY } from '../award/award.defaults.js';
import { PublicHoliday } from '../privacy/data-request.entity.js';
import { DEFAULT_HOLIDAYS } from '../common/vietnam-time.js';
import { PrivacyNotice } from '../consent/consent.entity.js';
import { DEFAULT_PRIVACY_NOTICE } from '../consent/privacy-notice.text.js';
import { Unit } from '../unit/unit.entity.js';
import { AreaType, UnitKind } from '../unit/unit.enums.js';

/**
 * What every commune starts with, whether it is loaded by a seeder or created by its province
 * (`createCommuneTenant`, `npm run tenant -- create`): the fields of §III.4, the 2026–2030
 * movement and its phases, the council's rubric, the award settings, the public holidays and
 * version 1 of the privacy notice. Template values only — never another commune's rows.
 */

export interface FieldTemplate {
  code: string;
  name: string;
  /** For the English pages (the commune may change it). */
  nameEn: string;
}

export interface CampaignTemplate {
  code: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  phases: { kind: PhaseKind; name: string; nameEn: string; startsOn: string; endsOn: string }[];
}

/** The fields of §III.4 and PRODUCT.md §2, in display order. */
export const DEFAULT_FIELDS: FieldTemplate[] = [
  { code: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính', nameEn: 'Administrative reform' },
  { code: 'chuyen-doi-so', name: 'Chuyển đổi số', nameEn: 'Digital transformation' },
  { code: 'nong-nghiep', name: 'Nông nghiệp', nameEn: 'Agriculture' },
  { code: 'nong-thon-moi', name: 'Nông thôn mới', nameEn: 'New rural development' },
  { code: 'do-thi-van-minh', name: 'Đô thị văn minh', nameEn: 'Civilised urban areas' },
  { code: 'san-pham-chu-luc-ocop', name: 'Sản phẩm chủ lực/OCOP', nameEn: 'Key products / OCOP' },
  { code: 'giao-duc', name: 'Giáo dục', nameEn: 'Education' },
  { code: 'y-te', name: 'Y tế', nameEn: 'Health' },
  { code: 'moi-truong', name: 'Môi trường', nameEn: 'Environment' },
  { code: 'van-hoa-xa-hoi', name: 'Văn hóa – xã hội', nameEn: 'Culture and society' },
  { code: 'an-ninh-trat-tu', name: 'An ninh, trật tự', nameEn: 'Security and public order' },
];

/** The 2026–2030 movement of the plan, for a commune named e.g. "xã Như Thanh". */
export function movementCampaign(communeName: string): CampaignTemplate {
  return {
    code: 'phong-trao-2026-2030',
    title: `Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số trong Nhân dân và cán bộ ${communeName} giai đoạn 2026 – 2030`,
    description:
      'Phát huy tinh thần trách nhiệm, trí tuệ, sáng tạo của nhân dân, cán bộ, công chức, viên chức, người lao động và cộng đồng doanh nghiệp; khuyến khích đề xuất, tiếp nhận, hoàn thiện và ứng dụng các ý tưởng, sáng kiến, giải pháp đổi mới sáng tạo vào thực tiễn quản lý, sản xuất, kinh doanh và đời sống xã hội.',
    startsOn: '2026-05-01',
    endsOn: '2030-12-31',
    phases: [
      {
        kind: PhaseKind.ROLLOUT,
        name: 'Triển khai đồng bộ',
        nameEn: 'Roll-out',
        startsOn: '2026-05-01',
        endsOn: '2027-12-31',
      },
      {
        kind: PhaseKind.MIDTERM_REVIEW,
        name: 'Sơ kết, đánh giá, nhân rộng',
        nameEn: 'Mid-term review and scaling',
        startsOn: '2028-01-01',
        endsOn: '2028-12-31',
      },
      {
        kind: PhaseKind.FINAL_REVIEW,
        name: 'Tổng kết',
        nameEn: 'Final review',
        startsOn: '2030-01-01',
        endsOn: '2030-12-31',
      },
    ],
  };
}

/** The hub's unit every commune has (the plan's cơ quan đầu mối). */
export const HUB_UNIT = {
  code: 'phong-vhxh',
  name: 'Phòng Văn hóa – Xã hội',
  kind: UnitKind.DEPARTMENT,
  areaType: AreaType.URBAN,
};

export interface AppliedTemplate {
  fields: Map<string, IdeaField>;
  campaign: Campaign;
}

/**
 * Creates a commune's starting rows in the caller's unit of work (nothing is flushed here): the
 * fields, the active campaign with its phases and rubric, the base salary and award rates, the
 * public holidays, the participant groups and the privacy notice.
 */
export function applyCommuneTemplate(
  em: EntityManager,
  tenant: Tenant,
  options: {
    fields?: FieldTemplate[];
    campaign?: CampaignTemplate;
    noticePublishedAt: Date;
  },
): AppliedTemplate {
  const fields = new Map<string, IdeaField>();
  (options.fields ?? DEFAULT_FIELDS).forEach((f, i) =>
    fields.set(f.code, em.create(IdeaField, { tenant, ...f, sortOrder: i + 1 })),
  );
  const { phases, ...c } =
    options.campaign ??
    movementCampaign(tenant.name.replace(/^Xã/u, 'xã').replace(/^Phường/u, 'phường'));
  const campaign = em.create(Campaign, { tenant, ...c, status: CampaignStatus.ACTIVE });
  for (const f of fields.values()) campaign.fields.add(f);
  phases.forEach((p, i) => em.create(CampaignPhase, { tenant, campaign, ...p, sortOrder: i + 1 }));
  for (const r of DEFAULT_RUBRIC) em.create(RubricCriterion, { tenant, campaign, ...r });
  em.create(BaseSalary, { tenant, ...DEFAULT_BASE_SALARY });
  for (const r of DEFAULT_AWARD_RATES) em.create(AwardRate, { tenant, ...r });
  for (const h of DEFAULT_HOLIDAYS) em.create(PublicHoliday, { tenant, ...h });
  DEFAULT_PARTICIPANT_GROUPS.forEach((g, i) =>
    em.create(ParticipantGroup, { tenant, ...g, sortOrder: i + 1 }),
  );
  em.create(PrivacyNotice, {
    tenant,
    version: 1,
    ...DEFAULT_PRIVACY_NOTICE,
    publishedAt: options.noticePublishedAt,
  });
  return { fields, campaign };
}

/** The hub's unit of a newly created commune. */
export function createHubUnit(em: EntityManager, tenant: Tenant): Unit {
  return em.create(Unit, { tenant, ...HUB_UNIT });
}
