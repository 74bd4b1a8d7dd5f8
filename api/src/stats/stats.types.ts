import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AreaType, UnitKind } from '../unit/unit.enums.js';
import { IdeaStatus } from '../idea/idea.enums.js';
import { FundingSource } from '../pilot/pilot.enums.js';

@ObjectType({ description: 'Tiếp nhận và phản hồi của một nhóm ý tưởng' })
export class ResponseCounts {
  @Field(() => Int, { description: 'Số ý tưởng đã tiếp nhận' })
  received: number;

  @Field(() => Int, { description: 'Số ý tưởng cần phản hồi (trừ ý tưởng tác giả đã rút)' })
  eligible: number;

  @Field(() => Int, { description: 'Số ý tưởng đã được phản hồi kết quả xử lý' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ phản hồi (0–1); rỗng khi chưa có' })
  responseRate: number | null;

  @Field(() => Int, { description: 'Số ý tưởng đang hoặc đã thử nghiệm' })
  piloted: number;

  @Field(() => Int, { description: 'Số ý tưởng đã ứng dụng (kể cả đã nhân rộng)' })
  applied: number;

  @Field(() => Int, { description: 'Số ý tưởng đã nhân rộng' })
  scaled: number;
}

@ObjectType({ description: 'Số liệu của một đơn vị (thôn, phòng ban, đoàn thể, trường học…)' })
export class UnitStat extends ResponseCounts {
  @Field(() => ID)
  unitId: string;

  @Field()
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => AreaType)
  areaType: AreaType;

  @Field({ description: 'Đơn vị có đầu mối tiếp nhận đang hoạt động (chỉ tiêu §IV.1)' })
  hasReceptionPoint: boolean;

  @Field(() => Int, {
    description:
      'Số người đề xuất (mỗi email/số điện thoại tính một lần; không có dữ liệu cá nhân)',
  })
  participants: number;
}

@ObjectType({ description: 'Số liệu theo loại địa bàn (§IV.2)' })
export class AreaTypeStat extends ResponseCounts {
  @Field(() => AreaType)
  areaType: AreaType;

  @Field(() => Int, { description: 'Số đơn vị thuộc loại địa bàn này' })
  units: number;

  @Field(() => Int, { description: 'Số đơn vị đã có ý tưởng' })
  unitsWithIdeas: number;
}

@ObjectType({ description: 'Số ý tưởng đang ở một bước xử lý' })
export class StageStat {
  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Số ý tưởng theo lĩnh vực (một ý tưởng có thể thuộc nhiều lĩnh vực)' })
export class FieldStat {
  @Field(() => ID)
  fieldId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Tên tiếng Anh của lĩnh vực' })
  nameEn: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Số ý tưởng tiếp nhận trong một tháng (giờ Việt Nam)' })
export class MonthStat {
  @Field({ description: 'Tháng, dạng YYYY-MM' })
  month: string;

  @Field(() => Int)
  received: number;

  @Field(() => Int, { description: 'Trong số đó, đã được phản hồi' })
  answered: number;
}

@ObjectType({ description: 'Số ý tưởng được phản hồi lần đầu trong một khoảng thời gian' })
export class ResponseTimeBucket {
  @Field(() => Int, { description: 'Từ (ngày, tính cả)' })
  fromDays: number;

  @Field(() => Int, { nullable: true, description: 'Đến (ngày, không tính); rỗng: không giới hạn' })
  toDays: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Thời gian từ lúc tiếp nhận tới phản hồi kết quả xử lý đầu tiên' })
export class ResponseTimeStats {
  @Field(() => Float, { nullable: true, description: 'Trung vị (giờ)' })
  medianHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Trung bình (giờ)' })
  averageHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Phân vị 90 (giờ)' })
  p90Hours: number | null;

  @Field(() => [ResponseTimeBucket])
  buckets: ResponseTimeBucket[];

  @Field(() => Int, { description: 'Số ý tưởng cần phản hồi mà chưa được phản hồi' })
  waiting: number;
}

@ObjectType({ description: 'Kinh phí thử nghiệm theo nguồn (§VI)' })
export class FundingSourceStat {
  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => Float, { description: 'Tổng dự toán (đồng)' })
  amount: number;

  @Field(() => Int, { description: 'Số lượt thử nghiệm có dùng nguồn này' })
  pilots: number;
}

@ObjectType({ description: 'Kinh phí các thử nghiệm' })
export class FundingStats {
  @Field(() => Float, { description: 'Tổng dự toán (đồng)' })
  total: number;

  @Field(() => Int, { description: 'Số lượt thử nghiệm' })
  pilots: number;

  @Field(() => [FundingSourceStat])
  bySource: FundingSourceStat[];
}

@ObjectType({
  description:
    'Độ phủ đầu mối tiếp nhận (§III.2, §IV.1: 100 % đơn vị có đầu mối): đầu mối đang hoạt động và có ít nhất một cán bộ được phân công',
})
export class ReceptionCoverage {
  @Field(() => Int, { description: 'Số thôn, tổ dân phố đang hoạt động' })
  villages: number;

  @Field(() => Int, { description: 'Số thôn có đầu mối tiếp nhận đang hoạt động' })
  villagesWithPoint: number;

  @Field(() => Int, { description: 'Số thôn có đầu mối đang hoạt động có cán bộ phụ trách' })
  villagesStaffed: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ thôn đạt chỉ tiêu (0–1)' })
  villagesShare: number | null;

  @Field(() => Int, { description: 'Số đơn vị đang hoạt động (mọi loại)' })
  units: number;

  @Field(() => Int, { description: 'Số đơn vị có đầu mối đang hoạt động có cán bộ phụ trách' })
  unitsStaffed: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ đơn vị đạt chỉ tiêu (0–1)' })
  unitsShare: number | null;
}

@ObjectType({
  description:
    'Số liệu minh bạch của phong trào: chỉ là số đếm và tổng hợp, không có dữ liệu cá nhân hay nội dung ý tưởng chưa công khai',
})
export class TransparencyStats {
  @Field({ description: 'Thời điểm tổng hợp' })
  generatedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Kỳ đang xem (năm hoặc giai đoạn); null: từ trước đến nay',
  })
  periodLabel: string | null;

  @Field(() => Int, { description: 'Số người đề xuất trong kỳ (mỗi người tính một lần)' })
  participants: number;

  @Field(() => ResponseCounts, { description: 'Toàn xã' })
  totals: ResponseCounts;

  @Field(() => Int, { description: 'Số ý tưởng đã công khai' })
  published: number;

  @Field(() => ResponseTimeStats)
  responseTime: ResponseTimeStats;

  @Field(() => [UnitStat], { description: 'Theo đơn vị, thứ tự tên tiếng Việt trong từng loại' })
  byUnit: UnitStat[];

  @Field(() => ResponseCounts, {
    nullable: true,
    description: 'Ý tưởng không gắn với đơn vị nào (gửi trực tiếp lên xã)',
  })
  withoutUnit: ResponseCounts | null;

  @Field(() => [AreaTypeStat])
  byAreaType: AreaTypeStat[];

  @Field(() => [StageStat], { description: 'Theo bước xử lý hiện tại (mọi trạng thái, cả số 0)' })
  byStage: StageStat[];

  @Field(() => [FieldStat])
  byField: FieldStat[];

  @Field(() => [MonthStat], { description: 'Theo tháng tiếp nhận, cũ trước' })
  byMonth: MonthStat[];

  @Field(() => FundingStats)
  funding: FundingStats;

  @Field(() => Int, { description: 'Số đơn vị đang hoạt động' })
  units: number;

  @Field(() => Int, { description: 'Số đơn vị có đầu mối tiếp nhận (chỉ tiêu 100 %)' })
  unitsWithReceptionPoint: number;

  @Field(() => ReceptionCoverage, {
    description: 'Chỉ tiêu tiếp nhận: thôn và đơn vị có đầu mối đang hoạt động có cán bộ phụ trách',
  })
  receptionCoverage: ReceptionCoverage;
}
