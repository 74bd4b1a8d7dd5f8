import { registerEnumType } from 'type-graphql';

export enum JobStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(JobStatus, {
  name: 'JobStatus',
  valuesConfig: {
    PENDING: { description: 'Đang chờ' },
    RUNNING: { description: 'Đang chạy' },
    DONE: { description: 'Đã xong' },
    FAILED: { description: 'Thất bại' },
  },
});
