/**
 * The movement's money (§VI): estimates by year, activity and source; actual spending lines with
 * their documents; totals by source, activity and period, estimates against actuals. The hub
 * records; the public sees the totals (no personal data is kept here).
 */
import type { Context } from '../context.js';
import { assertAllowed, mayManageMovement } from '../common/access.js';
import { Validator } from '../common/validate.js';
import { localDay } from '../common/vietnam-time.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { FundingSource } from '../pilot/pilot.enums.js';
import { BudgetEstimate, SpendingActivity, SpendingLine } from './funding.entity.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SpendingInput {
  spentOn: string;
  amount: number;
  source: FundingSource;
  activity: SpendingActivity;
  description: string;
  documentNumber?: string | null;
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
  const documentNumber = v.text('documentNumber', input.documentNumber, {
    label: 'số chứng từ',
    max: 60,
  });
  v.throwIfInvalid();
  const line = ctx.em.create(SpendingLine, {
    tenant: ctx.tenant.id,
    spentOn: input.spentOn,
    amount: input.amount,
    source: input.source,
    activity: input.activity,
    description: description!,
    documentNumber,
    recordedBy: ctx.em.getReference(StaffUser, ctx.viewer.userId, { wrapped: true }),
    createdAt: ctx.clock.now(),
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
