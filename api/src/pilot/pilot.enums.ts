import { registerEnumType } from 'type-graphql';

export enum PilotStatus {
  RUNNING = 'RUNNING',
  REPORTED = 'REPORTED',
}

registerEnumType(PilotStatus, {
  name: 'PilotStatus',
  valuesConfig: {
    RUNNING: { description: 'Đang thử nghiệm' },
    REPORTED: { description: 'Đã báo cáo kết quả' },
  },
});

export enum PilotRecommendation {
  APPLY = 'APPLY',
  SCALE = 'SCALE',
  STOP = 'STOP',
}

registerEnumType(PilotRecommendation, {
  name: 'PilotRecommendation',
  valuesConfig: {
    APPLY: { description: 'Ứng dụng chính thức' },
    SCALE: { description: 'Ứng dụng và đề xuất nhân rộng' },
    STOP: { description: 'Dừng, lưu trữ theo dõi' },
  },
});

export enum FundingSource {
  STATE_BUDGET = 'STATE_BUDGET',
  SOCIALISED = 'SOCIALISED',
  SPONSORSHIP = 'SPONSORSHIP',
  OTHER = 'OTHER',
}

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Nguồn kinh phí (§VI)',
  valuesConfig: {
    STATE_BUDGET: { description: 'Ngân sách nhà nước' },
    SOCIALISED: { description: 'Xã hội hóa' },
    SPONSORSHIP: { description: 'Tài trợ hợp pháp' },
    OTHER: { description: 'Lồng ghép chương trình, nguồn khác' },
  },
});

export enum Programme {
  DIGITAL_TRANSFORMATION = 'DIGITAL_TRANSFORMATION',
  ADMIN_REFORM = 'ADMIN_REFORM',
  NEW_RURAL = 'NEW_RURAL',
  CIVILISED_URBAN = 'CIVILISED_URBAN',
  OCOP = 'OCOP',
}

registerEnumType(Programme, {
  name: 'Programme',
  description: 'Chương trình, đề án lồng ghép (§III.4)',
  valuesConfig: {
    DIGITAL_TRANSFORMATION: { description: 'Chuyển đổi số' },
    ADMIN_REFORM: { description: 'Cải cách hành chính' },
    NEW_RURAL: { description: 'Xây dựng nông thôn mới' },
    CIVILISED_URBAN: { description: 'Đô thị văn minh' },
    OCOP: { description: 'Sản phẩm chủ lực, OCOP' },
  },
});

export enum AdoptionKind {
  APPLIED = 'APPLIED',
  SCALED = 'SCALED',
}

registerEnumType(AdoptionKind, {
  name: 'AdoptionKind',
  valuesConfig: {
    APPLIED: { description: 'Ứng dụng chính thức' },
    SCALED: { description: 'Nhân rộng' },
  },
});
