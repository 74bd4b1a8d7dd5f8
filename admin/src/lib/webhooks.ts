/**
 * Partners' webhooks (/thiet-lap/webhook): the events in the order the form shows them, the
 * signature's header and formula shown with a new secret, and how the delivery log shows a time.
 */
import type { WebhookEvent } from '$lib/gql/graphql';

/** The events in the order the form and the list show them. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
  'POST_PUBLISHED',
  'IDEA_HONOURED',
  'IDEA_STATUS_CHANGED',
];

/** The header each POST is signed in, and what the signature is. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-KhoiNguon-Signature';
export const WEBHOOK_TIMESTAMP_HEADER = 'X-KhoiNguon-Timestamp';
export const WEBHOOK_SIGNATURE_FORMULA = 'sha256=HMAC-SHA256(secret, "<timestamp>.<body>")';

/** The shape of a signing secret: `whsec_` + 43 characters (32 bytes in base64url). */
export const WEBHOOK_SECRET_FORMAT = /^whsec_[A-Za-z0-9_-]{43}$/;

/** The word turning a webhook off sends: nothing is turned off without it. */
export const WEBHOOK_OFF_CONFIRMATION = 'tat-webhook';

/** dd/mm/yyyy HH:mm:ss in Vietnam's time zone (deliveries can follow each other within a minute). */
export function formatDeliveryTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** What a delivery was about, in a line: the post's or idea's title when the payload has one. */
export function payloadTitle(payload: unknown): string {
  if (!payload || typeof payload !== 'object') return '';
  const title = (payload as Record<string, unknown>).title;
  return typeof title === 'string' ? title : '';
}
