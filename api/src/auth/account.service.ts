import { randomBytes } from 'node:crypto';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayManageAccounts, type StaffViewer } from '../common/access.js';
import {
  AppError,
  BadInputError,
  ConflictError,
  ErrorCode,
  NotFoundError,
} from '../common/errors.js';
import { pageByCreatedAt } from '../common/connection.js';
import { Role } from '../common/roles.js';
import { formatDateTimeVi, normalizeEmail, searchTerms, searchesNothing } from '../common/text.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit, auditActor, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { AccountStatus, InvitationMethod, InvitationStatus } from './auth.enums.js';
import { hashToken, type LoginResult } from './auth.service.js';
import { authLoaders } from './auth.loaders.js';
import {
  createInvitation,
  hashSecret,
  issueInvitation,
  normalizeInvitationCode,
  queueStaffEmail,
  validateAccountFields,
  type CreatedInvitation,
} from './invitation.service.js';
import { hashPassword, verifyPassword } from './password.hashing.js';
import { passwordProblem } from './password.policy.js';
import { PasswordReset } from './password-reset.entity.js';
import { Session } from './session.entity.js';
import { StaffInvitation } from './staff-invitation.entity.js';
import { StaffUser } from './staff-user.entity.js';
import type {
  AcceptInvitationInput,
  InviteStaffInput,
  StaffAccountWhereInput,
  UpdateStaffAccountInput,
} from './account.inputs.js';
import { StaffAccountConnection, type SessionInfo } from './account.types.js';

/** A password reset link is valid for one hour. */
export const PASSWORD_RESET_TTL_MS = 3_600_000;
/** At most one reset email a minute per account. */
export const RESET_EMAIL_INTERVAL_MS = 60_000;

const ACCOUNTS_ONLY = 'Chỉ quản trị viên của xã được quản lý tài khoản cán bộ.';

export function accountStatus(user: StaffUser): AccountStatus {
  if (!user.active) return AccountStatus.DISABLED;
  return user.activatedAt ? AccountStatus.ACTIVE : AccountStatus.INVITED;
}

function target(user: StaffUser): Record<string, unknown> {
  return { targetUserId: user.id, targetName: user.fullName };
}

async function accountOfTenant(ctx: Context, id: string): Promise<StaffUser> {
  const user = isUuid(id) ? await ctx.em.findOne(StaffUser, { id, tenant: ctx.tenant.id }) : null;
  if (!user) throw new NotFoundError('Không tìm thấy tài khoản.');
  return user;
}

/** Why a new password is refused, as a field error (the person's name and email count against it). */
function checkNewPassword(
  field: string,
  password: string,
  user: { email?: string | null; fullName: string },
  extra: (string | null | undefined)[] = [],
): void {
  const problem = passwordProblem(password, [user.email, user.fullName, ...extra]);
  if (problem) throw new BadInputError({ [field]: problem });
}

// ————————————————————————————————————— ADMIN: the commune's accounts

/** The commune's staff accounts, newest first, filtered and searched without accents. */
export async function listStaffAccounts(
  ctx: Context,
  where: StaffAccountWhereInput | null,
  page: { first: number; after: string | null },
): Promise<StaffAccountConnection> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const v = new Validator();
  v.id('unitId', where?.unitId, 'đơn vị');
  v.throwIfInvalid();
  let ids: string[] | null = null;
  const terms = where?.search ? searchTerms(where.search) : [];
  if (terms.length) {
    const rows = await ctx.em.execute<{ id: string }[]>(
      `select id from staff_user where tenant_id = ? and ${terms
        .map(() => `kn_unaccent(full_name || ' ' || coalesce(email, '')) ~ ?`)
        .join(' and ')}`,
      // Each word starts a word of the name or email (terms hold letters and digits only).
      [ctx.tenant.id, ...terms.map((t) => `(^|[^[:alnum:]])${t}`)],
    );
    ids = rows.map((r) => r.id);
  } else if (searchesNothing(where?.search)) ids = [];
  const status = where?.status;
  const filter = (): FilterQuery<StaffUser> => ({
    tenant: ctx.tenant.id,
    ...(ids ? { id: { $in: ids } } : {}),
    ...(where?.roles?.length ? { roles: { $overlap: where.roles } } : {}),
    ...(where?.unitId ? { unit: where.unitId } : {}),
    ...(status === AccountStatus.DISABLED ? { active: false } : {}),
    ...(status === AccountStatus.ACTIVE ? { active: true, activatedAt: { $ne: null } } : {}),
    ...(status === AccountStatus.INVITED ? { active: true, activatedAt: null } : {}),
  });
  return StaffAccountConnection.from(await pageByCreatedAt(ctx.em, StaffUser, filter, page));
}

export async function staffAccount(ctx: Context, id: string): Promise<StaffUser | null> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  return isUuid(id) ? ctx.em.findOne(StaffUser, { id, tenant: ctx.tenant.id }) : null;
}

export interface InvitationResult {
  user: StaffUser;
  code: string | null;
  expiresAt: Date;
  method: InvitationMethod;
}

async function invitationResult(
  em: EntityManager,
  created: CreatedInvitation,
  method: InvitationMethod,
): Promise<InvitationResult> {
  const user = await em.findOneOrFail(StaffUser, { id: created.userId });
  return { user, code: created.code, expiresAt: created.expiresAt, method };
}

/** ADMIN invites a staff member of the commune: emailed link or printed code. */
export async function inviteStaff(
  ctx: Context,
  input: InviteStaffInput,
): Promise<InvitationResult> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const viewer = ctx.viewer;
  const method = input.method;
  return ctx.em.fork().transactional(async (tx) => {
    const created = await createInvitation(tx, {
      tenantId: ctx.tenant.id,
      email: input.email?.trim() ? input.email : null,
      fullName: input.fullName,
      roles: input.roles,
      unitId: input.unitId ?? null,
      invitedBy: { id: viewer.userId, name: viewer.fullName },
      now: ctx.clock.now(),
      adminUrl: ctx.config.adminUrl,
      method,
    });
    return invitationResult(tx, created, method);
  });
}

/** A new invitation for an account not yet activated (the earlier one stops working). */
export async function resendInvitation(
  ctx: Context,
  userId: string,
  method: InvitationMethod | null,
): Promise<InvitationResult> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const viewer = ctx.viewer;
  const user = await accountOfTenant(ctx, userId);
  if (user.activatedAt) throw new ConflictError('Tài khoản đã được kích hoạt, không cần mời lại.');
  if (!user.active) throw new ConflictError('Tài khoản đã bị khóa; mở khóa trước khi mời lại.');
  const how = method ?? (user.email ? InvitationMethod.EMAIL_LINK : InvitationMethod.PRINTED_CODE);
  if (how === InvitationMethod.EMAIL_LINK && !user.email)
    throw new BadInputError({ method: 'Tài khoản chưa có email: hãy dùng mã in trên giấy.' });
  return ctx.em.transactional(async (tx) => {
    const created = await issueInvitation(tx, user, {
      method: how,
      invitedBy: { id: viewer.userId, name: viewer.fullName },
      now: ctx.clock.now(),
      adminUrl: ctx.config.adminUrl,
    });
    return invitationResult(tx, created, how);
  });
}

/** Revokes the pending invitation of an account: its link or code stops working. */
export async function revokeInvitation(ctx: Context, userId: string): Promise<StaffUser> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const user = await accountOfTenant(ctx, userId);
  const now = ctx.clock.now();
  await ctx.em.transactional(async (tx) => {
    const n = await tx.nativeUpdate(
      StaffInvitation,
      { user: user.id, acceptedAt: null, revokedAt: null },
      { revokedAt: now },
    );
    if (!n) throw new ConflictError('Tài khoản không có lời mời nào đang chờ.');
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.INVITATION_REVOKED,
      actor: auditActor(ctx.viewer),
      details: target(user),
      at: now,
    });
  });
  return user;
}

/** Name, roles and unit of an account. An ADMIN cannot take the ADMIN role from themselves. */
export async function updateStaffAccount(
  ctx: Context,
  id: string,
  input: UpdateStaffAccountInput,
): Promise<StaffUser> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const user = await accountOfTenant(ctx, id);
  const v = new Validator();
  const fields = await validateAccountFields(ctx.em, v, ctx.tenant.id, {
    fullName: input.fullName,
    roles: input.roles,
    unitId: input.unitId ?? null,
  });
  if (user.id === ctx.viewer.userId && !fields.roles.includes(Role.ADMIN))
    v.add('roles', 'Bạn không thể tự bỏ vai trò Quản trị của mình.');
  v.throwIfInvalid();
  const before = { fullName: user.fullName, roles: user.roles, unitId: user.unit?.id ?? null };
  user.fullName = fields.fullName!;
  user.roles = fields.roles;
  user.unit = fields.unit ? ref(fields.unit) : null;
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.ACCOUNT_CHANGED,
    actor: auditActor(ctx.viewer),
    details: {
      ...target(user),
      before,
      after: { fullName: user.fullName, roles: user.roles, unitId: fields.unit?.id ?? null },
    },
    at: ctx.clock.now(),
  });
  await ctx.em.flush();
  return user;
}

/** Disables an account: its sessions end at once, its pending invitation is revoked. */
export async function disableStaffAccount(ctx: Context, id: string): Promise<StaffUser> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const user = await accountOfTenant(ctx, id);
  if (user.id === ctx.viewer.userId)
    throw new ConflictError('Bạn không thể tự khóa tài khoản của mình.');
  if (!user.active) return user;
  const now = ctx.clock.now();
  await ctx.em.transactional(async (tx) => {
    user.active = false;
    const ended = await tx.nativeUpdate(
      Session,
      { user: user.id, revokedAt: null },
      { revokedAt: now },
    );
    await tx.nativeUpdate(
      StaffInvitation,
      { user: user.id, acceptedAt: null, revokedAt: null },
      { revokedAt: now },
    );
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.ACCOUNT_DISABLED,
      actor: auditActor(ctx.viewer),
      details: { ...target(user), sessionsEnded: ended },
      at: now,
    });
  });
  return user;
}

export async function enableStaffAccount(ctx: Context, id: string): Promise<StaffUser> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const user = await accountOfTenant(ctx, id);
  if (user.active) return user;
  user.active = true;
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.ACCOUNT_ENABLED,
    actor: auditActor(ctx.viewer),
    details: target(user),
    at: ctx.clock.now(),
  });
  await ctx.em.flush();
  return user;
}

/** Whether the commune requires TOTP of its ADMIN and HUB accounts. */
export async function setRequireTwoFactorForAdmins(
  ctx: Context,
  required: boolean,
): Promise<Tenant> {
  assertAllowed(ctx.viewer, mayManageAccounts(ctx.viewer), ACCOUNTS_ONLY);
  const tenant = await ctx.em.findOneOrFail(Tenant, { id: ctx.tenant.id });
  if (required && !tenant.requireTwoFactorForAdmins) {
    const me = await ctx.em.findOneOrFail(StaffUser, { id: ctx.viewer.userId });
    if (!me.totpEnabledAt)
      throw new ConflictError(
        'Hãy bật xác thực hai bước cho tài khoản của bạn trước khi bắt buộc với cả xã.',
      );
  }
  if (tenant.requireTwoFactorForAdmins !== required) {
    tenant.requireTwoFactorForAdmins = required;
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.SETTINGS_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { setting: 'requireTwoFactorForAdmins', value: required },
      at: ctx.clock.now(),
    });
    await ctx.em.flush();
  }
  return tenant;
}

/** The pending invitation of an account (for the list: method and expiry), if any. */
export async function pendingInvitation(
  ctx: Context,
  user: StaffUser,
): Promise<{
  method: InvitationMethod;
  expiresAt: Date;
  createdAt: Date;
  status: InvitationStatus;
} | null> {
  if (!isStaff(ctx.viewer) || !mayManageAccounts(ctx.viewer) || user.activatedAt) return null;
  const inv = await authLoaders(ctx).pendingInvitations.load(user.id);
  if (!inv) return null;
  const status =
    inv.expiresAt <= ctx.clock.now() ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
  return { method: inv.method, expiresAt: inv.expiresAt, createdAt: inv.createdAt, status };
}

// ————————————————————————————————————— Anyone: invitations, passwords

function invitationError(
  inv: StaffInvitation | null,
  user: StaffUser | null,
  now: Date,
): AppError | null {
  if (!inv || !user)
    return new AppError(
      ErrorCode.TOKEN_INVALID,
      'Lời mời không hợp lệ. Vui lòng kiểm tra lại đường dẫn hoặc mã mời.',
    );
  if (inv.acceptedAt)
    return new AppError(
      ErrorCode.TOKEN_USED,
      'Lời mời này đã được dùng. Hãy đăng nhập bằng email và mật khẩu đã đặt.',
    );
  if (inv.revokedAt || !user.active)
    return new AppError(
      ErrorCode.TOKEN_REVOKED,
      'Lời mời đã bị thu hồi. Vui lòng liên hệ quản trị viên của xã.',
    );
  if (inv.expiresAt <= now)
    return new AppError(
      ErrorCode.TOKEN_EXPIRED,
      'Lời mời đã hết hạn. Vui lòng đề nghị quản trị viên của xã gửi lời mời mới.',
    );
  return null;
}

/**
 * Accepts an invitation (emailed token, or printed code with the email to sign in with): sets the
 * password, activates the account and signs in. Single use.
 */
export async function acceptInvitation(
  ctx: Context,
  input: AcceptInvitationInput,
): Promise<LoginResult> {
  const now = ctx.clock.now();
  const byCode = !input.token && !!input.code;
  if (!input.token && !input.code) throw new BadInputError({ code: 'Vui lòng nhập mã mời.' });
  if (byCode) {
    if (await ctx.auth.limiter.ipRefused(ctx.clientIp))
      throw new AppError(
        ErrorCode.TOO_MANY_ATTEMPTS,
        'Có quá nhiều lần nhập mã sai từ địa chỉ này. Vui lòng thử lại sau.',
      );
  }
  const hash = input.token
    ? hashSecret(input.token.trim())
    : hashSecret(normalizeInvitationCode(input.code ?? ''));
  const inv = await ctx.em.findOne(StaffInvitation, { tokenHash: hash }, { populate: ['user'] });
  const user = inv?.user.getEntity() ?? null;
  let problem = invitationError(inv, user, now);
  // A printed code is typed with the email the person will sign in with: it must be theirs.
  const email = input.email?.trim() ? normalizeEmail(input.email) : null;
  if (!problem && byCode && user?.email && email && email !== user.email)
    problem = invitationError(null, null, now);
  if (problem) {
    if (byCode && problem.extensions.code === ErrorCode.TOKEN_INVALID)
      await ctx.auth.limiter.failedFromIp(ctx.clientIp);
    throw problem;
  }
  const account = user!;
  const v = new Validator();
  if (!account.email) {
    const e = v.email('email', input.email);
    if (!e && !v.errors.email) v.add('email', 'Vui lòng nhập email dùng để đăng nhập.');
    if (e && (await ctx.em.count(StaffUser, { email: e })) > 0)
      v.add('email', 'Email này đã được dùng cho tài khoản khác.');
    if (e) account.email = e;
  }
  v.throwIfInvalid();
  checkNewPassword('password', input.password, account);
  account.passwordHash = await hashPassword(input.password);
  account.activatedAt = now;
  inv!.acceptedAt = now;
  audit(ctx.em, {
    tenantId: account.tenant.id,
    action: AuditAction.INVITATION_ACCEPTED,
    actor: { id: account.id, name: account.fullName },
    details: { ...target(account), method: inv!.method },
    at: now,
  });
  const { token, expiresAt } = ctx.auth.openSession(ctx.em, account, ctx.userAgent, now);
  await ctx.em.flush();
  return { token, expiresAt, user: account, challenge: null, challengeExpiresAt: null };
}

/** Changes the viewer's password (current one required); their other sessions end. */
export async function changePassword(
  ctx: Context,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  assertAllowed(ctx.viewer, true);
  const viewer = ctx.viewer;
  const user = await ctx.em.findOneOrFail(
    StaffUser,
    { id: viewer.userId },
    { populate: ['passwordHash'] },
  );
  if (!currentPassword || !(await verifyPassword(user.passwordHash ?? null, currentPassword)))
    throw new BadInputError({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
  checkNewPassword('newPassword', newPassword, user, [currentPassword]);
  const now = ctx.clock.now();
  await ctx.em.transactional(async (tx) => {
    user.passwordHash = await hashPassword(newPassword);
    const ended = await tx.nativeUpdate(
      Session,
      { user: user.id, revokedAt: null, id: { $ne: viewer.sessionId } },
      { revokedAt: now },
    );
    audit(tx, {
      tenantId: user.tenant.id,
      action: AuditAction.PASSWORD_CHANGED,
      actor: auditActor(viewer),
      details: { ...target(user), otherSessionsEnded: ended },
      at: now,
    });
  });
  return true;
}

/**
 * Sends a single-use reset link (1 hour) to an active account with this email. Always answers the
 * same, whether or not such an account exists.
 */
export async function requestPasswordReset(ctx: Context, email: string): Promise<boolean> {
  const normalized = normalizeEmail(email ?? '');
  if (!normalized) throw new BadInputError({ email: 'Vui lòng nhập email.' });
  const user = await ctx.em.findOne(StaffUser, {
    email: normalized,
    active: true,
    activatedAt: { $ne: null },
  });
  if (!user) return true;
  const now = ctx.clock.now();
  // One email a minute at most: repeated requests cannot flood someone's mailbox.
  const recent = await ctx.em.count(PasswordReset, {
    user: user.id,
    createdAt: { $gt: new Date(now.getTime() - RESET_EMAIL_INTERVAL_MS) },
  });
  if (recent) return true;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  await ctx.em.transactional(async (tx) => {
    tx.create(PasswordReset, {
      tenant: user.tenant.id,
      user,
      tokenHash: hashToken(token),
      expiresAt,
      createdAt: now,
    });
    const { subject, body } = await composeMessage(tx, user.tenant.id, MessageKind.PASSWORD_RESET, {
      fullName: user.fullName,
      link: `${ctx.config.adminUrl}/dat-lai-mat-khau/${token}`,
      expiresAt: formatDateTimeVi(expiresAt),
    });
    await queueStaffEmail(tx, {
      tenantId: user.tenant.id,
      recipient: normalized,
      subject,
      body,
      now,
    });
    audit(tx, {
      tenantId: user.tenant.id,
      action: AuditAction.PASSWORD_RESET_REQUESTED,
      actor: { id: null, name: 'Người dùng quên mật khẩu' },
      details: target(user),
      at: now,
    });
  });
  return true;
}

/** Sets a new password from a reset link (single use, 1 hour); every session of the account ends. */
export async function resetPassword(
  ctx: Context,
  token: string,
  newPassword: string,
): Promise<boolean> {
  const now = ctx.clock.now();
  const reset = token
    ? await ctx.em.findOne(
        PasswordReset,
        { tokenHash: hashToken(token.trim()) },
        { populate: ['user'] },
      )
    : null;
  const user = reset?.user.getEntity() ?? null;
  if (!reset || !user || !user.active)
    throw new AppError(ErrorCode.TOKEN_INVALID, 'Đường dẫn đặt lại mật khẩu không hợp lệ.');
  if (reset.usedAt)
    throw new AppError(
      ErrorCode.TOKEN_USED,
      'Đường dẫn đặt lại mật khẩu đã được dùng. Hãy yêu cầu đường dẫn mới nếu cần.',
    );
  if (reset.expiresAt <= now)
    throw new AppError(
      ErrorCode.TOKEN_EXPIRED,
      'Đường dẫn đặt lại mật khẩu đã hết hạn. Vui lòng yêu cầu đường dẫn mới.',
    );
  checkNewPassword('newPassword', newPassword, user);
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (tx) => {
    user.passwordHash = passwordHash;
    reset.usedAt = now;
    await tx.nativeUpdate(
      PasswordReset,
      { user: user.id, usedAt: null, id: { $ne: reset.id } },
      { usedAt: now },
    );
    const ended = await tx.nativeUpdate(
      Session,
      { user: user.id, revokedAt: null },
      { revokedAt: now },
    );
    audit(tx, {
      tenantId: user.tenant.id,
      action: AuditAction.PASSWORD_RESET,
      actor: { id: user.id, name: user.fullName },
      details: { ...target(user), sessionsEnded: ended },
      at: now,
    });
  });
  if (user.email) await ctx.auth.limiter.succeeded(user.email);
  return true;
}

// ————————————————————————————————————— The viewer's sessions

export async function mySessions(ctx: Context): Promise<SessionInfo[]> {
  if (!isStaff(ctx.viewer)) return [];
  const viewer = ctx.viewer;
  const rows = await ctx.em.find(
    Session,
    { user: viewer.userId, revokedAt: null, expiresAt: { $gt: ctx.clock.now() } },
    { orderBy: { createdAt: 'desc' } },
  );
  return rows.map((s) => ({
    id: s.id,
    userAgent: s.userAgent ?? null,
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    current: s.id === viewer.sessionId,
  }));
}

function endedAudit(
  ctx: Context,
  em: EntityManager,
  viewer: StaffViewer,
  count: number,
  actor: AuditActor,
): void {
  audit(em, {
    tenantId: viewer.tenantId,
    action: AuditAction.SESSION_ENDED,
    actor,
    details: { targetUserId: viewer.userId, targetName: viewer.fullName, sessionsEnded: count },
    at: ctx.clock.now(),
  });
}

/** Ends one of the viewer's own sessions (the current one too: that is signing out). */
export async function endSession(ctx: Context, id: string): Promise<boolean> {
  assertAllowed(ctx.viewer, true);
  const viewer = ctx.viewer;
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy phiên đăng nhập.');
  return ctx.em.transactional(async (tx) => {
    const n = await tx.nativeUpdate(
      Session,
      { id, user: viewer.userId, revokedAt: null },
      { revokedAt: ctx.clock.now() },
    );
    if (!n) throw new NotFoundError('Không tìm thấy phiên đăng nhập.');
    endedAudit(ctx, tx, viewer, n, auditActor(viewer));
    return true;
  });
}

/** Ends every session of the viewer but the current one; answers how many ended. */
export async function endOtherSessions(ctx: Context): Promise<number> {
  assertAllowed(ctx.viewer, true);
  const viewer = ctx.viewer;
  return ctx.em.transactional(async (tx) => {
    const n = await tx.nativeUpdate(
      Session,
      { user: viewer.userId, revokedAt: null, id: { $ne: viewer.sessionId } },
      { revokedAt: ctx.clock.now() },
    );
    if (n) endedAudit(ctx, tx, viewer, n, auditActor(viewer));
    return n;
  });
}

/** Whether this is the viewer's own session that may only enrol TOTP. */
export function enrolmentRequiredOf(ctx: Context, user: StaffUser): boolean {
  return (
    isStaff(ctx.viewer) && ctx.viewer.userId === user.id && !!ctx.viewer.twoFactorEnrolmentRequired
  );
}
