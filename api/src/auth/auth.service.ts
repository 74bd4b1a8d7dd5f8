import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, UNIT_SCOPED_ROLES, type StaffViewer } from '../common/access.js';
import type { Context } from '../context.js';
import {
  AppError,
  BadInputError,
  ErrorCode,
  ForbiddenError,
  UnauthenticatedError,
} from '../common/errors.js';
import { Role } from '../common/roles.js';
import { normalizeEmail } from '../common/text.js';
import { audit } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { Tenant } from '../tenant/tenant.entity.js';
import { TenantStatus } from '../tenant/tenant.enums.js';
import { Session } from './session.entity.js';
import { StaffUser } from './staff-user.entity.js';
import { LoginChallenge } from './two-factor.entity.js';
import { verifyPassword } from './password.hashing.js';
import type { LoginLimiter, LoginRefusal } from './login.limiter.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A login's second step must be answered within 5 minutes, in at most 5 tries. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CHALLENGE_MAX_ATTEMPTS = 5;

export interface LoginResult {
  token: string | null;
  expiresAt: Date | null;
  user: StaffUser | null;
  /** Set when the account uses TOTP: answer it with `completeLogin`. */
  challenge: string | null;
  challengeExpiresAt: Date | null;
}

/** Whether a session of this account may only enrol TOTP (its commune requires it). */
export function mustEnrolTwoFactor(
  user: StaffUser,
  tenant: Pick<Tenant, 'requireTwoFactorForAdmins'> | null,
): boolean {
  return (
    !!tenant?.requireTwoFactorForAdmins &&
    !user.totpEnabledAt &&
    user.roles.some((r) => r === Role.ADMIN || r === Role.HUB)
  );
}

/** The refusal of a login attempt, in Vietnamese with when to try again. */
export function refusalError(refusal: LoginRefusal): AppError {
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterMs / 60_000));
  const seconds = Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
  const retryAfterSeconds = seconds;
  if (refusal.kind === 'locked')
    return new AppError(
      ErrorCode.ACCOUNT_LOCKED,
      `Đăng nhập sai quá nhiều lần: tài khoản tạm khóa. Vui lòng thử lại sau ${minutes} phút.`,
      { retryAfterSeconds },
    );
  if (refusal.kind === 'ip')
    return new AppError(
      ErrorCode.TOO_MANY_ATTEMPTS,
      `Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau ${minutes} phút.`,
      { retryAfterSeconds },
    );
  return new AppError(
    ErrorCode.TOO_MANY_ATTEMPTS,
    `Đăng nhập sai nhiều lần liên tiếp. Vui lòng chờ ${seconds} giây rồi thử lại.`,
    { retryAfterSeconds },
  );
}

/** A unit and every unit merged into it, directly or down a chain of merges (one statement). */
async function unitAndMergedIds(em: EntityManager, unitId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `with recursive m(id) as (select ?::uuid union select u.id from unit u join m on u.merged_into_id = m.id)
     select id from m`,
    [unitId],
  );
  return rows.map((r) => r.id);
}

export class AuthService {
  constructor(
    private readonly sessionTtlHours: number,
    readonly limiter: LoginLimiter,
  ) {}

  /** Opens a session for `user` (password, and second factor if any, already checked). */
  openSession(
    em: EntityManager,
    user: StaffUser,
    userAgent: string | null,
    now: Date,
  ): { token: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.sessionTtlHours * 3_600_000);
    em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
    });
    user.lastLoginAt = now;
    return { token, expiresAt };
  }

  async login(
    em: EntityManager,
    input: { email: string; password: string; userAgent?: string | null; ip?: string | null },
    now: Date,
  ): Promise<LoginResult> {
    const email = normalizeEmail(input.email ?? '');
    const fieldErrors: Record<string, string> = {};
    if (!email) fieldErrors.email = 'Vui lòng nhập email.';
    if (!input.password) fieldErrors.password = 'Vui lòng nhập mật khẩu.';
    if (Object.keys(fieldErrors).length) throw new BadInputError(fieldErrors);

    const ip = input.ip ?? null;
    const refusal = await this.limiter.check(email, ip);
    if (refusal) throw refusalError(refusal);

    const user = await em.findOne(StaffUser, { email }, { populate: ['passwordHash', 'tenant'] });
    const ok = await verifyPassword(
      user?.active ? (user.passwordHash ?? null) : null,
      input.password,
    );
    if (!user || !ok) {
      const now2 = await this.limiter.failed(email, ip);
      if (now2) {
        if (user && now2.kind === 'locked')
          await em.fork().transactional(async (tx) => {
            audit(tx, {
              tenantId: user.tenant.id,
              action: AuditAction.ACCOUNT_LOCKED,
              actor: { id: null, name: 'Hệ thống' },
              details: { targetUserId: user.id, targetName: user.fullName },
              at: now,
            });
          });
        throw refusalError(now2);
      }
      throw new UnauthenticatedError('Email hoặc mật khẩu không đúng.');
    }
    await this.limiter.succeeded(email);
    // A suspended commune's staff get no session (every request of one would be refused anyway).
    const tenant = user.tenant.getEntity();
    if (tenant.status === TenantStatus.SUSPENDED)
      throw new ForbiddenError(`${tenant.name} đang tạm ngừng sử dụng nền tảng.`);

    if (user.totpEnabledAt) {
      const challenge = randomBytes(32).toString('base64url');
      const challengeExpiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
      em.create(LoginChallenge, {
        tenant: user.tenant.id,
        user,
        tokenHash: hashToken(challenge),
        expiresAt: challengeExpiresAt,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        createdAt: now,
      });
      await em.flush();
      return { token: null, expiresAt: null, user: null, challenge, challengeExpiresAt };
    }
    const { token, expiresAt } = this.openSession(em, user, input.userAgent ?? null, now);
    await em.flush();
    return { token, expiresAt, user, challenge: null, challengeExpiresAt: null };
  }

  /** One query: the session with its user (and the user's commune), if valid now. */
  async resolveSession(
    em: EntityManager,
    token: string,
    now: Date,
  ): Promise<{ session: Session; viewer: StaffViewer } | null> {
    const session = await em.findOne(
      Session,
      { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: now } },
      { populate: ['user', 'user.tenant'] },
    );
    const user = session?.user.getEntity();
    if (!session || !user || !user.active) return null;
    const unitId = user.unit?.id ?? null;
    // Unit-level staff also work on the ideas of units merged into theirs: resolved here, once
    // per request, so the access rules compare ids without a query per idea.
    const unitIds =
      unitId && user.roles.some((r) => UNIT_SCOPED_ROLES.includes(r))
        ? await unitAndMergedIds(em, unitId)
        : null;
    return {
      session,
      viewer: {
        kind: 'staff',
        userId: user.id,
        tenantId: user.tenant.id,
        roles: new Set(user.roles),
        unitId,
        ...(unitIds ? { unitIds } : {}),
        sessionId: session.id,
        fullName: user.fullName,
        ...(mustEnrolTwoFactor(user, user.tenant.getEntity())
          ? { twoFactorEnrolmentRequired: true }
          : {}),
      },
    };
  }

  /**
   * Revokes the session of `token`; signing out is written to the account's commune log as
   * SESSION_ENDED, like ending a session from the list of sessions.
   */
  async logout(em: EntityManager, token: string, now: Date): Promise<boolean> {
    return em.transactional(async (tx) => {
      const session = await tx.findOne(
        Session,
        { tokenHash: hashToken(token), revokedAt: null },
        { populate: ['user'] },
      );
      if (!session) return false;
      const affected = await tx.nativeUpdate(
        Session,
        { id: session.id, revokedAt: null },
        { revokedAt: now },
      );
      if (!affected) return false;
      const user = session.user.getEntity();
      audit(tx, {
        tenantId: user.tenant.id,
        action: AuditAction.SESSION_ENDED,
        actor: { id: user.id, name: user.fullName },
        details: {
          targetUserId: user.id,
          targetName: user.fullName,
          sessionsEnded: 1,
          loggedOut: true,
        },
        at: now,
      });
      return true;
    });
  }
}

/** The signed-in staff member's account (null for the public). */
export function viewerAccount(ctx: Context): Promise<StaffUser | null> {
  return isStaff(ctx.viewer)
    ? ctx.em.findOne(StaffUser, { id: ctx.viewer.userId })
    : Promise.resolve(null);
}

export function login(ctx: Context, email: string, password: string): Promise<LoginResult> {
  return ctx.auth.login(
    ctx.em,
    { email, password, userAgent: ctx.userAgent, ip: ctx.clientIp },
    ctx.clock.now(),
  );
}

/** Revokes the session the request came with. */
export function logout(ctx: Context): Promise<boolean> {
  return ctx.sessionToken
    ? ctx.auth.logout(ctx.em, ctx.sessionToken, ctx.clock.now())
    : Promise.resolve(false);
}
