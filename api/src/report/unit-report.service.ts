/**
 * Units report to the hub on the schedule the hub sets (§V.2, §VII): each report is pre-filled
 * from the data of its period (ideas, responses, pilots, activities, spending), the unit adds its
 * narrative, difficulties and proposals and sends it; the hub returns it with comments or accepts
 * it. Units are reminded before the due date; the hub sees who is late.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { Context } from '../context.js';
import {
  assertAllowed,
  hasRole,
  mayActForUnit,
  mayManageMovement,
  movementUnitScope,
} from '../common/access.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { Role } from '../common/roles.js';
import { isUuid, Validator } from '../common/validate.js';
import { localDay } from '../common/vietnam-time.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { queueStaffEmail } from '../auth/invitation.service.js';
import { Unit } from '../unit/unit.entity.js';
import { aggregate, loadFacts, type Facts, type Period } from '../movement/kpi.service.js';
import { unitSpending } from '../funding/funding.service.js';
import type { CronTask } from '../jobs/job.runner.js';
import type { Clock } from '../context.js';
import { KpiDimension } from '../movement/movement.enums.js';
import {
  ReportSchedule,
  UnitReport,
  UnitReportReminder,
  type UnitReportFigures,
} from './report.entity.js';
import { ReportFrequency, UnitReportStatus } from './report.enums.js';
import {
  addDays,
  dueOn,
  periodContaining,
  periodStartingAt,
  previousPeriod,
  recentPeriods,
  type ReportPeriod,
} from './report-periods.js';

export const DEFAULT_SCHEDULE = {
  frequency: ReportFrequency.QUARTERLY,
  dueDays: 10,
  remindDays: 3,
};

export interface Schedule {
  frequency: ReportFrequency;
  dueDays: number;
  remindDays: number;
}

export async function scheduleOf(em: EntityManager, tenantId: string): Promise<Schedule> {
  const row = await em.findOne(ReportSchedule, { tenant: tenantId });
  return row
    ? { frequency: row.frequency, dueDays: row.dueDays, remindDays: row.remindDays }
    : { ...DEFAULT_SCHEDULE };
}

export async function setReportSchedule(ctx: Context, input: Schedule): Promise<Schedule> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối đặt lịch báo cáo của các đơn vị.',
  );
  const v = new Validator();
  if (!Number.isInteger(input.dueDays) || input.dueDays < 1 || input.dueDays > 60)
    v.add('dueDays', 'Hạn nộp là từ 1 đến 60 ngày sau khi kết thúc kỳ.');
  if (!Number.isInteger(input.remindDays) || input.remindDays < 0 || input.remindDays > 30)
    v.add('remindDays', 'Nhắc trước từ 0 đến 30 ngày.');
  v.throwIfInvalid();
  const row =
    (await ctx.em.findOne(ReportSchedule, { tenant: ctx.tenant.id })) ??
    ctx.em.create(ReportSchedule, {
      tenant: ctx.tenant.id,
      ...input,
      createdAt: ctx.clock.now(),
    });
  Object.assign(row, input);
  await ctx.em.flush();
  return input;
}

/** A custom period for the movement's figures (first day, day after the last). */
export function factsPeriod(p: ReportPeriod): Period {
  const to = addDays(p.to, 1);
  return {
    year: Number(p.from.slice(0, 4)),
    phaseId: null,
    key: `${p.from}..${p.to}`,
    label: p.label,
    from: new Date(`${p.from}T00:00:00+07:00`),
    to: new Date(`${to}T00:00:00+07:00`),
    fromDay: p.from,
    toDay: to,
  };
}

/** One unit's figures for a period (the demo data, and reports made outside a request). */
export async function computeUnitFigures(
  ctx: Pick<Context, 'em' | 'tenant'>,
  unitId: string,
  p: ReportPeriod,
): Promise<UnitReportFigures> {
  return (await unitFigures(ctx, await loadFacts(ctx, factsPeriod(p)), p))(unitId);
}

/**
 * Every unit's figures in a period from one load of the facts, one grouping and one spending
 * query: ideas of a merged unit and money spent for it count for the unit it joined.
 */
async function unitFigures(
  ctx: Pick<Context, 'em' | 'tenant'>,
  facts: Facts,
  p: ReportPeriod,
): Promise<(unitId: string) => UnitReportFigures> {
  const buckets = aggregate(facts, KpiDimension.UNIT);
  const spent = await unitSpending(ctx, p);
  const spending = new Map<string, number>();
  for (const [unitId, amount] of spent) {
    const root = facts.units.get(unitId)?.root ?? unitId;
    spending.set(root, (spending.get(root) ?? 0) + amount);
  }
  return (unitId) => {
    const b = buckets.get(unitId)?.figures;
    return {
      received: b?.received ?? 0,
      eligible: b?.eligible ?? 0,
      answered: b?.answered ?? 0,
      responseRate: b?.responseRate ?? null,
      accepted: b?.accepted ?? 0,
      supported: b?.supported ?? 0,
      pilots: b?.pilots ?? 0,
      applications: b?.applications ?? 0,
      scalings: b?.scalings ?? 0,
      honours: b?.honours ?? 0,
      participants: b?.participants ?? 0,
      activities: b?.activities ?? 0,
      audience: b?.audience ?? 0,
      spending: spending.get(unitId) ?? 0,
    };
  };
}

export interface UnitReportView {
  id: string | null;
  unitId: string;
  unitName: string;
  period: ReportPeriod & { dueOn: string };
  dueOn: string;
  status: UnitReportStatus;
  late: boolean;
  figures: UnitReportFigures;
  narrative: string;
  difficulties: string;
  proposals: string;
  hubComment: string | null;
  submittedAt: Date | null;
  submittedByName: string | null;
  decidedAt: Date | null;
}

const SENT = [UnitReportStatus.SUBMITTED, UnitReportStatus.ACCEPTED];

function view(
  unit: { id: string; name: string },
  p: ReportPeriod,
  due: string,
  today: string,
  report: UnitReport | null,
  live: UnitReportFigures,
): UnitReportView {
  const status = report?.status ?? UnitReportStatus.NOT_STARTED;
  return {
    id: report?.id ?? null,
    unitId: unit.id,
    unitName: unit.name,
    period: { ...p, dueOn: due },
    dueOn: due,
    status,
    // Late: the due day has passed and nothing is with the hub (returned counts as not sent).
    late: today > due && !SENT.includes(status),
    figures: report && SENT.includes(status) && report.figures ? report.figures : live,
    narrative: report?.narrative ?? '',
    difficulties: report?.difficulties ?? '',
    proposals: report?.proposals ?? '',
    hubComment: report?.hubComment ?? null,
    submittedAt: report?.submittedAt ?? null,
    submittedByName: report?.submittedBy?.isInitialized()
      ? report.submittedBy.getEntity().fullName
      : null,
    decidedAt: report?.decidedAt ?? null,
  };
}

async function periodFrom(ctx: Context, from: string): Promise<{ p: ReportPeriod; s: Schedule }> {
  const s = await scheduleOf(ctx.em, ctx.tenant.id);
  const p = periodStartingAt(s.frequency, from);
  if (!p) {
    const v = new Validator();
    v.add('periodFrom', 'Kỳ báo cáo không hợp lệ với lịch báo cáo hiện hành.');
    v.throwIfInvalid();
  }
  return { p: p!, s };
}

/** The periods to pick from (newest first) and the schedule. */
export async function reportPeriods(
  ctx: Context,
): Promise<{ schedule: Schedule; periods: (ReportPeriod & { dueOn: string })[] }> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer) || hasRole(ctx.viewer, Role.UNIT_HEAD),
    'Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem kỳ báo cáo.',
  );
  const schedule = await scheduleOf(ctx.em, ctx.tenant.id);
  const today = localDay(ctx.clock.now());
  return {
    schedule,
    periods: recentPeriods(schedule.frequency, today, 4).map((p) => ({
      ...p,
      dueOn: dueOn(p, schedule.dueDays),
    })),
  };
}

/** One unit's report for a period: as saved, or a fresh one pre-filled from the data. */
export async function unitReport(
  ctx: Context,
  unitId: string,
  from: string,
): Promise<UnitReportView> {
  const allowed = isUuid(unitId) && mayActForUnit(ctx.viewer, unitId);
  assertAllowed(
    ctx.viewer,
    allowed && (mayManageMovement(ctx.viewer) || hasRole(ctx.viewer, Role.UNIT_HEAD)),
    'Bạn chỉ xem được báo cáo của đơn vị mình.',
  );
  const unit = await ctx.em.findOne(Unit, { id: unitId, tenant: ctx.tenant.id });
  if (!unit) throw new NotFoundError('Đơn vị không tồn tại.');
  const { p, s } = await periodFrom(ctx, from);
  const report = await ctx.em.findOne(
    UnitReport,
    { unit: unitId, periodFrom: p.from, periodTo: p.to },
    { populate: ['submittedBy'] },
  );
  const facts = await loadFacts(ctx, factsPeriod(p));
  const live = (await unitFigures(ctx, facts, p))(unitId);
  return view(unit, p, dueOn(p, s.dueDays), localDay(ctx.clock.now()), report, live);
}

/** Every active unit's report for a period, late ones first: the hub's board. */
export async function unitReportBoard(ctx: Context, from: string): Promise<UnitReportView[]> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), 'Chỉ cơ quan đầu mối xem bảng báo cáo.');
  const { p, s } = await periodFrom(ctx, from);
  const [units, reports, facts] = await Promise.all([
    ctx.em.find(
      Unit,
      { tenant: ctx.tenant.id, active: true, mergedInto: null },
      { orderBy: { name: 'asc' } },
    ),
    ctx.em.find(
      UnitReport,
      { tenant: ctx.tenant.id, periodFrom: p.from, periodTo: p.to },
      { populate: ['submittedBy'] },
    ),
    loadFacts(ctx, factsPeriod(p)),
  ]);
  const byUnit = new Map(reports.map((r) => [r.unit.id, r]));
  const today = localDay(ctx.clock.now());
  const due = dueOn(p, s.dueDays);
  const figures = await unitFigures(ctx, facts, p);
  return units
    .map((u) => view(u, p, due, today, byUnit.get(u.id) ?? null, figures(u.id)))
    .sort((a, b) => Number(b.late) - Number(a.late));
}

/** Units late with a report of the last four periods (the hub's list). */
export async function lateUnitReports(ctx: Context): Promise<
  {
    unitId: string;
    unitName: string;
    period: ReportPeriod;
    dueOn: string;
    status: UnitReportStatus;
  }[]
> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối xem đơn vị nộp muộn.',
  );
  // Lateness starts with the schedule the hub set: quarters due before it are held against no one.
  const row = await ctx.em.findOne(ReportSchedule, { tenant: ctx.tenant.id });
  if (!row) return [];
  const s = { frequency: row.frequency, dueDays: row.dueDays };
  const today = localDay(ctx.clock.now());
  const since = localDay(row.createdAt);
  const periods = recentPeriods(s.frequency, today, 4).filter(
    (p) => dueOn(p, s.dueDays) < today && dueOn(p, s.dueDays) >= since,
  );
  if (!periods.length) return [];
  const [units, reports] = await Promise.all([
    ctx.em.find(
      Unit,
      { tenant: ctx.tenant.id, active: true, mergedInto: null },
      { orderBy: { name: 'asc' } },
    ),
    ctx.em.find(UnitReport, {
      tenant: ctx.tenant.id,
      periodFrom: { $in: periods.map((p) => p.from) },
    }),
  ]);
  const status = new Map(reports.map((r) => [`${r.unit.id}|${r.periodFrom}`, r.status]));
  const out = [];
  for (const p of periods)
    for (const u of units) {
      const st = status.get(`${u.id}|${p.from}`) ?? UnitReportStatus.NOT_STARTED;
      // A unit that did not exist yet in the period is not late for it.
      if (!SENT.includes(st) && localDay(u.createdAt) <= p.to)
        out.push({
          unitId: u.id,
          unitName: u.name,
          period: p,
          dueOn: dueOn(p, s.dueDays),
          status: st,
        });
    }
  return out;
}

export interface SaveUnitReportInput {
  unitId: string;
  periodFrom: string;
  narrative: string;
  difficulties?: string | null;
  proposals?: string | null;
  submit: boolean;
}

/** The unit head drafts the report and, when the period has ended, sends it to the hub. */
export async function saveUnitReport(
  ctx: Context,
  input: SaveUnitReportInput,
): Promise<UnitReportView> {
  const allowed =
    isUuid(input.unitId) &&
    hasRole(ctx.viewer, Role.UNIT_HEAD) &&
    movementUnitScope(ctx.viewer)?.includes(input.unitId) === true;
  assertAllowed(ctx.viewer, allowed, 'Chỉ thủ trưởng đơn vị lập báo cáo của đơn vị mình.');
  const { p, s } = await periodFrom(ctx, input.periodFrom);
  const today = localDay(ctx.clock.now());
  const v = new Validator();
  const narrative = v.text('narrative', input.narrative, {
    label: 'kết quả thực hiện',
    required: input.submit,
    max: 20_000,
  });
  const difficulties = v.text('difficulties', input.difficulties, {
    label: 'khó khăn, vướng mắc',
    max: 10_000,
  });
  const proposals = v.text('proposals', input.proposals, {
    label: 'đề xuất, kiến nghị',
    max: 10_000,
  });
  if (input.submit && today <= p.to)
    v.add(
      'periodFrom',
      `Kỳ báo cáo kết thúc ngày ${p.to.split('-').reverse().join('/')}; gửi báo cáo sau ngày đó.`,
    );
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const existing = await ctx.em.findOne(UnitReport, {
    unit: input.unitId,
    periodFrom: p.from,
    periodTo: p.to,
  });
  if (existing && SENT.includes(existing.status))
    throw new ConflictError(
      existing.status === UnitReportStatus.ACCEPTED
        ? 'Báo cáo đã được tiếp nhận, không sửa được nữa.'
        : 'Báo cáo đã gửi; chờ cơ quan đầu mối xem xét hoặc trả lại.',
    );
  const report =
    existing ??
    ctx.em.create(UnitReport, {
      tenant: ctx.tenant.id,
      unit: input.unitId,
      periodFrom: p.from,
      periodTo: p.to,
      dueOn: dueOn(p, s.dueDays),
      narrative: '',
      difficulties: '',
      proposals: '',
      createdAt: now,
    });
  report.narrative = narrative ?? '';
  report.difficulties = difficulties ?? '';
  report.proposals = proposals ?? '';
  report.dueOn = dueOn(p, s.dueDays);
  if (input.submit) {
    const facts = await loadFacts(ctx, factsPeriod(p));
    report.figures = (await unitFigures(ctx, facts, p))(input.unitId);
    report.status = UnitReportStatus.SUBMITTED;
    report.submittedAt = now;
    report.submittedBy = ctx.em.getReference(StaffUser, ctx.viewer.userId, { wrapped: true });
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.UNIT_REPORT_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { unitId: input.unitId, periodFrom: p.from, change: 'submitted' },
      at: now,
    });
  } else if (report.status !== UnitReportStatus.RETURNED) {
    report.status = UnitReportStatus.DRAFT;
  }
  await ctx.em.flush();
  return unitReport(ctx, input.unitId, p.from);
}

/** The hub returns a sent report with comments (the unit head is told) or accepts it. */
export async function decideUnitReport(
  ctx: Context,
  id: string,
  decision: { accept: boolean; comment?: string | null },
): Promise<UnitReportView> {
  assertAllowed(
    ctx.viewer,
    mayManageMovement(ctx.viewer),
    'Chỉ cơ quan đầu mối xem xét báo cáo của đơn vị.',
  );
  const report = isUuid(id)
    ? await ctx.em.findOne(UnitReport, { id, tenant: ctx.tenant.id }, { populate: ['unit'] })
    : null;
  if (!report) throw new NotFoundError('Không tìm thấy báo cáo.');
  const v = new Validator();
  const comment = v.text('comment', decision.comment, {
    label: 'ý kiến',
    required: !decision.accept,
    max: 5_000,
  });
  v.throwIfInvalid();
  if (report.status !== UnitReportStatus.SUBMITTED)
    throw new ConflictError('Chỉ xem xét được báo cáo đơn vị đã gửi.');
  const now = ctx.clock.now();
  report.status = decision.accept ? UnitReportStatus.ACCEPTED : UnitReportStatus.RETURNED;
  report.hubComment = comment ?? null;
  report.decidedAt = now;
  report.decidedBy = ctx.em.getReference(StaffUser, ctx.viewer.userId, { wrapped: true });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.UNIT_REPORT_CHANGED,
    actor: auditActor(ctx.viewer),
    details: {
      unitId: report.unit.id,
      periodFrom: report.periodFrom,
      change: decision.accept ? 'accepted' : 'returned',
    },
    at: now,
  });

  const unit = report.unit.getEntity();
  const p = periodContaining(
    (await scheduleOf(ctx.em, ctx.tenant.id)).frequency,
    report.periodFrom,
  );
  const label = p.from === report.periodFrom ? p.label : report.periodFrom;
  await notifyUnitHeads(ctx.em, ctx.tenant.id, unit.id, now, {
    subject: decision.accept
      ? `Báo cáo ${label} của ${unit.name} đã được tiếp nhận`
      : `Báo cáo ${label} của ${unit.name} cần bổ sung`,
    body: decision.accept
      ? `Cơ quan đầu mối đã tiếp nhận báo cáo ${label} của ${unit.name}.${comment ? `\n\nÝ kiến: ${comment}` : ''}`
      : `Cơ quan đầu mối trả lại báo cáo ${label} của ${unit.name} để bổ sung.\n\nÝ kiến: ${comment}\n\nVui lòng sửa và gửi lại trong trang "Đơn vị của tôi".`,
  });
  await ctx.em.flush();
  return unitReport(ctx, unit.id, report.periodFrom);
}

async function notifyUnitHeads(
  em: EntityManager,
  tenantId: string,
  unitId: string,
  now: Date,
  m: { subject: string; body: string },
): Promise<number> {
  const heads = await em.find(StaffUser, { tenant: tenantId, unit: unitId, active: true });
  let n = 0;
  for (const h of heads)
    if (h.roles.includes(Role.UNIT_HEAD) && h.email) {
      await queueStaffEmail(em, {
        tenantId,
        recipient: h.email,
        subject: m.subject,
        body: m.body,
        now,
      });
      n += 1;
    }
  return n;
}

/**
 * Daily, in communes whose hub set a schedule: units whose report of the period just ended is
 * due within the warning days, and not yet sent, are reminded once (by email to the unit's heads).
 */
export async function remindUnitReports(em: EntityManager, now: Date): Promise<number> {
  const today = localDay(now);
  // Only communes whose hub has set a schedule are reminded.
  const schedules = await em.find(ReportSchedule, {});
  let sent = 0;
  for (const s of schedules) {
    const tenant = { id: s.tenant.id };
    const p = previousPeriod(s.frequency, periodContaining(s.frequency, today));
    const due = dueOn(p, s.dueDays);
    if (today > due || today < addDays(due, -s.remindDays)) continue;
    const [units, reports, reminded] = await Promise.all([
      em.find(Unit, { tenant: tenant.id, active: true, mergedInto: null }),
      em.find(UnitReport, { tenant: tenant.id, periodFrom: p.from, periodTo: p.to }),
      em.find(UnitReportReminder, { tenant: tenant.id, periodFrom: p.from }),
    ]);
    const done = new Set(reports.filter((r) => SENT.includes(r.status)).map((r) => r.unit.id));
    const already = new Set(reminded.map((r) => r.unit.id));
    for (const u of units) {
      if (done.has(u.id) || already.has(u.id)) continue;
      em.create(UnitReportReminder, {
        tenant: tenant.id,
        unit: u.id,
        periodFrom: p.from,
        createdAt: now,
      });
      sent += await notifyUnitHeads(em, tenant.id, u.id, now, {
        subject: `Nhắc gửi báo cáo ${p.label} — ${u.name}`,
        body: `Báo cáo kết quả thực hiện phong trào ${p.label} của ${u.name} cần gửi cơ quan đầu mối trước hết ngày ${due.split('-').reverse().join('/')}.\n\nSố liệu đã được điền sẵn trong trang "Đơn vị của tôi" → "Báo cáo định kỳ"; đơn vị bổ sung kết quả, khó khăn và đề xuất rồi bấm "Gửi báo cáo".`,
      });
    }
    await em.flush();
  }
  return sent;
}

export const UNIT_REPORT_REMINDERS = 'unit-report-reminders';

/** The crontab task (daily at 01:00 UTC, 08:00 in Vietnam). */
export function unitReportReminderTask(deps: { clock: Clock }): CronTask {
  return {
    name: UNIT_REPORT_REMINDERS,
    schedule: '0 1 * * *',
    handler: async ({ em }) => ({ sent: await remindUnitReports(em, deps.clock.now()) }),
  };
}
