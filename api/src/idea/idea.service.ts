import { inLanguage } from '../common/messages.en.js';
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayPublishIdeas } from '../common/access.js';
import { ideaReadFilter } from './idea.access.js';
import { NotFoundError } from '../common/errors.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  SortDirection,
  type Page,
} from '../common/connection.js';
import { Validator, isUuid } from '../common/validate.js';
import { normalizeEmail, normalizePhone, searchTerms } from '../common/text.js';
import { publishIdeaEvent } from './idea.events.js';
import { audit } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { Person } from '../person/person.entity.js';
import { Authorship, Idea, IdeaEvent, IdeaMessage } from './idea.entity.js';
import { AuthorRole, IDEA_STATUS_LABEL, IdeaEventKind, MessageDirection } from './idea.enums.js';
import { IdeaOrderField, type IdeaOrderByInput, type IdeaWhereInput } from './idea.inputs.js';
import { normalizeTrackingCode } from './receipt.digest.js';
import { ideaSearch, ideaSearchSql, NO_MATCH_SQL } from './idea-search.js';
import { receiptDetails } from './receipt-details.js';
import { signTrackingToken } from './tracking-token.js';
import { assertRightsCleared, isCredited, isPubliclyVisible } from '../rights/rights.gate.js';
import { consentSummary } from '../rights/consent.view.js';
import { RIGHTS_STATUS_LABEL, RightsUse } from '../rights/rights.enums.js';
import { DataRequest } from '../privacy/data-request.entity.js';
import { DATA_REQUEST_KIND_LABEL } from '../privacy/data-request.enums.js';
import { Consent } from '../consent/consent.entity.js';
import type { IdeaCounters, IdeaTracking } from './idea.types.js';
import { vietnamYearRange } from '../common/vietnam-time.js';
import type { SelectionTree } from '../common/selection.js';
import {
  compileIdeaSelection,
  compileSingleIdea,
  ideaFromRow,
  ORDER_SQL,
  rawSelect,
} from './public-list.service.js';

const ORDER_COLUMN: Record<
  IdeaOrderField,
  'receivedAt' | 'updatedAt' | 'publishedAt' | 'honouredAt'
> = {
  RECEIVED_AT: 'receivedAt',
  UPDATED_AT: 'updatedAt',
  PUBLISHED_AT: 'publishedAt',
  HONOURED_AT: 'honouredAt',
};

function whereFor(
  ctx: Context,
  where: IdeaWhereInput | null | undefined,
  publishedAlready = false,
): FilterQuery<Idea>[] {
  const v = new Validator();
  const parts: FilterQuery<Idea>[] = [ideaReadFilter(ctx.viewer, ctx.tenant.id)];
  if (!where) return parts;
  if (where.search?.trim()) {
    const terms = searchTerms(where.search);
    const code = normalizeTrackingCode(where.search);
    if (isStaff(ctx.viewer) && /^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code)) {
      // Staff may type a tracking code into the same search box.
      const query = terms.map((t) => `${t}:*`).join(' & ') || 'x';
      parts.push({
        $or: [
          { trackingCode: code },
          { [raw((a) => `${a}.search_vector @@ to_tsquery('simple', ?)`, [query])]: [] },
        ],
      });
    } else {
      // Words of the idea or of its thôn/unit; a query without a word finds nothing.
      const search = ideaSearch(where.search);
      if (search === 'nothing') parts.push({ [raw(() => NO_MATCH_SQL)]: [] });
      else {
        // The placeholders are in a fixed order: collect the values once.
        const params: unknown[] = [];
        ideaSearchSql('i', search, ctx.tenant.id, (value) => String(params.push(value)));
        const sql = (a: string) => ideaSearchSql(a, search, ctx.tenant.id, () => '?');
        parts.push({ [raw((a) => sql(a), params)]: [] });
      }
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
    const unitId = v.id('unitId', where.unitId, 'đơn vị');
    v.throwIfInvalid();
    // The unit's own ideas and those of every unit merged into it (directly or down a chain).
    parts.push({
      [raw(
        (a) =>
          `${a}.unit_id in (with recursive m(id) as (select ?::uuid union select u.id from unit u join m on u.merged_into_id = m.id) select id from m)`,
        [unitId],
      )]: [],
    });
  }
  if (where.campaignId) {
    v.id('campaignId', where.campaignId, 'phong trào');
    parts.push({ campaign: where.campaignId });
  }
  v.throwIfInvalid();
  if (where.channel) parts.push({ channel: where.channel });
  if (where.published === true && !publishedAlready) parts.push({ publishedAt: { $ne: null } });
  if (where.published === false) parts.push({ publishedAt: null });
  if (where.receivedFrom) parts.push({ receivedAt: { $gte: where.receivedFrom } });
  if (where.receivedBefore) parts.push({ receivedAt: { $lt: where.receivedBefore } });
  if (where.assigneeId) {
    v.id('assigneeId', where.assigneeId, 'cán bộ');
    v.throwIfInvalid();
    parts.push({ assignee: where.assigneeId });
  }
  if (where.unassigned) parts.push({ assignee: null });
  if (where.honoured === true) parts.push({ honouredAt: { $ne: null } });
  if (where.honoured === false) parts.push({ honouredAt: null });
  if (where.year !== null && where.year !== undefined) {
    if (!Number.isInteger(where.year) || where.year < 2000 || where.year > 2100) {
      v.add('year', 'Năm không hợp lệ (từ 2000 đến 2100).');
      v.throwIfInvalid();
    }
    const { from, to } = vietnamYearRange(where.year);
    parts.push({ receivedAt: { $gte: from, $lt: to } });
  }
  if (where.overdue !== null && where.overdue !== undefined) {
    const now = ctx.clock.now();
    // An open, unpaused step whose due date (moved by the time spent waiting) has passed.
    parts.push({
      [raw(
        (a) =>
          `${where.overdue ? '' : 'not '}exists (select 1 from idea_step s where s.idea_id = ${a}.id and s.ended_at is null
             and s.paused_at is null and s.due_at is not null
             and s.due_at + (s.paused_ms * interval '1 millisecond') < ?)`,
        [now],
      )]: [],
    });
  }
  return parts;
}

/**
 * A page of the ideas the viewer may see: keyset pagination, two statements at most. With a
 * `selection` the public read path can answer (see `public-list.service.ts`), the page is one
 * statement returning plain rows with their relations, no entity hydrated.
 */
export async function listIdeas(
  ctx: Context,
  args: {
    where?: IdeaWhereInput | null;
    orderBy?: IdeaOrderByInput | null;
    first: number;
    after?: string | null;
  },
  selection?: SelectionTree | null,
): Promise<Page<Idea>> {
  const first = checkPageSize(args.first);
  const field = args.orderBy?.field ?? IdeaOrderField.RECEIVED_AT;
  const dir = args.orderBy?.direction ?? SortDirection.DESC;
  const column = ORDER_COLUMN[field];
  const order = `${field}:${dir}`;
  // The public filter already requires publication: saying it twice makes the planner
  // underestimate the rows (it multiplies the two selectivities).
  const publishedAlready = !isStaff(ctx.viewer);
  // Raw fragments (search, field filter) are single-use, so each statement builds its own filter.
  const filterFor = (): FilterQuery<Idea>[] => {
    const parts = whereFor(ctx, args.where, publishedAlready);
    if (field === IdeaOrderField.PUBLISHED_AT && !publishedAlready) {
      parts.push({ publishedAt: { $ne: null } });
    }
    if (field === IdeaOrderField.HONOURED_AT && args.where?.honoured !== true) {
      parts.push({ honouredAt: { $ne: null } });
    }
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
  const compiled = compileIdeaSelection(ctx, selection ?? null);
  let rows: Idea[];
  if (compiled) {
    const raws = await ctx.em
      .createQueryBuilder(Idea, 'i')
      .select(rawSelect('i', compiled.idea, ORDER_SQL[field]))
      .where({ $and: filter })
      .orderBy([{ [column]: sort }, { id: sort }])
      .limit(first + 1)
      .execute<Record<string, unknown>[]>('all', false);
    rows = raws.map((r) => ideaFromRow(r, compiled.idea));
  } else {
    rows = await ctx.em.find(
      Idea,
      { $and: filter },
      { orderBy: [{ [column]: sort }, { id: sort }], limit: first + 1 },
    );
  }
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(order, (n[column] as Date).toISOString(), n.id)),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    count: () => ctx.em.count(Idea, { $and: filterFor() }),
  };
}

/**
 * One idea the viewer may see. With a `selection` the public read path can answer (the idea page
 * of the public site, a partner's detail query), one statement returns the row with its fields,
 * unit and credited authors as JSON, no entity hydrated; otherwise the ORM loads it.
 */
export async function getIdea(
  ctx: Context,
  id: string,
  selection?: SelectionTree | null,
): Promise<Idea | null> {
  if (!isUuid(id)) return null;
  const filter: FilterQuery<Idea> = { $and: [{ id }, ideaReadFilter(ctx.viewer, ctx.tenant.id)] };
  // A partner's key for one unit opens that unit's ideas alone.
  if (ctx.partner?.unitId) filter.$and!.push({ unit: ctx.partner.unitId });
  const tree = compileSingleIdea(ctx, selection ?? null);
  if (tree) {
    const [row] = await ctx.em
      .createQueryBuilder(Idea, 'i')
      .select(rawSelect('i', tree))
      .where(filter)
      .limit(1)
      .execute<Record<string, unknown>[]>('all', false);
    return row ? ideaFromRow(row, tree) : null;
  }
  return ctx.em.findOne(Idea, filter);
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
export async function findIdeaForAuthor(
  ctx: Context,
  code: string,
  contact: string,
): Promise<{ idea: Idea; authorship: Authorship }> {
  // Guessing codes: an address with too many failed lookups waits before trying again.
  const limits = isStaff(ctx.viewer) ? null : ctx.limits;
  await limits?.admitTracking(ctx.clientIp);
  try {
    return await lookUpForAuthor(ctx, code, contact);
  } catch (err) {
    if (err instanceof NotFoundError) await limits?.trackingFailed(ctx.clientIp);
    throw err;
  }
}

async function lookUpForAuthor(
  ctx: Context,
  code: string,
  contact: string,
): Promise<{ idea: Idea; authorship: Authorship }> {
  const notFound = new NotFoundError(
    'Không tìm thấy ý tưởng với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.',
  );
  const v = new Validator();
  if (!code?.trim()) v.add('code', 'Vui lòng nhập mã tra cứu.');
  if (!contact?.trim()) v.add('contact', 'Vui lòng nhập email hoặc số điện thoại đã dùng khi gửi.');
  v.throwIfInvalid();
  // Only this commune's ideas: a tracking code of another commune is not found on its site.
  const idea = await ctx.em.findOne(Idea, {
    tenant: ctx.tenant.id,
    trackingCode: normalizeTrackingCode(code),
  });
  if (!idea) throw notFound;
  const authors = await ctx.em.find(
    Authorship,
    { idea: idea.id },
    { populate: ['person'], orderBy: { role: 'desc', share: 'desc' } },
  );
  // Any credited author may follow the idea with their own contact; pending co-authors confirm first.
  const me = authors.find(
    (a) =>
      isCredited(a) &&
      !a.person.getEntity().anonymisedAt &&
      contactMatches(a.person.getEntity(), contact),
  );
  if (!me) throw notFound;
  return { idea, authorship: me };
}

/** What the tracking page shows, for an idea whose author has been identified. */
export async function trackingView(
  ctx: Context,
  idea: Idea,
  me: Authorship,
): Promise<IdeaTracking> {
  const [events, messages, authors, requests] = await Promise.all([
    ctx.em.find(
      IdeaEvent,
      { idea: idea.id, isPublic: true },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    ctx.em.find(IdeaMessage, { idea: idea.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    ctx.em.find(Authorship, { idea: idea.id }, { populate: ['person'] }),
    ctx.em.find(
      DataRequest,
      { person: me.person.id },
      { orderBy: { receivedAt: 'desc', id: 'asc' } },
    ),
  ]);
  const consents = await ctx.em.find(
    Consent,
    { authorship: { $in: authors.map((a) => a.id) } },
    { orderBy: { givenAt: 'asc' } },
  );
  const toMessage = (m: IdeaMessage) => ({
    id: m.id,
    kind: m.kind,
    direction: m.direction,
    body: m.body,
    sentAt: m.createdAt,
    missing: m.missing ?? [],
  });
  const toAuthor = (a: Authorship) => ({
    id: a.id,
    role: a.role,
    share: a.share,
    fullName: a.person.getEntity().fullName,
    isMe: a.id === me.id,
    confirmed: Boolean(a.confirmedAt),
    declined: Boolean(a.declinedAt),
    isMinor: a.isMinor,
    consents:
      a.id === me.id
        ? consentSummary(
            a,
            consents.filter((c) => c.authorship.id === a.id),
          )
        : [],
  });
  const sorted = [...authors].sort(
    (a, b) =>
      Number(b.role === AuthorRole.LEAD) - Number(a.role === AuthorRole.LEAD) || b.share - a.share,
  );
  const mine = sorted.find((a) => a.id === me.id) ?? me;
  return {
    trackingCode: idea.trackingCode,
    title: idea.title,
    status: idea.status,
    statusLabel: IDEA_STATUS_LABEL[idea.status],
    receivedAt: idea.receivedAt,
    digest: idea.digest,
    revision: idea.revision,
    content: {
      title: idea.title,
      problem: idea.problem,
      solution: idea.solution,
      benefit: idea.benefit,
      requirements: idea.requirements ?? null,
      confidential: idea.confidential ?? null,
    },
    history: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.createdAt,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      note: inLanguage(ctx.lang, e.publicNote ?? null),
      reason: null,
      actorName: null,
    })),
    responses: messages.filter((m) => m.direction === MessageDirection.TO_AUTHOR).map(toMessage),
    thread: messages.map(toMessage),
    token: signTrackingToken(
      ctx.config.secret,
      { ideaId: idea.id, authorshipId: me.id },
      ctx.clock.now(),
    ),
    me: toAuthor(mine),
    authors: sorted.filter((a) => !a.declinedAt).map(toAuthor),
    rightsStatus: idea.rightsStatus,
    rightsStatusLabel: RIGHTS_STATUS_LABEL[idea.rightsStatus],
    origin: idea.originDeclaredAt
      ? {
          ownWork: Boolean(idea.originOwnWork),
          sources: idea.originSources ?? null,
          declaredAt: idea.originDeclaredAt,
        }
      : null,
    publiclyVisible: isPubliclyVisible(
      idea,
      authors.map((a) => ({
        authorship: a,
        consents: consents.filter((c) => c.authorship.id === a.id),
      })),
    ),
    ...(await receiptDetails(ctx.em, idea, ctx.clock.now())),
    dataRequests: requests.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: DATA_REQUEST_KIND_LABEL[r.kind],
      status: r.status,
      receivedAt: r.receivedAt,
      dueAt: r.dueAt,
      outcome: r.outcome ?? null,
      data: r.result ?? null,
    })),
  };
}

export async function trackIdea(
  ctx: Context,
  code: string,
  contact: string,
): Promise<IdeaTracking> {
  const { idea, authorship } = await findIdeaForAuthor(ctx, code, contact);
  return trackingView(ctx, idea, authorship);
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
  if (published) await assertRightsCleared(ctx.em, idea, RightsUse.PUBLISH);
  await ctx.em.transactional(async (tx) => {
    idea.publishedAt = published ? now : null;
    const actor = isStaff(ctx.viewer) ? { id: ctx.viewer.userId, name: ctx.viewer.fullName } : null;
    tx.create(IdeaEvent, {
      tenant: ctx.tenant.id,
      idea,
      kind: published ? IdeaEventKind.PUBLISHED : IdeaEventKind.UNPUBLISHED,
      actor: actor?.id ?? null,
      isPublic: false,
      createdAt: now,
    });
    if (actor) {
      audit(tx, {
        tenantId: ctx.tenant.id,
        action: published ? AuditAction.IDEA_PUBLISHED : AuditAction.IDEA_UNPUBLISHED,
        actor,
        ideaId: idea.id,
        at: now,
      });
    }
    await tx.flush();
    await publishIdeaEvent(tx, {
      type: 'UPDATED',
      tenantId: ctx.tenant.id,
      ideaId: idea.id,
      unitId: idea.unit?.id ?? null,
      receptionPointId: idea.receptionPoint?.id ?? null,
      status: idea.status,
      at: now.toISOString(),
    });
  });
  return idea;
}

/**
 * Counters for the public home page and dashboards, in one statement: an index-only scan of
 * `idea_counters_index`; "published" is the public read model (`public_visible`, kept by triggers
 * with the rights and consent rules).
 */
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
  const [row] = await ctx.em.execute<
    {
      received: string;
      answered: string;
      eligible: string;
      avg_hours: string | null;
      piloted: string;
      applied: string;
      scaled: string;
      published: string;
      honoured: string;
    }[]
  >(
    `select count(*) as received,
            count(*) filter (where responded_at is not null and status <> 'WITHDRAWN') as answered,
            count(*) filter (where status <> 'WITHDRAWN') as eligible,
            avg(extract(epoch from responded_at - received_at) / 3600)
              filter (where responded_at is not null) as avg_hours,
            count(*) filter (where status in ('PILOTING', 'APPLIED', 'SCALED')) as piloted,
            count(*) filter (where status in ('APPLIED', 'SCALED')) as applied,
            count(*) filter (where status = 'SCALED') as scaled,
            count(*) filter (where public_visible) as published,
            count(*) filter (where honoured_at is not null and public_visible) as honoured
       from idea where tenant_id = ?${extra}`,
    params,
  );
  const eligible = Number(row?.eligible ?? 0);
  return {
    received: Number(row?.received ?? 0),
    answered: Number(row?.answered ?? 0),
    responseRate: eligible ? Number(row?.answered ?? 0) / eligible : null,
    averageResponseHours:
      row?.avg_hours == null ? null : Math.round(Number(row.avg_hours) * 10) / 10,
    piloted: Number(row?.piloted ?? 0),
    applied: Number(row?.applied ?? 0),
    scaled: Number(row?.scaled ?? 0),
    published: Number(row?.published ?? 0),
    honoured: Number(row?.honoured ?? 0),
  };
}
