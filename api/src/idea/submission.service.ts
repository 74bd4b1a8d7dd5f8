/**
 * How ideas come in: online, in person at a reception point, or imported. Each path validates
 * everything first, then writes the idea, its authors, consents, first revision, first step,
 * acknowledgement and audit entry in one transaction, and only then answers with the receipt.
 */
import { ParticipantGroup } from '../person/participant-group.entity.js';
import type { AgeBand, Gender } from '../person/demographics.enums.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { HONEYPOT_MESSAGE } from '../common/public-limits.js';
import { assertAllowed, isStaff, mayRecordInPerson } from '../common/access.js';
import { BadInputError, ConflictError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi } from '../common/text.js';
import { publishIdeaEvent } from './idea.events.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignStatus } from '../campaign/campaign.enums.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { unitLoaders } from '../unit/unit.loaders.js';
import { Person } from '../person/person.entity.js';
import { PersonKind } from '../person/person.enums.js';
import { inviteCoAuthor } from '../rights/authorship.service.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { attachUploads, claimUploads } from '../attachment/attachment.service.js';
import { ConsentChannel, ConsentGiver } from '../consent/consent.enums.js';
import { checkConsents, recordConsents, type ConsentChoices } from '../consent/consent.service.js';
import { audit, AUTHOR_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { Authorship, Idea, IdeaEvent, IdeaMessage, IdeaRevision } from './idea.entity.js';
import {
  AuthorRole,
  Channel,
  IdeaEventKind,
  IdeaStatus,
  Maturity,
  ResponseKind,
  RevisionSource,
} from './idea.enums.js';
import type { InPersonIdeaInput, SubmitIdeaInput } from './idea.inputs.js';
import { newTrackingCode, receiptDigest } from './receipt.digest.js';
import { moveStep } from './step.clock.js';
import type { IdeaReceipt } from './idea.types.js';
import { receiptDetails } from './receipt-details.js';
import { currentCampaign } from '../campaign/campaign.service.js';

export const LIMITS = {
  title: { min: 10, max: 200 },
  longText: { min: 20, max: 10_000 },
  requirements: { max: 5_000 },
  fullName: { min: 2, max: 100 },
  address: { max: 300 },
  idempotencyKey: { max: 100 },
  fields: { max: 5 },
  coAuthors: { max: 20 },
};

export interface ValidPerson {
  fullName: string;
  email: string | null;
  phone: string | null;
  address: string | null;
}

export interface ValidSubmission {
  campaign: Campaign;
  unit: Unit | null;
  fields: IdeaField[];
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  requirements: string | null;
  maturity: Maturity;
  author: ValidPerson & {
    share: number;
    kind: PersonKind;
    isMinor: boolean;
    guardian: (ValidPerson & { relation: string }) | null;
    participantGroupId: string | null;
    ageBand: AgeBand | null;
    gender: Gender | null;
  };
  coAuthors: (ValidPerson & { share: number; kind: PersonKind })[];
  origin: { ownWork: boolean; sources: string | null } | null;
  confidential: string | null;
  consents: ConsentChoices;
  noticeVersion: number;
  attachments: Attachment[];
  idempotencyKey: string | null;
}

/** Content fields shared by every channel; collects errors into `v`. */
export function validateContent(
  v: Validator,
  input: Pick<SubmitIdeaInput, 'title' | 'problem' | 'solution' | 'benefit' | 'requirements'>,
) {
  return {
    title: v.text('title', input.title, { label: 'tên ý tưởng', required: true, ...LIMITS.title }),
    problem: v.text('problem', input.problem, {
      label: 'vấn đề cần giải quyết',
      required: true,
      multiline: true,
      ...LIMITS.longText,
    }),
    solution: v.text('solution', input.solution, {
      label: 'giải pháp đề xuất',
      required: true,
      multiline: true,
      ...LIMITS.longText,
    }),
    benefit: v.text('benefit', input.benefit, {
      label: 'hiệu quả dự kiến',
      required: true,
      multiline: true,
      ...LIMITS.longText,
    }),
    requirements: v.text('requirements', input.requirements, {
      label: 'điều kiện triển khai',
      multiline: true,
      ...LIMITS.requirements,
    }),
  };
}

function validatePerson(
  v: Validator,
  prefix: string,
  p:
    | {
        fullName?: string | null;
        email?: string | null;
        phone?: string | null;
        address?: string | null;
      }
    | null
    | undefined,
): ValidPerson {
  const fullName = v.text(`${prefix}.fullName`, p?.fullName, {
    label: 'họ và tên',
    required: true,
    ...LIMITS.fullName,
  });
  const email = v.email(`${prefix}.email`, p?.email);
  const phone = v.phone(`${prefix}.phone`, p?.phone);
  const address = v.text(`${prefix}.address`, p?.address, { label: 'địa chỉ', ...LIMITS.address });
  if (!p?.email?.trim() && !p?.phone?.trim()) {
    v.add(`${prefix}.email`, 'Vui lòng nhập email hoặc số điện thoại để nhận phản hồi.');
  }
  return { fullName: fullName ?? '', email, phone, address };
}

export async function validateFields(
  v: Validator,
  em: EntityManager,
  tenantId: string,
  rawIds: string[] | null | undefined,
  campaign: Campaign | null,
): Promise<IdeaField[]> {
  const fieldIds = [...new Set(rawIds ?? [])];
  if (fieldIds.length === 0) {
    v.add('fieldIds', 'Vui lòng chọn ít nhất một lĩnh vực.');
    return [];
  }
  if (fieldIds.length > LIMITS.fields.max) {
    v.add('fieldIds', `Chọn tối đa ${LIMITS.fields.max} lĩnh vực.`);
    return [];
  }
  if (!fieldIds.every(isUuid)) {
    v.add('fieldIds', 'Lĩnh vực không tồn tại.');
    return [];
  }
  const fields = await em.find(IdeaField, {
    id: { $in: fieldIds },
    tenant: tenantId,
    active: true,
  });
  if (fields.length !== fieldIds.length) {
    v.add('fieldIds', 'Lĩnh vực không tồn tại.');
    return [];
  }
  if (campaign) {
    await campaign.fields.init();
    const inScope = new Set(campaign.fields.getIdentifiers('id'));
    if (inScope.size && fields.some((f) => !inScope.has(f.id))) {
      v.add('fieldIds', 'Có lĩnh vực không thuộc phạm vi của phong trào này.');
    }
  }
  return fields;
}

/** Everything about an input that can be wrong, found before anything is written. */
export async function validateSubmission(
  ctx: Context,
  input: SubmitIdeaInput,
  opts: { attachmentKinds: AttachmentKind[]; extra?: (v: Validator) => Promise<void> },
): Promise<ValidSubmission> {
  const v = new Validator();
  const tenantId = ctx.tenant.id;
  const content = validateContent(v, input);
  const author = validatePerson(v, 'author', input.author);
  const coAuthors = (input.coAuthors ?? []).slice(0, LIMITS.coAuthors.max + 1).map((c, i) => ({
    ...validatePerson(v, `coAuthors.${i}`, c),
    share: c.share,
    kind: c.kind ?? PersonKind.INDIVIDUAL,
  }));
  if ((input.coAuthors ?? []).length > LIMITS.coAuthors.max) {
    v.add('coAuthors', `Tối đa ${LIMITS.coAuthors.max} đồng tác giả.`);
  }
  coAuthors.forEach((c, i) => {
    if (!Number.isInteger(c.share) || c.share < 1 || c.share > 99) {
      v.add(`coAuthors.${i}.share`, 'Tỷ lệ đóng góp của đồng tác giả phải từ 1 đến 99 %.');
    }
  });
  const coTotal = coAuthors.reduce((s, c) => s + (Number.isInteger(c.share) ? c.share : 0), 0);
  if (coTotal >= 100)
    v.add('coAuthors', 'Tổng tỷ lệ đóng góp của các đồng tác giả phải nhỏ hơn 100 %.');
  const leadShare = input.author?.share ?? 100 - coTotal;
  if (input.author?.share != null) {
    if (!Number.isInteger(leadShare) || leadShare < 1 || leadShare > 100)
      v.add('author.share', 'Tỷ lệ đóng góp của chủ nhiệm phải từ 1 đến 100 %.');
    else if (leadShare + coTotal !== 100)
      v.add(
        'author.share',
        `Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là ${leadShare + coTotal} %).`,
      );
  }
  const kind = input.author?.kind ?? PersonKind.INDIVIDUAL;
  const isMinor = Boolean(input.author?.isMinor);
  let guardian: (ValidPerson & { relation: string }) | null = null;
  if (isMinor) {
    if (kind !== PersonKind.INDIVIDUAL)
      v.add('author.isMinor', 'Chỉ cá nhân mới có thể là người dưới 16 tuổi.');
    if (!input.author.guardian) {
      v.add('author.guardian', 'Người dưới 16 tuổi cần ghi thông tin cha, mẹ hoặc người giám hộ.');
    } else {
      const g = validatePerson(v, 'author.guardian', input.author.guardian);
      const relation = v.text('author.guardian.relation', input.author.guardian.relation, {
        label: 'quan hệ với người đề xuất',
        required: true,
        max: 60,
      });
      guardian = { ...g, relation: relation ?? '' };
    }
    if (!input.consents?.guardianConsent)
      v.add(
        'consents.guardianConsent',
        'Người dưới 16 tuổi cần có sự đồng ý của cha, mẹ hoặc người giám hộ.',
      );
  }
  // Who takes part (§II.2): optional, and only counted in aggregates.
  const participantGroupId = v.id(
    'author.participantGroupId',
    input.author?.participantGroupId,
    'nhóm đối tượng',
  );
  if (
    participantGroupId &&
    !(await ctx.em.findOne(ParticipantGroup, {
      id: participantGroupId,
      tenant: tenantId,
      active: true,
    }))
  )
    v.add('author.participantGroupId', 'Nhóm đối tượng không có trong danh mục của xã.');
  const ageBand = input.author?.ageBand ?? null;
  const gender = input.author?.gender ?? null;
  if ((ageBand || gender) && kind !== PersonKind.INDIVIDUAL)
    v.add('author.ageBand', 'Nhóm tuổi, giới tính chỉ ghi cho cá nhân, không cho tổ chức.');
  let origin: ValidSubmission['origin'] = null;
  if (input.origin) {
    const sources = v.text('origin.sources', input.origin.sources, {
      label: 'nguồn gốc, tài liệu tham khảo',
      required: input.origin.ownWork === false,
      max: 5_000,
      multiline: true,
    });
    origin = { ownWork: input.origin.ownWork === true, sources };
  }
  const confidential = v.text('confidential', input.confidential, {
    label: 'phần cần giữ bí mật',
    max: LIMITS.longText.max,
    multiline: true,
  });
  const idempotencyKey = input.idempotencyKey?.trim() || null;
  if (idempotencyKey && idempotencyKey.length > LIMITS.idempotencyKey.max) {
    v.add('idempotencyKey', `Khóa chống gửi trùng dài tối đa ${LIMITS.idempotencyKey.max} ký tự.`);
  }
  if (!Object.values(Maturity).includes(input.maturity))
    v.add('maturity', 'Mức độ hoàn thiện không hợp lệ.');

  let campaign: Campaign | null;
  if (input.campaignId) {
    campaign = isUuid(input.campaignId)
      ? await ctx.em.findOne(Campaign, { id: input.campaignId, tenant: tenantId })
      : null;
    if (!campaign) v.add('campaignId', 'Phong trào không tồn tại.');
    else if (campaign.status !== CampaignStatus.ACTIVE)
      v.add('campaignId', 'Phong trào này hiện không nhận ý tưởng.');
  } else {
    campaign = await currentCampaign(ctx.em, tenantId);
    if (!campaign) v.add('campaignId', 'Hiện chưa có phong trào nào đang nhận ý tưởng.');
  }
  const fields = await validateFields(v, ctx.em, tenantId, input.fieldIds, campaign);

  let unit: Unit | null = null;
  // A partner's key for one unit (a village's kiosk) submits to that unit, and only to it.
  const keyUnit = ctx.partner?.unitId ?? null;
  if (keyUnit && input.unitId && input.unitId !== keyUnit) {
    v.add('unitId', 'Khóa API này chỉ gửi được ý tưởng cho thôn/đơn vị của khóa.');
  } else if (keyUnit) {
    input.unitId = keyUnit;
  }
  if (input.unitId && !v.errors.unitId) {
    unit = isUuid(input.unitId)
      ? await ctx.em.findOne(Unit, { id: input.unitId, tenant: tenantId, active: true })
      : null;
    if (!unit) v.add('unitId', 'Thôn/đơn vị không tồn tại.');
  }
  await checkConsents(ctx.em, tenantId, input.consents, input.consents?.noticeVersion, (f, m) =>
    v.add(f, m),
  );
  let attachments: Attachment[] = [];
  try {
    attachments = await claimUploads(ctx.em, {
      tenantId,
      ids: input.attachmentIds ?? [],
      kinds: opts.attachmentKinds,
      field: 'attachmentIds',
      now: ctx.clock.now(),
    });
  } catch (err) {
    const fe = (err as { extensions?: { fieldErrors?: Record<string, string> } }).extensions
      ?.fieldErrors;
    if (!fe) throw err;
    for (const [f, m] of Object.entries(fe)) v.add(f, m);
  }
  await opts.extra?.(v);
  v.throwIfInvalid();
  return {
    campaign: campaign!,
    unit,
    fields,
    title: content.title!,
    problem: content.problem!,
    solution: content.solution!,
    benefit: content.benefit!,
    requirements: content.requirements,
    maturity: input.maturity,
    author: {
      ...author,
      share: leadShare,
      kind,
      isMinor,
      guardian,
      participantGroupId,
      ageBand: kind === PersonKind.INDIVIDUAL ? ageBand : null,
      gender: kind === PersonKind.INDIVIDUAL ? gender : null,
    },
    coAuthors,
    origin,
    confidential,
    consents: input.consents,
    noticeVersion: input.consents.noticeVersion,
    attachments,
    idempotencyKey,
  };
}

function digestInput(idea: Pick<Idea, 'trackingCode' | 'receivedAt'>, s: ValidSubmission) {
  return {
    trackingCode: idea.trackingCode,
    receivedAt: idea.receivedAt,
    campaignId: s.campaign.id,
    title: s.title,
    problem: s.problem,
    solution: s.solution,
    benefit: s.benefit,
    requirements: s.requirements,
    fieldIds: s.fields.map((f) => f.id),
    maturity: s.maturity,
    authorName: s.author.fullName,
    confidential: s.confidential,
  };
}

async function toReceipt(em: EntityManager, idea: Idea, now: Date): Promise<IdeaReceipt> {
  return {
    trackingCode: idea.trackingCode,
    receivedAt: idea.receivedAt,
    digest: idea.digest,
    title: idea.title,
    ...(await receiptDetails(em, idea, now)),
  };
}

/** A retry with a used idempotency key: the same receipt when the content matches. */
async function replay(ctx: Context, s: ValidSubmission): Promise<IdeaReceipt | null> {
  if (!s.idempotencyKey) return null;
  const existing = await ctx.em
    .fork()
    .findOne(Idea, { tenant: ctx.tenant.id, idempotencyKey: s.idempotencyKey });
  if (!existing) return null;
  if (receiptDigest(digestInput(existing, s)) !== existing.digest) {
    throw new ConflictError(
      'Khóa chống gửi trùng này đã được dùng cho một ý tưởng có nội dung khác.',
    );
  }
  return toReceipt(ctx.em.fork(), existing, ctx.clock.now());
}

export interface ChannelInfo {
  channel: Channel;
  /** The upload that is the scan of the signed paper form (in-person reception). */
  paperFormId?: string | null;
  consentChannel: ConsentChannel;
  /** Where co-authors' invitation links point (the public site). */
  publicUrl: string;
  receptionPoint?: ReceptionPoint | null;
  receivedById?: string | null;
  actor: AuditActor;
  note?: string | null;
}

/** Writes a validated submission. Runs inside the caller's transaction. */
export async function createIdea(
  tx: EntityManager,
  tenantId: string,
  s: ValidSubmission,
  info: ChannelInfo,
  receivedAt: Date,
  trackingCode: string,
): Promise<Idea> {
  const idea = tx.create(Idea, {
    tenant: tenantId,
    campaign: s.campaign.id,
    trackingCode,
    title: s.title,
    problem: s.problem,
    solution: s.solution,
    benefit: s.benefit,
    requirements: s.requirements,
    maturity: s.maturity,
    status: IdeaStatus.SUBMITTED,
    channel: info.channel,
    unit: s.unit?.id ?? info.receptionPoint?.unit.id ?? null,
    receptionPoint: info.receptionPoint?.id ?? null,
    receivedBy: info.receivedById ?? null,
    receivedAt,
    digest: receiptDigest(digestInput({ trackingCode, receivedAt }, s)),
    idempotencyKey: s.idempotencyKey,
    confidential: s.confidential,
    originOwnWork: s.origin?.ownWork ?? null,
    originSources: s.origin?.sources ?? null,
    originDeclaredAt: s.origin ? receivedAt : null,
    participantGroup: s.author.participantGroupId,
    createdAt: receivedAt,
    updatedAt: receivedAt,
  });
  for (const f of s.fields) idea.fields.add(tx.getReference(IdeaField, f.id));
  const people = [
    { ...s.author, role: AuthorRole.LEAD },
    ...s.coAuthors.map((c) => ({
      ...c,
      role: AuthorRole.CO_AUTHOR,
      isMinor: false,
      guardian: null,
      participantGroupId: null,
      ageBand: null,
      gender: null,
    })),
  ];
  const invitations: { authorship: Authorship; person: Person }[] = [];
  for (const p of people) {
    const person = tx.create(Person, {
      tenant: tenantId,
      kind: p.kind,
      fullName: p.fullName,
      email: p.email,
      phone: p.phone,
      address: p.address,
      participantGroup: p.participantGroupId,
      ageBand: p.ageBand,
      gender: p.gender,
      createdAt: receivedAt,
    });
    const guardian = p.guardian
      ? tx.create(Person, {
          tenant: tenantId,
          fullName: p.guardian.fullName,
          email: p.guardian.email,
          phone: p.guardian.phone,
          address: p.guardian.address,
          createdAt: receivedAt,
        })
      : null;
    const authorship = tx.create(Authorship, {
      tenant: tenantId,
      idea,
      person,
      role: p.role,
      share: p.share,
      isMinor: p.isMinor,
      guardian,
      guardianRelation: p.guardian?.relation ?? null,
      // The person who submits is confirmed; co-authors confirm their own participation.
      confirmedAt: p.role === AuthorRole.LEAD ? receivedAt : null,
      createdAt: receivedAt,
    });
    if (p.role === AuthorRole.LEAD) {
      const opts = {
        tenantId,
        noticeVersion: s.noticeVersion,
        channel: info.consentChannel,
        now: receivedAt,
      };
      recordConsents(tx, authorship, s.consents, opts);
      if (p.isMinor)
        recordConsents(tx, authorship, s.consents, { ...opts, givenBy: ConsentGiver.GUARDIAN });
    } else {
      invitations.push({ authorship, person });
    }
  }
  tx.create(IdeaRevision, {
    tenant: tenantId,
    idea,
    number: 1,
    source: RevisionSource.SUBMISSION,
    title: s.title,
    problem: s.problem,
    solution: s.solution,
    benefit: s.benefit,
    requirements: s.requirements,
    confidential: s.confidential,
    maturity: s.maturity,
    fieldIds: s.fields.map((f) => f.id).sort(),
    digest: idea.digest,
    note: info.note ?? null,
    createdAt: receivedAt,
  });
  await moveStep(tx, idea, IdeaStatus.SUBMITTED, IdeaStatus.SUBMITTED, receivedAt);
  tx.create(IdeaEvent, {
    tenant: tenantId,
    idea,
    kind: IdeaEventKind.SUBMITTED,
    toStatus: IdeaStatus.SUBMITTED,
    actor: info.receivedById ?? null,
    publicNote: 'Ý tưởng đã được tiếp nhận.',
    createdAt: receivedAt,
  });
  const ack =
    `Ý tưởng "${s.title}" đã được tiếp nhận ngày ${formatDateVi(receivedAt)} với mã tra cứu ${trackingCode}. ` +
    'Cơ quan đầu mối sẽ phân loại và phản hồi kết quả xử lý cho bạn.';
  tx.create(IdeaMessage, {
    tenant: tenantId,
    idea,
    kind: ResponseKind.ACKNOWLEDGEMENT,
    body: ack,
    createdAt: receivedAt,
  });
  await notifyAuthor(tx, {
    tenantId,
    ideaId: idea.id,
    contact: s.author,
    ...(await composeMessage(tx, tenantId, MessageKind.IDEA_RECEIVED, {
      title: s.title,
      trackingCode,
      receivedDate: formatDateVi(receivedAt),
      digest: idea.digest,
    })),
    now: receivedAt,
  });
  audit(tx, {
    tenantId,
    action: AuditAction.IDEA_SUBMITTED,
    actor: info.actor,
    ideaId: idea.id,
    details: {
      channel: info.channel,
      trackingCode,
      receptionPointId: info.receptionPoint?.id ?? null,
      attachments: s.attachments.length,
      coAuthors: s.coAuthors.length,
    },
    at: receivedAt,
  });
  for (const inv of invitations) {
    await inviteCoAuthor(tx, {
      idea,
      authorship: inv.authorship,
      person: inv.person,
      leadName: s.author.fullName,
      publicUrl: info.publicUrl,
      now: receivedAt,
    });
  }
  await tx.flush();
  await attachUploads(tx, idea, s.attachments, receivedAt, info.paperFormId);
  await publishIdeaEvent(tx, {
    type: 'RECEIVED',
    tenantId,
    ideaId: idea.id,
    unitId: idea.unit?.id ?? null,
    receptionPointId: idea.receptionPoint?.id ?? null,
    status: idea.status,
    at: receivedAt.toISOString(),
  });
  return idea;
}

/**
 * Records a submission; the receipt is returned only after the transaction has committed, and a
 * retry with the same idempotency key never makes a second idea.
 */
async function persist(ctx: Context, s: ValidSubmission, info: ChannelInfo): Promise<IdeaReceipt> {
  const replayed = await replay(ctx, s);
  if (replayed) return replayed;
  for (let attempt = 0; ; attempt++) {
    const receivedAt = ctx.clock.now();
    try {
      const idea = await ctx.em
        .fork()
        .transactional((tx) =>
          createIdea(tx, ctx.tenant.id, s, info, receivedAt, newTrackingCode()),
        );
      return toReceipt(ctx.em.fork(), idea, ctx.clock.now());
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      // A concurrent retry with the same key won the race, or (rarely) the tracking code was taken.
      const winner = await replay(ctx, s);
      if (winner) return winner;
      if (attempt >= 3) throw err;
    }
  }
}

export async function submitIdea(ctx: Context, input: SubmitIdeaInput): Promise<IdeaReceipt> {
  const stranger = !isStaff(ctx.viewer);
  if (stranger && input.website?.trim()) {
    // The public form's hidden field: people leave it empty, form-filling robots do not.
    throw new BadInputError({ website: 'Vui lòng để trống trường này.' }, HONEYPOT_MESSAGE);
  }
  const s = await validateSubmission(ctx, input, { attachmentKinds: [AttachmentKind.SUPPORTING] });
  if (stranger && ctx.limits) {
    // A retry of a submission already stored is answered with its receipt, not counted.
    const replayed = await replay(ctx, s);
    if (replayed) return replayed;
    await ctx.limits.admitSubmission({
      address: ctx.clientIp,
      partnerKeyId: ctx.partner?.keyId ?? null,
      contacts: [s.author.email, s.author.phone],
    });
  }
  return persist(ctx, s, {
    channel: Channel.ONLINE,
    consentChannel: ConsentChannel.ONLINE,
    publicUrl: ctx.config.publicUrl,
    actor: isStaff(ctx.viewer)
      ? { id: ctx.viewer.userId, name: ctx.viewer.fullName }
      : AUTHOR_ACTOR,
  });
}

/**
 * The checks of `submitIdea` without storing anything: a form that has its own errors to show
 * (an upload refused, a declaration missing) shows the API's at the same time. Nothing is
 * written and no limit is counted; uploads named are only looked up.
 */
export async function validateIdeaSubmission(
  ctx: Context,
  input: SubmitIdeaInput,
): Promise<boolean> {
  await validateSubmission(ctx, input, { attachmentKinds: [AttachmentKind.SUPPORTING] });
  return true;
}

/**
 * An idea a citizen brings to a reception point, recorded by the officer with a scan of the signed
 * paper form. Officers record only at their own unit's points.
 */
export async function recordInPersonIdea(
  ctx: Context,
  input: InPersonIdeaInput,
): Promise<IdeaReceipt> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const point = isUuid(input.receptionPointId)
    ? await ctx.em.findOne(ReceptionPoint, {
        id: input.receptionPointId,
        tenant: ctx.tenant.id,
        active: true,
      })
    : null;
  if (point) {
    const officers = await unitLoaders(ctx).officersByPoint.load(point.id);
    assertAllowed(
      ctx.viewer,
      mayRecordInPerson(ctx.viewer, {
        unitId: point.unit.id,
        officerIds: officers.map((o) => o.id),
      }),
      'Bạn chỉ được ghi nhận ý tưởng tại đầu mối tiếp nhận mình được phân công.',
    );
  }
  const s = await validateSubmission(
    ctx,
    { ...input, attachmentIds: [...(input.attachmentIds ?? []), input.paperFormId] },
    {
      attachmentKinds: [AttachmentKind.SUPPORTING, AttachmentKind.PAPER_FORM],
      extra: async (v) => {
        if (!point) v.add('receptionPointId', 'Đầu mối tiếp nhận không tồn tại.');
        if (!input.paperFormId)
          v.add('paperFormId', 'Vui lòng tải lên bản quét phiếu đề xuất có chữ ký.');
        v.text('consentNote', input.consentNote, {
          label: 'ghi chú đồng ý',
          max: 500,
          multiline: true,
        });
      },
    },
  );
  if (!s.unit && point) s.unit = await ctx.em.findOneOrFail(Unit, { id: point.unit.id });
  const viewer = ctx.viewer as Extract<Context['viewer'], { kind: 'staff' }>;
  return persist(ctx, s, {
    channel: Channel.IN_PERSON,
    consentChannel: ConsentChannel.PAPER,
    publicUrl: ctx.config.publicUrl,
    receptionPoint: point,
    receivedById: viewer.userId,
    paperFormId: input.paperFormId,
    actor: { id: viewer.userId, name: viewer.fullName },
    note: input.consentNote?.trim() || 'Người đề xuất đã ký đồng ý trên phiếu giấy.',
  });
}
