/**
 * The demo commune's movement management (issue #16): participant groups on the demo authors,
 * targets for the year, units' implementation plans (most issued, some not yet), activities the
 * villages held, and requests to the hub (one answered, one waiting), so every screen has data.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '../../tenant/tenant.entity.js';
import { Unit } from '../../unit/unit.entity.js';
import { ReceptionPoint } from '../../unit/reception-point.entity.js';
import { StaffUser } from '../../auth/staff-user.entity.js';
import { Idea, Authorship } from '../../idea/idea.entity.js';
import { AuthorRole } from '../../idea/idea.enums.js';
import { Person } from '../../person/person.entity.js';
import { ParticipantGroup } from '../../person/participant-group.entity.js';
import { AgeBand, Gender } from '../../person/demographics.enums.js';
import { PersonKind } from '../../person/person.enums.js';
import { AreaType, UnitKind } from '../../unit/unit.enums.js';
import { localDay } from '../../common/vietnam-time.js';
import {
  MovementActivity,
  MovementTarget,
  UnitPlan,
  UnitRequest,
  UnitRequestMessage,
} from '../../movement/movement.entity.js';
import {
  ActivityKind,
  PlanStatus,
  TargetMetric,
  UnitRequestKind,
  UnitRequestStatus,
} from '../../movement/movement.enums.js';
import { scopeKey } from '../../movement/target.service.js';

const DAY = 86_400_000;
const AGE_BANDS = Object.values(AgeBand);
const GENDERS = [Gender.FEMALE, Gender.MALE];

export async function seedDemoMovement(
  em: EntityManager,
  opts: { tenant: Tenant; hub: StaffUser; unitHead: StaffUser; now: Date; rand: () => number },
): Promise<void> {
  const { tenant, hub, unitHead, now, rand } = opts;
  const t = tenant.id;
  const groups = await em.find(ParticipantGroup, { tenant: t }, { orderBy: { sortOrder: 'asc' } });
  // Authors say who they are three times in four; individuals sometimes give age and gender.
  const ideas = await em.find(Idea, { tenant: t }, { orderBy: { receivedAt: 'asc' } });
  const leads = await em.find(
    Authorship,
    { idea: { $in: ideas.map((i) => i.id) }, role: AuthorRole.LEAD },
    { populate: ['person'] },
  );
  const leadOf = new Map(leads.map((a) => [a.idea.id, a.person.getEntity() as Person]));
  ideas.forEach((idea, i) => {
    if (i % 4 === 3) return;
    const group = groups[(i * 5) % groups.length]!;
    idea.participantGroup = em.getReference(ParticipantGroup, group.id, { wrapped: true });
    const person = leadOf.get(idea.id);
    if (!person) return;
    person.participantGroup = em.getReference(ParticipantGroup, group.id, { wrapped: true });
    if (person.kind === PersonKind.INDIVIDUAL && i % 2 === 0) {
      person.ageBand = AGE_BANDS[i % AGE_BANDS.length]!;
      person.gender = GENDERS[i % 2 === 0 ? (i / 2) % 2 : 1]!;
    }
  });

  const year = Number(localDay(now).slice(0, 4));
  const units = await em.find(Unit, { tenant: t, active: true }, { orderBy: { name: 'asc' } });
  const target = (p: {
    unitId?: string;
    kind?: UnitKind;
    area?: AreaType;
    fieldId?: string;
    metric: TargetMetric;
    value: number;
  }) =>
    em.create(MovementTarget, {
      tenant: t,
      year,
      unit: p.unitId ?? null,
      unitKind: p.kind ?? null,
      areaType: p.area ?? null,
      field: p.fieldId ?? null,
      metric: p.metric,
      value: p.value,
      scopeKey: scopeKey({
        unitId: p.unitId,
        unitKind: p.kind,
        areaType: p.area,
        fieldId: p.fieldId,
        metric: p.metric,
      }),
      setBy: hub,
      createdAt: now,
    });
  // §IV.2: villages 2 ideas a year, difficult villages 1 (never 0), offices 1; every eligible
  // idea answered; villages pilot one idea a year; one village, the most active, is asked more.
  target({ metric: TargetMetric.RESPONSE_RATE, value: 100 });
  target({ kind: UnitKind.VILLAGE, metric: TargetMetric.RECEIVED, value: 2 });
  target({ kind: UnitKind.VILLAGE, metric: TargetMetric.PILOTS, value: 1 });
  for (const area of [AreaType.MOUNTAIN, AreaType.REMOTE, AreaType.SPECIAL_DIFFICULTY])
    target({ kind: UnitKind.VILLAGE, area, metric: TargetMetric.RECEIVED, value: 1 });
  target({ kind: UnitKind.DEPARTMENT, metric: TargetMetric.RECEIVED, value: 1 });
  const donglac = units.find((u) => u.code === 'thon-dong-lac');
  if (donglac) target({ unitId: donglac.id, metric: TargetMetric.RECEIVED, value: 4 });

  // Plans: two units in three have issued theirs; a few are drafts; the rest have none yet.
  const points = await em.find(ReceptionPoint, { tenant: t, active: true });
  units.forEach((u, i) => {
    if (i % 3 === 2) return;
    const issued = i % 5 !== 4;
    // Issued early in the year, and never after the day of the seed.
    const date = new Date(Math.min(Date.UTC(year, 0, 10 + (i % 40)), now.getTime() - DAY));
    em.create(UnitPlan, {
      tenant: t,
      unit: u,
      year,
      documentNumber: issued ? `${String(i + 3).padStart(2, '0')}/KH-${year}` : null,
      documentDate: issued ? date.toISOString().slice(0, 10) : null,
      status: issued
        ? i % 4 === 0
          ? PlanStatus.IN_PROGRESS
          : PlanStatus.ISSUED
        : PlanStatus.DRAFT,
      ownTargets: 'Ít nhất 2 ý tưởng trong năm; 100% ý tưởng được phản hồi đúng hạn.',
      receptionPoint: points.find((p) => p.unit.id === u.id) ?? null,
      updatedAt: now,
      updatedBy: u.id === donglac?.id ? unitHead : hub,
      createdAt: now,
    });
  });

  // Activities: meetings, conferences and awareness sessions in the villages over the year.
  const villages = units.filter((u) => u.kind === UnitKind.VILLAGE);
  const kinds = [ActivityKind.MEETING, ActivityKind.PROPAGANDA, ActivityKind.CONFERENCE];
  const yearStart = Date.UTC(year, 0, 1);
  const span = Math.max(DAY, now.getTime() - yearStart - DAY);
  villages.forEach((v, i) => {
    const n = i % 3 === 0 ? 2 : i % 3 === 1 ? 1 : 0;
    for (let k = 0; k < n; k++) {
      const heldOn = new Date(yearStart + Math.floor(rand() * span)).toISOString().slice(0, 10);
      const kind = kinds[(i + k) % kinds.length]!;
      em.create(MovementActivity, {
        tenant: t,
        unit: v,
        kind,
        title:
          kind === ActivityKind.MEETING
            ? `Họp thôn phát động phong trào tại ${v.name}`
            : kind === ActivityKind.PROPAGANDA
              ? `Tuyên truyền phong trào trên loa truyền thanh ${v.name}`
              : `Hội nghị giới thiệu ý tưởng hay tại ${v.name}`,
        heldOn,
        audience: 30 + Math.floor(rand() * 120),
        notes: null,
        photoIds: [],
        recordedBy: v.id === donglac?.id ? unitHead : hub,
        createdAt: now,
      });
    }
  });

  // Requests: Đồng Lạc asked for a projector (answered) and for help with a pilot (waiting).
  if (donglac) {
    const asked = new Date(now.getTime() - 20 * DAY);
    const answered = em.create(UnitRequest, {
      tenant: t,
      unit: donglac,
      kind: UnitRequestKind.SUPPORT,
      subject: 'Xin hỗ trợ máy chiếu cho buổi giới thiệu ý tưởng',
      status: UnitRequestStatus.ANSWERED,
      dueOn: localDay(new Date(asked.getTime() + 14 * DAY)),
      raisedBy: unitHead,
      answeredAt: new Date(asked.getTime() + 3 * DAY),
      updatedAt: new Date(asked.getTime() + 3 * DAY),
      createdAt: asked,
    });
    em.create(UnitRequestMessage, {
      tenant: t,
      request: answered,
      body: 'Thôn chưa có máy chiếu để giới thiệu các ý tưởng đã được công nhận tới bà con.',
      fromHub: false,
      authorName: unitHead.fullName,
      author: unitHead,
      createdAt: asked,
    });
    em.create(UnitRequestMessage, {
      tenant: t,
      request: answered,
      body: 'Phòng Văn hóa – Xã hội cho thôn mượn máy chiếu; mời thôn cử người lên nhận.',
      fromHub: true,
      authorName: hub.fullName,
      author: hub,
      createdAt: new Date(asked.getTime() + 3 * DAY),
    });
    const open = em.create(UnitRequest, {
      tenant: t,
      unit: donglac,
      kind: UnitRequestKind.DIFFICULTY,
      subject: 'Khó khăn về kinh phí vật tư cho thử nghiệm',
      status: UnitRequestStatus.OPEN,
      dueOn: localDay(new Date(now.getTime() + 9 * DAY)),
      raisedBy: unitHead,
      updatedAt: new Date(now.getTime() - 2 * DAY),
      createdAt: new Date(now.getTime() - 2 * DAY),
    });
    em.create(UnitRequestMessage, {
      tenant: t,
      request: open,
      body: 'Thôn cần thêm khoảng 5 triệu đồng vật tư để mở rộng thử nghiệm ra 20 hộ; xin xã hướng dẫn nguồn kinh phí.',
      fromHub: false,
      authorName: unitHead.fullName,
      author: unitHead,
      createdAt: new Date(now.getTime() - 2 * DAY),
    });
  }
  await em.flush();
}
