/**
 * Authorship and consents (§III.6): co-authors are credited only once they confirm (through a
 * one-time link, or in person), shares always sum to 100 %, and each author's consents can be
 * given or withdrawn at any time — a withdrawal takes effect on the next request.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayManageRights, worksOnIdea } from '../common/access.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
} from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { audit, auditActor, AUTHOR_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Consent, PrivacyNotice } from '../consent/consent.entity.js';
import {
  CONSENT_LABEL,
  ConsentChannel,
  ConsentGiver,
  ConsentKind,
} from '../consent/consent.enums.js';
import { checkConsents, currentNotice, recordConsents } from '../consent/consent.service.js';
import type { ConsentInput, CoAuthorInput, GuardianInput } from '../idea/idea.inputs.js';
import { Authorship, Idea, IdeaEvent } from '../idea/idea.entity.js';
import { AuthorRole, IdeaEventKind } from '../idea/idea.enums.js';
import { publishFor } from '../idea/transition.core.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { Person } from '../person/person.entity.js';
import { PersonKind } from '../person/person.enums.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { attachUploads, claimUploads } from '../attachment/attachment.service.js';
import { isCredited } from './rights.gate.js';

export const INVITATION_DAYS = 30;
const DAY = 24 * 3600 * 1000;

export function invitationHash(code: string): string {
  return createHash('sha256').update(code.trim(), 'utf8').digest('hex');
}

export function actorFor(ctx: Context): AuditActor {
  return auditActor(ctx.viewer, AUTHOR_ACTOR);
}

/**
 * Sends a co-author the one-time link to confirm or decline. Only the link's hash is kept on the
 * authorship; the link itself travels in the outbound message.
 */
export async function inviteCoAuthor(
  tx: EntityManager,
  o: {
    idea: Idea;
    authorship: Authorship;
    person: Person;
    leadName: string;
    publicUrl: string;
    now: Date;
  },
): Promise<string | null> {
  if (!o.person.email && !o.person.phone) return null;
  const code = randomBytes(24).toString('base64url');
  const expires = new Date(o.now.getTime() + INVITATION_DAYS * DAY);
  o.authorship.invitationHash = invitationHash(code);
  o.authorship.invitationExpiresAt = expires;
  const link = `${o.publicUrl}/dong-tac-gia?ma=${code}`;
  await notifyAuthor(tx, {
    tenantId: o.idea.tenant.id,
    ideaId: o.idea.id,
    contact: { email: o.person.email, phone: o.person.phone },
    ...(await composeMessage(tx, o.idea.tenant.id, MessageKind.COAUTHOR_INVITATION, {
      fullName: o.person.fullName,
      leadName: o.leadName,
      share: o.authorship.share,
      title: o.idea.title,
      receivedDate: formatDateVi(o.idea.receivedAt),
      link,
      expiryDate: formatDateVi(expires),
    })),
    now: o.now,
  });
  return code;
}

/** The pending invitation a link names; refused once used, declined, confirmed or expired. */
async function invitationFor(
  em: EntityManager,
  code: string,
  now: Date,
  lock = false,
): Promise<Authorship> {
  const gone = new NotFoundError(
    'Liên kết xác nhận không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng liên hệ cơ quan đầu mối.',
  );
  if (!code?.trim() || code.length > 100) throw gone;
  const a = await em.findOne(
    Authorship,
    { invitationHash: invitationHash(code) },
    { populate: ['idea', 'person'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
  );
  if (!a || a.confirmedAt || a.declinedAt) throw gone;
  if (a.invitationExpiresAt && a.invitationExpiresAt.getTime() < now.getTime()) throw gone;
  return a;
}

export interface InvitationView {
  ideaTitle: string;
  receivedAt: Date;
  leadName: string;
  fullName: string;
  share: number;
  expiresAt: Date | null;
  notice: PrivacyNotice | null;
}

export async function coAuthorInvitation(ctx: Context, code: string): Promise<InvitationView> {
  const a = await invitationFor(ctx.em, code, ctx.clock.now());
  const idea = a.idea.getEntity();
  const lead = await ctx.em.findOneOrFail(
    Authorship,
    { idea: idea.id, role: AuthorRole.LEAD },
    { populate: ['person'] },
  );
  return {
    ideaTitle: idea.title,
    receivedAt: idea.receivedAt,
    leadName: lead.person.getEntity().fullName,
    fullName: a.person.getEntity().fullName,
    share: a.share,
    expiresAt: a.invitationExpiresAt ?? null,
    notice: await currentNotice(ctx.em, idea.tenant.id),
  };
}

interface Answer {
  accept: boolean;
  consents?: ConsentInput | null;
  isMinor?: boolean | null;
  guardian?: GuardianInput | null;
}

/** Validates what a confirming co-author (or a minor's guardian) agrees to. */
async function checkAcceptance(
  em: EntityManager,
  tenantId: string,
  answer: Answer,
  v: Validator,
): Promise<Person | null> {
  if (!answer.accept) return null;
  await checkConsents(em, tenantId, answer.consents, answer.consents?.noticeVersion, (f, m) =>
    v.add(f, m),
  );
  if (!answer.isMinor) return null;
  if (!answer.guardian) {
    v.add('guardian', 'Người dưới 16 tuổi cần ghi thông tin cha, mẹ hoặc người giám hộ.');
    return null;
  }
  const fullName = v.text('guardian.fullName', answer.guardian.fullName, {
    label: 'họ và tên người giám hộ',
    required: true,
    min: 2,
    max: 100,
  });
  const relation = v.text('guardian.relation', answer.guardian.relation, {
    label: 'quan hệ với người đề xuất',
    required: true,
    max: 60,
  });
  const email = v.email('guardian.email', answer.guardian.email);
  const phone = v.phone('guardian.phone', answer.guardian.phone);
  if (!email && !phone) v.add('guardian.email', 'Vui lòng nhập email hoặc số điện thoại.');
  if (!answer.consents?.guardianConsent)
    v.add(
      'consents.guardianConsent',
      'Người dưới 16 tuổi cần có sự đồng ý của cha, mẹ hoặc người giám hộ.',
    );
  const guardian = new Person();
  Object.assign(guardian, { fullName: fullName ?? '', email, phone, kind: PersonKind.INDIVIDUAL });
  (guardian as Person & { relation?: string }).relation = relation ?? '';
  return guardian;
}

/** Confirms or declines a pending co-authorship; a declined share goes back to the lead. */
async function settleInvitation(
  tx: EntityManager,
  a: Authorship,
  answer: Answer,
  guardian: Person | null,
  o: { channel: ConsentChannel; actor: AuditActor; now: Date },
): Promise<void> {
  const idea = a.idea.getEntity();
  a.invitationHash = null;
  a.invitationExpiresAt = null;
  if (answer.accept) {
    a.confirmedAt = o.now;
    const choices = answer.consents!;
    const opts = {
      tenantId: idea.tenant.id,
      noticeVersion: choices.noticeVersion,
      channel: o.channel,
      now: o.now,
    };
    recordConsents(tx, a, choices, opts);
    if (guardian) {
      const g = tx.create(Person, {
        tenant: idea.tenant.id,
        fullName: guardian.fullName,
        email: guardian.email,
        phone: guardian.phone,
        createdAt: o.now,
      });
      a.isMinor = true;
      a.guardian = tx.getReference(Person, g.id, { wrapped: true });
      a.guardianRelation = (guardian as Person & { relation?: string }).relation ?? null;
      recordConsents(tx, a, choices, { ...opts, givenBy: ConsentGiver.GUARDIAN });
    }
  } else {
    a.declinedAt = o.now;
    const lead = await tx.findOneOrFail(Authorship, { idea: idea.id, role: AuthorRole.LEAD });
    lead.share += a.share;
    a.share = 0;
  }
  tx.create(IdeaEvent, {
    tenant: idea.tenant.id,
    idea,
    kind: IdeaEventKind.AUTHORS_CHANGED,
    publicNote: answer.accept
      ? 'Một đồng tác giả đã xác nhận tham gia ý tưởng.'
      : 'Một người được ghi là đồng tác giả đã từ chối; tỷ lệ đóng góp của họ chuyển cho chủ nhiệm.',
    actor: o.actor.id,
    createdAt: o.now,
  });
  audit(tx, {
    tenantId: idea.tenant.id,
    action: AuditAction.AUTHORSHIP_CHANGED,
    actor: o.actor,
    ideaId: idea.id,
    details: {
      authorshipId: a.id,
      step: answer.accept ? 'confirmed' : 'declined',
      channel: o.channel,
      minor: Boolean(guardian),
    },
    at: o.now,
  });
}

export interface InvitationAnswer {
  accepted: boolean;
  trackingCode: string | null;
  message: string;
}

/** The co-author answers through the one-time link. */
export async function answerCoAuthorInvitation(
  ctx: Context,
  code: string,
  answer: Answer,
): Promise<InvitationAnswer> {
  const v = new Validator();
  const guardian = await checkAcceptance(ctx.em, ctx.tenant.id, answer, v);
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const idea = await ctx.em.fork().transactional(async (tx) => {
    const a = await invitationFor(tx, code, now, true);
    if (a.tenant.id !== ctx.tenant.id) throw new NotFoundError();
    await settleInvitation(tx, a, answer, guardian, {
      channel: ConsentChannel.ONLINE,
      actor: AUTHOR_ACTOR,
      now,
    });
    await tx.flush();
    const idea = a.idea.getEntity();
    await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
  return answer.accept
    ? {
        accepted: true,
        trackingCode: idea.trackingCode,
        message: `Cảm ơn bạn đã xác nhận là đồng tác giả. Bạn theo dõi ý tưởng với mã tra cứu ${idea.trackingCode} và email/số điện thoại của mình.`,
      }
    : {
        accepted: false,
        trackingCode: null,
        message: 'Bạn đã từ chối. Tên bạn sẽ không được ghi nhận là đồng tác giả của ý tưởng này.',
      };
}

async function authorshipForStaff(
  tx: EntityManager,
  ctx: Context,
  authorId: string,
  lock = true,
): Promise<Authorship> {
  const a = isUuid(authorId)
    ? await tx.findOne(
        Authorship,
        { id: authorId, tenant: ctx.tenant.id },
        { populate: ['idea', 'person'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
      )
    : null;
  if (!a) throw new NotFoundError('Không tìm thấy tác giả.');
  assertAllowed(ctx.viewer, worksOnIdea(ctx.viewer, a.idea.getEntity()));
  return a;
}

/** A co-author who came to a reception point confirms (or declines) on paper; the officer records it. */
export async function confirmCoAuthorInPerson(
  ctx: Context,
  authorId: string,
  answer: Answer & { paperFormId?: string | null },
): Promise<Idea> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const v = new Validator();
  const guardian = await checkAcceptance(ctx.em, ctx.tenant.id, answer, v);
  if (answer.accept && !answer.paperFormId)
    v.add('paperFormId', 'Vui lòng tải lên bản quét phiếu xác nhận có chữ ký.');
  v.throwIfInvalid();
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (tx) => {
    const a = await authorshipForStaff(tx, ctx, authorId);
    if (a.role === AuthorRole.LEAD || a.confirmedAt || a.declinedAt)
      throw new ConflictError('Đồng tác giả này đã xác nhận hoặc đã từ chối.');
    if (answer.paperFormId) await attachPaperForm(tx, ctx, a.idea.getEntity(), answer.paperFormId);
    await settleInvitation(tx, a, answer, guardian, {
      channel: ConsentChannel.PAPER,
      actor: actorFor(ctx),
      now,
    });
    await tx.flush();
    const idea = a.idea.getEntity();
    await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
}

async function attachPaperForm(
  tx: EntityManager,
  ctx: Context,
  idea: Idea,
  paperFormId: string,
): Promise<void> {
  const uploads = await claimUploads(tx, {
    tenantId: ctx.tenant.id,
    ids: [paperFormId],
    kinds: [AttachmentKind.SUPPORTING, AttachmentKind.PAPER_FORM],
    field: 'paperFormId',
    now: ctx.clock.now(),
  });
  await attachUploads(tx, idea, uploads, ctx.clock.now(), paperFormId);
}

export interface ShareInput {
  authorId: string;
  share: number;
}

/** Every author still in the idea (pending or confirmed, not declined) must have a share; 100 % in all. */
function applyShares(
  v: Validator,
  authors: Authorship[],
  shares: ShareInput[],
  extra: number,
): void {
  const live = authors.filter((a) => !a.declinedAt);
  const byId = new Map(shares.map((s) => [s.authorId, s.share]));
  for (const s of shares) {
    if (!live.some((a) => a.id === s.authorId))
      v.add('shares', 'Danh sách tỷ lệ có tác giả không thuộc ý tưởng này.');
    if (!Number.isInteger(s.share) || s.share < 1 || s.share > 100)
      v.add(`shares.${s.authorId}`, 'Tỷ lệ đóng góp phải là số nguyên từ 1 đến 100 %.');
  }
  const total = live.reduce((t, a) => t + (byId.get(a.id) ?? a.share), 0) + extra;
  if (total !== 100)
    v.add('shares', `Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là ${total} %).`);
  if (!v.ok) return;
  for (const a of live) if (byId.has(a.id)) a.share = byId.get(a.id)!;
}

async function lockedAuthors(tx: EntityManager, ctx: Context, ideaId: string) {
  const idea = isUuid(ideaId)
    ? await tx.findOne(
        Idea,
        { id: ideaId, tenant: ctx.tenant.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
  const authors = await tx.find(Authorship, { idea: idea.id }, { populate: ['person'] });
  return { idea, authors };
}

/** The hub changes contribution shares (e.g. after the authors agree on a new split). */
export async function setAuthorShares(
  ctx: Context,
  ideaId: string,
  shares: ShareInput[],
  reason: string | null,
): Promise<Idea> {
  const { viewer } = ctx;
  assertAllowed(viewer, mayManageRights(viewer), 'Chỉ cơ quan đầu mối điều chỉnh tỷ lệ đóng góp.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { idea, authors } = await lockedAuthors(tx, ctx, ideaId);
    const v = new Validator();
    const why = v.text('reason', reason, { label: 'lý do', required: true, max: 1000 });
    const before = authors.map((a) => ({ id: a.id, share: a.share }));
    applyShares(v, authors, shares, 0);
    v.throwIfInvalid();
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.AUTHORSHIP_CHANGED,
      actor: actorFor(ctx),
      ideaId: idea.id,
      reason: why,
      details: {
        step: 'shares',
        before,
        after: authors.map((a) => ({ id: a.id, share: a.share })),
      },
      at: now,
    });
    tx.create(IdeaEvent, {
      tenant: ctx.tenant.id,
      idea,
      kind: IdeaEventKind.AUTHORS_CHANGED,
      reason: why,
      publicNote: 'Tỷ lệ đóng góp của các tác giả đã được điều chỉnh.',
      actor: viewer.userId,
      createdAt: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
}

/** The hub adds a co-author after submission; they are invited and credited once they confirm. */
export async function addCoAuthor(
  ctx: Context,
  ideaId: string,
  input: CoAuthorInput,
  shares: ShareInput[],
): Promise<Idea> {
  assertAllowed(ctx.viewer, mayManageRights(ctx.viewer), 'Chỉ cơ quan đầu mối thêm đồng tác giả.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const { idea, authors } = await lockedAuthors(tx, ctx, ideaId);
    const v = new Validator();
    const fullName = v.text('coAuthor.fullName', input.fullName, {
      label: 'họ và tên',
      required: true,
      min: 2,
      max: 100,
    });
    const email = v.email('coAuthor.email', input.email);
    const phone = v.phone('coAuthor.phone', input.phone);
    if (!email && !phone)
      v.add('coAuthor.email', 'Vui lòng nhập email hoặc số điện thoại để gửi lời mời xác nhận.');
    if (!Number.isInteger(input.share) || input.share < 1 || input.share > 99)
      v.add('coAuthor.share', 'Tỷ lệ đóng góp của đồng tác giả phải từ 1 đến 99 %.');
    if (authors.filter((a) => !a.declinedAt).length > 20)
      v.add('coAuthor', 'Tối đa 20 đồng tác giả.');
    applyShares(v, authors, shares, Number.isInteger(input.share) ? input.share : 0);
    v.throwIfInvalid();
    const person = tx.create(Person, {
      tenant: ctx.tenant.id,
      kind: input.kind ?? PersonKind.INDIVIDUAL,
      fullName: fullName!,
      email,
      phone,
      createdAt: now,
    });
    const authorship = tx.create(Authorship, {
      tenant: ctx.tenant.id,
      idea,
      person,
      role: AuthorRole.CO_AUTHOR,
      share: input.share,
      createdAt: now,
    });
    const lead = authors.find((a) => a.role === AuthorRole.LEAD);
    await inviteCoAuthor(tx, {
      idea,
      authorship,
      person,
      leadName: lead?.person.getEntity().fullName ?? 'Chủ nhiệm ý tưởng',
      publicUrl: ctx.config.publicUrl,
      now,
    });
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.AUTHORSHIP_CHANGED,
      actor: actorFor(ctx),
      ideaId: idea.id,
      details: { step: 'added', authorshipId: authorship.id, share: input.share },
      at: now,
    });
    await tx.flush();
    await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
}

/** A new one-time link for a co-author who lost theirs (the old one stops working). */
export async function resendCoAuthorInvitation(ctx: Context, authorId: string): Promise<Idea> {
  assertAllowed(ctx.viewer, mayManageRights(ctx.viewer), 'Chỉ cơ quan đầu mối gửi lại lời mời.');
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const a = await authorshipForStaff(tx, ctx, authorId);
    if (a.role === AuthorRole.LEAD || a.confirmedAt || a.declinedAt)
      throw new ConflictError('Đồng tác giả này đã xác nhận hoặc đã từ chối.');
    const idea = a.idea.getEntity();
    const lead = await tx.findOneOrFail(
      Authorship,
      { idea: idea.id, role: AuthorRole.LEAD },
      { populate: ['person'] },
    );
    const code = await inviteCoAuthor(tx, {
      idea,
      authorship: a,
      person: a.person.getEntity(),
      leadName: lead.person.getEntity().fullName,
      publicUrl: ctx.config.publicUrl,
      now,
    });
    if (!code)
      throw new ConflictError(
        'Đồng tác giả không có email hoặc số điện thoại: hãy ghi nhận xác nhận trực tiếp.',
      );
    await tx.flush();
    return idea;
  });
}

/**
 * Gives or withdraws one consent. Withdrawing publication unpublishes the idea at once; withdrawing
 * any consent is recorded (the old row keeps its dates). Data-processing consent is withdrawn
 * through a data request (erasure or restriction), since the idea cannot be handled without it.
 */
export async function changeConsent(
  tx: EntityManager,
  a: Authorship,
  change: {
    kind: ConsentKind;
    given: boolean;
    givenBy: ConsentGiver;
    channel: ConsentChannel;
    notice: PrivacyNotice;
    actor: AuditActor;
    now: Date;
  },
): Promise<boolean> {
  const idea = a.idea.getEntity();
  if (!isCredited(a))
    throw new InvalidTransitionError(
      'Chỉ tác giả đã xác nhận tham gia mới thay đổi được sự đồng ý.',
    );
  if (change.kind === ConsentKind.PROCESS_DATA && !change.given)
    throw new ForbiddenError(
      'Để rút đồng ý xử lý dữ liệu cá nhân, hãy gửi yêu cầu xóa hoặc hạn chế xử lý dữ liệu.',
    );
  if (change.givenBy === ConsentGiver.GUARDIAN && !a.isMinor)
    throw new InvalidTransitionError('Tác giả không phải người dưới 16 tuổi.');
  const active = await tx.find(Consent, {
    authorship: a.id,
    kind: change.kind,
    givenBy: change.givenBy,
    withdrawnAt: null,
  });
  if (change.given === active.length > 0) return false;
  if (change.given) {
    tx.create(Consent, {
      tenant: idea.tenant.id,
      authorship: a,
      kind: change.kind,
      givenBy: change.givenBy,
      noticeVersion: change.notice.version,
      channel: change.channel,
      givenAt: change.now,
      createdAt: change.now,
    });
  } else {
    for (const c of active) c.withdrawnAt = change.now;
  }
  const label = CONSENT_LABEL[change.kind].replace(/^Đồng ý /, '').toLowerCase();
  tx.create(IdeaEvent, {
    tenant: idea.tenant.id,
    idea,
    kind: IdeaEventKind.CONSENT_CHANGED,
    publicNote: change.given
      ? `Tác giả đã đồng ý ${label}.`
      : `Tác giả đã rút lại sự đồng ý ${label}.`,
    actor: change.actor.id,
    createdAt: change.now,
  });
  audit(tx, {
    tenantId: idea.tenant.id,
    action: AuditAction.CONSENT_CHANGED,
    actor: change.actor,
    ideaId: idea.id,
    details: {
      authorshipId: a.id,
      kind: change.kind,
      given: change.given,
      givenBy: change.givenBy,
      channel: change.channel,
      noticeVersion: change.notice.version,
    },
    at: change.now,
  });
  if (!change.given && change.kind === ConsentKind.PUBLISH_CONTENT && idea.publishedAt) {
    idea.publishedAt = null;
    tx.create(IdeaEvent, {
      tenant: idea.tenant.id,
      idea,
      kind: IdeaEventKind.UNPUBLISHED,
      reason: 'Tác giả rút lại sự đồng ý công khai nội dung.',
      isPublic: false,
      createdAt: change.now,
    });
    audit(tx, {
      tenantId: idea.tenant.id,
      action: AuditAction.IDEA_UNPUBLISHED,
      actor: change.actor,
      ideaId: idea.id,
      reason: 'Tác giả rút lại sự đồng ý công khai nội dung.',
      at: change.now,
    });
  }
  return true;
}

/** The author (or, for a minor, with the guardian) changes a consent from the tracking page. */
export async function setMyConsent(
  ctx: Context,
  authorship: Authorship,
  kind: ConsentKind,
  given: boolean,
  guardianToo: boolean,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.em.fork().transactional(async (tx) => {
    const a = await tx.findOneOrFail(
      Authorship,
      { id: authorship.id },
      { populate: ['idea'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    await tx.findOneOrFail(Idea, { id: a.idea.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const notice = await currentNotice(tx, a.tenant.id);
    if (!notice) throw new ConflictError('Chưa có thông báo xử lý dữ liệu cá nhân.');
    const base = { kind, given, channel: ConsentChannel.ONLINE, notice, actor: AUTHOR_ACTOR, now };
    let changed = await changeConsent(tx, a, { ...base, givenBy: ConsentGiver.SELF });
    // A guardian's agreement is needed to give; either of them can withdraw.
    if (a.isMinor && (guardianToo || !given))
      changed =
        (await changeConsent(tx, a, { ...base, givenBy: ConsentGiver.GUARDIAN })) || changed;
    await tx.flush();
    if (changed) await publishFor(tx, a.idea.getEntity(), 'UPDATED', now);
  });
}

/** A consent given or withdrawn on paper at a reception point, recorded by the officer. */
export async function recordConsentInPerson(
  ctx: Context,
  input: {
    authorId: string;
    kind: ConsentKind;
    given: boolean;
    givenBy: ConsentGiver;
    paperFormId?: string | null;
  },
): Promise<Idea> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (tx) => {
    const a = await authorshipForStaff(tx, ctx, input.authorId);
    const idea = a.idea.getEntity();
    await tx.findOneOrFail(Idea, { id: idea.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (input.given && !input.paperFormId)
      throw new InvalidTransitionError(
        'Cần bản quét văn bản đồng ý có chữ ký của tác giả để ghi nhận sự đồng ý trực tiếp.',
      );
    if (input.paperFormId) await attachPaperForm(tx, ctx, idea, input.paperFormId);
    const notice = await currentNotice(tx, ctx.tenant.id);
    if (!notice) throw new ConflictError('Chưa có thông báo xử lý dữ liệu cá nhân.');
    const changed = await changeConsent(tx, a, {
      kind: input.kind,
      given: input.given,
      givenBy: input.givenBy,
      channel: ConsentChannel.PAPER,
      notice,
      actor: actorFor(ctx),
      now,
    });
    await tx.flush();
    if (changed) await publishFor(tx, idea, 'UPDATED', now);
    return idea;
  });
}
