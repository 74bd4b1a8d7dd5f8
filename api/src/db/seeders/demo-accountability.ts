/**
 * The demo's reports, money and complaints (issue #17): a quarterly schedule set in the summer;
 * last quarter's reports — Đồng Lạc's accepted with its difficulties and proposals, two more sent,
 * the rest late; the year's estimates and spending lines (an award paid under its decision); a
 * "Nơi nhận" list; one complaint answered and one waiting. Every date is on or before the seed day.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { localDay } from '../../common/vietnam-time.js';
import type { StaffUser } from '../../auth/staff-user.entity.js';
import type { Tenant } from '../../tenant/tenant.entity.js';
import { Unit } from '../../unit/unit.entity.js';
import { UnitKind } from '../../unit/unit.enums.js';
import { Award } from '../../award/award.entity.js';
import { AwardStatus } from '../../award/award.enums.js';
import { FundingSource } from '../../pilot/pilot.enums.js';
import {
  BudgetEstimate,
  BudgetLevel,
  SpendingActivity,
  SpendingLine,
} from '../../funding/funding.entity.js';
import { HandlingFeedback } from '../../feedback/feedback.entity.js';
import { FeedbackChannel, FeedbackStage, FeedbackStatus } from '../../feedback/feedback.enums.js';
import { RecipientList, ReportSchedule, UnitReport } from '../../report/report.entity.js';
import { ReportFrequency, UnitReportStatus } from '../../report/report.enums.js';
import { addDays, dueOn, periodContaining, previousPeriod } from '../../report/report-periods.js';
import { computeUnitFigures } from '../../report/unit-report.service.js';
import { DEFAULT_RECIPIENTS } from '../../report/hub-report.service.js';

const DAY = 86_400_000;

export async function seedDemoAccountability(
  em: EntityManager,
  opts: { tenant: Tenant; hub: StaffUser; unitHead: StaffUser; now: Date },
): Promise<void> {
  const { tenant, hub, unitHead, now } = opts;
  const t = tenant.id;
  const today = localDay(now);
  const year = Number(today.slice(0, 4));
  const ctx = { em, tenant: { id: t } } as unknown as Context;

  // The schedule, set a little over two quarters ago: last quarter's reports are due or late.
  const current = periodContaining(ReportFrequency.QUARTERLY, today);
  const last = previousPeriod(ReportFrequency.QUARTERLY, current);
  const setOn = new Date(`${previousPeriod(ReportFrequency.QUARTERLY, last).from}T09:00:00+07:00`);
  em.create(ReportSchedule, {
    tenant: t,
    frequency: ReportFrequency.QUARTERLY,
    dueDays: 10,
    remindDays: 3,
    createdAt: setOn,
  });
  const units = await em.find(
    Unit,
    { tenant: t, active: true, mergedInto: null, kind: UnitKind.VILLAGE },
    { orderBy: { name: 'asc' } },
  );
  const donglac = units.find((u) => u.code === 'thon-dong-lac');
  const due = dueOn(last, 10);
  const sentOn = new Date(
    Math.min(new Date(`${addDays(due, -2)}T08:30:00+07:00`).getTime(), now.getTime() - DAY),
  );
  const reporters = [donglac, ...units.filter((u) => u.id !== donglac?.id).slice(0, 2)].filter(
    (u): u is Unit => Boolean(u),
  );
  for (const [i, u] of reporters.entries()) {
    const accepted = i === 0;
    em.create(UnitReport, {
      tenant: t,
      unit: u,
      periodFrom: last.from,
      periodTo: last.to,
      dueOn: due,
      status: accepted ? UnitReportStatus.ACCEPTED : UnitReportStatus.SUBMITTED,
      figures: await computeUnitFigures(ctx, u.id, last),
      narrative: accepted
        ? 'Thôn tổ chức 2 buổi họp dân phổ biến phong trào; tiếp nhận và chuyển xã các ý tưởng của bà con; phối hợp thử nghiệm nhóm Zalo cảnh báo thời tiết cho hộ trồng mía.'
        : `${u.name} đã phổ biến kế hoạch tại buổi họp thôn và vận động hội viên các đoàn thể tham gia.`,
      difficulties: accepted
        ? 'Một số hộ lớn tuổi chưa dùng điện thoại thông minh; thiếu loa truyền thanh ở xóm Khe.'
        : '',
      proposals: accepted ? 'Đề nghị xã hỗ trợ 01 cụm loa truyền thanh và tập huấn dùng Zalo.' : '',
      hubComment: accepted
        ? 'Đã tiếp nhận; đề xuất loa truyền thanh được tổng hợp vào báo cáo quý.'
        : null,
      submittedAt: sentOn,
      submittedBy: accepted ? unitHead : null,
      decidedAt: accepted ? new Date(sentOn.getTime() + DAY / 2) : null,
      decidedBy: accepted ? hub : null,
      createdAt: sentOn,
    });
  }

  // The year's estimates and what was spent so far.
  for (const [activity, source, amount] of [
    [SpendingActivity.PROPAGANDA, FundingSource.STATE_BUDGET, 20_000_000],
    [SpendingActivity.COUNCIL, FundingSource.STATE_BUDGET, 10_000_000],
    [SpendingActivity.PILOT, FundingSource.SOCIALISED, 30_000_000],
    [SpendingActivity.AWARD, FundingSource.STATE_BUDGET, 15_000_000],
  ] as const)
    em.create(BudgetEstimate, { tenant: t, year, activity, source, amount, createdAt: setOn });
  const spentOn = (daysAgo: number) =>
    localDay(new Date(Math.max(Date.UTC(year, 0, 2), now.getTime() - daysAgo * DAY)));
  const line = (p: {
    daysAgo: number;
    amount: number;
    source: FundingSource;
    level?: BudgetLevel;
    activity: SpendingActivity;
    description: string;
    document?: string;
    unit?: Unit | null;
    award?: Award | null;
  }) =>
    em.create(SpendingLine, {
      tenant: t,
      spentOn: spentOn(p.daysAgo),
      amount: p.amount,
      source: p.source,
      budgetLevel: p.level ?? null,
      activity: p.activity,
      description: p.description,
      documentNumber: p.document ?? null,
      unit: p.unit ?? null,
      award: p.award ?? null,
      recordedBy: hub,
      createdAt: new Date(`${spentOn(p.daysAgo)}T10:00:00+07:00`),
    });
  line({
    daysAgo: 200,
    amount: 4_500_000,
    source: FundingSource.STATE_BUDGET,
    level: BudgetLevel.COMMUNE,
    activity: SpendingActivity.PROPAGANDA,
    description: 'In tờ rơi, băng rôn phát động phong trào',
    document: 'PC-012',
  });
  line({
    daysAgo: 150,
    amount: 3_200_000,
    source: FundingSource.STATE_BUDGET,
    level: BudgetLevel.COMMUNE,
    activity: SpendingActivity.COUNCIL,
    description: 'Bồi dưỡng họp Hội đồng tư vấn đợt 1',
    document: 'PC-031',
  });
  line({
    daysAgo: 90,
    amount: 8_000_000,
    source: FundingSource.SOCIALISED,
    activity: SpendingActivity.PILOT,
    description: 'Vật tư thử nghiệm nhóm cảnh báo thời tiết (hợp tác xã đóng góp)',
    unit: donglac ?? null,
  });
  line({
    daysAgo: 45,
    amount: 1_500_000,
    source: FundingSource.STATE_BUDGET,
    level: BudgetLevel.PROVINCE,
    activity: SpendingActivity.SUPPORT,
    description: 'Chuyên gia hỗ trợ hoàn thiện ý tưởng',
    document: 'HĐ-07',
  });
  const award = await em.findOne(
    Award,
    { tenant: t, status: AwardStatus.DECIDED, prizeAmount: { $ne: null } },
    { orderBy: { decisionDate: 'asc' } },
  );
  if (award?.prizeAmount && award.decisionDate && award.decisionDate < today)
    em.create(SpendingLine, {
      tenant: t,
      spentOn: award.decisionDate,
      amount: award.prizeAmount,
      source: FundingSource.STATE_BUDGET,
      budgetLevel: BudgetLevel.COMMUNE,
      activity: SpendingActivity.AWARD,
      description: 'Chi thưởng kèm Giấy khen của Chủ tịch UBND xã',
      documentNumber: award.decisionNumber ?? null,
      award,
      recordedBy: hub,
      createdAt: new Date(`${award.decisionDate}T15:00:00+07:00`),
    });

  em.create(RecipientList, {
    tenant: t,
    name: 'Báo cáo phong trào gửi cấp trên',
    entries: [
      'Thường trực Đảng ủy xã (b/c)',
      'Thường trực HĐND xã (b/c)',
      'Chủ tịch, các Phó Chủ tịch UBND xã',
      'Ủy ban MTTQ Việt Nam xã',
      'Sở Khoa học và Công nghệ tỉnh Thanh Hóa (b/c)',
      'Lưu: VT, VHXH.',
    ],
    createdAt: setOn,
  });
  em.create(RecipientList, {
    tenant: t,
    name: 'Mặc định',
    entries: [...DEFAULT_RECIPIENTS],
    createdAt: new Date(setOn.getTime() + 60_000),
  });

  // Complaints: one answered, one waiting for an answer.
  const answeredAt = new Date(now.getTime() - 20 * DAY);
  em.create(HandlingFeedback, {
    tenant: t,
    stage: FeedbackStage.RECEPTION,
    channel: FeedbackChannel.PUBLIC_SITE,
    body: 'Tôi gửi ý tưởng từ tháng trước nhưng chưa thấy ai gọi lại hỏi thêm thông tin, đề nghị xem xét.',
    name: 'Hà Văn Phúc',
    contact: 'ha.van.phuc@example.com',
    status: FeedbackStatus.ANSWERED,
    dueAt: new Date(answeredAt.getTime() + 10 * DAY),
    answer:
      'Phòng Văn hóa – Xã hội đã liên hệ lại với ông ngày hôm nay và bổ sung thông tin vào hồ sơ; ý tưởng đang được phân loại.',
    answeredAt,
    answeredBy: hub,
    createdAt: new Date(answeredAt.getTime() - 3 * DAY),
  });
  em.create(HandlingFeedback, {
    tenant: t,
    stage: FeedbackStage.USE,
    channel: FeedbackChannel.PUBLIC_SITE,
    body: 'Mô hình đèn năng lượng mặt trời ở thôn bên giống ý tưởng tôi đã gửi năm ngoái nhưng không ghi tên tác giả.',
    name: 'Lê Thị Mai',
    contact: '0912 345 678',
    dueAt: new Date(now.getTime() + 6 * DAY),
    createdAt: new Date(now.getTime() - 4 * DAY),
  });
  await em.flush();
}
