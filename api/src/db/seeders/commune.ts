import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '../../tenant/tenant.entity.js';
import { Unit } from '../../unit/unit.entity.js';
import { AreaType, UnitKind } from '../../unit/unit.enums.js';
import { ReceptionPoint } from '../../unit/reception-point.entity.js';
import { IdeaField } from '../../field/field.entity.js';
import { Campaign, CampaignPhase } from '../../campaign/campaign.entity.js';
import { CampaignStatus, PhaseKind } from '../../campaign/campaign.enums.js';
import { StaffUser } from '../../auth/staff-user.entity.js';
import { Role } from '../../common/roles.js';
import { hashPassword } from '../../auth/password.hashing.js';
import { PrivacyNotice } from '../../consent/consent.entity.js';
import { DEFAULT_PRIVACY_NOTICE } from '../../consent/privacy-notice.text.js';
import { RubricCriterion } from '../../council/council.entity.js';
import { DEFAULT_RUBRIC } from '../../council/rubric.defaults.js';
import { AwardRate, BaseSalary } from '../../award/award.entity.js';
import { PublicHoliday } from '../../privacy/data-request.entity.js';
import { DEFAULT_HOLIDAYS } from '../../common/vietnam-time.js';
import { DEFAULT_AWARD_RATES, DEFAULT_BASE_SALARY } from '../../award/award.defaults.js';

export interface UnitSpec {
  code: string;
  name: string;
  kind: UnitKind;
  areaType: AreaType;
  reception?: { name: string; address: string; openingHours: string; phone?: string };
}

export interface StaffSpec {
  email: string;
  fullName: string;
  roles: Role[];
  unitCode?: string;
}

export interface CommuneSpec {
  tenant: { code: string; name: string; province: string };
  units: UnitSpec[];
  fields: { code: string; name: string }[];
  campaign: {
    code: string;
    title: string;
    description: string;
    startsOn: string;
    endsOn: string;
    phases: { kind: PhaseKind; name: string; startsOn: string; endsOn: string }[];
  };
  staff: StaffSpec[];
  password: string;
}

export interface SeededCommune {
  tenant: Tenant;
  units: Map<string, Unit>;
  receptionPoints: Map<string, ReceptionPoint>;
  fields: Map<string, IdeaField>;
  campaign: Campaign;
  staff: Map<string, StaffUser>;
}

/** The fields of §III.4 and PRODUCT.md §2, in display order. */
export const DEFAULT_FIELDS = [
  { code: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' },
  { code: 'chuyen-doi-so', name: 'Chuyển đổi số' },
  { code: 'nong-nghiep', name: 'Nông nghiệp' },
  { code: 'nong-thon-moi', name: 'Nông thôn mới' },
  { code: 'do-thi-van-minh', name: 'Đô thị văn minh' },
  { code: 'san-pham-chu-luc-ocop', name: 'Sản phẩm chủ lực/OCOP' },
  { code: 'giao-duc', name: 'Giáo dục' },
  { code: 'y-te', name: 'Y tế' },
  { code: 'moi-truong', name: 'Môi trường' },
  { code: 'van-hoa-xa-hoi', name: 'Văn hóa – xã hội' },
  { code: 'an-ninh-trat-tu', name: 'An ninh, trật tự' },
];

export const MOVEMENT_2026_2030 = {
  code: 'phong-trao-2026-2030',
  title:
    'Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số trong Nhân dân và cán bộ xã Như Thanh giai đoạn 2026 – 2030',
  description:
    'Phát huy tinh thần trách nhiệm, trí tuệ, sáng tạo của nhân dân, cán bộ, công chức, viên chức, người lao động và cộng đồng doanh nghiệp; khuyến khích đề xuất, tiếp nhận, hoàn thiện và ứng dụng các ý tưởng, sáng kiến, giải pháp đổi mới sáng tạo vào thực tiễn quản lý, sản xuất, kinh doanh và đời sống xã hội.',
  startsOn: '2026-05-01',
  endsOn: '2030-12-31',
  phases: [
    {
      kind: PhaseKind.ROLLOUT,
      name: 'Triển khai đồng bộ',
      startsOn: '2026-05-01',
      endsOn: '2027-12-31',
    },
    {
      kind: PhaseKind.MIDTERM_REVIEW,
      name: 'Sơ kết, đánh giá, nhân rộng',
      startsOn: '2028-01-01',
      endsOn: '2028-12-31',
    },
    {
      kind: PhaseKind.FINAL_REVIEW,
      name: 'Tổng kết',
      startsOn: '2030-01-01',
      endsOn: '2030-12-31',
    },
  ],
};

export async function seedCommune(em: EntityManager, spec: CommuneSpec): Promise<SeededCommune> {
  const tenant = em.create(Tenant, spec.tenant);
  const units = new Map<string, Unit>();
  const receptionPoints = new Map<string, ReceptionPoint>();
  for (const u of spec.units) {
    const unit = em.create(Unit, {
      tenant,
      code: u.code,
      name: u.name,
      kind: u.kind,
      areaType: u.areaType,
    });
    units.set(u.code, unit);
    if (u.reception) {
      receptionPoints.set(u.code, em.create(ReceptionPoint, { tenant, unit, ...u.reception }));
    }
  }
  const fields = new Map<string, IdeaField>();
  spec.fields.forEach((f, i) =>
    fields.set(f.code, em.create(IdeaField, { tenant, ...f, sortOrder: i + 1 })),
  );

  const { phases, ...c } = spec.campaign;
  const campaign = em.create(Campaign, { tenant, ...c, status: CampaignStatus.ACTIVE });
  for (const f of fields.values()) campaign.fields.add(f);
  phases.forEach((p, i) => em.create(CampaignPhase, { tenant, campaign, ...p, sortOrder: i + 1 }));

  for (const c of DEFAULT_RUBRIC) em.create(RubricCriterion, { tenant, campaign, ...c });
  em.create(BaseSalary, { tenant, ...DEFAULT_BASE_SALARY });
  for (const r of DEFAULT_AWARD_RATES) em.create(AwardRate, { tenant, ...r });
  for (const h of DEFAULT_HOLIDAYS) em.create(PublicHoliday, { tenant, ...h });
  em.create(PrivacyNotice, {
    tenant,
    version: 1,
    ...DEFAULT_PRIVACY_NOTICE,
    publishedAt: new Date('2026-05-01T00:00:00Z'),
  });

  const passwordHash = await hashPassword(spec.password);
  const staff = new Map<string, StaffUser>();
  for (const s of spec.staff) {
    staff.set(
      s.email,
      em.create(StaffUser, {
        tenant,
        email: s.email,
        fullName: s.fullName,
        roles: s.roles,
        unit: s.unitCode ? units.get(s.unitCode)! : null,
        passwordHash,
        activatedAt: new Date('2026-05-01T00:00:00Z'),
      }),
    );
  }
  // Reception officers are assigned to their unit's reception point.
  for (const s of spec.staff) {
    const point = s.unitCode ? receptionPoints.get(s.unitCode) : undefined;
    if (point && s.roles.includes(Role.RECEPTION_OFFICER)) point.officers.add(staff.get(s.email)!);
  }
  await em.flush();
  return { tenant, units, receptionPoints, fields, campaign, staff };
}
