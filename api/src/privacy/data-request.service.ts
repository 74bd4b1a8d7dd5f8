/**
 * Data-subject requests (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): see, correct, export, erase,
 * restrict, withdraw consent. Filed from the tracking page or by an officer for someone who came in
 * person; handled by the hub within two working days; the outcome goes to the requester.
 *
 * "The person" is every record of the same individual in the tenant: each submission keeps its own
 * Person row, so the records with the same name and the same email or phone are treated together.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import {
  assertAllowed,
  isStaff,
  mayFileDataRequest,
  mayHandleDataRequests,
} from '../common/access.js';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { foldVietnamese, formatDateVi } from '../common/text.js';
import { audit, AUTHOR_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import type { FileStorage } from '../attachment/file.storage.js';
import { Consent } from '../consent/consent.entity.js';
import { CONSENT_LABEL, ConsentGiver, ConsentKind } from '../consent/consent.enums.js';
import { currentNotice } from '../consent/consent.service.js';
import { Authorship, Idea, IdeaMessage } from '../idea/idea.entity.js';
import { AuthorRole, IDEA_STATUS_LABEL } from '../idea/idea.enums.js';
import { OutboundMessage } from '../outbox/outbound-message.entity.js';
import { DeliveryStatus } from '../outbox/outbox.enums.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { ANONYMISED_NAME, Person } from '../person/person.entity.js';
import { changeConsent, actorFor } from '../rights/authorship.service.js';
import { ConsentChannel } from '../consent/consent.enums.js';
import { addWorkingDays } from '../common/vietnam-time.js';
import { DataRequest, PublicHoliday } from './data-request.entity.js';
import {
  DATA_REQUEST_KIND_LABEL,
  DataRequestChannel,
  DataRequestKind,
  DataRequestStatus,
} from './data-request.enums.js';
import { authorFromToken, trackByToken } from '../idea/author.service.js';
import type { IdeaTracking } from '../idea/idea.types.js';
import type { DataRequestInput, DataRequestView } from './data-request.types.js';

export const DATA_REQUEST_WORKING_DAYS = 2;

export interface DataRequestInputValue {
  kind: DataRequestKind;
  details?: string | null;
  corrections?: {
    fullName?: string | null;
    email?: string | null;
    phone?: string | null;
    address?: string | null;
  } | null;
  consentKinds?: ConsentKind[] | null;
}

export async function holidaysOf(em: EntityManager, tenantId: string): Promise<Set<string>> {
  const rows = await em.find(PublicHoliday, { tenant: tenantId });
  return new Set(rows.map((r) => r.day));
}

/** Every Person row of the same individual: same name (accents and case aside) and same contact. */
export async function subjectRecords(em: EntityManager, person: Person): Promise<Person[]> {
  const contacts = [
    ...(person.email ? [{ email: person.email }] : []),
    ...(person.phone ? [{ phone: person.phone }] : []),
  ];
  if (!contacts.length) return [person];
  const candidates = await em.find(Person, {
    tenant: person.tenant.id,
    anonymisedAt: null,
    $or: contacts,
  });
  const name = foldVietnamese(person.fullName);
  const same = candidates.filter((p) => foldVietnamese(p.fullName) === name);
  return same.some((p) => p.id === person.id) ? same : [person, ...same];
}

function validRequest(v: Validator, input: DataRequestInputValue) {
  const details = v.text('details', input.details, {
    label: 'nội dung yêu cầu',
    max: 5000,
    multiline: true,
  });
  let corrections: DataRequest['corrections'] = null;
  if (input.kind === DataRequestKind.CORRECT) {
    const c = input.corrections ?? {};
    const fullName = v.text('corrections.fullName', c.fullName, {
      label: 'họ và tên',
      min: 2,
      max: 100,
    });
    const email = v.email('corrections.email', c.email);
    const phone = v.phone('corrections.phone', c.phone);
    const address = v.text('corrections.address', c.address, { label: 'địa chỉ', max: 300 });
    corrections = Object.fromEntries(
      Object.entries({ fullName, email, phone, address }).filter(([, x]) => x),
    ) as DataRequest['corrections'];
    if (!Object.keys(corrections ?? {}).length)
      v.add('corrections', 'Ghi rõ thông tin cần sửa (họ tên, email, số điện thoại hoặc địa chỉ).');
  }
  let consentKinds: ConsentKind[] | null = null;
  if (input.kind === DataRequestKind.WITHDRAW_CONSENT) {
    consentKinds = [...new Set(input.consentKinds ?? [])].filter(
      (k) => k !== ConsentKind.PROCESS_DATA,
    );
    if (!consentKinds.length)
      v.add(
        'consentKinds',
        'Chọn sự đồng ý cần rút lại (để rút đồng ý xử lý dữ liệu, hãy chọn yêu cầu xóa hoặc hạn chế xử lý).',
      );
  }
  if ((input.kind === DataRequestKind.ERASE || input.kind === DataRequestKind.RESTRICT) && !details)
    v.add('details', 'Vui lòng nêu ngắn gọn lý do yêu cầu.');
  return { details, corrections, consentKinds };
}

async function createRequest(
  tx: EntityManager,
  o: {
    authorship: Authorship;
    input: DataRequestInputValue;
    valid: ReturnType<typeof validRequest>;
    channel: DataRequestChannel;
    receivedBy: string | null;
    actor: AuditActor;
    now: Date;
  },
): Promise<DataRequest> {
  const person = o.authorship.person.getEntity();
  const idea = o.authorship.idea.getEntity();
  const tenantId = idea.tenant.id;
  const dueAt = addWorkingDays(o.now, DATA_REQUEST_WORKING_DAYS, await holidaysOf(tx, tenantId));
  const request = tx.create(DataRequest, {
    tenant: tenantId,
    person,
    idea,
    kind: o.input.kind,
    channel: o.channel,
    details: o.valid.details,
    corrections: o.valid.corrections,
    consentKinds: o.valid.consentKinds,
    receivedAt: o.now,
    dueAt,
    receivedBy: o.receivedBy,
    createdAt: o.now,
  });
  audit(tx, {
    tenantId,
    action: AuditAction.DATA_REQUEST_CHANGED,
    actor: o.actor,
    ideaId: idea.id,
    details: { requestId: request.id, step: 'filed', kind: o.input.kind, channel: o.channel },
    at: o.now,
  });
  if (o.input.kind === DataRequestKind.WITHDRAW_CONSENT) {
    // Withdrawal takes effect at once; the request is the record of it.
    await withdrawAll(tx, o.authorship, o.valid.consentKinds ?? [], o.channel, o.actor, o.now);
    request.status = DataRequestStatus.DONE;
    request.handledAt = o.now;
    request.outcome = `Đã rút lại: ${(o.valid.consentKinds ?? []).map((k) => CONSENT_LABEL[k].replace(/^Đồng ý /, '')).join('; ')}. Có hiệu lực ngay.`;
  }
  await tellRequester(tx, request, person, idea, o.now);
  return request;
}

async function withdrawAll(
  tx: EntityManager,
  a: Authorship,
  kinds: ConsentKind[],
  channel: DataRequestChannel,
  actor: AuditActor,
  now: Date,
): Promise<void> {
  const notice = await currentNotice(tx, a.tenant.id);
  if (!notice) throw new ConflictError('Chưa có thông báo xử lý dữ liệu cá nhân.');
  await tx.findOneOrFail(Idea, { id: a.idea.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  for (const kind of kinds) {
    for (const givenBy of a.isMinor
      ? [ConsentGiver.SELF, ConsentGiver.GUARDIAN]
      : [ConsentGiver.SELF]) {
      await changeConsent(tx, a, {
        kind,
        given: false,
        givenBy,
        channel:
          channel === DataRequestChannel.IN_PERSON ? ConsentChannel.PAPER : ConsentChannel.ONLINE,
        notice,
        actor,
        now,
      });
    }
  }
}

/**
 * Acknowledgements and outcomes go to the requester even when processing is restricted (answering
 * the request is what the law requires); after an erasure the message is purged once delivered.
 */
async function tellRequester(
  tx: EntityManager,
  request: DataRequest,
  contact: { email?: string | null; phone?: string | null },
  idea: Idea,
  now: Date,
  purgeAfterDelivery = false,
): Promise<void> {
  const received = request.status === DataRequestStatus.RECEIVED;
  const text = await composeMessage(
    tx,
    idea.tenant.id,
    received ? MessageKind.DATA_REQUEST_RECEIVED : MessageKind.DATA_REQUEST_OUTCOME,
    {
      requestKind: DATA_REQUEST_KIND_LABEL[request.kind],
      requestKindLower: DATA_REQUEST_KIND_LABEL[request.kind].toLowerCase(),
      trackingCode: idea.trackingCode,
      receivedDate: formatDateVi(request.receivedAt),
      dueDate: formatDateVi(request.dueAt),
      outcome: `${request.status === DataRequestStatus.REFUSED ? 'không thực hiện được. ' : ''}${request.outcome ?? ''}`,
    },
  );
  const messages = await notifyAuthor(tx, {
    tenantId: idea.tenant.id,
    ideaId: idea.id,
    contact,
    ...text,
    now,
  });
  for (const m of messages) m.purgeAfterDelivery = purgeAfterDelivery;
}

/** From the tracking page, by an identified author. */
export async function fileDataRequest(
  ctx: Context,
  authorship: Authorship,
  input: DataRequestInputValue,
): Promise<DataRequest> {
  const v = new Validator();
  const valid = validRequest(v, input);
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const a = await tx.findOneOrFail(
      Authorship,
      { id: authorship.id },
      { populate: ['idea', 'person'] },
    );
    const request = await createRequest(tx, {
      authorship: a,
      input,
      valid,
      channel: DataRequestChannel.TRACKING_PAGE,
      receivedBy: null,
      actor: AUTHOR_ACTOR,
      now: ctx.clock.now(),
    });
    await tx.flush();
    return request;
  });
}

/** By a reception officer (or the hub) for a person who came in person. */
export async function fileDataRequestInPerson(
  ctx: Context,
  authorId: string,
  input: DataRequestInputValue,
): Promise<DataRequest> {
  assertAllowed(ctx.viewer, isStaff(ctx.viewer));
  const v = new Validator();
  const valid = validRequest(v, input);
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const a = isUuid(authorId)
      ? await tx.findOne(
          Authorship,
          { id: authorId, tenant: ctx.tenant.id },
          { populate: ['idea', 'person'] },
        )
      : null;
    if (!a) throw new NotFoundError('Không tìm thấy tác giả.');
    assertAllowed(ctx.viewer, mayFileDataRequest(ctx.viewer, a.idea.getEntity()));
    const request = await createRequest(tx, {
      authorship: a,
      input,
      valid,
      channel: DataRequestChannel.IN_PERSON,
      receivedBy: ctx.viewer.userId,
      actor: actorFor(ctx),
      now: ctx.clock.now(),
    });
    await tx.flush();
    return request;
  });
}

/** Everything the platform holds about the person, as shown or exported to them. */
export async function personalDataOf(
  em: EntityManager,
  records: Person[],
): Promise<Record<string, unknown>> {
  const ids = records.map((p) => p.id);
  const authorships = await em.find(
    Authorship,
    { person: { $in: ids } },
    { populate: ['idea', 'guardian'], orderBy: { createdAt: 'asc' } },
  );
  const aIds = authorships.map((a) => a.id);
  const ideaIds = authorships.map((a) => a.idea.id);
  const [consents, messages, requests] = await Promise.all([
    aIds.length
      ? em.find(Consent, { authorship: { $in: aIds } }, { orderBy: { givenAt: 'asc' } })
      : Promise.resolve([]),
    ideaIds.length
      ? em.find(IdeaMessage, { idea: { $in: ideaIds } }, { orderBy: { createdAt: 'asc' } })
      : Promise.resolve([]),
    em.find(DataRequest, { person: { $in: ids } }, { orderBy: { receivedAt: 'asc' } }),
  ]);
  const code = new Map(authorships.map((a) => [a.id, a.idea.getEntity().trackingCode]));
  const ideaCode = new Map(authorships.map((a) => [a.idea.id, a.idea.getEntity().trackingCode]));
  const primary = records[0]!;
  return {
    format: 'khoi-nguon-personal-data-v1',
    controller: 'Ủy ban nhân dân xã (cơ quan đầu mối: Phòng Văn hóa – Xã hội)',
    purposes:
      'Tiếp nhận, xem xét, phản hồi và ghi nhận ý tưởng của bạn trong phong trào "Khơi nguồn sáng tạo"; chỉ công khai tên và nội dung khi bạn đồng ý.',
    person: {
      fullName: primary.fullName,
      kind: primary.kind,
      email: primary.email ?? null,
      phone: primary.phone ?? null,
      address: primary.address ?? null,
      restricted: Boolean(primary.restrictedAt),
      records: records.length,
    },
    ideas: authorships.map((a) => {
      const idea = a.idea.getEntity();
      const g = a.guardian?.getEntity();
      return {
        trackingCode: idea.trackingCode,
        title: idea.title,
        receivedAt: idea.receivedAt.toISOString(),
        status: IDEA_STATUS_LABEL[idea.status],
        role: a.role === AuthorRole.LEAD ? 'Chủ nhiệm' : 'Đồng tác giả',
        share: a.share,
        confirmedAt: a.confirmedAt?.toISOString() ?? null,
        declinedAt: a.declinedAt?.toISOString() ?? null,
        guardian: g
          ? { fullName: g.fullName, relation: a.guardianRelation, email: g.email, phone: g.phone }
          : null,
      };
    }),
    consents: consents.map((c) => ({
      trackingCode: code.get(c.authorship.id),
      consent: CONSENT_LABEL[c.kind],
      givenBy: c.givenBy === ConsentGiver.GUARDIAN ? 'Cha, mẹ, người giám hộ' : 'Bản thân',
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      noticeVersion: c.noticeVersion,
      channel: c.channel,
    })),
    messages: messages.map((m) => ({
      trackingCode: ideaCode.get(m.idea.id),
      direction: m.direction,
      at: m.createdAt.toISOString(),
      body: m.body,
    })),
    requests: requests.map((r) => ({
      kind: DATA_REQUEST_KIND_LABEL[r.kind],
      receivedAt: r.receivedAt.toISOString(),
      status: r.status,
      outcome: r.outcome ?? null,
    })),
  };
}

export async function listDataRequests(
  ctx: Context,
  where: { status?: DataRequestStatus | null; overdue?: boolean | null },
): Promise<DataRequest[]> {
  assertAllowed(
    ctx.viewer,
    mayHandleDataRequests(ctx.viewer),
    'Chỉ cơ quan đầu mối xem yêu cầu về dữ liệu cá nhân.',
  );
  return ctx.em.find(
    DataRequest,
    {
      tenant: ctx.tenant.id,
      ...(where.status ? { status: where.status } : {}),
      ...(where.overdue
        ? { status: DataRequestStatus.RECEIVED, dueAt: { $lt: ctx.clock.now() } }
        : {}),
    },
    { orderBy: { dueAt: 'asc', id: 'asc' }, limit: 500, populate: ['person', 'idea'] },
  );
}

export async function findDataRequest(ctx: Context, id: string): Promise<DataRequest | null> {
  assertAllowed(
    ctx.viewer,
    mayHandleDataRequests(ctx.viewer),
    'Chỉ cơ quan đầu mối xem yêu cầu về dữ liệu cá nhân.',
  );
  if (!isUuid(id)) return null;
  return ctx.em.findOne(
    DataRequest,
    { id, tenant: ctx.tenant.id },
    { populate: ['person', 'idea'] },
  );
}

async function lockRequest(tx: EntityManager, ctx: Context, id: string): Promise<DataRequest> {
  const r = isUuid(id)
    ? await tx.findOne(
        DataRequest,
        { id, tenant: ctx.tenant.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!r) throw new NotFoundError('Không tìm thấy yêu cầu.');
  if (r.status !== DataRequestStatus.RECEIVED)
    throw new ConflictError('Yêu cầu này đã được xử lý.');
  await tx.populate(r, ['person', 'idea']);
  return r;
}

/**
 * The hub carries out a request. Each kind does what it says; the outcome (with the data for
 * ACCESS/EXPORT) is kept on the request and sent to the requester.
 */
export async function completeDataRequest(
  ctx: Context,
  id: string,
  note: string | null,
): Promise<DataRequest> {
  const { viewer } = ctx;
  assertAllowed(
    viewer,
    mayHandleDataRequests(viewer),
    'Chỉ cơ quan đầu mối xử lý yêu cầu về dữ liệu cá nhân.',
  );
  const v = new Validator();
  const extra = v.text('note', note, {
    label: 'ghi chú gửi người yêu cầu',
    max: 3000,
    multiline: true,
  });
  v.throwIfInvalid();
  const erasedFiles: string[] = [];
  const done = await ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await lockRequest(tx, ctx, id);
    const person = r.person.getEntity();
    const idea = r.idea?.getEntity() ?? null;
    const records = await subjectRecords(tx, person);
    const contact = { email: person.email, phone: person.phone };
    const actor = actorFor(ctx);
    let outcome = '';
    let purge = false;
    switch (r.kind) {
      case DataRequestKind.ACCESS:
      case DataRequestKind.EXPORT: {
        r.result = await personalDataOf(tx, records);
        outcome =
          r.kind === DataRequestKind.ACCESS
            ? 'Dữ liệu cá nhân của bạn được hiển thị tại trang tra cứu (mục "Dữ liệu của tôi").'
            : 'Tệp dữ liệu (JSON) của bạn sẵn sàng để tải tại trang tra cứu (mục "Dữ liệu của tôi").';
        break;
      }
      case DataRequestKind.CORRECT: {
        const c = r.corrections ?? {};
        for (const p of records) {
          if (c.fullName) p.fullName = c.fullName;
          if (c.email) p.email = c.email;
          if (c.phone) p.phone = c.phone;
          if (c.address) p.address = c.address;
        }
        if (c.email) contact.email = c.email;
        if (c.phone) contact.phone = c.phone;
        outcome = `Đã sửa: ${Object.keys(c)
          .map(
            (k) =>
              ({
                fullName: 'họ và tên',
                email: 'email',
                phone: 'số điện thoại',
                address: 'địa chỉ',
              })[k],
          )
          .join(', ')}.`;
        break;
      }
      case DataRequestKind.RESTRICT:
        for (const p of records) p.restrictedAt = now;
        outcome =
          'Đã hạn chế xử lý: không gửi thêm email/tin nhắn (trừ trả lời yêu cầu của bạn), thông tin liên hệ chỉ cơ quan đầu mối xem được.';
        break;
      case DataRequestKind.WITHDRAW_CONSENT:
        outcome = 'Đã rút lại sự đồng ý.';
        break;
      case DataRequestKind.ERASE: {
        const report = await erasePersons(tx, ctx.tenant.id, records, now);
        erasedFiles.push(...report.files);
        outcome =
          'Đã xóa, ẩn danh toàn bộ dữ liệu cá nhân của bạn. Ý tưởng, mã băm biên nhận và hồ sơ không chứa dữ liệu cá nhân được giữ lại theo quy định.';
        purge = true;
        audit(tx, {
          tenantId: ctx.tenant.id,
          action: AuditAction.PERSONAL_DATA_ERASED,
          actor,
          ideaId: idea?.id ?? null,
          details: {
            requestId: r.id,
            records: records.length,
            redacted: report.redacted,
            files: report.files.length,
          },
          at: now,
        });
        break;
      }
    }
    r.status = DataRequestStatus.DONE;
    r.handledAt = now;
    r.handledBy = tx.getReference(StaffUser, viewer.userId, {
      wrapped: true,
    });
    r.outcome = extra ? `${outcome}\n\n${extra}` : outcome;
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.DATA_REQUEST_CHANGED,
      actor,
      ideaId: idea?.id ?? null,
      details: { requestId: r.id, step: 'done', kind: r.kind },
      at: now,
    });
    if (idea) await tellRequester(tx, r, contact, idea, now, purge);
    await tx.flush();
    return r;
  });
  // Files go only after the erasure committed (a rollback keeps them).
  await deleteFiles(ctx.storage, erasedFiles);
  return done;
}

async function deleteFiles(storage: FileStorage, keys: string[]): Promise<void> {
  for (const key of keys) await storage.delete(key).catch(() => undefined);
}

export async function refuseDataRequest(
  ctx: Context,
  id: string,
  reason: string,
): Promise<DataRequest> {
  assertAllowed(ctx.viewer, mayHandleDataRequests(ctx.viewer));
  const v = new Validator();
  const why = v.text('reason', reason, {
    label: 'lý do và căn cứ pháp lý',
    required: true,
    max: 3000,
    multiline: true,
  });
  v.throwIfInvalid();
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const r = await lockRequest(tx, ctx, id);
    if (r.kind === DataRequestKind.WITHDRAW_CONSENT)
      throw new InvalidTransitionError('Không thể từ chối việc rút lại sự đồng ý.');
    r.status = DataRequestStatus.REFUSED;
    r.handledAt = now;
    r.outcome = why;
    const person = r.person.getEntity();
    audit(tx, {
      tenantId: ctx.tenant.id,
      action: AuditAction.DATA_REQUEST_CHANGED,
      actor: actorFor(ctx),
      ideaId: r.idea?.id ?? null,
      reason: why,
      details: { requestId: r.id, step: 'refused', kind: r.kind },
      at: now,
    });
    const idea = r.idea?.getEntity();
    if (idea) await tellRequester(tx, r, { email: person.email, phone: person.phone }, idea, now);
    await tx.flush();
    return r;
  });
}

/** Regular-expression source matching a needle in free text (phones with any separators). */
export function needlePattern(needle: string): string {
  const digits = needle.replace(/\D/g, '');
  if (/^\+?[0-9 .()-]+$/.test(needle) && digits.length >= 8) {
    const local = digits.replace(/^84/, '0');
    const body = local.replace(/^0/, '');
    // 0912…, +84912…, 84 912… with spaces, dots or dashes anywhere.
    return `(?<![0-9])(?:\\+?84|0)[ .-]?${body.split('').join('[ .-]?')}(?![0-9])`;
  }
  return needle
    .normalize('NFC')
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

/** Columns that never hold personal data in free text (identifiers, hashes, enums). */
const SKIP_TABLES = new Set([
  'mikro_orm_migrations',
  'person',
  'receipt_log',
  'tenant',
  'staff_user',
  'session',
]);
const SKIP_COLUMN =
  /(^id$|_id$|digest|hash|sha256|storage_key|tracking_code|^kind$|^status$|^action$|^role$|^channel$|mime_type)/;

/**
 * Erases the person: their records are anonymised, every free-text trace of their name, email,
 * phone and address in the tenant's tables is replaced (the audit log included, through the one
 * exception its trigger allows), and their signed paper forms are deleted. Ideas, digests and
 * the non-personal record stay.
 */
export async function erasePersons(
  tx: EntityManager,
  tenantId: string,
  records: Person[],
  now: Date,
): Promise<{ redacted: Record<string, number>; files: string[] }> {
  const authorships = await tx.find(
    Authorship,
    { person: { $in: records.map((p) => p.id) } },
    { populate: ['guardian'] },
  );
  const guardians = authorships.map((a) => a.guardian?.getEntity()).filter((g): g is Person => !!g);
  const people = [...records, ...guardians];
  const needles = [
    ...new Set(
      people
        .flatMap((p) => [p.fullName, p.email, p.phone, p.address])
        .filter(
          (x): x is string =>
            typeof x === 'string' && x.trim().length >= 3 && x !== ANONYMISED_NAME,
        ),
    ),
  ];
  const pattern = needles.map(needlePattern).join('|');
  // Pending messages to them would go to an address that is about to disappear.
  const contacts = people.flatMap((p) => [p.email, p.phone]).filter((x): x is string => !!x);
  if (contacts.length)
    await tx.nativeUpdate(
      OutboundMessage,
      { tenant: tenantId, recipient: { $in: contacts }, status: DeliveryStatus.PENDING },
      {
        status: DeliveryStatus.FAILED,
        lastError: 'Đã hủy: người nhận yêu cầu xóa dữ liệu cá nhân.',
      },
    );
  for (const p of people) {
    p.fullName = ANONYMISED_NAME;
    p.email = null;
    p.phone = null;
    p.address = null;
    // Age band and gender describe the person; the idea keeps its participant group for the
    // movement's aggregates, which name nobody.
    p.ageBand = null;
    p.gender = null;
    p.anonymisedAt = now;
    p.restrictedAt = now;
  }
  for (const a of authorships) a.guardianRelation = null;
  await tx.flush();

  const redacted: Record<string, number> = {};
  if (pattern) {
    await tx.execute(`set local kn.erasure = 'on'`);
    const columns = await tx.execute<
      { table_name: string; column_name: string; data_type: string }[]
    >(
      `select c.table_name, c.column_name, c.data_type
         from information_schema.columns c
         join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'character varying', 'jsonb', 'json')
          and exists (select 1 from information_schema.columns k
                       where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'tenant_id')
        order by c.table_name, c.ordinal_position`,
    );
    for (const col of columns) {
      if (SKIP_TABLES.has(col.table_name) || SKIP_COLUMN.test(col.column_name)) continue;
      const t = `"${col.table_name}"`;
      const c = `"${col.column_name}"`;
      const json = col.data_type === 'jsonb' || col.data_type === 'json';
      const value = json ? `${c}::text` : c;
      const replaced = `regexp_replace(${value}, ?, '[đã xóa]', 'gi')`;
      const set = json ? `${replaced}::${col.data_type}` : replaced;
      const rows = await tx.execute<{ n: string }[]>(
        `with changed as (update ${t} set ${c} = ${set} where tenant_id = ? and ${value} ~* ? returning 1) select count(*) as n from changed`,
        [pattern, tenantId, pattern],
      );
      const n = Number(rows[0]?.n ?? 0);
      if (n) redacted[`${col.table_name}.${col.column_name}`] = n;
    }
    await tx.execute(`set local kn.erasure = 'off'`);
  }

  // The signed paper forms of ideas they lead carry their signature: the content goes.
  const ledIdeas = authorships.filter((a) => a.role === AuthorRole.LEAD).map((a) => a.idea.id);
  const forms = ledIdeas.length
    ? await tx.find(Attachment, {
        idea: { $in: ledIdeas },
        kind: AttachmentKind.PAPER_FORM,
        erasedAt: null,
      })
    : [];
  for (const f of forms) {
    f.erasedAt = now;
    f.fileName = 'phieu-de-xuat-da-xoa';
  }
  await tx.flush();
  return { redacted, files: forms.map((f) => f.storageKey) };
}

/** What the hub's queue shows of a request (person and idea loaded by the query). */
export function dataRequestView(ctx: Context, r: DataRequest): DataRequestView {
  const person = r.person.getEntity();
  const idea = r.idea?.getEntity() ?? null;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: DATA_REQUEST_KIND_LABEL[r.kind],
    status: r.status,
    channel: r.channel,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    overdue:
      r.status === DataRequestStatus.RECEIVED && r.dueAt.getTime() < ctx.clock.now().getTime(),
    handledAt: r.handledAt ?? null,
    outcome: r.outcome ?? null,
    details: r.details ?? null,
    corrections: (r.corrections as Record<string, unknown> | null) ?? null,
    consentKinds: (r.consentKinds as DataRequestView['consentKinds']) ?? null,
    subjectName: person.fullName,
    subjectEmail: person.email ?? null,
    subjectPhone: person.phone ?? null,
    ideaId: idea?.id ?? null,
    ideaTitle: idea?.title ?? null,
    trackingCode: idea?.trackingCode ?? null,
    request: r,
  };
}

export async function listDataRequestViews(
  ctx: Context,
  where: { status: DataRequestStatus | null; overdue: boolean | null },
): Promise<DataRequestView[]> {
  const rows = await listDataRequests(ctx, where);
  return rows.map((r) => dataRequestView(ctx, r));
}

export async function dataRequestViewById(
  ctx: Context,
  id: string,
): Promise<DataRequestView | null> {
  const r = await findDataRequest(ctx, id);
  return r ? dataRequestView(ctx, r) : null;
}

/** The author files a request from the tracking page and sees the tracking page again. */
export async function fileDataRequestAsAuthor(
  ctx: Context,
  token: string,
  input: DataRequestInput,
): Promise<IdeaTracking> {
  const { authorship } = await authorFromToken(ctx, token);
  await fileDataRequest(ctx, authorship, input);
  return trackByToken(ctx, token);
}

/**
 * The personal data a completed access or export request produced, so the hub can hand the file
 * to someone who came in person. Reading it is a read of personal data: it is audited.
 */
export async function dataRequestResult(
  ctx: Context,
  view: DataRequestView,
): Promise<Record<string, unknown> | null> {
  const r = view.request;
  if (!r || !mayHandleDataRequests(ctx.viewer)) return null;
  if (r.kind !== DataRequestKind.ACCESS && r.kind !== DataRequestKind.EXPORT) return null;
  if (r.status !== DataRequestStatus.DONE || !r.result) return null;
  if (view.ideaId) await ctx.personalData.record(view.ideaId);
  return r.result;
}
