import type { Context } from '../context.js';
import { BadInputError } from '../common/errors.js';
import { formatDateVi, isValidEmail, normalizeEmail, normalizePhone } from '../common/text.js';
import { notifyAuthor } from '../outbox/outbox.service.js';
import { Person } from '../person/person.entity.js';
import { composeMessage } from '../template/message-template.service.js';
import { MessageKind } from '../template/message-template.enums.js';
import { Authorship, type Idea } from './idea.entity.js';

/** Codes an SMS carries at most (the newest); an email lists them all. */
const SMS_CODES = 5;

/**
 * "Quên mã tra cứu?" (issue #15): the codes of every idea a contact was given for are sent to that
 * contact — the email or phone number the author wrote when submitting, never anywhere else. The
 * answer is the same whether or not the contact is known, and nothing of the ideas is in it; the
 * requests are limited per address and per contact (counted either way). People who asked to
 * restrict processing, or to be erased, get nothing.
 */
export async function requestTrackingCodes(ctx: Context, contact: string): Promise<boolean> {
  const raw = contact.trim();
  const email = raw.includes('@') ? normalizeEmail(raw) : null;
  const phone = email ? null : normalizePhone(raw);
  if (email ? !isValidEmail(email) : !phone) {
    throw new BadInputError({
      contact: 'Vui lòng nhập đúng email hoặc số điện thoại bạn đã ghi khi gửi ý tưởng.',
    });
  }
  const key = (email ?? phone)!;
  await ctx.limits?.admitCodeReminder({ address: ctx.clientIp, contact: key });

  const people = await ctx.em.find(Person, {
    tenant: ctx.tenant.id,
    ...(email ? { email } : { phone }),
    anonymisedAt: null,
    restrictedAt: null,
  });
  if (!people.length) return true;
  const authorships = await ctx.em.find(
    Authorship,
    { person: { $in: people.map((p) => p.id) }, declinedAt: null },
    { populate: ['idea'] },
  );
  const ideas = [
    ...new Map(authorships.map((a) => [a.idea.id, a.idea.getEntity()] as [string, Idea])).values(),
  ].sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  if (!ideas.length) return true;

  const codes = email
    ? ideas
        .map((i) => `- ${i.trackingCode}: ${i.title} (gửi ngày ${formatDateVi(i.receivedAt)})`)
        .join('\n')
    : ideas
        .slice(0, SMS_CODES)
        .map((i) => i.trackingCode)
        .join(', ');
  const now = ctx.clock.now();
  await ctx.em.fork().transactional(async (tx) => {
    await notifyAuthor(tx, {
      tenantId: ctx.tenant.id,
      ideaId: ideas[0]!.id,
      contact: email ? { email } : { phone },
      ...(await composeMessage(tx, ctx.tenant.id, MessageKind.TRACKING_CODES, { codes })),
      now,
    });
  });
  return true;
}
