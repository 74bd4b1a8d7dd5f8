import { describe, expect, it } from 'vitest';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageKind } from './message-template.enums.js';
import {
  MESSAGE_KINDS,
  checkPlaceholders,
  defaultTemplate,
  renderMessage,
} from './message-template.defaults.js';

describe('default message templates', () => {
  it('offer a text for every kind and channel, using only offered placeholders and every required one', () => {
    for (const kind of Object.values(MessageKind)) {
      const spec = MESSAGE_KINDS[kind];
      expect(spec.channels.length).toBeGreaterThan(0);
      for (const channel of spec.channels) {
        const d = defaultTemplate(kind, channel)!;
        expect(d, `${kind} ${channel}`).toBeTruthy();
        expect(d.subject === null).toBe(channel === DeliveryChannel.SMS);
        expect(checkPlaceholders(kind, channel, d), `${kind} ${channel}`).toEqual({
          unknown: [],
          missing: [],
        });
      }
    }
  });

  it('escapes values for the channel: one-line subjects, unaccented one-line SMS', () => {
    const values = {
      title: 'Đường\r\nlàng',
      trackingCode: 'KN-1\u0007',
      receivedDate: '01/12/2026',
    };
    const email = renderMessage(MessageKind.IDEA_RECEIVED, DeliveryChannel.EMAIL, values, {
      subject: '{{title}} – {{trackingCode}}',
      body: '{{title}} {{unknown}} {{ trackingCode }}',
    })!;
    expect(email).toEqual({ subject: 'Đường làng – KN-1', body: 'Đường\r\nlàng {{unknown}} KN-1' });
    const sms = renderMessage(MessageKind.IDEA_RECEIVED, DeliveryChannel.SMS, values, {
      subject: null,
      body: '{{title}} {{trackingCode}}',
    })!;
    expect(sms.body).toBe('Duong lang KN-1');
    expect(renderMessage(MessageKind.PASSWORD_RESET, DeliveryChannel.SMS, {})).toBeNull();
  });
});
