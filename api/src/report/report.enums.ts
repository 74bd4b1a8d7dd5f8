import { registerEnumType } from 'type-graphql';

/** How often units report to the hub (§V.2). */
export enum ReportFrequency {
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
}
registerEnumType(ReportFrequency, {
  name: 'ReportFrequency',
  valuesConfig: {
    QUARTERLY: { description: 'Hằng quý' },
    HALF_YEARLY: { description: 'Sáu tháng' },
    YEARLY: { description: 'Hằng năm' },
  },
});

/** A unit's periodic report: drafted, sent to the hub, returned with comments or accepted. */
export enum UnitReportStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(UnitReportStatus, {
  name: 'UnitReportStatus',
  valuesConfig: {
    NOT_STARTED: { description: 'Chưa lập' },
    DRAFT: { description: 'Đang soạn' },
    SUBMITTED: { description: 'Đã gửi, chờ đầu mối xem xét' },
    RETURNED: { description: 'Trả lại để bổ sung' },
    ACCEPTED: { description: 'Đã tiếp nhận' },
  },
});

/** The hub's reports to the People's Committee and upward. */
export enum HubReportKind {
  PERIODIC = 'PERIODIC',
  MID_TERM = 'MID_TERM',
  FINAL = 'FINAL',
}
registerEnumType(HubReportKind, {
  name: 'HubReportKind',
  valuesConfig: {
    PERIODIC: { description: 'Báo cáo định kỳ' },
    MID_TERM: { description: 'Báo cáo sơ kết' },
    FINAL: { description: 'Báo cáo tổng kết' },
  },
});

/** A hub report is edited as a draft; once issued it never changes (a correction is a new version). */
export enum HubReportStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}
registerEnumType(HubReportStatus, {
  name: 'HubReportStatus',
  valuesConfig: {
    DRAFT: { description: 'Dự thảo' },
    ISSUED: { description: 'Đã ban hành' },
  },
});

/** The files a hub report is generated as. */
export enum ReportFormat {
  DOCX = 'DOCX',
  PDF = 'PDF',
  XLSX = 'XLSX',
}
registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  valuesConfig: {
    DOCX: { description: 'Văn bản Word (DOCX)' },
    PDF: { description: 'PDF' },
    XLSX: { description: 'Phụ lục số liệu (XLSX)' },
  },
});
