/**
 * Feedback and complaints about how an idea was received, judged or used (§V.1). Anyone files one
 * (the public site, the tracking page, or the hub for someone who came in person); the hub answers
 * by a due date (10 working days) or escalates it to a rights dispute. The list puts overdue ones
 * first.
 */
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayTriage } from '../common/access.js';
import { InvalidTransitionError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { normalizeEmail, normalizePhone } from '../common/text.js';
import { addWorkingDays, localDay } from '../common/vietnam-time.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { holidaysOf } from '../privacy/data-request.service.js';
import { resolvePeriod } from '../movement/kpi.service.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Dispute } from '../rights/rights.entity.js';
import { DisputeParty, RightsStatus } from '../rights/rights.enums.js';
import { FeedbackChannel, FeedbackStage, FeedbackStatus } from './feedback.enums.js';
import { HandlingFeedback } from './feedback.entity.js';

export const FEEDBACK_ANSWER_WORKING_DAYS = 10;

export interface FeedbackInput {
  trackingCode?: string | null;
  stage: FeedbackStage;
  body: string;
  name: string;
  contact: string;
}

export async function fileFeedback(ctx: Context, input: FeedbackInput): Promise<HandlingFeedback> {
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'họ và tên', required: true, min: 2, max: 200 });
  const raw = input.contact?.trim() ?? '';
  let contact: string | null = null;
  if (!raw) v.add('contact', 'Vui lòng nhập email hoặc số điện thoại để nhận trả lời.');
  else if (raw.includes('@')) contact = v.email('contact', raw);
  else contact = v.phone('contact', raw);
  const body = v.text('body', input.body, {
    label: 'nội dung phản ánh',
    required: true,
    min: 20,
    max: 5000,
    multiline: true,
  });
  const stranger = !isStaff(ctx.viewer);
  let idea: Idea | null = null;
  if (input.trackingCode?.trim()) {
    // A code that finds nothing counts as a failed tracking lookup (codes cannot be guessed here).
    if (stranger) await ctx.limits?.admitTracking(ctx.clientIp);
    idea = await ctx.em.findOne(Idea, {
      tenant: ctx.tenant.id,
      trackingCode: input.trackingCode.trim().toUpperCase(),
    });
    if (!idea) {
      if (stranger) await ctx.limits?.trackingFailed(ctx.clientIp);
      v.add('trackingCode', 'Không tìm thấy ý tưởng có mã này.');
    }
  }
  v.throwIfInvalid();
  // Strangers file within the submissions' limits per address and per contact.
  if (stranger && ctx.limits)
    await ctx.limits.admitSubmission({
      address: ctx.clientIp,
      partnerKeyId: ctx.partner?.keyId ?? null,
      contacts: [contact],
    });
  const now = ctx.clock.now();
  const holidays = await holidaysOf(ctx.em, ctx.tenant.id);
  const feedback = ctx.em.create(HandlingFeedback, {
    tenant: ctx.tenant.id,
    idea,
    stage: input.stage,
    channel: isStaff(ctx.viewer)
      ? FeedbackChannel.IN_PERSON
      : idea
        ? FeedbackChannel.TRACKING
        : FeedbackChannel.PUBLIC_SITE,
    body: body!,
    name: name!,
    contact: contact!.includes('@')
      ? normalizeEmail(contact!)
      : (normalizePhone(contact!) ?? contact!),
    dueAt: addWorkingDays(now, FEEDBACK_ANSWER_WORKING_DAYS, holidays),
    createdAt: now,
  });
  await ctx.em.flush();
  return feedback;
}

/** The hub's list: open ones first, overdue before the rest, then by due date. */
export async function listFeedback(ctx: Context): Promise<HandlingFeedback[]> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer), 'Chỉ cơ quan đầu mối xem phản ánh, kiến nghị.');
  const rows = await ctx.em.find(
    HandlingFeedback,
    { tenant: ctx.tenant.id },
    { orderBy: { dueAt: 'asc' }, limit: 500 },
  );
  const open = (f: HandlingFeedback) => f.status === FeedbackStatus.RECEIVED;
  return [...rows.filter(open), ...rows.filter((f) => !open(f))];
}

async function findForHub(ctx: Context, id: string): Promise<HandlingFeedback> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer), 'Chỉ cơ quan đầu mối trả lời phản ánh.');
  const f = isUuid(id)
    ? await ctx.em.findOne(HandlingFeedback, { id, tenant: ctx.tenant.id })
    : null;
  if (!f) throw new NotFoundError('Không tìm thấy phản ánh.');
  if (f.status !== FeedbackStatus.RECEIVED)
    throw new InvalidTransitionError('Phản ánh đã được trả lời hoặc đã chuyển thành tranh chấp.');
  return f;
}

export async function answerFeedback(
  ctx: Context,
  id: string,
  answer: string,
): Promise<HandlingFeedback> {
  const f = await findForHub(ctx, id);
  const v = new Validator();
  const text = v.text('answer', answer, {
    label: 'nội dung trả lời',
    required: true,
    max: 5000,
    multiline: true,
  });
  v.throwIfInvalid();
  const viewer = ctx.viewer as Extract<Context['viewer'], { kind: 'staff' }>;
  f.answer = text;
  f.answeredAt = ctx.clock.now();
  f.answeredBy = ctx.em.getReference(StaffUser, viewer.userId, { wrapped: true });
  f.status = FeedbackStatus.ANSWERED;
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.FEEDBACK_CHANGED,
    actor: auditActor(ctx.viewer),
    ideaId: f.idea?.id ?? null,
    details: { feedbackId: f.id, change: 'answered' },
    at: f.answeredAt,
  });
  // The answer goes to the contact the complainant gave, in the same transaction as the answer.
  const email = f.contact.includes('@') ? f.contact : null;
  await ctx.em.transactional(async (tx) => {
    tx.persist(f);
    await notifyAuthor(tx, {
      tenantId: ctx.tenant.id,
      ideaId: f.idea?.id ?? null,
      contact: { email, phone: email ? null : f.contact },
      subject: 'Trả lời phản ánh, kiến nghị của ông/bà',
      body: `Kính gửi ${f.name},\n\nCơ quan đầu mối trả lời phản ánh ngày ${dayOf(f.createdAt)} của ông/bà như sau:\n\n${text}`,
      smsBody: `Khơi Nguồn trả lời phản ánh ngày ${dayOf(f.createdAt)}: ${text!.slice(0, 250)}`,
      now: f.answeredAt!,
    });
  });
  return f;
}

const dayOf = (d: Date) => localDay(d).split('-').reverse().join('/');

/** A complaint that is in fact about who the idea belongs to becomes a rights dispute. */
export async function escalateFeedback(ctx: Context, id: string): Promise<HandlingFeedback> {
  const f = await findForHub(ctx, id);
  if (!f.idea)
    throw new InvalidTransitionError('Chỉ chuyển thành tranh chấp phản ánh gắn với một ý tưởng.');
  const idea = await ctx.em.findOneOrFail(Idea, { id: f.idea.id });
  const now = ctx.clock.now();
  const dispute = ctx.em.create(Dispute, {
    tenant: ctx.tenant.id,
    idea,
    party: DisputeParty.THIRD_PARTY,
    claimantName: f.name,
    claimantContact: f.contact,
    statement: f.body,
    evidenceIds: [],
    createdAt: now,
  });
  if (idea.rightsStatus !== RightsStatus.DISPUTED) {
    idea.rightsStatus = RightsStatus.DISPUTED;
    idea.rightsChangedAt = now;
  }
  f.dispute = ctx.em.getReference(Dispute, dispute.id, { wrapped: true });
  f.status = FeedbackStatus.ESCALATED;
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.FEEDBACK_CHANGED,
    actor: auditActor(ctx.viewer),
    ideaId: idea.id,
    details: { feedbackId: f.id, change: 'escalated', disputeId: dispute.id },
    at: now,
  });
  await ctx.em.flush();
  return f;
}

export interface FeedbackStats {
  received: number;
  answered: number;
  answeredOnTime: number;
  escalated: number;
  open: number;
  overdue: number;
}

/** Complaints received in a period and what became of them (the movement's KPIs, §V.1). */
export async function feedbackStats(
  ctx: Context,
  input: { year: number; phaseId?: string | null },
): Promise<FeedbackStats> {
  assertAllowed(ctx.viewer, mayTriage(ctx.viewer), 'Chỉ cơ quan đầu mối xem phản ánh, kiến nghị.');
  const period = await resolvePeriod(ctx, input);
  const [row] = await ctx.em.execute<
    {
      received: string;
      answered: string;
      on_time: string;
      escalated: string;
      open: string;
      overdue: string;
    }[]
  >(
    `select count(*) as received,
            count(*) filter (where status = 'ANSWERED') as answered,
            count(*) filter (where status = 'ANSWERED' and answered_at <= due_at) as on_time,
            count(*) filter (where status = 'ESCALATED') as escalated,
            count(*) filter (where status = 'RECEIVED') as open,
            count(*) filter (where status = 'RECEIVED' and due_at < ?) as overdue
       from handling_feedback
      where tenant_id = ? and created_at >= ? and created_at < ?`,
    [ctx.clock.now(), ctx.tenant.id, period.from, period.to],
  );
  return {
    received: Number(row?.received ?? 0),
    answered: Number(row?.answered ?? 0),
    answeredOnTime: Number(row?.on_time ?? 0),
    escalated: Number(row?.escalated ?? 0),
    open: Number(row?.open ?? 0),
    overdue: Number(row?.overdue ?? 0),
  };
}
