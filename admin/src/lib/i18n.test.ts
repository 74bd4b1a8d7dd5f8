import { describe, expect, it } from 'vitest';
import {
  API_KEY_SCOPE,
  APPLICABILITY,
  ATTACHMENT_KIND,
  AUDIT_ACTION,
  AUDIT_ACTIONS,
  CHANNEL,
  CONSENT_CHANNEL,
  CONSENT_GIVER,
  CONSENT_KIND,
  DATA_REQUEST_CHANNEL,
  DATA_REQUEST_KIND,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUS,
  CONTENT_KIND,
  CONTENT_KINDS,
  CONTENT_STATUS,
  CONTENT_STATUSES,
  DELIVERY_CHANNEL,
  DELIVERY_STATUS,
  DISPUTE_PARTY,
  DISPUTE_STATUS,
  EVENT_KIND,
  FEASIBILITY,
  IDEA_ROUTE,
  JOB_STATUS,
  MATURITY,
  MEDIA_KIND,
  MISSING_INFO,
  MISSING_INFOS,
  PERSON_KIND,
  REVISION_SOURCE,
  RIGHTS_CONSENTS,
  RIGHTS_STATUS,
  ROLE,
  STATUS,
  STATUSES,
  TAG_KIND,
} from './i18n';

describe('admin labels', () => {
  it('name every status, channel, maturity and role in Vietnamese', () => {
    expect(STATUSES).toHaveLength(14);
    for (const label of [
      ...Object.values(STATUS),
      ...Object.values(CHANNEL),
      ...Object.values(MATURITY),
      ...Object.values(ROLE),
    ]) {
      expect(label.trim().length).toBeGreaterThan(3);
    }
    expect(ROLE.HUB).toBe('Phòng Văn hóa – Xã hội');
  });

  it('name the triage, outbox, audit and import enums', () => {
    expect(FEASIBILITY).toEqual({ HIGH: 'Cao', MEDIUM: 'Trung bình', LOW: 'Thấp' });
    expect(APPLICABILITY).toEqual({
      WIDE: 'Áp dụng rộng',
      LOCAL: 'Áp dụng tại đơn vị',
      LIMITED: 'Phạm vi hẹp',
    });
    expect(IDEA_ROUTE).toEqual({
      SUPPORT: 'Hỗ trợ hoàn thiện',
      COUNCIL_REVIEW: 'Chuyển Hội đồng đánh giá',
      ARCHIVE_MONITOR: 'Lưu trữ, theo dõi',
    });
    expect(MISSING_INFOS).toHaveLength(8);
    // …with the partners' API keys (created, revoked) and webhooks (changed).
    expect(AUDIT_ACTIONS).toHaveLength(71);
    expect(AUDIT_ACTION.REVIEW_SCORED).toBe('Nộp phiếu chấm điểm');
    for (const labels of [
      MISSING_INFO,
      AUDIT_ACTION,
      DELIVERY_STATUS,
      DELIVERY_CHANNEL,
      ATTACHMENT_KIND,
      REVISION_SOURCE,
      JOB_STATUS,
      EVENT_KIND,
    ]) {
      const values = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
      for (const label of values) expect(label.trim().length).toBeGreaterThan(2);
    }
  });

  it('name the rights, consent and data-request enums', () => {
    expect(RIGHTS_STATUS).toEqual({
      UNCLEAR: 'Chưa rõ',
      ESTABLISHED: 'Đã xác lập',
      DISPUTED: 'Có tranh chấp',
    });
    // The four consents about using the idea, by the schema's names.
    expect(RIGHTS_CONSENTS).toEqual([
      'SHOW_NAME',
      'PUBLISH_CONTENT',
      'ALLOW_PILOT',
      'ALLOW_SCALE',
      'SHARE_PROGRAMMES',
    ]);
    expect(DATA_REQUEST_KINDS).toHaveLength(6);
    for (const labels of [
      DISPUTE_STATUS,
      DISPUTE_PARTY,
      PERSON_KIND,
      CONSENT_KIND,
      CONSENT_GIVER,
      CONSENT_CHANNEL,
      DATA_REQUEST_KIND,
      DATA_REQUEST_STATUS,
      DATA_REQUEST_CHANNEL,
    ]) {
      const values = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
      for (const label of values) expect(label.trim().length).toBeGreaterThan(3);
    }
  });

  it('name the scopes of partners’ API keys', () => {
    expect(API_KEY_SCOPE).toEqual({
      PUBLIC_READ: 'Đọc dữ liệu công khai',
      STATISTICS: 'Số liệu thống kê',
      SUBMIT: 'Gửi ý tưởng',
    });
  });

  it('name the content kinds, statuses, tag and media kinds', () => {
    expect(CONTENT_KINDS).toEqual(['NEWS', 'PROPAGANDA', 'PAGE']);
    expect(CONTENT_STATUSES).toEqual(['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED']);
    expect(CONTENT_STATUS).toEqual({
      DRAFT: 'Bản nháp',
      SCHEDULED: 'Đã hẹn giờ đăng',
      PUBLISHED: 'Đã đăng',
      ARCHIVED: 'Đã lưu trữ',
    });
    for (const labels of [CONTENT_KIND, TAG_KIND, MEDIA_KIND]) {
      const values = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
      for (const label of values) expect(label.trim().length).toBeGreaterThan(2);
    }
  });
});
