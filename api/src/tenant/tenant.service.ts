import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayManageCommunes,
  mayManageCommuneSettings,
} from '../common/access.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { isUuid, Validator } from '../common/validate.js';
import { audit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { createInvitation, type CreatedInvitation } from '../auth/invitation.service.js';
import { Role } from '../common/roles.js';
import { MediaAsset } from '../content/media.entity.js';
import { mainUrl } from '../content/media.service.js';
import { Tenant } from './tenant.entity.js';
import { TenantLevel, TenantStatus } from './tenant.enums.js';
import {
  communeByCode,
  communeCount,
  placeName,
  provinceByCode,
  searchCommunes,
} from './admin-units.js';
import { applyCommuneTemplate, createHubUnit } from './tenant.templates.js';
import type {
  CommuneCandidate,
  CommuneCreation,
  CommuneOverview,
  ProvinceHonouredIdea,
  ProvinceOverview,
} from './tenant.types.js';
import type { CommuneSettingsInput, FirstAdminInput } from './tenant.inputs.js';

/** "Xã Như Thanh" → "xã Như Thanh" (inside a sentence). */
function inSentence(name: string): string {
  return name.replace(/^(Xã|Phường|Đặc khu)(?=\s)/u, (w) => w.toLowerCase());
}

/** The title printed for the commune's chairman: "Chủ tịch UBND xã" / "… phường". */
function chairmanTitleOf(name: string): string {
  const kind = /^Phường/u.test(name) ? 'phường' : /^Đặc khu/u.test(name) ? 'đặc khu' : 'xã';
  return `Chủ tịch UBND ${kind}`;
}

export interface FirstAdmin {
  fullName: string;
  email: string;
}

/** Checks the first administrator's name and email (unused by any staff account). */
async function checkFirstAdmin(
  em: EntityManager,
  admin: FirstAdmin | null,
  v: Validator,
  prefix: string,
): Promise<FirstAdmin | null> {
  if (!admin) return null;
  const fullName = v.text(`${prefix}fullName`, admin.fullName, {
    label: 'họ tên quản trị viên',
    required: true,
    max: 200,
  });
  const email = admin.email?.trim()
    ? v.email(`${prefix}email`, admin.email)
    : (v.add(`${prefix}email`, 'Vui lòng nhập email.'), null);
  if (email && (await em.count(StaffUser, { email })))
    v.add(`${prefix}email`, 'Email này đã là tài khoản cán bộ.');
  return fullName && email ? { fullName, email } : null;
}

/**
 * Creates a commune from the official list with the template's starting data, in one
 * transaction, and records it in the new commune's audit log. Used by `createCommuneTenant` and by
 * the CLI (`npm run tenant -- create`). Clear Vietnamese errors: unknown code, already created,
 * another province's commune.
 */
export async function createCommuneRecord(
  em: EntityManager,
  opts: {
    code: string;
    /** Only communes of this province (the province admin's); null for the CLI. */
    provinceCode: string | null;
    firstAdmin: FirstAdmin | null;
    actor: AuditActor;
    now: Date;
    /** The admin app's address (KN_ADMIN_URL), for the invitation link. */
    adminUrl: string;
  },
): Promise<CreatedTenant> {
  const code = (opts.code ?? '').trim();
  const commune = communeByCode(code);
  if (!commune)
    throw new BadInputError({
      code: `Không có xã/phường mã "${code}" trong danh mục đơn vị hành chính.`,
    });
  if (opts.provinceCode !== null && commune.provinceCode !== opts.provinceCode)
    throw new ForbiddenError('Xã/phường này không thuộc tỉnh của bạn.');
  const province = provinceByCode(commune.provinceCode)!;
  if (await em.count(Tenant, { code }))
    throw new ConflictError(`${commune.name} (mã ${code}) đã được tạo trên nền tảng.`);
  const v = new Validator();
  const admin = await checkFirstAdmin(em, opts.firstAdmin, v, 'firstAdmin.');
  v.throwIfInvalid();
  return em.transactional(async (tx) => {
    const tenant = tx.create(Tenant, {
      code,
      name: commune.name,
      province: province.name,
      provinceCode: province.code,
      level: TenantLevel.COMMUNE,
      status: TenantStatus.ACTIVE,
      authorityName: `UBND ${inSentence(commune.name)}`,
      chairmanTitle: chairmanTitleOf(commune.name),
      createdAt: opts.now,
    });
    createHubUnit(tx, tenant);
    applyCommuneTemplate(tx, tenant, { noticePublishedAt: opts.now });
    audit(tx, {
      tenantId: tenant.id,
      action: AuditAction.TENANT_CREATED,
      actor: opts.actor,
      details: { code, name: commune.name, firstAdmin: admin?.email ?? null },
      at: opts.now,
    });
    await tx.flush();
    const invitation = admin ? await inviteFirstAdmin(tx, tenant, admin, Role.ADMIN, opts) : null;
    return { tenant, invitation };
  });
}

export interface CreatedTenant {
  tenant: Tenant;
  /** The first administrator's invitation (emailed link), when one was asked for. */
  invitation: CreatedInvitation | null;
}

/** Invites the tenant's first administrator (the email with the one-time link is queued). */
function inviteFirstAdmin(
  em: EntityManager,
  tenant: Tenant,
  admin: FirstAdmin,
  role: Role,
  opts: { actor: AuditActor; now: Date; adminUrl: string },
): Promise<CreatedInvitation> {
  return createInvitation(em, {
    tenantId: tenant.id,
    email: admin.email,
    fullName: admin.fullName,
    roles: [role],
    unitId: null,
    invitedBy: opts.actor.id ? { id: opts.actor.id, name: opts.actor.name } : null,
    now: opts.now,
    adminUrl: opts.adminUrl,
  });
}

/** The province-level tenant (for the province's own staff), from the official list. */
export async function createProvinceRecord(
  em: EntityManager,
  opts: {
    code: string;
    firstAdmin: FirstAdmin | null;
    actor: AuditActor;
    now: Date;
    adminUrl: string;
  },
): Promise<CreatedTenant> {
  const code = (opts.code ?? '').trim();
  const province = provinceByCode(code);
  if (!province)
    throw new BadInputError({
      code: `Không có tỉnh/thành phố mã "${code}" trong danh mục đơn vị hành chính.`,
    });
  if (await em.count(Tenant, { code }))
    throw new ConflictError(`${province.name} (mã ${code}) đã được tạo trên nền tảng.`);
  const v = new Validator();
  const admin = await checkFirstAdmin(em, opts.firstAdmin, v, 'firstAdmin.');
  v.throwIfInvalid();
  return em.transactional(async (tx) => {
    const tenant = tx.create(Tenant, {
      code,
      name: province.name,
      province: province.name,
      provinceCode: code,
      level: TenantLevel.PROVINCE,
      status: TenantStatus.ACTIVE,
      authorityName: `UBND ${inSentence(province.name).replace(/^Tỉnh/u, 'tỉnh')}`,
      createdAt: opts.now,
    });
    audit(tx, {
      tenantId: tenant.id,
      action: AuditAction.TENANT_CREATED,
      actor: opts.actor,
      details: { code, name: province.name, level: TenantLevel.PROVINCE },
      at: opts.now,
    });
    await tx.flush();
    const invitation = admin
      ? await inviteFirstAdmin(tx, tenant, admin, Role.PROVINCE_ADMIN, opts)
      : null;
    return { tenant, invitation };
  });
}

/**
 * Suspends or resumes a commune (CLI, and the province admin through `setCommuneSuspended`): a
 * suspended commune's site and API answer nothing. The change goes to the commune's own log.
 */
export async function setTenantStatusRecord(
  em: EntityManager,
  opts: {
    code: string;
    status: TenantStatus;
    actor: AuditActor;
    now: Date;
    reason?: string | null;
  },
): Promise<Tenant> {
  const tenant = await em.findOne(Tenant, { code: opts.code.trim() });
  if (!tenant) throw new NotFoundError(`Không tìm thấy xã/phường có mã "${opts.code}".`);
  if (tenant.status !== opts.status) {
    tenant.status = opts.status;
    audit(em, {
      tenantId: tenant.id,
      action: AuditAction.TENANT_STATUS_CHANGED,
      actor: opts.actor,
      reason: opts.reason ?? null,
      details: { status: opts.status },
      at: opts.now,
    });
    await em.flush();
  }
  return tenant;
}

/** Every tenant, provinces first (CLI `list`). */
export function listTenantRecords(em: EntityManager): Promise<Tenant[]> {
  return em.find(Tenant, {}, { orderBy: { provinceCode: 'asc', level: 'desc', code: 'asc' } });
}

export { SYSTEM_ACTOR };

// ————— Province administrators —————

/** The province the viewer administers: its own tenant, which must be province-level. */
function provinceOf(ctx: Context): string {
  assertAllowed(ctx.viewer, mayManageCommunes(ctx.viewer));
  if (ctx.tenant.level !== TenantLevel.PROVINCE || !ctx.tenant.provinceCode)
    throw new ForbiddenError('Chỉ tài khoản cấp tỉnh được quản lý các xã.');
  return ctx.tenant.provinceCode;
}

/** Communes of the viewer's province from the official list, already-created ones marked. */
export async function communeCandidates(
  ctx: Context,
  search: string | null,
  first: number | null,
): Promise<CommuneCandidate[]> {
  const provinceCode = provinceOf(ctx);
  const limit = Math.min(Math.max(first ?? 50, 1), 500);
  const hits = searchCommunes(provinceCode, search ?? '', limit);
  const created = hits.length
    ? await ctx.em.find(Tenant, { code: { $in: hits.map((h) => h.code) } }, { fields: ['code'] })
    : [];
  const createdCodes = new Set(created.map((t) => t.code));
  return hits.map((h) => ({ ...h, created: createdCodes.has(h.code) }));
}

/** Creates a commune of the viewer's province (PROVINCE_ADMIN). */
export async function createCommuneTenant(
  ctx: Context,
  code: string,
  firstAdmin: FirstAdminInput,
): Promise<CommuneCreation> {
  const provinceCode = provinceOf(ctx);
  if (!isStaff(ctx.viewer)) throw new ForbiddenError();
  const { tenant, invitation } = await createCommuneRecord(ctx.em, {
    code,
    provinceCode,
    firstAdmin: { fullName: firstAdmin.fullName ?? '', email: firstAdmin.email ?? '' },
    actor: { id: ctx.viewer.userId, name: ctx.viewer.fullName },
    now: ctx.clock.now(),
    adminUrl: ctx.config.adminUrl,
  });
  // The link itself travels only by email, to the invited administrator.
  return {
    tenant,
    invitedEmail: firstAdmin.email.trim().toLowerCase(),
    invitationExpiresAt: invitation!.expiresAt,
  };
}

/**
 * A province admin suspends (with a reason) or resumes a commune of their own province: its staff
 * are refused and its public site stops serving it until it is resumed. Never a province-level
 * tenant (their own included); a commune of another province is FORBIDDEN.
 */
export async function setCommuneSuspended(
  ctx: Context,
  code: string,
  suspended: boolean,
  reason: string | null,
): Promise<Tenant> {
  const provinceCode = provinceOf(ctx);
  if (!isStaff(ctx.viewer)) throw new ForbiddenError();
  const v = new Validator();
  const why = suspended
    ? v.text('reason', reason, { label: 'lý do tạm ngừng', required: true, max: 500 })
    : null;
  v.throwIfInvalid();
  const wanted = (code ?? '').trim();
  const tenant = wanted ? await ctx.em.findOne(Tenant, { code: wanted }) : null;
  if (!tenant) throw new NotFoundError(`Không tìm thấy xã/phường có mã "${wanted}".`);
  if (tenant.level !== TenantLevel.COMMUNE)
    throw new ForbiddenError(
      'Chỉ tạm ngừng hoặc mở lại được xã, phường; không áp dụng cho cấp tỉnh.',
    );
  if (tenant.provinceCode !== provinceCode)
    throw new ForbiddenError('Xã/phường này không thuộc tỉnh của bạn.');
  const changed = await setTenantStatusRecord(ctx.em, {
    code: tenant.code,
    status: suspended ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE,
    actor: { id: ctx.viewer.userId, name: `${ctx.viewer.fullName} (${ctx.tenant.name})` },
    reason: why,
    now: ctx.clock.now(),
  });
  // The next request of the commune (staff or public site) reads its status again.
  ctx.tenants.forget(changed.code);
  return changed;
}

interface OverviewRow {
  id: string;
  code: string;
  name: string;
  status: TenantStatus;
  created_at: Date;
  share_data_with_province: boolean;
  received: string;
  eligible: string;
  answered: string;
  answered_on_time: string;
  in_council: string;
  piloted: string;
  honoured: string;
}

/**
 * The communes of the viewer's province side by side: counts only (one aggregate query), never a
 * name, a contact or an idea. "Answered on time": the first answer reached the author before the
 * first step's due date (pauses while waiting for the author added).
 */
export async function provinceOverview(ctx: Context): Promise<ProvinceOverview> {
  const provinceCode = provinceOf(ctx);
  const rows = await ctx.em.execute<OverviewRow[]>(
    `select t.id, t.code, t.name, t.status, t.created_at, t.share_data_with_province,
        count(i.id) as received,
        count(i.id) filter (where i.status <> 'WITHDRAWN') as eligible,
        count(i.id) filter (where i.status <> 'WITHDRAWN' and i.responded_at is not null) as answered,
        count(i.id) filter (where i.responded_at is not null and i.responded_at <= (
          select s.due_at + s.paused_ms * interval '1 millisecond' from idea_step s
           where s.idea_id = i.id order by s.started_at limit 1)) as answered_on_time,
        count(i.id) filter (where exists (select 1 from review r where r.idea_id = i.id)) as in_council,
        count(i.id) filter (where i.status in ('PILOTING', 'APPLIED', 'SCALED')) as piloted,
        count(i.id) filter (where i.honoured_at is not null) as honoured
       from tenant t left join idea i on i.tenant_id = t.id
      where t.level = 'COMMUNE' and t.province_code = ?
      group by t.id order by t.name`,
    [provinceCode],
  );
  const communes: CommuneOverview[] = rows.map((r) => {
    const eligible = Number(r.eligible);
    const answered = Number(r.answered);
    return {
      tenantId: r.id,
      code: r.code,
      name: r.name,
      status: r.status,
      createdAt: new Date(r.created_at),
      personalDataShared: r.share_data_with_province,
      received: Number(r.received),
      answered,
      answeredOnTime: Number(r.answered_on_time),
      responseRate: eligible ? answered / eligible : null,
      inCouncil: Number(r.in_council),
      piloted: Number(r.piloted),
      honoured: Number(r.honoured),
    };
  });
  const province = provinceByCode(provinceCode)!;
  return {
    provinceCode,
    provinceName: province.name,
    communeTotal: communeCount(provinceCode),
    communes,
  };
}

/**
 * A commune's honoured ideas with their authors' names, for the province — only when the commune
 * has granted its province access to personal data. Read-only; every read is written to the
 * commune's audit log (one entry per idea, like any staff read of personal data).
 */
export async function provinceHonouredIdeas(
  ctx: Context,
  communeCode: string,
): Promise<ProvinceHonouredIdea[]> {
  const provinceCode = provinceOf(ctx);
  if (!isStaff(ctx.viewer)) throw new ForbiddenError();
  const commune = await ctx.em.findOne(Tenant, {
    code: (communeCode ?? '').trim(),
    level: TenantLevel.COMMUNE,
    provinceCode,
  });
  if (!commune) throw new NotFoundError('Không tìm thấy xã/phường này trong tỉnh.');
  if (!commune.shareDataWithProvince)
    throw new ForbiddenError(
      'Xã chưa cho phép cấp tỉnh xem dữ liệu cá nhân; chỉ xem được số liệu tổng hợp.',
    );
  const rows = await ctx.em.execute<
    {
      id: string;
      tracking_code: string;
      title: string;
      honoured_at: Date;
      authors: string[] | null;
    }[]
  >(
    `select i.id, i.tracking_code, i.title, i.honoured_at,
        array_remove(array_agg(p.full_name order by a.role, p.full_name), null) as authors
       from idea i
       left join authorship a on a.idea_id = i.id
       left join person p on p.id = a.person_id
      where i.tenant_id = ? and i.honoured_at is not null
      group by i.id order by i.honoured_at desc, i.id`,
    [commune.id],
  );
  const now = ctx.clock.now();
  for (const r of rows) {
    audit(ctx.em, {
      tenantId: commune.id,
      action: AuditAction.PERSONAL_DATA_READ,
      actor: { id: null, name: `${ctx.viewer.fullName} (${ctx.tenant.name})` },
      ideaId: r.id,
      details: { purpose: 'cấp tỉnh xem danh sách ý tưởng được vinh danh', provinceCode },
      at: now,
    });
  }
  await ctx.em.flush();
  return rows.map((r) => ({
    ideaId: r.id,
    trackingCode: r.tracking_code,
    title: r.title,
    honouredAt: new Date(r.honoured_at),
    authors: r.authors ?? [],
  }));
}

// ————— A commune's own settings —————

/** The viewer's own commune, freshly loaded (the context's copy is a shared cached one). */
async function ownCommune(ctx: Context): Promise<Tenant> {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  const tenant = await ctx.em.findOne(Tenant, { id: ctx.tenant.id });
  if (!tenant) throw new NotFoundError();
  return tenant;
}

/** A commune's ADMIN grants (or withdraws) its province's access to personal data. */
export async function setProvinceDataAccess(ctx: Context, granted: boolean): Promise<Tenant> {
  const tenant = await ownCommune(ctx);
  if (tenant.level !== TenantLevel.COMMUNE)
    throw new ForbiddenError('Chỉ xã/phường mới cấp quyền này cho tỉnh.');
  if (tenant.shareDataWithProvince !== granted) {
    tenant.shareDataWithProvince = granted;
    audit(ctx.em, {
      tenantId: tenant.id,
      action: AuditAction.PROVINCE_ACCESS_CHANGED,
      actor: { id: ctx.viewer.kind === 'staff' ? ctx.viewer.userId : null, name: viewerName(ctx) },
      details: { granted },
      at: ctx.clock.now(),
    });
    await ctx.em.flush();
    ctx.tenants.forget(tenant.code);
  }
  return tenant;
}

function viewerName(ctx: Context): string {
  return isStaff(ctx.viewer) ? ctx.viewer.fullName : SYSTEM_ACTOR.name;
}

const SETTINGS_FIELDS = [
  'displayName',
  'address',
  'phone',
  'email',
  'website',
  'authorityName',
  'chairmanName',
  'chairmanTitle',
] as const;

/** The commune's name, logo, contacts and the authority and signer printed on documents. */
export async function updateCommuneSettings(
  ctx: Context,
  input: CommuneSettingsInput,
): Promise<Tenant> {
  const tenant = await ownCommune(ctx);
  const v = new Validator();
  const next = {
    displayName: v.text('displayName', input.displayName, { label: 'tên hiển thị', max: 200 }),
    address: v.text('address', input.address, { label: 'địa chỉ', max: 300 }),
    phone: v.text('phone', input.phone, { label: 'số điện thoại', max: 40 }),
    email: v.email('email', input.email),
    website: v.text('website', input.website, { label: 'trang thông tin', max: 300 }),
    authorityName: v.text('authorityName', input.authorityName, {
      label: 'cơ quan ban hành',
      max: 200,
    }),
    chairmanName: v.text('chairmanName', input.chairmanName, {
      label: 'họ tên người ký',
      max: 200,
    }),
    chairmanTitle: v.text('chairmanTitle', input.chairmanTitle, {
      label: 'chức danh người ký',
      max: 200,
    }),
  };
  if (next.phone && !/^[0-9 +().-]{6,40}$/.test(next.phone))
    v.add('phone', 'Số điện thoại không hợp lệ.');
  if (next.website && !/^https?:\/\/[^\s]+$/i.test(next.website))
    v.add('website', 'Địa chỉ trang thông tin cần bắt đầu bằng http:// hoặc https://.');
  let logoMediaId: string | null = null;
  if (input.logoMediaId) {
    // Not an id at all: the same answer as an id of no image (never a query with it).
    const logo = isUuid(input.logoMediaId)
      ? await ctx.em.findOne(MediaAsset, { id: input.logoMediaId, tenant: ctx.tenant.id })
      : null;
    if (!logo || !logo.mimeType.startsWith('image/'))
      v.add('logoMediaId', 'Biểu trưng phải là một ảnh trong thư viện của xã.');
    else logoMediaId = logo.id;
  }
  v.throwIfInvalid();
  const changed: string[] = [];
  for (const key of SETTINGS_FIELDS) {
    if ((tenant[key] ?? null) !== next[key]) {
      tenant[key] = next[key];
      changed.push(key);
    }
  }
  if ((tenant.logoMediaId ?? null) !== logoMediaId) {
    tenant.logoMediaId = logoMediaId;
    changed.push('logoMediaId');
  }
  if (changed.length) {
    audit(ctx.em, {
      tenantId: tenant.id,
      action: AuditAction.SETTINGS_CHANGED,
      actor: { id: isStaff(ctx.viewer) ? ctx.viewer.userId : null, name: viewerName(ctx) },
      details: { communeSettings: changed },
      at: ctx.clock.now(),
    });
    await ctx.em.flush();
    ctx.tenants.forget(tenant.code);
  }
  return tenant;
}

/** The address of the commune's logo (largest JPEG), or null. */
export async function logoUrl(ctx: Context, tenant: Tenant): Promise<string | null> {
  if (!tenant.logoMediaId) return null;
  const asset = await ctx.em.findOne(MediaAsset, { id: tenant.logoMediaId, tenant: tenant.id });
  return asset ? mainUrl(ctx.mediaUrl, asset) || null : null;
}

/** The tenant the request addresses (public: the site's footer reads its name and contacts). */
export function currentTenant(ctx: Context): Tenant {
  return ctx.tenant;
}

/** How documents name the commune: authority, place and the chairman's title. */
export function documentFrame(tenant: Tenant): {
  authority: string;
  place: string;
  chairmanTitle: string;
  chairmanName: string | null;
} {
  return {
    authority: tenant.authorityName || `UBND ${inSentence(tenant.name)}`,
    place: placeName(tenant.name),
    chairmanTitle: tenant.chairmanTitle || chairmanTitleOf(tenant.name),
    chairmanName: tenant.chairmanName ?? null,
  };
}
