import { UniqueConstraintViolationException, raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { ideaReadFilter, mayPublishIdeas, assertAllowed, isStaff } from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  SortDirection,
  type Page,
} from '../common/connection.js';
import { Validator, isUuid } from '../common/validate.js';
import { formatDateVi, searchTerms, normalizeEmail, normalizePhone } from '../common/text.js';
import { Campaign, CampaignStatus } from '../campaign/campaign.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Person } from '../person/person.entity.js';
import { Authorship, Idea, IdeaEvent, IdeaResponse } from './idea.entity.js';
import {
  AuthorRole,
  Channel,
  IDEA_STATUS_LABEL,
  IdeaEventKind,
  IdeaStatus,
  ResponseKind,
} from './idea.enums.js';
import {
  IdeaOrderField,
  type IdeaOrderByInput,
  type IdeaWhereInput,
  type SubmitIdeaInput,
} from './idea.inputs.js';
import { newTrackingCode, normalizeTrackingCode, receiptDigest } from './receipt.js';
import type { IdeaCounters, IdeaReceipt, IdeaTracking } from './idea.types.js';

export const LIMITS = {
  title: { min: 10, max: 200 },
  longText: { min: 20, max: 10_000 },
  requirements: { max: 5_000 },
  fullName: { min: 2, max: 100 },
  address: { max: 300 },
  idempotencyKey: { max: 100 },
  fields: { max: 5 },
};

interface ValidSubmission {
  campaign: Campaign;
  unit: Unit | null;
  fields: IdeaField[];
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  requirements: string | null;
  author: { fullName: string; email: string | null; phone: string | null; address: string | null };
  idempotencyKey: string | null;
}

/** Everything about an input that can be wrong, found before anything is written. */
async function validateSubmission(ctx: Context, input: SubmitIdeaInput): Promise<ValidSubmission> {
  const v = new Validator();
  const tenantId = ctx.tenant.id;
  const title = v.text('title', input.title, {
    label: 'tên ý tưởng',
    required: true,
    ...LIMITS.title,
  });
  const problem = v.text('problem', input.problem, {
    label: 'vấn đề cần giải quyết',
    required: true,
    multiline: true,
    ...LIMITS.longText,
  });
  const solution = v.text('solution', input.solution, {
    label: 'giải pháp đề xuất',
    required: true,
    multiline: true,
    ...LIMITS.longText,
  });
  const benefit = v.text('benefit', input.benefit, {
    label: 'hiệu quả dự kiến',
    required: true,
    multiline: true,
    ...LIMITS.longText,
  });
  const requirements = v.text('requirements', input.requirements, {
    label: 'điều kiện triển khai',
    multiline: true,
    ...LIMITS.requirements,
  });
  const fullName = v.text('author.fullName', input.author?.fullName, {
    label: 'họ và tên',
    required: true,
    ...LIMITS.fullName,
  });
  const email = v.email('author.email', input.author?.email);
  const phone = v.phone('author.phone', input.author?.phone);
  const address = v.text('author.address', input.author?.address, {
    label: 'địa chỉ',
    ...LIMITS.address,
  });
  if (!input.author?.email?.trim() && !input.author?.phone?.trim()) {
    v.add('author.email', 'Vui lòng nhập email hoặc số điện thoại để nhận phản hồi.');
  }
  const idempotencyKey = input.idempotencyKey?.trim() || null;
  if (idempotencyKey && idempotencyKey.length > LIMITS.idempotencyKey.max) {
    v.add('idempotencyKey', `Khóa chống gửi trùng dài tối đa ${LIMITS.idempotencyKey.max} ký tự.`);
  }

  // References: each must exist in this tenant.
  const fieldIds = [...new Set(input.fieldIds ?? [])];
  let fields: IdeaField[] = [];
  if (fieldIds.length === 0) v.add('fieldIds', 'Vui lòng chọn ít nhất một lĩnh vực.');
  else if (fieldIds.length > LIMITS.fields.max)
    v.add('fieldIds', `Chọn tối đa ${LIMITS.fields.max} lĩnh vực.`);
  else if (!fieldIds.every(isUuid)) v.add('fieldIds', 'Lĩnh vực không tồn tại.');
  else {
    fields = await ctx.em.find(IdeaField, {
      id: { $in: fieldIds },
      tenant: tenantId,
      active: true,
    });
    if (fields.length !== fieldIds.length) v.add('fieldIds', 'Lĩnh vực không tồn tại.');
  }

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
  if (campaign && fields.length) {
    await campaign.fields.init();
    const inScope = new Set(campaign.fields.getIdentifiers('id'));
    if (inScope.size && fields.some((f) => !inScope.has(f.id))) {
      v.add('fieldIds', 'Có lĩnh vực không thuộc phạm vi của phong trào này.');
    }
  }

  let unit: Unit | null = null;
  if (input.unitId) {
    unit = isUuid(input.unitId)
      ? await ctx.em.findOne(Unit, { id: input.unitId, tenant: tenantId, active: true })
      : null;
    if (!unit) v.add('unitId', 'Thôn/đơn vị không tồn tại.');
  }

  v.throwIfInvalid();
  return {
    campaign: campaign!,
    unit,
    fields,
    title: title!,
    problem: problem!,
    solution: solution!,
    benefit: benefit!,
    requirements,
    author: { fullName: fullName!, email, phone, address },
    idempotencyKey,
  };
}

export async function currentCampaign(
  em: EntityManager,
  tenantId: string,
): Promise<Campaign | null> {
  return em.findOne(
    Campaign,
    { tenant: tenantId, status: CampaignStatus.ACTIVE },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
}

function toReceipt(idea: Idea): IdeaReceipt {
  return {
    trackingCode: idea.trackingCode,
    receivedAt: idea.receivedAt,
    digest: idea.digest,
    title: idea.title,
  };
}

/** A retry with a used idempotency key: the same receipt when the content matches. */
async function replay(
  ctx: Context,
  s: ValidSubmission,
  maturity: string,
): Promise<IdeaReceipt | null> {
  if (!s.idempotencyKey) return null;
  const existing = await ctx.em.fork().findOne(Idea, {
    tenant: ctx.tenant.id,
    idempotencyKey: s.idempotencyKey,
  });
  if (!existing) return null;
  const expected = receiptDigest({ ...digestInput(existing, s), maturity });
  if (expected !== existing.digest) {
    throw new ConflictError(
      'Khóa chống gửi trùng này đã được dùng cho một ý tưởng có nội dung khác.',
    );
  }
  return toReceipt(existing);
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
    authorName: s.author.fullName,
  };
}

/**
 * Records a submission. The receipt is returned only after the transaction has committed, so an
 * acknowledged idea survives a crash; a retry with the same idempotency key never makes a second one.
 */
export async function submitIdea(
  ctx: Context,
  input: SubmitIdeaInput,
  channel: Channel = Channel.ONLINE,
): Promise<IdeaReceipt> {
  const s = await validateSubmission(ctx, input);
  const maturity = input.maturity;
  const replayed = await replay(ctx, s, maturity);
  if (replayed) return replayed;

  for (let attempt = 0; ; attempt++) {
    const receivedAt = ctx.clock.now();
    const trackingCode = newTrackingCode();
    const em = ctx.em.fork();
    try {
      const idea = await em.transactional(async (tx) => {
        const tenant = ctx.tenant.id;
        const person = tx.create(Person, { tenant, ...s.author, createdAt: receivedAt });
        const idea = tx.create(Idea, {
          tenant,
          campaign: s.campaign.id,
          trackingCode,
          title: s.title,
          problem: s.problem,
          solution: s.solution,
          benefit: s.benefit,
          requirements: s.requirements,
          maturity,
          status: IdeaStatus.SUBMITTED,
          channel,
          unit: s.unit?.id ?? null,
          receivedAt,
          digest: receiptDigest({ ...digestInput({ trackingCode, receivedAt }, s), maturity }),
          idempotencyKey: s.idempotencyKey,
          createdAt: receivedAt,
          updatedAt: receivedAt,
        });
        for (const f of s.fields) idea.fields.add(tx.getReference(IdeaField, f.id));
        tx.create(Authorship, {
          tenant,
          idea,
          person,
          role: AuthorRole.LEAD,
          share: 100,
          createdAt: receivedAt,
        });
        tx.create(IdeaEvent, {
          tenant,
          idea,
          kind: IdeaEventKind.SUBMITTED,
          toStatus: IdeaStatus.SUBMITTED,
          isPublic: true,
          publicNote: 'Ý tưởng đã được tiếp nhận.',
          createdAt: receivedAt,
        });
        tx.create(IdeaResponse, {
          tenant,
          idea,
          kind: ResponseKind.ACKNOWLEDGEMENT,
          body:
            `Ý tưởng "${s.title}" đã được tiếp nhận ngày ${formatDateVi(receivedAt)} với mã tra cứu ${trackingCode}. ` +
            'Cơ quan đầu mối sẽ phân loại và phản hồi kết quả xử lý cho bạn.',
          createdAt: receivedAt,
        });
        return idea;
      });
      return toReceipt(idea);
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      // Either a concurrent retry with the same idempotency key won the race, or (very rarely)
      // the tracking code was taken: answer with the winner's receipt, or try a new code.
      const winner = await replay(ctx, s, maturity);
      if (winner) return winner;
      if (attempt >= 3) throw err;
    }
  }
}

const ORDER_COLUMN: Record<IdeaOrderField, 'receivedAt' | 'updatedAt' | 'publishedAt'> = {
  RECEIVED_AT: 'receivedAt',
  UPDATED_AT: 'updatedAt',
  PUBLISHED_AT: 'publishedAt',
};

function whereFor(ctx: Context, where: IdeaWhereInput | null | undefined): FilterQuery<Idea>[] {
  const v = new Validator();
  const parts: FilterQuery<Idea>[] = [ideaReadFilter(ctx.viewer, ctx.tenant.id)];
  if (!where) return parts;
  if (where.search?.trim()) {
    const terms = searchTerms(where.search);
    if (terms.length) {
      // Each term as a prefix, all required: "y tuong so" ⇒ y:* & tuong:* & so:*.
      const query = terms.map((t) => `${t}:*`).join(' & ');
      parts.push({ [raw((a) => `${a}.search_vector @@ to_tsquery('simple', ?)`, [query])]: [] });
    }
  }
  if (where.status?.length) parts.push({ status: { $in: where.status } });
  if (where.fieldIds?.length) {
    const ids = where.fieldIds.map((id) => v.id('fieldIds', id, 'lĩnh vực'));
    v.throwIfInvalid();
    parts.push({
      [raw((a) => `${a}.id in (select idea_id from idea_field where field_id in (?))`, [ids])]: [],
    });
  }
  if (where.unitId) {
    v.id('unitId', where.unitId, 'đơn vị');
    parts.push({ unit: where.unitId });
  }
  if (where.campaignId) {
    v.id('campaignId', where.campaignId, 'phong trào');
    parts.push({ campaign: where.campaignId });
  }
  v.throwIfInvalid();
  if (where.channel) parts.push({ channel: where.channel });
  if (where.published === true) parts.push({ publishedAt: { $ne: null } });
  if (where.published === false) parts.push({ publishedAt: null });
  if (where.receivedFrom) parts.push({ receivedAt: { $gte: where.receivedFrom } });
  if (where.receivedBefore) parts.push({ receivedAt: { $lt: where.receivedBefore } });
  return parts;
}

/** A page of the ideas the viewer may see: keyset pagination, two statements at most. */
export async function listIdeas(
  ctx: Context,
  args: {
    where?: IdeaWhereInput | null;
    orderBy?: IdeaOrderByInput | null;
    first: number;
    after?: string | null;
  },
): Promise<Page<Idea>> {
  const first = checkPageSize(args.first);
  const field = args.orderBy?.field ?? IdeaOrderField.RECEIVED_AT;
  const dir = args.orderBy?.direction ?? SortDirection.DESC;
  const column = ORDER_COLUMN[field];
  const order = `${field}:${dir}`;
  // Raw fragments (search, field filter) are single-use, so each statement builds its own filter.
  const filterFor = (): FilterQuery<Idea>[] => {
    const parts = whereFor(ctx, args.where);
    if (field === IdeaOrderField.PUBLISHED_AT) parts.push({ publishedAt: { $ne: null } });
    return parts;
  };
  const filter = filterFor();
  if (args.after) {
    const { value, id } = decodeCursor(args.after, order);
    const at = new Date(value);
    const op = dir === SortDirection.DESC ? '$lt' : '$gt';
    filter.push({ $or: [{ [column]: { [op]: at } }, { [column]: at, id: { [op]: id } }] });
  }
  const sort = dir === SortDirection.DESC ? 'desc' : 'asc';
  const rows = await ctx.em.find(
    Idea,
    { $and: filter },
    { orderBy: [{ [column]: sort }, { id: sort }], limit: first + 1 },
  );
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(order, (n[column] as Date).toISOString(), n.id)),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    count: () => ctx.em.count(Idea, { $and: filterFor() }),
  };
}

export async function getIdea(ctx: Context, id: string): Promise<Idea | null> {
  if (!isUuid(id)) return null;
  return ctx.em.findOne(Idea, { $and: [{ id }, ideaReadFilter(ctx.viewer, ctx.tenant.id)] });
}

function contactMatches(person: Person, contact: string): boolean {
  const c = contact.trim();
  if (!c) return false;
  if (c.includes('@')) return !!person.email && person.email === normalizeEmail(c);
  const phone = normalizePhone(c);
  return !!phone && person.phone === phone;
}

/**
 * The author's view: found by tracking code plus the email or phone given at submission. The same
 * answer for a wrong code and a wrong contact, so neither can be probed alone.
 */
export async function trackIdea(
  ctx: Context,
  code: string,
  contact: string,
): Promise<IdeaTracking> {
  const notFound = new NotFoundError(
    'Không tìm thấy ý tưởng với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.',
  );
  const v = new Validator();
  if (!code?.trim()) v.add('code', 'Vui lòng nhập mã tra cứu.');
  if (!contact?.trim()) v.add('contact', 'Vui lòng nhập email hoặc số điện thoại đã dùng khi gửi.');
  v.throwIfInvalid();
  const idea = await ctx.em.findOne(Idea, { trackingCode: normalizeTrackingCode(code) });
  if (!idea) throw notFound;
  const authors = await ctx.em.find(
    Authorship,
    { idea: idea.id },
    { populate: ['person'], orderBy: { role: 'desc', createdAt: 'asc' } },
  );
  if (!authors.some((a) => contactMatches(a.person.getEntity(), contact))) throw notFound;

  const [events, responses] = await Promise.all([
    ctx.em.find(
      IdeaEvent,
      { idea: idea.id, isPublic: true },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    ctx.em.find(IdeaResponse, { idea: idea.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
  ]);
  return {
    trackingCode: idea.trackingCode,
    title: idea.title,
    status: idea.status,
    statusLabel: IDEA_STATUS_LABEL[idea.status],
    receivedAt: idea.receivedAt,
    digest: idea.digest,
    history: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.createdAt,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      note: e.publicNote ?? null,
      reason: null,
      actorName: null,
    })),
    responses: responses.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      sentAt: r.createdAt,
    })),
  };
}

export async function setIdeaPublished(
  ctx: Context,
  id: string,
  published: boolean,
): Promise<Idea> {
  assertAllowed(
    ctx.viewer,
    mayPublishIdeas(ctx.viewer),
    'Chỉ cơ quan đầu mối được công khai ý tưởng.',
  );
  const idea = await getIdea(ctx, id);
  if (!idea) throw new NotFoundError('Không tìm thấy ý tưởng.');
  const now = ctx.clock.now();
  if (Boolean(idea.publishedAt) === published) return idea;
  await ctx.em.transactional(async (tx) => {
    idea.publishedAt = published ? now : null;
    tx.create(IdeaEvent, {
      tenant: ctx.tenant.id,
      idea,
      kind: published ? IdeaEventKind.PUBLISHED : IdeaEventKind.UNPUBLISHED,
      actor: isStaff(ctx.viewer) ? ctx.viewer.userId : null,
      isPublic: false,
      createdAt: now,
    });
  });
  return idea;
}

/** Counters for the public home page and dashboards, in one statement. */
export async function ideaCounters(
  ctx: Context,
  campaignId?: string | null,
): Promise<IdeaCounters> {
  const params: unknown[] = [ctx.tenant.id];
  let extra = '';
  if (campaignId && isUuid(campaignId)) {
    params.push(campaignId);
    extra = ' and campaign_id = ?';
  }
  const [row] = await ctx.em.getConnection().execute<
    {
      received: string;
      answered: string;
      piloted: string;
      applied: string;
      scaled: string;
      published: string;
    }[]
  >(
    `select count(*) as received,
            count(*) filter (where status not in ('SUBMITTED', 'WITHDRAWN')) as answered,
            count(*) filter (where status in ('PILOTING', 'APPLIED', 'SCALED')) as piloted,
            count(*) filter (where status in ('APPLIED', 'SCALED')) as applied,
            count(*) filter (where status = 'SCALED') as scaled,
            count(*) filter (where published_at is not null) as published
       from idea where tenant_id = ?${extra}`,
    params,
  );
  return {
    received: Number(row?.received ?? 0),
    answered: Number(row?.answered ?? 0),
    piloted: Number(row?.piloted ?? 0),
    applied: Number(row?.applied ?? 0),
    scaled: Number(row?.scaled ?? 0),
    published: Number(row?.published ?? 0),
  };
}
