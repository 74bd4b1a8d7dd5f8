import nodemailer, { type Transporter } from 'nodemailer';
import { PermanentJobError } from '../jobs/job.runner.js';

/** The edge to the outside world: mail and SMS delivery. Tests replace it. */
export interface Sender {
  /** What the outbox records as the transport used ("smtp", "sms-http", "demo"). */
  readonly name: string;
  send(message: { recipient: string; subject: string | null; body: string }): Promise<void>;
}

export interface Senders {
  email: Sender;
  sms: Sender;
}

/** Email through an SMTP server: KN_SMTP_URL=smtp://user:pass@host:587, KN_MAIL_FROM. */
export class SmtpSender implements Sender {
  readonly name = 'smtp';
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(m: { recipient: string; subject: string | null; body: string }): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: m.recipient,
      subject: m.subject ?? 'Khơi Nguồn',
      text: m.body,
    });
  }
}

/**
 * SMS through a provider's HTTP API: POST KN_SMS_URL with JSON {to, text} and
 * `Authorization: Bearer KN_SMS_TOKEN`. Vietnamese SMS gateways (brandname services) differ in
 * their payloads; a small adapter in front of them speaks this format.
 */
export class HttpSmsSender implements Sender {
  readonly name = 'sms-http';
  constructor(
    private readonly url: string,
    private readonly token: string | null,
  ) {}
  async send(m: { recipient: string; body: string }): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ to: m.recipient, text: m.body }),
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) throw new Error(`nhà cung cấp SMS trả lời HTTP ${res.status}`);
  }
}

/** Demo mode: nothing leaves the machine; the admin's outbox page shows what would have been sent. */
export class DemoSender implements Sender {
  readonly name = 'demo';
  async send(): Promise<void> {}
}

/** A channel with no provider configured: fails at once, visibly, without retrying. */
export class UnconfiguredSender implements Sender {
  readonly name = 'none';
  constructor(private readonly what: string) {}
  async send(): Promise<void> {
    throw new PermanentJobError(`Chưa cấu hình ${this.what}`);
  }
}

export function sendersFromConfig(c: {
  demo: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  smsUrl: string | null;
  smsToken: string | null;
}): Senders {
  return {
    email: c.smtpUrl
      ? new SmtpSender(c.smtpUrl, c.mailFrom)
      : c.demo
        ? new DemoSender()
        : new UnconfiguredSender('máy chủ gửi email (KN_SMTP_URL)'),
    sms: c.smsUrl
      ? new HttpSmsSender(c.smsUrl, c.smsToken)
      : c.demo
        ? new DemoSender()
        : new UnconfiguredSender('nhà cung cấp SMS (KN_SMS_URL)'),
  };
}
