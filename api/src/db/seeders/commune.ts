import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '../../tenant/tenant.entity.js';
import { TenantLevel } from '../../tenant/tenant.enums.js';
import { provinceByCode, provinceOfCommune } from '../../tenant/admin-units.js';
import { Unit } from '../../unit/unit.entity.js';
import { AreaType, UnitKind } from '../../unit/unit.enums.js';
import { ReceptionPoint } from '../../unit/reception-point.entity.js';
import type { IdeaField } from '../../field/field.entity.js';
import type { Campaign } from '../../campaign/campaign.entity.js';
import {
  applyCommuneTemplate,
  DEFAULT_FIELDS as TEMPLATE_FIELDS,
  movementCampaign,
  type CampaignTemplate,
  type FieldTemplate,
} from '../../tenant/tenant.templates.js';
import { StaffUser } from '../../auth/staff-user.entity.js';
import { Role } from '../../common/roles.js';
import { hashPassword } from '../../auth/password.hashing.js';

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
  /** The commune, its province taken from the official list; settings optional. */
  tenant: { code: string; name: string; province: string; provinceCode?: string } & Partial<
    Pick<
      Tenant,
      | 'displayName'
      | 'address'
      | 'phone'
      | 'email'
      | 'website'
      | 'authorityName'
      | 'chairmanName'
      | 'chairmanTitle'
    >
  >;
  units: UnitSpec[];
  fields: FieldTemplate[];
  campaign: CampaignTemplate;
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

/** The fields of §III.4 (the template every commune starts from). */
export const DEFAULT_FIELDS = TEMPLATE_FIELDS;

export const MOVEMENT_2026_2030 = movementCampaign('xã Như Thanh');

export async function seedCommune(em: EntityManager, spec: CommuneSpec): Promise<SeededCommune> {
  const tenant = em.create(Tenant, {
    ...spec.tenant,
    level: TenantLevel.COMMUNE,
    provinceCode: spec.tenant.provinceCode ?? provinceOfCommune(spec.tenant.code)?.code ?? '',
  });
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
  const { fields, campaign } = applyCommuneTemplate(em, tenant, {
    fields: spec.fields,
    campaign: spec.campaign,
    noticePublishedAt: new Date('2026-05-01T00:00:00Z'),
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

/** A province-level tenant (from the official list) and its PROVINCE_ADMIN account. */
export async function seedProvince(
  em: EntityManager,
  spec: { code: string; password: string; admin: { email: string; fullName: string } },
): Promise<{ tenant: Tenant; admin: StaffUser }> {
  const province = provinceByCode(spec.code);
  if (!province) throw new Error(`Không có tỉnh/thành phố mã "${spec.code}".`);
  const tenant = em.create(Tenant, {
    code: province.code,
    name: province.name,
    province: province.name,
    provinceCode: province.code,
    level: TenantLevel.PROVINCE,
    authorityName: `UBND ${province.name.replace(/^Tỉnh/u, 'tỉnh').replace(/^Thành phố/u, 'thành phố')}`,
  });
  const admin = em.create(StaffUser, {
    tenant,
    email: spec.admin.email,
    fullName: spec.admin.fullName,
    roles: [Role.PROVINCE_ADMIN],
    unit: null,
    passwordHash: await hashPassword(spec.password),
  });
  await em.flush();
  return { tenant, admin };
}
