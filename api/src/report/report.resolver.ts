import {
  Arg,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../context.js';
import { JobStatus } from '../jobs/job.enums.js';
import type { Job } from '../jobs/job.entity.js';
import { JobProgress } from '../idea/triage.types.js';
import type { HubReport, RecipientList } from './report.entity.js';
import {
  HubReportKind,
  HubReportStatus,
  ReportFormat,
  ReportFrequency,
  UnitReportStatus,
} from './report.enums.js';
import * as units from './unit-report.service.js';
import * as hub from './hub-report.service.js';

@ObjectType({ description: 'Lịch báo cáo định kỳ của các đơn vị' })
class ReportScheduleView {
  @Field(() => ReportFrequency)
  frequency: ReportFrequency;

  @Field(() => Int, { description: 'Hạn nộp: số ngày sau khi kết thúc kỳ' })
  dueDays: number;

  @Field(() => Int, { description: 'Nhắc trước hạn (ngày)' })
  remindDays: number;
}

@ObjectType({ description: 'Một kỳ báo cáo' })
class ReportPeriodView {
  @Field({ description: 'Ngày đầu kỳ (YYYY-MM-DD)' })
  from: string;

  @Field({ description: 'Ngày cuối kỳ (YYYY-MM-DD)' })
  to: string;

  @Field()
  label: string;

  @Field({ description: 'Hạn nộp (YYYY-MM-DD)' })
  dueOn: string;
}

@ObjectType()
class ReportPeriods {
  @Field(() => ReportScheduleView)
  schedule: ReportScheduleView;

  @Field(() => [ReportPeriodView], { description: 'Kỳ hiện tại và 4 kỳ trước, mới nhất trước' })
  periods: ReportPeriodView[];
}

@ObjectType({ description: 'Số liệu điền sẵn của báo cáo đơn vị (giữ nguyên khi đã gửi)' })
class UnitReportFiguresView {
  @Field(() => Int) received: number;
  @Field(() => Int) eligible: number;
  @Field(() => Int) answered: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ phản hồi (0–1)' })
  responseRate: number | null;
  @Field(() => Int) accepted: number;
  @Field(() => Int) supported: number;
  @Field(() => Int) pilots: number;
  @Field(() => Int) applications: number;
  @Field(() => Int) scalings: number;
  @Field(() => Int) honours: number;
  @Field(() => Int) participants: number;
  @Field(() => Int) activities: number;
  @Field(() => Int) audience: number;
  @Field(() => Float, { description: 'Kinh phí đã chi cho đơn vị (đồng)' })
  spending: number;
}

@ObjectType({ description: 'Báo cáo định kỳ của một đơn vị' })
class UnitReportView {
  @Field(() => ID, { nullable: true, description: 'null: chưa lập' })
  id: string | null;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => ReportPeriodView)
  period: ReportPeriodView;

  @Field(() => UnitReportStatus)
  status: UnitReportStatus;

  @Field({ description: 'Quá hạn mà chưa gửi' })
  late: boolean;

  @Field(() => UnitReportFiguresView)
  figures: UnitReportFiguresView;

  @Field()
  narrative: string;

  @Field()
  difficulties: string;

  @Field()
  proposals: string;

  @Field(() => String, { nullable: true, description: 'Ý kiến của cơ quan đầu mối' })
  hubComment: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true })
  submittedByName: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType({ description: 'Đơn vị chưa gửi báo cáo khi đã quá hạn' })
class LateUnitReport {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => ReportPeriodView)
  period: ReportPeriodView;

  @Field(() => UnitReportStatus)
  status: UnitReportStatus;
}

@InputType()
class UnitReportInput {
  @Field(() => ID)
  unitId: string;

  @Field({ description: 'Ngày đầu kỳ (YYYY-MM-DD)' })
  periodFrom: string;

  @Field({ description: 'Kết quả thực hiện (bắt buộc khi gửi)' })
  narrative: string;

  @Field(() => String, { nullable: true })
  difficulties?: string | null;

  @Field(() => String, { nullable: true })
  proposals?: string | null;

  @Field({ description: 'Gửi cơ quan đầu mối (false: lưu nháp)' })
  submit: boolean;
}

@ObjectType({ description: 'Một tệp của báo cáo' })
class HubReportFileView {
  @Field(() => ReportFormat)
  format: ReportFormat;

  @Field()
  fileName: string;

  @Field(() => Int)
  size: number;

  @Field({ description: 'SHA-256 của tệp' })
  sha256: string;

  @Field({ description: 'Đường dẫn tải (trên API, cần phiên đăng nhập)' })
  path: string;
}

@ObjectType({ description: 'Lần tạo tệp báo cáo' })
class ReportJobView {
  @Field(() => ID)
  id: string;

  @Field(() => JobStatus)
  status: JobStatus;

  @Field(() => JobProgress, { nullable: true })
  progress: JobProgress | null;

  @Field(() => String, { nullable: true })
  error: string | null;
}

@ObjectType({ description: 'Báo cáo của cơ quan đầu mối gửi UBND xã và cấp trên' })
class HubReportView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Chung cho mọi phiên bản của một báo cáo' })
  family: string;

  @Field(() => Int)
  version: number;

  @Field(() => HubReportKind)
  kind: HubReportKind;

  @Field(() => HubReportStatus)
  status: HubReportStatus;

  @Field()
  title: string;

  @Field()
  numberSymbol: string;

  @Field()
  periodFrom: string;

  @Field()
  periodTo: string;

  @Field({ description: 'Ngày ghi trên văn bản (YYYY-MM-DD)' })
  documentDate: string;

  @Field()
  signerTitle: string;

  @Field()
  signerName: string;

  @Field(() => [String])
  recipients: string[];

  @Field()
  assessment: string;

  @Field()
  shortcomings: string;

  @Field()
  nextTasks: string;

  @Field()
  proposals: string;

  @Field(() => String, { nullable: true })
  correctionReason: string | null;

  @Field(() => [HubReportFileView])
  files: HubReportFileView[];

  @Field({ description: 'Tệp được tạo sau lần sửa cuối' })
  filesCurrent: boolean;

  @Field(() => Date, { nullable: true })
  generatedAt: Date | null;

  @Field(() => Date, { nullable: true })
  issuedAt: Date | null;

  @Field(() => ReportJobView, { nullable: true })
  job: ReportJobView | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Danh sách "Nơi nhận" dùng lại cho các báo cáo' })
class RecipientListView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [String])
  entries: string[];
}

@InputType()
class HubReportInput {
  @Field(() => HubReportKind, { nullable: true, description: 'Chỉ khi tạo mới' })
  kind?: HubReportKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu, ví dụ 15/BC-UBND' })
  numberSymbol?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  periodTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày ghi trên văn bản (YYYY-MM-DD)' })
  documentDate?: string | null;

  @Field(() => String, { nullable: true })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true })
  signerName?: string | null;

  @Field(() => [String], { nullable: true })
  recipients?: string[] | null;

  @Field(() => String, { nullable: true })
  assessment?: string | null;

  @Field(() => String, { nullable: true })
  shortcomings?: string | null;

  @Field(() => String, { nullable: true })
  nextTasks?: string | null;

  @Field(() => String, { nullable: true })
  proposals?: string | null;
}

/** The reports as the API shows them, their generation jobs read in one query. */
async function reportViews(ctx: Context, reports: HubReport[]): Promise<HubReportView[]> {
  const jobs = await hub.generationJobs(ctx, reports);
  return reports.map((r) => reportView(r, jobs.get(r.id) ?? null));
}

async function oneReportView(ctx: Context, r: HubReport): Promise<HubReportView> {
  return (await reportViews(ctx, [r]))[0]!;
}

function reportView(r: HubReport, job: Job | null): HubReportView {
  return {
    id: r.id,
    family: r.family,
    version: r.version,
    kind: r.kind,
    status: r.status,
    title: r.title,
    numberSymbol: r.numberSymbol,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    documentDate: r.documentDate,
    signerTitle: r.signerTitle,
    signerName: r.signerName,
    recipients: r.recipients,
    assessment: r.assessment,
    shortcomings: r.shortcomings,
    nextTasks: r.nextTasks,
    proposals: r.proposals,
    correctionReason: r.correctionReason ?? null,
    files: (r.files ?? []).map((f) => ({
      format: f.format,
      fileName: f.fileName,
      size: f.size,
      sha256: f.sha256,
      path: `/reports/${r.id}/${f.format.toLowerCase()}`,
    })),
    filesCurrent: hub.filesCurrent(r),
    generatedAt: r.generatedAt ?? null,
    issuedAt: r.issuedAt ?? null,
    job: job
      ? {
          id: job.id,
          status: job.status,
          progress: job.progress ?? null,
          error: job.lastError ?? null,
        }
      : null,
    createdAt: r.createdAt,
  };
}

const listView = (l: RecipientList): RecipientListView => ({
  id: l.id,
  name: l.name,
  entries: l.entries,
});

@Resolver()
export class ReportResolver {
  @Query(() => ReportPeriods, { description: 'Lịch báo cáo và các kỳ báo cáo gần đây' })
  reportPeriods(@Ctx() ctx: Context) {
    return units.reportPeriods(ctx);
  }

  @Mutation(() => ReportScheduleView, { description: 'Đặt lịch báo cáo định kỳ của các đơn vị' })
  setReportSchedule(
    @Ctx() ctx: Context,
    @Arg('frequency', () => ReportFrequency) frequency: ReportFrequency,
    @Arg('dueDays', () => Int) dueDays: number,
    @Arg('remindDays', () => Int) remindDays: number,
  ) {
    return units.setReportSchedule(ctx, { frequency, dueDays, remindDays });
  }

  @Query(() => UnitReportView, {
    description: 'Báo cáo của một đơn vị trong một kỳ (điền sẵn số liệu nếu chưa lập)',
  })
  unitReport(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodFrom') periodFrom: string,
  ) {
    return units.unitReport(ctx, unitId, periodFrom);
  }

  @Query(() => [UnitReportView], {
    description: 'Báo cáo của mọi đơn vị trong một kỳ, đơn vị quá hạn trước (cơ quan đầu mối)',
  })
  unitReportBoard(@Ctx() ctx: Context, @Arg('periodFrom') periodFrom: string) {
    return units.unitReportBoard(ctx, periodFrom);
  }

  @Query(() => [LateUnitReport], {
    description: 'Đơn vị chưa gửi báo cáo đã quá hạn (4 kỳ gần nhất)',
  })
  async lateUnitReports(@Ctx() ctx: Context): Promise<LateUnitReport[]> {
    const rows = await units.lateUnitReports(ctx);
    return rows.map((r) => ({ ...r, period: { ...r.period, dueOn: r.dueOn } }));
  }

  @Mutation(() => UnitReportView, { description: 'Lưu hoặc gửi báo cáo định kỳ của đơn vị' })
  saveUnitReport(@Ctx() ctx: Context, @Arg('input', () => UnitReportInput) input: UnitReportInput) {
    return units.saveUnitReport(ctx, input);
  }

  @Mutation(() => UnitReportView, { description: 'Trả lại báo cáo đơn vị kèm ý kiến' })
  returnUnitReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('comment') comment: string,
  ) {
    return units.decideUnitReport(ctx, id, { accept: false, comment });
  }

  @Mutation(() => UnitReportView, { description: 'Tiếp nhận báo cáo đơn vị' })
  acceptUnitReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ) {
    return units.decideUnitReport(ctx, id, { accept: true, comment });
  }

  @Query(() => [HubReportView], { description: 'Báo cáo của xã, mọi phiên bản (cơ quan đầu mối)' })
  async hubReports(@Ctx() ctx: Context) {
    return reportViews(ctx, await hub.listHubReports(ctx));
  }

  @Query(() => HubReportView, { nullable: true })
  async hubReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const r = await hub.getHubReport(ctx, id);
    return r ? oneReportView(ctx, r) : null;
  }

  @Mutation(() => HubReportView, { description: 'Lập báo cáo (dự thảo)' })
  async createHubReport(
    @Ctx() ctx: Context,
    @Arg('kind', () => HubReportKind) kind: HubReportKind,
    @Arg('input', () => HubReportInput, { nullable: true }) input?: HubReportInput | null,
  ) {
    return oneReportView(ctx, await hub.createHubReport(ctx, { ...(input ?? {}), kind }));
  }

  @Mutation(() => HubReportView, { description: 'Sửa báo cáo dự thảo' })
  async updateHubReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HubReportInput) input: HubReportInput,
  ) {
    return oneReportView(ctx, await hub.updateHubReport(ctx, id, input));
  }

  @Mutation(() => HubReportView, { description: 'Tạo tệp DOCX, PDF và phụ lục XLSX (chạy nền)' })
  async generateHubReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return oneReportView(ctx, await hub.generateHubReport(ctx, id));
  }

  @Mutation(() => HubReportView, { description: 'Ban hành báo cáo (không sửa được nữa)' })
  async issueHubReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return oneReportView(ctx, await hub.issueHubReport(ctx, id));
  }

  @Mutation(() => HubReportView, { description: 'Đính chính báo cáo đã ban hành: phiên bản mới' })
  async correctHubReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ) {
    return oneReportView(ctx, await hub.correctHubReport(ctx, id, reason));
  }

  @Query(() => [RecipientListView], { description: 'Các danh sách "Nơi nhận"' })
  async recipientLists(@Ctx() ctx: Context) {
    return (await hub.listRecipientLists(ctx)).map(listView);
  }

  @Mutation(() => RecipientListView, { description: 'Lưu danh sách "Nơi nhận"' })
  async saveRecipientList(
    @Ctx() ctx: Context,
    @Arg('name') name: string,
    @Arg('entries', () => [String]) entries: string[],
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
  ) {
    return listView(await hub.saveRecipientList(ctx, { id, name, entries }));
  }

  @Mutation(() => Boolean, { description: 'Xóa danh sách "Nơi nhận"' })
  removeRecipientList(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return hub.removeRecipientList(ctx, id);
  }
}
