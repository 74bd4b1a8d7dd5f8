import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Role } from '../../common/roles.js';
import { AreaType, UnitKind } from '../../unit/unit.enums.js';
import {
  DEFAULT_FIELDS,
  MOVEMENT_2026_2030,
  seedCommune,
  seedProvince,
  type CommuneSpec,
} from './commune.js';
import { Council, CouncilMember } from '../../council/council.entity.js';
import { ConclusionRule, CouncilRole } from '../../council/council.enums.js';

/** Logins the integration tests use. Every account shares TEST_PASSWORD. */
export const TEST_PASSWORD = 'MatKhau@Test2026';
export const TEST_STAFF = {
  admin: 'admin@test.example',
  hub: 'hub@test.example',
  officerA: 'tiepnhan.a@test.example',
  officerB: 'tiepnhan.b@test.example',
  headA: 'truongthon.a@test.example',
  council: 'hoidong@test.example',
  councilChair: 'chutich.hoidong@test.example',
  council2: 'hoidong2@test.example',
  council3: 'hoidong3@test.example',
  editor: 'bientap@test.example',
  /** UNIT_EDITOR of thon-a: drafts the village's news for the commune's editor to approve. */
  unitEditorA: 'bientap.thon-a@test.example',
  otherTenantHub: 'hub@khac.example',
  /** PROVINCE_ADMIN of Thanh Hóa (38), the province of both test communes. */
  provinceAdmin: 'tinh@test.example',
  /** PROVINCE_ADMIN of another province (Hà Nội, 01). */
  otherProvinceAdmin: 'tinh@khac.example',
} as const;

const units: CommuneSpec['units'] = [
  {
    code: 'phong-vhxh',
    name: 'Phòng Văn hóa – Xã hội',
    kind: UnitKind.DEPARTMENT,
    areaType: AreaType.URBAN,
  },
  {
    code: 'thon-a',
    name: 'Thôn Đồng Ánh',
    kind: UnitKind.VILLAGE,
    areaType: AreaType.RURAL,
    reception: {
      name: 'Nhà văn hóa thôn Đồng Ánh',
      address: 'Thôn Đồng Ánh',
      openingHours: 'Sáng thứ Hai',
    },
  },
  {
    code: 'thon-b',
    name: 'Thôn Bãi Bằng',
    kind: UnitKind.VILLAGE,
    areaType: AreaType.MOUNTAIN,
    reception: {
      name: 'Nhà văn hóa thôn Bãi Bằng',
      address: 'Thôn Bãi Bằng',
      openingHours: 'Sáng thứ Năm',
    },
  },
];

export const TEST_COMMUNE: CommuneSpec = {
  tenant: { code: '16228', name: 'Xã Như Thanh', province: 'Tỉnh Thanh Hóa' },
  units,
  fields: DEFAULT_FIELDS,
  campaign: MOVEMENT_2026_2030,
  password: TEST_PASSWORD,
  staff: [
    { email: TEST_STAFF.admin, fullName: 'Quản Trị Viên', roles: [Role.ADMIN] },
    {
      email: TEST_STAFF.hub,
      fullName: 'Lê Thị Đầu Mối',
      roles: [Role.HUB],
      unitCode: 'phong-vhxh',
    },
    {
      email: TEST_STAFF.officerA,
      fullName: 'Cán Bộ Thôn A',
      roles: [Role.RECEPTION_OFFICER],
      unitCode: 'thon-a',
    },
    {
      email: TEST_STAFF.officerB,
      fullName: 'Cán Bộ Thôn B',
      roles: [Role.RECEPTION_OFFICER],
      unitCode: 'thon-b',
    },
    {
      email: TEST_STAFF.headA,
      fullName: 'Trưởng Thôn A',
      roles: [Role.UNIT_HEAD],
      unitCode: 'thon-a',
    },
    { email: TEST_STAFF.council, fullName: 'Thành Viên Hội Đồng', roles: [Role.COUNCIL_MEMBER] },
    { email: TEST_STAFF.councilChair, fullName: 'Chủ Tịch Hội Đồng', roles: [Role.COUNCIL_MEMBER] },
    { email: TEST_STAFF.council2, fullName: 'Chuyên Gia Thứ Hai', roles: [Role.COUNCIL_MEMBER] },
    { email: TEST_STAFF.council3, fullName: 'Chuyên Gia Thứ Ba', roles: [Role.COUNCIL_MEMBER] },
    { email: TEST_STAFF.editor, fullName: 'Biên Tập Viên', roles: [Role.EDITOR] },
    {
      email: TEST_STAFF.unitEditorA,
      fullName: 'Biên Tập Thôn A',
      roles: [Role.UNIT_EDITOR],
      unitCode: 'thon-a',
    },
  ],
};

/** A second commune, to prove that tenants never see each other's data. */
export const OTHER_COMMUNE: CommuneSpec = {
  tenant: {
    code: '16231',
    name: 'Xã Thử Nghiệm Khác',
    province: 'Tỉnh Thanh Hóa',
    provinceCode: '38',
  },
  units: [units[1]!],
  fields: DEFAULT_FIELDS.slice(0, 3),
  campaign: { ...MOVEMENT_2026_2030, title: 'Phong trào của xã khác' },
  password: TEST_PASSWORD,
  staff: [{ email: TEST_STAFF.otherTenantHub, fullName: 'Đầu Mối Xã Khác', roles: [Role.HUB] }],
};

/** The standing council of the test commune: a chair and three members, quorum 3, score ≥ 50. */
export const TEST_COUNCIL = {
  name: 'Hội đồng tư vấn thử nghiệm',
  decisionNumber: '01/QĐ-UBND',
  members: [
    [TEST_STAFF.councilChair, CouncilRole.CHAIR, 'Phó Chủ tịch UBND xã'],
    [TEST_STAFF.council, CouncilRole.SECRETARY, 'Công chức Văn hóa – Xã hội'],
    [TEST_STAFF.council2, CouncilRole.MEMBER, 'Chuyên gia, Trường Đại học Hồng Đức'],
    [TEST_STAFF.council3, CouncilRole.MEMBER, 'Giám đốc Hợp tác xã'],
  ] as const,
};

export class TestSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const commune = await seedCommune(em, TEST_COMMUNE);
    await seedCommune(em, OTHER_COMMUNE);
    await seedProvince(em, {
      code: '38',
      password: TEST_PASSWORD,
      admin: { email: TEST_STAFF.provinceAdmin, fullName: 'Quản Trị Tỉnh' },
    });
    await seedProvince(em, {
      code: '01',
      password: TEST_PASSWORD,
      admin: { email: TEST_STAFF.otherProvinceAdmin, fullName: 'Quản Trị Tỉnh Khác' },
    });
    const council = em.create(Council, {
      tenant: commune.tenant,
      name: TEST_COUNCIL.name,
      decisionNumber: TEST_COUNCIL.decisionNumber,
      decisionDate: '2026-05-10',
      signer: 'Chủ tịch UBND xã',
      campaign: commune.campaign,
      termStart: '2026-05-10',
      termEnd: '2030-12-31',
      quorum: 3,
      rule: ConclusionRule.SCORE,
      scoreThreshold: 50,
    });
    for (const [email, role, title] of TEST_COUNCIL.members) {
      em.create(CouncilMember, {
        tenant: commune.tenant,
        council,
        user: commune.staff.get(email)!,
        role,
        title,
      });
    }
    await em.flush();
  }
}
