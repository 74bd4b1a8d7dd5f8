import { registerEnumType } from 'type-graphql';

export enum AttachmentKind {
  SUPPORTING = 'SUPPORTING',
  PAPER_FORM = 'PAPER_FORM',
  IMPORT_SOURCE = 'IMPORT_SOURCE',
  DECISION = 'DECISION',
  REPORT = 'REPORT',
  EVIDENCE = 'EVIDENCE',
  PLAN_DOCUMENT = 'PLAN_DOCUMENT',
  ACTIVITY_PHOTO = 'ACTIVITY_PHOTO',
  SPENDING_DOCUMENT = 'SPENDING_DOCUMENT',
}

registerEnumType(AttachmentKind, {
  name: 'AttachmentKind',
  valuesConfig: {
    SUPPORTING: { description: 'Tài liệu kèm theo' },
    PAPER_FORM: { description: 'Bản quét phiếu đề xuất giấy' },
    IMPORT_SOURCE: { description: 'Bảng tính nhập ý tưởng' },
    DECISION: { description: 'Văn bản quyết định' },
    REPORT: { description: 'Báo cáo' },
    EVIDENCE: { description: 'Bằng chứng về quyền tác giả' },
    PLAN_DOCUMENT: { description: 'Văn bản kế hoạch triển khai của đơn vị' },
    ACTIVITY_PHOTO: { description: 'Ảnh hoạt động phong trào' },
    SPENDING_DOCUMENT: { description: 'Chứng từ khoản chi' },
  },
});
