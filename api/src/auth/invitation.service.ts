import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '../jobs/job.runner.js';
import { OutboundMessage } from '../outbox/outbound-message.entity.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { DELIVER_QUEUE } from '../outbox/outbox.service.js';
import { audit } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Role } from '../common/roles.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateTimeVi } from '../common/text.js';
import { Unit } from '../unit/unit.entity.js';
import { StaffUser } from './staff-user.entity.js';
import { StaffInvitation } from './staff-invitation.entity.js';
import { InvitationMethod } from './auth.enums.js';

/** An emailed invitation link is valid for 7 days. */
export const INVITATION_LINK_TTL_MS = 7 * 24 * 3_600_000;
/** A printed invitation code is valid for 72 hours. */
export const INVITATION_CODE_TTL_MS = 72 * 3_600_000;

/** Roles that act for one unit of the commune and so need one. */
export const ROLES_WITH_UNIT: readonly Role[] = [
  Role.RECEPTION_OFFICER,
  Role.UNIT_HEAD,
  Role.UNIT_EDITOR,
];

// No 0/O, 1/I/L: a printed code is read and typed by a person.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function hashSecret(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Ten characters in two groups, e.g. `K7QF2-M9XRT`. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person typed, as it was hashed: upper case, no spaces or dashes. */
export function normalizeInvitationCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export interface CreateInvitationInput {
  tenantId: string;
  /** Null for staff without email: a printed code is handed over in person. */
  email: string | null;
  fullName: string;
  roles: Role[];
  /** Required for RECEPTION_OFFICER and UNIT_HEAD: a unit of the tenant. */
  unitId: string | null;
  /** Who invites (null: the platform, e.g. a new commune's first ADMIN). */
  invitedBy: { id: string; name: string } | null;
  now: Date;
  /** The admin app's address (`KN_ADMIN_URL`); the link is `${adminUrl}/moi/<token>`. */
  adminUrl: string;
  /** Default: an emailed link when there is an email, a printed code otherwise. */
  method?: InvitationMethod;
}

export interface CreatedInvitation {
  invitationId: string;
  userId: string;
  /** The one-time link (emailed), or null for a printed code. */
  link: string | null;
  /** The one-time printed code, shown once, or null for an emailed link. */
  code: string | null;
  expiresAt: Date;
}

/** Checks the account fields shared by inviting and editing (name, roles, unit). */
export async function validateAccountFields(
  em: EntityManager,
  v: Validator,
  tenantId: string,
  input: { fullName: string; roles: Role[]; unitId: string | null },
): Promise<{ fullName: string | null; roles: Role[]; unit: Unit | null }> {
  const fullName = v.text('fullName', input.fullName, {
    label: 'họ và tên',
    required: true,
    max: 200,
  });
  const roles = [...new Set(input.roles ?? [])].filter((r) => Object.values(Role).includes(r));
  if (!roles.length) v.add('roles', 'Chọn ít nhất một vai trò.');
  let unit: Unit | null = null;
  if (input.unitId) {
    unit = isUuid(input.unitId)
      ? await em.findOne(Unit, { id: input.unitId, tenant: tenantId })
      : null;
    if (!unit) v.add('unitId', 'Đơn vị không tồn tại.');
  } else if (roles.some((r) => ROLES_WITH_UNIT.includes(r))) {
    v.add('unitId', 'Cán bộ tiếp nhận và Thủ trưởng đơn vị cần thuộc một đơn vị.');
  }
  return { fullName, roles, unit };
}

/** Queues an email to a staff member (invitations, password resets) in the caller's unit of work. */
export async function queueStaffEmail(
  em: EntityManager,
  m: { tenantId: string; recipient: string; subject: string; body: string; now: Date },
): Promise<void> {
  const message = em.create(OutboundMessage, {
    tenant: m.tenantId,
    idea: null,
    channel: DeliveryChannel.EMAIL,
    recipient: m.recipient,
    subject: m.subject,
    body: m.body,
    createdAt: m.now,
  });
  await enqueueJob(
    em,
    DELIVER_QUEUE,
    { messageId: message.id },
    { runAt: m.now, now: m.now, tenantId: m.tenantId },
  );
}

/**
 * Issues a new one-time invitation for an existing, not yet activated account and queues the email
 * when it is sent by link. Earlier pending invitations of the account are revoked.
 */
export async function issueInvitation(
  em: EntityManager,
  user: StaffUser,
  opts: {
    method: InvitationMethod;
    invitedBy: { id: string; name: string } | null;
    now: Date;
    adminUrl: string;
  },
): Promise<CreatedInvitation> {
  await em.nativeUpdate(
    StaffInvitation,
    { user: user.id, acceptedAt: null, revokedAt: null },
    { revokedAt: opts.now },
  );
  const byLink = opts.method === InvitationMethod.EMAIL_LINK;
  const secret = byLink ? randomBytes(32).toString('base64url') : newInvitationCode();
  const expiresAt = new Date(
    opts.now.getTime() + (byLink ? INVITATION_LINK_TTL_MS : INVITATION_CODE_TTL_MS),
  );
  const invitation = em.create(StaffInvitation, {
    tenant: user.tenant.id,
    user,
    method: opts.method,
    tokenHash: hashSecret(byLink ? secret : normalizeInvitationCode(secret)),
    expiresAt,
    invitedById: opts.invitedBy?.id ?? null,
    invitedByName: opts.invitedBy?.name ?? null,
    createdAt: opts.now,
  });
  const link = byLink ? `${opts.adminUrl.replace(/\/+$/, '')}/moi/${secret}` : null;
  if (byLink && user.email) {
    const { subject, body } = await composeMessage(
      em,
      user.tenant.id,
      MessageKind.STAFF_INVITATION,
      {
        fullName: user.fullName,
        invitedBy: opts.invitedBy?.name ?? 'Quản trị hệ thống',
        email: user.email,
        link,
        expiresAt: formatDateTimeVi(expiresAt),
      },
    );
    await queueStaffEmail(em, {
      tenantId: user.tenant.id,
      recipient: user.email,
      subject,
      body,
      now: opts.now,
    });
  }
  audit(em, {
    tenantId: user.tenant.id,
    action: AuditAction.INVITATION_SENT,
    actor: opts.invitedBy ?? { id: null, name: 'Hệ thống' },
    details: { targetUserId: user.id, targetName: user.fullName, method: opts.method },
    at: opts.now,
  });
  await em.flush();
  return {
    invitationId: invitation.id,
    userId: user.id,
    link,
    code: byLink ? null : secret,
    expiresAt,
  };
}

/**
 * Creates an invited account (no password yet) in `tenantId` and its one-time invitation: by
 * email (a link to the admin app, 7 days, the email is queued in the outbox here) or, without
 * email, a printed code (72 hours) the caller shows once. Runs in the caller's transaction if any;
 * flushes. Invalid input → BAD_USER_INPUT with fieldErrors (email, fullName, roles, unitId).
 */
export async function createInvitation(
  em: EntityManager,
  input: CreateInvitationInput,
): Promise<CreatedInvitation> {
  const v = new Validator();
  const email = v.email('email', input.email);
  const method =
    input.method ?? (email ? InvitationMethod.EMAIL_LINK : InvitationMethod.PRINTED_CODE);
  if (method === InvitationMethod.EMAIL_LINK && !email && !v.errors.email)
    v.add('email', 'Vui lòng nhập email để gửi đường dẫn mời.');
  const fields = await validateAccountFields(em, v, input.tenantId, input);
  if (email && !v.errors.email && (await em.count(StaffUser, { email })) > 0)
    v.add('email', 'Email này đã có tài khoản.');
  v.throwIfInvalid();
  const user = em.create(StaffUser, {
    tenant: input.tenantId,
    email,
    fullName: fields.fullName!,
    roles: fields.roles,
    unit: fields.unit,
    passwordHash: null,
    activatedAt: null,
    createdAt: input.now,
  });
  audit(em, {
    tenantId: input.tenantId,
    action: AuditAction.ACCOUNT_CREATED,
    actor: input.invitedBy ?? { id: null, name: 'Hệ thống' },
    details: {
      targetUserId: user.id,
      targetName: user.fullName,
      email,
      roles: fields.roles,
      unitId: fields.unit?.id ?? null,
    },
    at: input.now,
  });
  return issueInvitation(em, user, {
    method,
    invitedBy: input.invitedBy,
    now: input.now,
    adminUrl: input.adminUrl,
  });
}
