/**
 * The movement's money (§VI): estimates by year, activity and source; actual spending lines with
 * their documents; totals by source, activity and period, estimates against actuals. The hub
 * records; the public sees the totals (no personal data is kept here).
 */
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { Context } from '../context.js';
import { assertAllowed, mayManageMovement } from '../common/access.js';
import { NotFoundError } from '../common/errors.js';
import { isUuid, Validator } from '../common/validate.js';
import { localDay } from '../common/vietnam-time.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { AttachmentKind } from '../attachment/attachment.enums.js';
import { Award } from '../award/award.entity.js';
import { AwardStatus } from '../award/award.enums.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import { Unit } from '../unit/unit.entity.js';
import { claimFiles } from '../movement/movement.service.js';
import { BudgetEstimate, BudgetLevel, SpendingActivity, SpendingLine } from './funding.entity.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SpendingInput {
  spentOn: string;
  amount: number;
  source: FundingSource;
  activity: SpendingActivity;
  description: string;
  documentNumber?: string | null;
  budgetLevel?: BudgetLevel | null;
  unitId?: string | null;
  awardId?: string | null;
  fileId?: string | null;
}

export async function recordSpending(ctx: Context, input: SpendingInput): Promise<SpendingLine> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), 'Chỉ cơ quan đầu mối ghi khoản chi.');
  const v = new Validator();
  if (!DATE.test(input.spentOn)) v.add('spentOn', 'Ngày chi không hợp lệ.');
  else if (input.spentOn > localDay(ctx.clock.now()))
    v.add('spentOn', 'Chỉ ghi khoản đã chi (ngày không ở tương lai).');
  if (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > 1e13)
    v.add('amount', 'Số tiền là số nguyên dương (đồng).');
  const description = v.text('description', input.description, {
    label: 'nội dung chi',
    required: true,
    max: 500,
  });
  let documentNumber = v.text('documentNumber', input.documentNumber, {
    label: 'số chứng từ',
    max: 60,
  });
  if (input.budgetLevel && input.source !== FundingSource.STATE_BUDGET)
    v.add('budgetLevel', 'Cấp ngân sách chỉ ghi cho nguồn ngân sách nhà nước.');
  const unit = input.unitId
    ? isUuid(input.unitId)
      ? await ctx.em.findOne(Unit, { id: input.unitId, tenant: ctx.tenant.id })
      : null
    : null;
  if (input.unitId && !unit) v.add('unitId', 'Đơn vị không tồn tại.');
  // An award paid carries out its award decision: the line names it, and its number is the voucher's.
  const award = input.awardId
    ? isUuid(input.awardId)
      ? await ctx.em.findOne(Award, { id: input.awardId, tenant: ctx.tenant.id })
      : null
    : null;
  if (input.awardId) {
    if (!award) v.add('awardId', 'Không tìm thấy đề nghị khen thưởng.');
    else if (award.status !== AwardStatus.DECIDED)
      v.add('awardId', 'Chỉ chi thưởng theo quyết định khen thưởng đã ban hành.');
    else if (input.activity !== SpendingActivity.AWARD)
      v.add('activity', 'Khoản chi thưởng thuộc hoạt động "Khen thưởng".');
    documentNumber ??= award?.decisionNumber ?? null;
  }
  const files = input.fileId
    ? await claimFiles(ctx.em, ctx, [input.fileId], AttachmentKind.SPENDING_DOCUMENT, 'fileId', v)
    : [];
  v.throwIfInvalid();
  const now = ctx.clock.now();
  const line = ctx.em.create(SpendingLine, {
    tenant: ctx.tenant.id,
    spentOn: input.spentOn,
    amount: input.amount,
    source: input.source,
    budgetLevel: input.budgetLevel ?? null,
    activity: input.activity,
    description: description!,
    documentNumber,
    unit: unit ?? null,
    award: award ?? null,
    file: files[0] ?? null,
    recordedBy: ctx.em.getReference(StaffUser, ctx.viewer.userId, { wrapped: true }),
    createdAt: now,
  });
  for (const f of files) f.attachedAt = now;
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.SPENDING_CHANGED,
    actor: auditActor(ctx.viewer),
    details: {
      change: 'recorded',
      spendingId: line.id,
      amount: input.amount,
      activity: input.activity,
      source: input.source,
    },
    at: now,
  });

  await ctx.em.flush();
  return line;
}

export async function setEstimate(
  ctx: Context,
  input: { year: number; activity: SpendingActivity; source: FundingSource; amount: number },
): Promise<BudgetEstimate> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), 'Chỉ cơ quan đầu mối lập dự toán.');
  const v = new Validator();
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    v.add('year', 'Năm không hợp lệ.');
  if (!Number.isInteger(input.amount) || input.amount < 0)
    v.add('amount', 'Số tiền là số nguyên không âm (đồng).');
  v.throwIfInvalid();
  const key = {
    tenant: ctx.tenant.id,
    year: input.year,
    activity: input.activity,
    source: input.source,
  };
  const existing = await ctx.em.findOne(BudgetEstimate, key);
  const row =
    existing ?? ctx.em.create(BudgetEstimate, { ...key, amount: 0, createdAt: ctx.clock.now() });
  row.amount = input.amount;
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.SPENDING_CHANGED,
    actor: auditActor(ctx.viewer),
    details: { change: 'estimate', ...key, tenant: undefined, amount: input.amount },
    at: ctx.clock.now(),
  });
  await ctx.em.flush();
  return row;
}

export interface SpendingTotal {
  activity: SpendingActivity | null;
  source: FundingSource | null;
  estimate: number;
  actual: number;
}

/**
 * Totals for [from, to] (days, inclusive): by activity and source, by activity, by source and in
 * all (null marks "every"), each with the estimates of the years the period touches.
 */
export async function spendingTotals(
  ctx: Context,
  range: { from: string; to: string },
): Promise<SpendingTotal[]> {
  checkRange(range);
  const t = ctx.tenant.id;
  const years = [Number(range.from.slice(0, 4)), Number(range.to.slice(0, 4))];
  const [actual, estimate] = await Promise.all([
    ctx.em.execute<
      { activity: SpendingActivity | null; source: FundingSource | null; amount: string }[]
    >(
      `select activity, source, sum(amount) as amount from spending_line
        where tenant_id = ? and spent_on >= ? and spent_on <= ?
        group by grouping sets ((activity, source), (activity), (source), ())`,
      [t, range.from, range.to],
    ),
    ctx.em.execute<
      { activity: SpendingActivity | null; source: FundingSource | null; amount: string }[]
    >(
      `select activity, source, sum(amount) as amount from budget_estimate
        where tenant_id = ? and year between ? and ?
        group by grouping sets ((activity, source), (activity), (source), ())`,
      [t, years[0], years[1]],
    ),
  ]);
  const key = (r: { activity: string | null; source: string | null }) =>
    `${r.activity ?? '*'}|${r.source ?? '*'}`;
  const out = new Map<string, SpendingTotal>();
  for (const r of estimate)
    out.set(key(r), {
      activity: r.activity,
      source: r.source,
      estimate: Number(r.amount),
      actual: 0,
    });
  for (const r of actual) {
    const k = key(r);
    const row = out.get(k) ?? { activity: r.activity, source: r.source, estimate: 0, actual: 0 };
    row.actual = Number(r.amount);
    out.set(k, row);
  }
  return [...out.values()];
}

/** The spending lines of [from, to] (days, inclusive), newest first: the hub's ledger. */
export async function listSpending(
  ctx: Context,
  range: { from: string; to: string },
): Promise<SpendingLine[]> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), 'Chỉ cơ quan đầu mối xem sổ chi.');
  checkRange(range);
  return ctx.em.find(
    SpendingLine,
    { tenant: ctx.tenant.id, spentOn: { $gte: range.from, $lte: range.to } },
    { orderBy: { spentOn: 'desc', createdAt: 'desc' }, populate: ['unit', 'award'] },
  );
}

/** A line recorded by mistake is removed by the hub (totals follow at once). */
export async function removeSpending(ctx: Context, id: string): Promise<boolean> {
  assertAllowed(ctx.viewer, mayManageMovement(ctx.viewer), 'Chỉ cơ quan đầu mối sửa sổ chi.');
  const line = isUuid(id)
    ? await ctx.em.findOne(SpendingLine, { id, tenant: ctx.tenant.id })
    : null;
  if (!line) throw new NotFoundError('Không tìm thấy khoản chi.');
  ctx.em.remove(line);
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.SPENDING_CHANGED,
    actor: auditActor(ctx.viewer),
    details: {
      change: 'removed',
      spendingId: line.id,
      amount: line.amount,
      spentOn: line.spentOn,
      description: line.description,
    },
    at: ctx.clock.now(),
  });
  await ctx.em.flush();
  return true;
}

export function checkRange(range: { from: string; to: string }): void {
  const v = new Validator();
  if (!DATE.test(range.from)) v.add('from', 'Ngày không hợp lệ.');
  if (!DATE.test(range.to)) v.add('to', 'Ngày không hợp lệ.');
  else if (DATE.test(range.from) && range.to < range.from)
    v.add('to', 'Ngày kết thúc phải sau ngày bắt đầu.');
  else if (
    DATE.test(range.from) &&
    Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) > 10
  )
    v.add('to', 'Khoảng thời gian tối đa 10 năm.');
  v.throwIfInvalid();
}

/** Awards paid in [from, to]: the public sees the decision, its form, the date and the amount (no names). */
export async function awardPayments(
  ctx: Context,
  range: { from: string; to: string },
): Promise<
  {
    decisionNumber: string | null;
    decisionDate: string | null;
    paidOn: string;
    amount: number;
    form: string;
  }[]
> {
  checkRange(range);
  const rows = await ctx.em.execute<
    {
      decision_number: string | null;
      decision_date: string | null;
      spent_on: string;
      amount: string;
      form: string;
    }[]
  >(
    `select a.decision_number, to_char(a.decision_date, 'YYYY-MM-DD') as decision_date,
            to_char(s.spent_on, 'YYYY-MM-DD') as spent_on, s.amount, a.form
       from spending_line s join award a on a.id = s.award_id
      where s.tenant_id = ? and s.spent_on between ? and ? and a.status = 'DECIDED'
      order by s.spent_on desc`,
    [ctx.tenant.id, range.from, range.to],
  );
  return rows.map((r) => ({
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    paidOn: r.spent_on,
    amount: Number(r.amount),
    form: r.form,
  }));
}

/** Spending for each unit in [from, to] (the units' reports). */
export async function unitSpending(
  ctx: Pick<Context, 'em' | 'tenant'>,
  range: { from: string; to: string },
): Promise<Map<string, number>> {
  const rows = await ctx.em.execute<{ unit_id: string; amount: string }[]>(
    `select unit_id, sum(amount) as amount from spending_line
      where tenant_id = ? and unit_id is not null and spent_on between ? and ?
      group by unit_id`,
    [ctx.tenant.id, range.from, range.to],
  );
  return new Map(rows.map((r) => [r.unit_id, Number(r.amount)]));
}

/** State-budget spending of [from, to] by budget level (null: level not recorded). */
export async function spendingByLevel(
  ctx: Context,
  range: { from: string; to: string },
): Promise<{ level: BudgetLevel | null; amount: number }[]> {
  checkRange(range);
  const rows = await ctx.em.execute<{ level: BudgetLevel | null; amount: string }[]>(
    `select budget_level as level, sum(amount) as amount from spending_line
      where tenant_id = ? and source = 'STATE_BUDGET' and spent_on between ? and ?
      group by budget_level order by budget_level nulls last`,
    [ctx.tenant.id, range.from, range.to],
  );
  return rows.map((r) => ({ level: r.level, amount: Number(r.amount) }));
}
