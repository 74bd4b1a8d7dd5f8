import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Context } from '../context.js';
import { assertAllowed, isStaff } from '../common/access.js';
import {
  AppError,
  BadInputError,
  ConflictError,
  ErrorCode,
  UnauthenticatedError,
} from '../common/errors.js';
import { Role } from '../common/roles.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { hashToken, type LoginResult, CHALLENGE_MAX_ATTEMPTS } from './auth.service.js';
import { verifyPassword } from './password.hashing.js';
import { StaffUser } from './staff-user.entity.js';
import { LoginChallenge, RecoveryCode } from './two-factor.entity.js';

export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Khơi Nguồn';
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totpOf(user: StaffUser, secret: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: user.email ?? user.fullName,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
}

const PERIOD_MS = 30_000;

/**
 * The time step (30-second period since the epoch) of a 6-digit code of this secret valid now (one
 * period either side for clock drift); null for a wrong code.
 */
export function totpCodeStep(
  user: StaffUser,
  secret: string,
  code: string,
  now: Date,
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(user, secret).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / PERIOD_MS) + delta;
}

/** A 6-digit code of this secret, valid now (one period either side for clock drift). */
export function totpCodeValid(user: StaffUser, secret: string, code: string, now: Date): boolean {
  return totpCodeStep(user, secret, code, now) !== null;
}

/**
 * Records `step` as the account's last accepted TOTP step, only if it is later than the one
 * recorded (one conditional statement, so two requests racing with the same code cannot both
 * win). False: the code was already used (a replay).
 */
async function claimTotpStep(em: Context['em'], userId: string, step: number): Promise<boolean> {
  const claimed = await em.nativeUpdate(
    StaffUser,
    { id: userId, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] },
    { totpLastStep: step },
  );
  return claimed > 0;
}

function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function newRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export interface TwoFactorEnrolmentResult {
  secret: string;
  uri: string;
  qrSvg: string;
}

async function viewerUser(ctx: Context): Promise<StaffUser> {
  assertAllowed(ctx.viewer, true);
  return ctx.em.findOneOrFail(
    StaffUser,
    { id: ctx.viewer.userId },
    { populate: ['totpSecret', 'passwordHash'] },
  );
}

/** Starts TOTP enrolment: a new secret, its otpauth:// URI and a QR code (SVG) to scan. */
export async function startTwoFactorEnrolment(ctx: Context): Promise<TwoFactorEnrolmentResult> {
  const user = await viewerUser(ctx);
  if (user.totpEnabledAt)
    throw new ConflictError('Xác thực hai bước đã được bật cho tài khoản này.');
  const secret = new Secret({ size: 20 }).base32;
  user.totpSecret = secret;
  await ctx.em.flush();
  const uri = totpOf(user, secret).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri, qrSvg };
}

/** Confirms enrolment with a code of the app; answers 10 recovery codes, shown once. */
export async function confirmTwoFactorEnrolment(ctx: Context, code: string): Promise<string[]> {
  const user = await viewerUser(ctx);
  if (user.totpEnabledAt)
    throw new ConflictError('Xác thực hai bước đã được bật cho tài khoản này.');
  if (!user.totpSecret)
    throw new ConflictError('Hãy bắt đầu bật xác thực hai bước trước khi nhập mã.');
  const now = ctx.clock.now();
  const step = totpCodeStep(user, user.totpSecret, code ?? '', now);
  if (step === null) throw new BadInputError({ code: 'Mã xác thực không đúng hoặc đã hết hạn.' });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await ctx.em.transactional(async (tx) => {
    await tx.nativeDelete(RecoveryCode, { user: user.id });
    for (const c of codes)
      tx.create(RecoveryCode, {
        tenant: user.tenant.id,
        user,
        codeHash: hashToken(normalizeRecoveryCode(c)),
        createdAt: now,
      });
    user.totpEnabledAt = now;
    audit(tx, {
      tenantId: user.tenant.id,
      action: AuditAction.TWO_FACTOR_ENABLED,
      actor: auditActor(ctx.viewer),
      details: { targetUserId: user.id, targetName: user.fullName },
      at: now,
    });
  });
  return codes;
}

/** Turns TOTP off (password required), unless the commune requires it of this account. */
export async function disableTwoFactor(ctx: Context, password: string): Promise<boolean> {
  const user = await viewerUser(ctx);
  if (!password || !(await verifyPassword(user.passwordHash ?? null, password)))
    throw new BadInputError({ password: 'Mật khẩu không đúng.' });
  if (!user.totpEnabledAt) return false;
  const tenant = await ctx.em.findOneOrFail(Tenant, { id: user.tenant.id });
  if (
    tenant.requireTwoFactorForAdmins &&
    user.roles.some((r) => r === Role.ADMIN || r === Role.HUB)
  )
    throw new ConflictError(
      'Xã yêu cầu xác thực hai bước với tài khoản Quản trị và Phòng Văn hóa – Xã hội: không thể tắt.',
    );
  const now = ctx.clock.now();
  await ctx.em.transactional(async (tx) => {
    await tx.nativeDelete(RecoveryCode, { user: user.id });
    user.totpEnabledAt = null;
    user.totpSecret = null;
    user.totpLastStep = null;
    audit(tx, {
      tenantId: user.tenant.id,
      action: AuditAction.TWO_FACTOR_DISABLED,
      actor: auditActor(ctx.viewer),
      details: { targetUserId: user.id, targetName: user.fullName },
      at: now,
    });
  });
  return true;
}

/** How many unused recovery codes the viewer has left. */
export async function recoveryCodesLeft(ctx: Context, userId: string): Promise<number | null> {
  if (!isStaff(ctx.viewer) || ctx.viewer.userId !== userId) return null;
  return ctx.em.count(RecoveryCode, { user: userId, usedAt: null });
}

/** The second step of a login: the challenge `login` gave, and a TOTP or recovery code. */
export async function completeLogin(
  ctx: Context,
  challenge: string,
  code: string,
): Promise<LoginResult> {
  const now = ctx.clock.now();
  const row = challenge
    ? await ctx.em.findOne(
        LoginChallenge,
        { tokenHash: hashToken(challenge) },
        { populate: ['user', 'user.totpSecret'] },
      )
    : null;
  const user = row?.user.getEntity();
  if (
    !row ||
    !user ||
    !user.active ||
    row.usedAt ||
    row.expiresAt <= now ||
    row.attempts >= CHALLENGE_MAX_ATTEMPTS
  )
    throw new AppError(
      ErrorCode.TOKEN_EXPIRED,
      'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
    );
  const typed = (code ?? '').trim();
  let recovery: RecoveryCode | null = null;
  let ok = false;
  let replayed = false;
  if (/^\d[\d\s]{5,}$/.test(typed)) {
    const step = user.totpSecret ? totpCodeStep(user, user.totpSecret, typed, now) : null;
    if (step !== null) {
      ok = await claimTotpStep(ctx.em, user.id, step);
      replayed = !ok;
    }
  } else if (typed) {
    recovery = await ctx.em.findOne(RecoveryCode, {
      user: user.id,
      codeHash: hashToken(normalizeRecoveryCode(typed)),
      usedAt: null,
    });
    ok = !!recovery;
  }
  if (!ok) {
    row.attempts += 1;
    await ctx.em.flush();
    // A code already used answers like a wrong one (same error code), saying why.
    throw new UnauthenticatedError(
      replayed
        ? 'Mã xác thực này đã được dùng. Vui lòng chờ mã mới trên ứng dụng rồi nhập lại.'
        : 'Mã xác thực không đúng.',
    );
  }
  row.usedAt = now;
  if (recovery) {
    recovery.usedAt = now;
    audit(ctx.em, {
      tenantId: user.tenant.id,
      action: AuditAction.RECOVERY_CODE_USED,
      actor: { id: user.id, name: user.fullName },
      details: { targetUserId: user.id, targetName: user.fullName },
      at: now,
    });
  }
  const { token, expiresAt } = ctx.auth.openSession(
    ctx.em,
    user,
    row.userAgent ?? ctx.userAgent,
    now,
  );
  await ctx.em.flush();
  return { token, expiresAt, user, challenge: null, challengeExpiresAt: null };
}
