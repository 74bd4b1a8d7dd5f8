import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayManageCommuneSettings } from '../common/access.js';
import { BadInputError } from '../common/errors.js';
import { Validator } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { DeliveryChannel } from '../outbox/outbox.enums.js';
import { MessageTemplate } from './message-template.entity.js';
import { MESSAGE_KIND_LABEL, MessageKind } from './message-template.enums.js';
import {
  MESSAGE_KINDS,
  checkPlaceholders,
  defaultTemplate,
  renderMessage,
  sampleValues,
  type MessageValues,
  type TemplateText,
} from './message-template.defaults.js';
import type { MessageTemplateInput } from './message-template.inputs.js';
import { MessagePreview, MessageTemplateView } from './message-template.types.js';

export interface ComposedMessage {
  subject: string;
  body: string;
  smsBody: string;
}

/**
 * The email and SMS of a kind for a commune, from its overrides (if any) or the defaults; every
 * kind is offered `communeName`.
 */
export async function composeMessage(
  em: EntityManager,
  tenantId: string,
  kind: MessageKind,
  values: MessageValues,
): Promise<ComposedMessage> {
  const [overrides, tenant] = await Promise.all([
    em.find(MessageTemplate, { tenant: tenantId, kind }),
    em.findOne(Tenant, { id: tenantId }),
  ]);
  const all: MessageValues = { communeName: tenant?.name ?? '', ...values };
  const render = (channel: DeliveryChannel) => {
    const o = overrides.find((t) => t.channel === channel);
    return renderMessage(
      kind,
      channel,
      all,
      o ? { subject: o.subject ?? null, body: o.body } : null,
    );
  };
  const email = render(DeliveryChannel.EMAIL)!;
  const sms = render(DeliveryChannel.SMS);
  return { subject: email.subject ?? '', body: email.body, smsBody: sms?.body ?? email.body };
}

function supports(kind: MessageKind, channel: DeliveryChannel): boolean {
  return MESSAGE_KINDS[kind]?.channels.includes(channel) ?? false;
}

async function view(
  em: EntityManager,
  kind: MessageKind,
  channel: DeliveryChannel,
  override: MessageTemplate | null,
): Promise<MessageTemplateView> {
  const d = defaultTemplate(kind, channel)!;
  const by = override?.updatedBy
    ? await em.findOne(StaffUser, { id: override.updatedBy.id })
    : null;
  return Object.assign(new MessageTemplateView(), {
    kind,
    channel,
    label: MESSAGE_KIND_LABEL[kind],
    subject: override ? (override.subject ?? null) : d.subject,
    body: override?.body ?? d.body,
    customised: !!override,
    defaultSubject: d.subject,
    defaultBody: d.body,
    placeholders: MESSAGE_KINDS[kind].placeholders.map((p) => ({
      name: p.name,
      description: p.description,
      sample: p.sample,
      required: !!p.requiredIn?.includes(channel),
    })),
    updatedAt: override?.updatedAt ?? null,
    updatedByName: by?.fullName ?? null,
  });
}

/** Every kind and channel with the commune's current text (the commune's ADMIN). */
export async function listMessageTemplates(ctx: Context): Promise<MessageTemplateView[]> {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  const overrides = await ctx.em.find(MessageTemplate, { tenant: ctx.tenant.id });
  const out: MessageTemplateView[] = [];
  for (const kind of Object.values(MessageKind))
    for (const channel of MESSAGE_KINDS[kind].channels)
      out.push(
        await view(
          ctx.em,
          kind,
          channel,
          overrides.find((o) => o.kind === kind && o.channel === channel) ?? null,
        ),
      );
  return out;
}

/** Checks a proposed text: length, unknown placeholders, required ones kept. */
function validTemplate(input: MessageTemplateInput): TemplateText {
  const v = new Validator();
  if (!supports(input.kind, input.channel)) {
    v.add('channel', 'Loại thông báo này không gửi qua kênh đã chọn.');
    v.throwIfInvalid();
  }
  const email = input.channel === DeliveryChannel.EMAIL;
  const subject = email
    ? v.text('subject', input.subject, { label: 'tiêu đề', required: true, max: 300 })
    : null;
  const body = v.text('body', input.body, {
    label: 'nội dung',
    required: true,
    max: input.channel === DeliveryChannel.SMS ? 480 : 10_000,
    multiline: true,
  });
  v.throwIfInvalid();
  const { unknown, missing } = checkPlaceholders(input.kind, input.channel, {
    subject,
    body: body!,
  });
  const names = (list: string[]) => list.map((n) => `{{${n}}}`).join(', ');
  // The first problem is reported; the other shows once it is fixed.
  if (unknown.length)
    v.add('body', `Mẫu dùng biến không có cho loại thông báo này: ${names(unknown)}.`);
  if (missing.length) v.add('body', `Mẫu cần giữ biến bắt buộc: ${names(missing)}.`);
  v.throwIfInvalid();
  return { subject, body: body! };
}

/** Saves the commune's text for a kind and channel (the commune's ADMIN), audited. */
export async function updateMessageTemplate(
  ctx: Context,
  input: MessageTemplateInput,
): Promise<MessageTemplateView> {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  const text = validTemplate(input);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (em) => {
    let row = await em.findOne(MessageTemplate, {
      tenant: ctx.tenant.id,
      kind: input.kind,
      channel: input.channel,
    });
    row ??= em.create(MessageTemplate, {
      tenant: ctx.tenant.id,
      kind: input.kind,
      channel: input.channel,
      body: text.body,
      updatedAt: now,
      createdAt: now,
    });
    row.subject = text.subject;
    row.body = text.body;
    row.updatedAt = now;
    row.updatedBy = isStaff(ctx.viewer)
      ? em.getReference(StaffUser, ctx.viewer.userId, { wrapped: true })
      : null;
    audit(em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.MESSAGE_TEMPLATE_CHANGED,
      actor: auditActor(ctx.viewer),
      details: { kind: input.kind, channel: input.channel, step: 'updated' },
      at: now,
    });
    await em.flush();
    return view(em, input.kind, input.channel, row);
  });
}

/** Goes back to the platform's default text (the commune's ADMIN), audited. */
export async function resetMessageTemplate(
  ctx: Context,
  kind: MessageKind,
  channel: DeliveryChannel,
): Promise<MessageTemplateView> {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  if (!supports(kind, channel))
    throw new BadInputError({ channel: 'Loại thông báo này không gửi qua kênh đã chọn.' });
  const now = ctx.clock.now();
  return ctx.em.transactional(async (em) => {
    const removed = await em.nativeDelete(MessageTemplate, {
      tenant: ctx.tenant.id,
      kind,
      channel,
    });
    if (removed)
      audit(em, {
        tenantId: ctx.tenant.id,
        action: AuditAction.MESSAGE_TEMPLATE_CHANGED,
        actor: auditActor(ctx.viewer),
        details: { kind, channel, step: 'reset' },
        at: now,
      });
    await em.flush();
    return view(em, kind, channel, null);
  });
}

/** The proposed text rendered with sample values, checked as a save would be (nothing is saved). */
export function previewMessageTemplate(ctx: Context, input: MessageTemplateInput): MessagePreview {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  const text = validTemplate(input);
  const rendered = renderMessage(
    input.kind,
    input.channel,
    { ...sampleValues(input.kind), communeName: ctx.tenant.name },
    text,
  )!;
  return Object.assign(new MessagePreview(), rendered);
}
