import { describe, expect, it } from 'vitest';
import {
  formatDeliveryTime,
  payloadTitle,
  WEBHOOK_EVENTS,
  WEBHOOK_SECRET_FORMAT,
} from './webhooks';
import { WEBHOOK_EVENT } from './i18n';

describe('webhooks', () => {
  it('shows a delivery time to the second in Vietnam', () => {
    expect(formatDeliveryTime('2026-06-15T17:05:09.400Z')).toBe('16/06/2026 00:05:09');
  });

  it('lists every event once, each with its label', () => {
    expect([...WEBHOOK_EVENTS].sort()).toEqual(Object.keys(WEBHOOK_EVENT).sort());
  });

  it('reads the title of a payload, if any', () => {
    expect(payloadTitle({ postId: '1', title: 'Tin mới' })).toBe('Tin mới');
    expect(payloadTitle({ ideaId: '1' })).toBe('');
    expect(payloadTitle(null)).toBe('');
  });

  it('knows the shape of a signing secret', () => {
    expect(WEBHOOK_SECRET_FORMAT.test(`whsec_${'a'.repeat(43)}`)).toBe(true);
    expect(WEBHOOK_SECRET_FORMAT.test('whsec_short')).toBe(false);
  });
});
