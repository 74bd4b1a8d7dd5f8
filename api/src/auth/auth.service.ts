import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type StaffViewer } from '../common/access.js';
import type { Context } from '../context.js';
import { BadInputError, UnauthenticatedError } from '../common/errors.js';
import { normalizeEmail } from '../common/text.js';
import { Session } from './session.entity.js';
import { StaffUser } from './staff-user.entity.js';
import { verifyPassword } from './password.hashing.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: StaffUser;
}

export class AuthService {
  constructor(private readonly sessionTtlHours: number) {}

  async login(
    em: EntityManager,
    input: { email: string; password: string; userAgent?: string | null },
    now: Date,
  ): Promise<LoginResult> {
    const email = normalizeEmail(input.email ?? '');
    const fieldErrors: Record<string, string> = {};
    if (!email) fieldErrors.email = 'Vui lòng nhập email.';
    if (!input.password) fieldErrors.password = 'Vui lòng nhập mật khẩu.';
    if (Object.keys(fieldErrors).length) throw new BadInputError(fieldErrors);

    const user = await em.findOne(StaffUser, { email }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(
      user?.active ? (user.passwordHash ?? null) : null,
      input.password,
    );
    if (!user || !ok) throw new UnauthenticatedError('Email hoặc mật khẩu không đúng.');

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.sessionTtlHours * 3_600_000);
    em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
    });
    user.lastLoginAt = now;
    await em.flush();
    return { token, expiresAt, user };
  }

  /** One query: the session with its user, if valid now. */
  async resolveSession(
    em: EntityManager,
    token: string,
    now: Date,
  ): Promise<{ session: Session; viewer: StaffViewer } | null> {
    const session = await em.findOne(
      Session,
      { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: now } },
      { populate: ['user'] },
    );
    const user = session?.user.getEntity();
    if (!session || !user || !user.active) return null;
    return {
      session,
      viewer: {
        kind: 'staff',
        userId: user.id,
        tenantId: user.tenant.id,
        roles: new Set(user.roles),
        unitId: user.unit?.id ?? null,
        sessionId: session.id,
        fullName: user.fullName,
      },
    };
  }

  async logout(em: EntityManager, token: string, now: Date): Promise<boolean> {
    const affected = await em.nativeUpdate(
      Session,
      { tokenHash: hashToken(token), revokedAt: null },
      { revokedAt: now },
    );
    return affected > 0;
  }
}

/** The signed-in staff member's account (null for the public). */
export function viewerAccount(ctx: Context): Promise<StaffUser | null> {
  return isStaff(ctx.viewer)
    ? ctx.em.findOne(StaffUser, { id: ctx.viewer.userId })
    : Promise.resolve(null);
}

export function login(ctx: Context, email: string, password: string): Promise<LoginResult> {
  return ctx.auth.login(ctx.em, { email, password }, ctx.clock.now());
}

/** Revokes the session the request came with. */
export function logout(ctx: Context): Promise<boolean> {
  return ctx.sessionToken
    ? ctx.auth.logout(ctx.em, ctx.sessionToken, ctx.clock.now())
    : Promise.resolve(false);
}
