import {
  AssignIdeasDocument,
  CouncilChoicesDocument,
  FieldListDocument,
  FollowUpUnitsDocument,
  IdeaTriageDocument,
  ReopenIdeaDocument,
  SendIdeaMessageDocument,
  SetIdeaDueDateDocument,
  StaffMembersDocument,
  TransitionIdeaDocument,
  type Applicability,
  type Feasibility,
  type IdeaRoute,
  type IdeaStatus,
  type Maturity,
  type MissingInfo,
  type TransitionIdeaInput,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { apiFailure, localFailure, textOf, textsOf, oneOf } from '$lib/server/forms';
import {
  APPLICABILITIES,
  FEASIBILITIES,
  IDEA_ROUTES,
  MATURITIES,
  MISSING_INFOS,
  STATUS,
  STATUSES,
} from '$lib/i18n';
import { isHub } from '$lib/roles';
import { dueOn, parseDate } from '$lib/dates';
import { fittingCouncils } from '$lib/council';
import { t } from '$lib/messages';
import { decisionActions } from './decisions.server';
import type { Actions, PageServerLoad } from './$types';

const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Which form of the page a decision belongs to (its errors are shown there). */
function formFor(to: IdeaStatus): string {
  switch (to) {
    case 'NEEDS_INFO':
      return 'needsInfo';
    case 'DUPLICATE':
      return 'duplicate';
    case 'OUT_OF_SCOPE':
    case 'NOT_ELIGIBLE':
      return 'reject';
    case 'ACCEPTED':
      return 'accept';
    default:
      return 'route';
  }
}

/** Xử lý: the decisions, the current step and its due date, the assignee, the thread. */
export const load: PageServerLoad = async (event) => {
  const hub = isHub(event.locals.viewer);
  const none = Promise.resolve(null);
  const [{ idea }, staff, fields, units] = await Promise.all([
    gql(event, IdeaTriageDocument, { id: event.params.id }),
    hub ? gql(event, StaffMembersDocument) : none,
    hub ? gql(event, FieldListDocument) : none,
    hub ? gql(event, FollowUpUnitsDocument) : none,
  ]);
  const triage = idea!;
  // Moving to council review names the council: the ones whose scope covers the idea come first.
  const councils =
    hub && triage.nextStatuses.includes('UNDER_REVIEW')
      ? (await gql(event, CouncilChoicesDocument)).councils.filter((c) => c.active)
      : [];
  const fitting = fittingCouncils(councils, {
    campaignId: triage.campaign.id,
    fieldIds: triage.fields.map((f) => f.id),
  });
  return {
    idea: triage,
    councils: [...fitting, ...councils.filter((c) => !fitting.includes(c))].map((c) => ({
      id: c.id,
      name: c.name,
      fits: fitting.includes(c),
    })),
    mayTriage: hub,
    staff: staff?.staffMembers ?? [],
    fields: fields?.fields ?? [],
    units: units?.units ?? [],
  };
};

export const actions: Actions = {
  ...decisionActions,

  /** Every decision: request information, duplicate, refuse, accept, and the later routes. */
  transition: async (event) => {
    const data = await event.request.formData();
    const to = oneOf(textOf(data, 'to'), STATUSES);
    if (!to) return localFailure('route', {}, undefined, t('triage.noTarget'));
    const form = formFor(to);
    const values = {
      message: textOf(data, 'message'),
      internalNote: textOf(data, 'internalNote'),
      guidance: textOf(data, 'guidance'),
      missing: textsOf(data, 'missing'),
      duplicateOfId: textOf(data, 'duplicateOfId'),
      duplicateOther: textOf(data, 'duplicateOther'),
      fieldIds: textsOf(data, 'fieldIds'),
      maturity: textOf(data, 'maturity'),
      feasibility: textOf(data, 'feasibility'),
      applicability: textOf(data, 'applicability'),
      route: textOf(data, 'route'),
      dueAt: textOf(data, 'dueAt'),
      councilId: textOf(data, 'councilId'),
    };
    const input: TransitionIdeaInput = {
      ideaId: event.params.id,
      to,
      message: values.message || null,
      internalNote: values.internalNote || null,
    };
    const local: Record<string, string> = {};
    if (to === 'NEEDS_INFO') {
      input.missing = values.missing.filter((m): m is MissingInfo =>
        MISSING_INFOS.includes(m as MissingInfo),
      );
    } else if (to === 'DUPLICATE') {
      const typed = UUID_IN.exec(values.duplicateOther)?.[0];
      if (values.duplicateOther && !typed) local.duplicateOfId = t('triage.dup.badId');
      input.duplicateOfId = typed ?? (values.duplicateOfId || null);
    } else if (to === 'OUT_OF_SCOPE' || to === 'NOT_ELIGIBLE') {
      input.guidance = values.guidance || null;
    } else if (to === 'ACCEPTED') {
      const maturity = oneOf<Maturity>(values.maturity, MATURITIES);
      const feasibility = oneOf<Feasibility>(values.feasibility, FEASIBILITIES);
      const applicability = oneOf<Applicability>(values.applicability, APPLICABILITIES);
      const route = oneOf<IdeaRoute>(values.route, IDEA_ROUTES);
      if (!maturity) local.maturity = t('triage.accept.noMaturity');
      if (!feasibility) local.feasibility = t('triage.accept.noFeasibility');
      if (!applicability) local.applicability = t('triage.accept.noApplicability');
      if (!route) local.route = t('triage.accept.noRoute');
      if (!values.fieldIds.length) local.fieldIds = t('triage.accept.noFields');
      if (maturity && feasibility && applicability && route) {
        input.classification = {
          fieldIds: values.fieldIds,
          maturity,
          feasibility,
          applicability,
          route,
        };
      }
    }
    if (to === 'UNDER_REVIEW') input.councilId = values.councilId || null;
    if (form === 'route' && values.dueAt) {
      const date = parseDate(values.dueAt);
      if (!date) local.dueAt = t('triage.badDate');
      else input.dueAt = dueOn(date).toISOString();
    }
    if (Object.keys(local).length) return localFailure(form, local, values);
    try {
      await gql(event, TransitionIdeaDocument, { input });
      return { form, message: t('triage.moved', { status: STATUS[to] }) };
    } catch (err) {
      return apiFailure(err, form, values, event.url.pathname);
    }
  },

  /** The hub reopens an archived idea with a reason (its history keeps both steps). */
  reopen: async (event) => {
    const data = await event.request.formData();
    const values = { reason: textOf(data, 'reason') };
    try {
      await gql(event, ReopenIdeaDocument, { ideaId: event.params.id, reason: values.reason });
      return { form: 'reopen', message: t('reopen.done') };
    } catch (err) {
      return apiFailure(err, 'reopen', values, event.url.pathname);
    }
  },

  /** Sets or extends the due date of the current step (an extension needs a reason). */
  dueDate: async (event) => {
    const data = await event.request.formData();
    const values = { dueAt: textOf(data, 'dueAt'), reason: textOf(data, 'reason') };
    const date = parseDate(values.dueAt);
    if (!date) return localFailure('dueDate', { dueAt: t('triage.dueInvalid') }, values);
    try {
      await gql(event, SetIdeaDueDateDocument, {
        ideaId: event.params.id,
        dueAt: dueOn(date).toISOString(),
        reason: values.reason || null,
      });
      return { form: 'dueDate', message: t('triage.dueDone') };
    } catch (err) {
      return apiFailure(err, 'dueDate', values, event.url.pathname);
    }
  },

  assign: async (event) => {
    const data = await event.request.formData();
    const assigneeId = textOf(data, 'assigneeId');
    try {
      const { assignIdeas } = await gql(event, AssignIdeasDocument, {
        ideaIds: [event.params.id],
        assigneeId: assigneeId || null,
      });
      const who = assignIdeas[0]?.assignee?.fullName;
      return {
        form: 'assign',
        message: who ? t('triage.assign.done', { who }) : t('triage.assign.cleared'),
      };
    } catch (err) {
      return apiFailure(err, 'assign', { assigneeId }, event.url.pathname);
    }
  },

  /** A message to the author in the thread (delivered by email/SMS through the outbox). */
  message: async (event) => {
    const data = await event.request.formData();
    const body = textOf(data, 'body');
    if (!body) return localFailure('message', { body: t('triage.thread.noBody') });
    try {
      await gql(event, SendIdeaMessageDocument, { ideaId: event.params.id, body });
      return { form: 'message', message: t('triage.thread.sent') };
    } catch (err) {
      return apiFailure(err, 'message', { body }, event.url.pathname);
    }
  },
};
