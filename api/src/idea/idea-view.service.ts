import { inLanguage } from '../common/messages.en.js';
/**
 * What an idea shows, field by field, to the viewer asking: the public sees credited authors and
 * public history; staff working on the idea see contacts, the thread, revisions, files and steps;
 * council members reviewing it see the authors' names and the supporting files. Lists are read
 * through the request's loaders, so a page of ideas costs one query per field, not one per idea.
 */
import type { Context } from '../context.js';
import {
  isStaff,
  mayReadInternalHistory,
  mayReadPersonalData,
  mayTriage,
  reviewedIdeaIds,
  seesWholeTenant,
} from '../common/access.js';
import { authLoaders } from '../auth/auth.loaders.js';
import { consentLoaders } from '../consent/consent.loaders.js';
import { ConsentKind } from '../consent/consent.enums.js';
import { Attachment, REVIEWER_FILE_KINDS } from '../attachment/attachment.entity.js';
import type { Review } from '../council/council.entity.js';
import type { IdeaField } from '../field/field.entity.js';
import type { SupportPlan } from '../support/support.entity.js';
import { hasConsent, isCredited } from '../rights/rights.gate.js';
import { consentRecords, consentSummary } from '../rights/consent.view.js';
import type { ConsentRecord, ConsentSummary } from '../rights/rights.types.js';
import type { Idea } from './idea.entity.js';
import { AuthorRole, IdeaStatus } from './idea.enums.js';
import { TRANSITIONS } from './idea.workflow.js';
import { ideaLoaders } from './idea.loaders.js';
import type { Author, IdeaHistoryEntry, ThreadMessage } from './idea.types.js';
import type { IdeaRevisionView, IdeaStepInfo, SimilarIdea, StaffMember } from './triage.types.js';
import { similarIdeas } from './triage.service.js';
import { effectiveDue, isOverdue } from './step.clock.js';

export const ANONYMOUS_AUTHOR = 'Tác giả ẩn danh';

/** What the public sees of a credited author besides the name. */
export const PUBLIC_AUTHOR = {
  id: null,
  personId: null,
  contact: null,
  confirmed: true,
  declined: false,
  invitationPending: false,
  invitationExpiresAt: null,
  isMinor: false,
  restricted: false,
  anonymised: false,
  guardian: null,
  guardianRelation: null,
  consentSummary: null,
  consents: null,
};

/** The ideas the viewer reviews on a council, read once per request (list views ask per idea). */
function reviewedByViewer(ctx: Context): Promise<Set<string>> {
  return ctx.loaders.memo('reviewedIdeaIds', () => reviewedIdeaIds(ctx.em, ctx.viewer));
}

export function ideaTrackingCode(ctx: Context, idea: Idea): string | null {
  return mayReadPersonalData(ctx.viewer, idea) ? idea.trackingCode : null;
}

export async function ideaAuthors(ctx: Context, idea: Idea): Promise<Author[]> {
  const all = [...(await idea.authorships.load({ dataloader: true }))].sort(
    (a, b) =>
      Number(b.role === AuthorRole.LEAD) - Number(a.role === AuthorRole.LEAD) ||
      b.share - a.share ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const staffView = mayReadPersonalData(ctx.viewer, idea);
  const shown = staffView ? all : all.filter(isCredited);
  const people = await Promise.all(shown.map((a) => a.person.load({ dataloader: true })));
  if (!staffView) {
    // A council member reviewing the idea needs the names to declare conflicts of interest;
    // anyone else sees the names only of authors who allowed it (a minor's guardian too).
    const reviewer = (await reviewedByViewer(ctx)).has(idea.id);
    if (reviewer) await ctx.personalData.record(idea.id);
    const consents = await Promise.all(
      shown.map((a) => consentLoaders(ctx).consentsByAuthorship.load(a.id)),
    );
    return shown.map((a, i) => {
      const p = people[i]!;
      const named = reviewer || hasConsent(a, consents[i]!, ConsentKind.SHOW_NAME);
      return {
        ...PUBLIC_AUTHOR,
        role: a.role,
        kind: p.kind,
        share: a.share,
        displayName: named && !p.anonymisedAt ? p.fullName : ANONYMOUS_AUTHOR,
      };
    });
  }
  const [guardians] = await Promise.all([
    Promise.all(shown.map((a) => (a.guardian ? a.guardian.load({ dataloader: true }) : null))),
    ctx.personalData.record(idea.id),
  ]);
  // A person who restricted processing: only the hub still sees how to reach them.
  const hub = seesWholeTenant(ctx.viewer);
  return shown.map((a, i) => {
    const p = people[i]!;
    const g = guardians[i];
    const hidden = Boolean(p.restrictedAt) && !hub;
    return {
      id: a.id,
      role: a.role,
      kind: p.kind,
      share: a.share,
      displayName: p.fullName,
      confirmed: Boolean(a.confirmedAt),
      personId: p.id,
      declined: Boolean(a.declinedAt),
      invitationPending: Boolean(a.invitationHash),
      invitationExpiresAt: a.invitationHash ? (a.invitationExpiresAt ?? null) : null,
      isMinor: a.isMinor,
      restricted: Boolean(p.restrictedAt),
      anonymised: Boolean(p.anonymisedAt),
      contact: hidden
        ? null
        : {
            fullName: p.fullName,
            email: p.email ?? null,
            phone: p.phone ?? null,
            address: p.address ?? null,
          },
      guardian:
        g && !hidden
          ? {
              fullName: g.fullName,
              email: g.email ?? null,
              phone: g.phone ?? null,
              address: null,
            }
          : null,
      guardianRelation: a.guardianRelation ?? null,
      consentSummary: null,
      consents: null,
      authorship: a,
    };
  });
}

export async function ideaHistory(ctx: Context, idea: Idea): Promise<IdeaHistoryEntry[]> {
  const internal = mayReadInternalHistory(ctx.viewer, idea);
  const events = (await ideaLoaders(ctx).eventsByIdea.load(idea.id)).filter(
    (e) => internal || e.isPublic,
  );
  const names = internal
    ? await Promise.all(
        events.map((e) => (e.actor ? authLoaders(ctx).staffNames.load(e.actor.id) : null)),
      )
    : [];
  return events.map((e, i) => ({
    id: e.id,
    kind: e.kind,
    at: e.createdAt,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    note: inLanguage(ctx.lang, e.publicNote ?? null),
    reason: internal ? (e.reason ?? null) : null,
    actorName: internal ? (names[i] ?? null) : null,
  }));
}

export async function ideaThread(ctx: Context, idea: Idea): Promise<ThreadMessage[] | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  const rows = await ideaLoaders(ctx).messagesByIdea.load(idea.id);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    direction: r.direction,
    body: r.body,
    sentAt: r.createdAt,
    missing: r.missing ?? [],
  }));
}

export async function ideaRevisions(ctx: Context, idea: Idea): Promise<IdeaRevisionView[] | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  const loaders = ideaLoaders(ctx);
  const rows = await loaders.revisionsByIdea.load(idea.id);
  const fieldIds = [...new Set(rows.flatMap((r) => r.fieldIds))];
  const fields = await Promise.all(fieldIds.map((id) => loaders.fieldById.load(id)));
  const byId = new Map(fieldIds.map((id, i) => [id, fields[i]]));
  return rows.map((r) => ({
    number: r.number,
    source: r.source,
    createdAt: r.createdAt,
    title: r.title,
    problem: r.problem,
    solution: r.solution,
    benefit: r.benefit,
    requirements: r.requirements ?? null,
    maturity: r.maturity,
    fields: r.fieldIds.map((id) => byId.get(id)).filter((f): f is IdeaField => Boolean(f)),
    note: r.note ?? null,
    digest: r.digest,
  }));
}

export async function ideaAttachments(ctx: Context, idea: Idea): Promise<Attachment[] | null> {
  if (mayReadInternalHistory(ctx.viewer, idea))
    return ideaLoaders(ctx).attachmentsByIdea.load(idea.id);
  // Council members reviewing the idea get its supporting documents (not the signed forms).
  if (!(await reviewedByViewer(ctx)).has(idea.id)) return null;
  const rows = await ideaLoaders(ctx).attachmentsByIdea.load(idea.id);
  return rows.filter((a) => REVIEWER_FILE_KINDS.includes(a.kind));
}

export async function ideaCurrentStep(ctx: Context, idea: Idea): Promise<IdeaStepInfo | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  const step = await ideaLoaders(ctx).openStepByIdea.load(idea.id);
  if (!step) return null;
  const now = ctx.clock.now();
  return {
    status: step.status,
    startedAt: step.startedAt,
    dueAt: effectiveDue(step, now),
    pausedAt: step.pausedAt ?? null,
    overdue: isOverdue(step, now),
  };
}

export async function ideaDuplicateOf(ctx: Context, idea: Idea): Promise<Idea | null> {
  if (!idea.duplicateOf) return null;
  return ideaLoaders(ctx).visibleIdeaById.load(idea.duplicateOf.id);
}

/** Similar earlier ideas (a similarity search of its own, asked on one idea's page). */
export async function ideaSimilar(
  ctx: Context,
  idea: Idea,
  first: number,
): Promise<SimilarIdea[] | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  const rows = await similarIdeas(ctx.em, idea, Math.min(Math.max(first, 1), 20));
  const found = await Promise.all(rows.map((r) => ideaLoaders(ctx).visibleIdeaById.load(r.id)));
  return rows.flatMap((r, i) => (found[i] ? [{ idea: found[i], score: r.score }] : []));
}

export async function ideaAssignee(ctx: Context, idea: Idea): Promise<StaffMember | null> {
  if (!idea.assignee || !isStaff(ctx.viewer)) return null;
  const name = await authLoaders(ctx).staffNames.load(idea.assignee.id);
  return name ? { id: idea.assignee.id, fullName: name, unitName: null } : null;
}

export async function ideaReviews(ctx: Context, idea: Idea): Promise<Review[] | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  return ideaLoaders(ctx).reviewsByIdea.load(idea.id);
}

export async function ideaSupportPlans(ctx: Context, idea: Idea): Promise<SupportPlan[] | null> {
  if (!mayReadInternalHistory(ctx.viewer, idea)) return null;
  return ideaLoaders(ctx).supportPlansByIdea.load(idea.id);
}

export function ideaNextStatuses(ctx: Context, idea: Idea): IdeaStatus[] {
  if (!mayTriage(ctx.viewer) || !mayReadInternalHistory(ctx.viewer, idea)) return [];
  // While a council reviews the idea, its chair decides the next step, not the hub.
  if (idea.status === IdeaStatus.UNDER_REVIEW) return [];
  return TRANSITIONS[idea.status].filter((s) => s !== IdeaStatus.WITHDRAWN);
}

export function viewerWorksOnIdea(ctx: Context, idea: Idea): boolean {
  return isStaff(ctx.viewer) && mayReadInternalHistory(ctx.viewer, idea);
}

/** Consent fields of a staff view of an author, batched across the page only when selected. */
export async function authorConsentSummary(
  ctx: Context,
  author: Author,
): Promise<ConsentSummary[] | null> {
  if (!author.authorship) return null;
  const rows = await consentLoaders(ctx).consentsByAuthorship.load(author.authorship.id);
  return consentSummary(author.authorship, rows);
}

export async function authorConsents(
  ctx: Context,
  author: Author,
): Promise<ConsentRecord[] | null> {
  if (!author.authorship) return null;
  return consentRecords(await consentLoaders(ctx).consentsByAuthorship.load(author.authorship.id));
}
