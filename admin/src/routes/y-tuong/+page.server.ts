import { error } from '@sveltejs/kit';
import {
  AssignIdeasDocument,
  CouncilChoicesDocument,
  DeleteViewDocument,
  InboxDocument,
  InboxFiltersDocument,
  SaveViewDocument,
  StaffMembersDocument,
  TransitionIdeasDocument,
  type Channel,
  type IdeaStatus,
  type IdeaWhereInput,
} from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { apiFailure, localFailure, textOf, textsOf } from '$lib/server/forms';
import { STATUSES, CHANNEL, STATUS } from '$lib/i18n';
import { isHub } from '$lib/roles';
import { BULK_TARGETS, inboxSearch, type InboxQuery } from '$lib/inbox';
import { dueOn, parseDate } from '$lib/dates';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f-]{36}$/i;
const PAGE_SIZE = 25;
function readQuery(p: URLSearchParams): InboxQuery {
  return {
    q: p.get('q')?.trim() ?? '',
    status: p
      .getAll('trang-thai')
      .filter((s): s is IdeaStatus => STATUSES.includes(s as IdeaStatus)),
    unit: p.get('don-vi') ?? '',
    field: p.get('linh-vuc') ?? '',
    channel: p.get('kenh') ?? '',
    published: p.get('cong-khai') ?? '',
    overdue: p.get('qua-han') === 'co' ? 'co' : '',
    unassigned: p.get('chua-phan-cong') === 'co' ? 'co' : '',
    assignee: p.get('phu-trach') ?? '',
    after: p.get('sau') || null,
  };
}

/** Saved views hold the query string as key → values; only the inbox's own keys are kept. */
function savedFilters(raw: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string',
    );
    if (values.length && key !== 'sau') out[key] = values;
  }
  return out;
}

export const load: PageServerLoad = async (event) => {
  const query = readQuery(event.url.searchParams);
  const hub = isHub(event.locals.viewer);
  const where: IdeaWhereInput = {};
  if (query.q) where.search = query.q;
  if (query.status.length) where.status = query.status;
  if (UUID.test(query.unit)) where.unitId = query.unit;
  if (UUID.test(query.field)) where.fieldIds = [query.field];
  if (query.channel in CHANNEL) where.channel = query.channel as Channel;
  if (query.published === 'co') where.published = true;
  if (query.published === 'khong') where.published = false;
  if (query.overdue) where.overdue = true;
  if (query.unassigned) where.unassigned = true;
  if (UUID.test(query.assignee)) where.assigneeId = query.assignee;
  try {
    const [filters, inbox, staff, councils] = await Promise.all([
      gql(event, InboxFiltersDocument),
      gql(event, InboxDocument, { where, after: query.after, first: PAGE_SIZE }),
      hub ? gql(event, StaffMembersDocument) : Promise.resolve({ staffMembers: [] }),
      hub ? gql(event, CouncilChoicesDocument) : Promise.resolve({ councils: [] }),
    ]);
    return {
      filters: {
        ...filters,
        savedViews: filters.savedViews.map((v) => ({
          id: v.id,
          name: v.name,
          filters: savedFilters(v.filters),
        })),
      },
      inbox,
      staff: staff.staffMembers,
      councils: councils.councils.filter((c) => c.active).map((c) => ({ id: c.id, name: c.name })),
      query,
      mayTriage: hub,
    };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT')
      error(400, { message: err.message, code: err.code });
    throw err;
  }
};

export const actions: Actions = {
  /** One decision, or one assignment, for the ideas ticked in the list. */
  bulk: async (event) => {
    const data = await event.request.formData();
    const ids = [...new Set(textsOf(data, 'ids').filter((id) => UUID.test(id)))];
    const op = textOf(data, 'op');
    const titleOf = (id: string) => textOf(data, `title-${id}`) || id;
    if (!ids.length) {
      return localFailure('bulk', { ids: t('server.inbox.pickIdeas') });
    }
    if (op === 'assign') {
      const assigneeId = textOf(data, 'assigneeId');
      try {
        const { assignIdeas } = await gql(event, AssignIdeasDocument, {
          ideaIds: ids,
          assigneeId: assigneeId || null,
        });
        const who = assignIdeas[0]?.assignee?.fullName;
        return {
          form: 'bulk',
          message: who
            ? t('server.inbox.assigned', { n: assignIdeas.length, who })
            : t('server.inbox.unassigned', { n: assignIdeas.length }),
          results: assignIdeas.map((i) => ({
            ideaId: i.id,
            title: titleOf(i.id),
            ok: true,
            message: null as string | null,
          })),
        };
      } catch (err) {
        return apiFailure(err, 'bulk');
      }
    }
    if (op === 'transition') {
      const to = textOf(data, 'to') as IdeaStatus;
      if (!BULK_TARGETS.includes(to)) {
        return localFailure('bulk', { to: t('server.inbox.pickStatus') });
      }
      // Council review names the council (or the only one that fits) and its due date.
      const councilId = to === 'UNDER_REVIEW' ? textOf(data, 'councilId') || null : null;
      const dueText = textOf(data, 'dueAt');
      const due = dueText ? parseDate(dueText) : null;
      if (dueText && !due) {
        return localFailure('bulk', { dueAt: t('server.form.badDate') });
      }
      try {
        const { transitionIdeas } = await gql(event, TransitionIdeasDocument, {
          input: {
            ideaIds: ids,
            to,
            message: textOf(data, 'message') || null,
            councilId,
            dueAt: due ? dueOn(due).toISOString() : null,
          },
        });
        const done = transitionIdeas.filter((r) => r.ok).length;
        return {
          form: 'bulk',
          message: t('server.inbox.moved', {
            done,
            total: transitionIdeas.length,
            status: STATUS[to],
          }),
          results: transitionIdeas.map((r) => ({
            ideaId: r.ideaId,
            title: titleOf(r.ideaId),
            ok: r.ok,
            message: r.message,
          })),
        };
      } catch (err) {
        return apiFailure(err, 'bulk');
      }
    }
    return localFailure('bulk', {}, undefined, t('server.inbox.pickOp'));
  },

  /** Saves the filters now in the address under a name (the same name overwrites). */
  saveView: async (event) => {
    const data = await event.request.formData();
    const name = textOf(data, 'name');
    const filters = inboxSearch(readQuery(new URLSearchParams(textOf(data, 'filters')))).slice(1);
    if (!name) return localFailure('saveView', { name: t('server.inbox.viewName') });
    try {
      await gql(event, SaveViewDocument, { name, filters });
      return { form: 'saveView', message: t('server.inbox.viewSaved', { name }) };
    } catch (err) {
      return apiFailure(err, 'saveView', { name });
    }
  },

  deleteView: async (event) => {
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    try {
      await gql(event, DeleteViewDocument, { id });
      return { form: 'deleteView', message: t('server.inbox.viewDeleted') };
    } catch (err) {
      return apiFailure(err, 'deleteView');
    }
  },
};
