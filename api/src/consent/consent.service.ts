import type { EntityManager } from '@mikro-orm/postgresql';
import type { Authorship } from '../idea/idea.entity.js';
import { Consent, PrivacyNotice } from './consent.entity.js';
import { ConsentChannel, ConsentGiver, ConsentKind } from './consent.enums.js';
import type { Context } from '../context.js';
import { assertAllowed, mayManageCommuneSettings, mayManageRights } from '../common/access.js';
import { Validator } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import type { PrivacyNoticeInput } from './consent.inputs.js';

export interface ConsentChoices {
  processData: boolean;
  showName: boolean;
  publishContent: boolean;
  allowPilot: boolean;
  allowScale: boolean;
  /** Sending the idea's file to higher innovation programmes (absent: not given). */
  shareProgrammes?: boolean;
  /** A minor's parent or guardian agrees to the same choices. */
  guardianConsent?: boolean;
}

export async function currentNotice(
  em: EntityManager,
  tenantId: string,
): Promise<PrivacyNotice | null> {
  return em.findOne(PrivacyNotice, { tenant: tenantId }, { orderBy: { version: 'desc' } });
}

/** The notice the person saw must exist; the data-processing consent is required to submit. */
export async function checkConsents(
  em: EntityManager,
  tenantId: string,
  choices: ConsentChoices | null | undefined,
  noticeVersion: number | null | undefined,
  errors: (field: string, message: string) => void,
): Promise<void> {
  if (!choices?.processData) {
    errors(
      'consents.processData',
      'Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân để gửi ý tưởng.',
    );
  }
  const notice = noticeVersion
    ? await em.findOne(PrivacyNotice, { tenant: tenantId, version: noticeVersion })
    : null;
  if (!notice)
    errors(
      'consents.noticeVersion',
      'Phiên bản thông báo xử lý dữ liệu không hợp lệ, vui lòng tải lại trang.',
    );
}

const KIND_OF: [keyof ConsentChoices, ConsentKind][] = [
  ['processData', ConsentKind.PROCESS_DATA],
  ['showName', ConsentKind.SHOW_NAME],
  ['publishContent', ConsentKind.PUBLISH_CONTENT],
  ['allowPilot', ConsentKind.ALLOW_PILOT],
  ['allowScale', ConsentKind.ALLOW_SCALE],
  ['shareProgrammes', ConsentKind.SHARE_PROGRAMMES],
];

/** One row per consent given (unticked boxes leave no row: absence means no consent). */
export function recordConsents(
  em: EntityManager,
  authorship: Authorship,
  choices: ConsentChoices,
  opts: {
    tenantId: string;
    noticeVersion: number;
    channel: ConsentChannel;
    now: Date;
    givenBy?: ConsentGiver;
  },
): void {
  for (const [key, kind] of KIND_OF) {
    if (!choices[key]) continue;
    em.create(Consent, {
      tenant: opts.tenantId,
      authorship,
      kind,
      noticeVersion: opts.noticeVersion,
      channel: opts.channel,
      givenBy: opts.givenBy ?? ConsentGiver.SELF,
      givenAt: opts.now,
      createdAt: opts.now,
    });
  }
}

/** The notice in force, shown wherever personal data is collected. */
export function privacyNotice(ctx: Context): Promise<PrivacyNotice | null> {
  return currentNotice(ctx.em, ctx.tenant.id);
}

/** Every version of the notice, newest first (the commune's ADMIN). */
export function privacyNoticeHistory(ctx: Context): Promise<PrivacyNotice[]> {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  return ctx.em.find(PrivacyNotice, { tenant: ctx.tenant.id }, { orderBy: { version: 'desc' } });
}

/**
 * Publishes a new version of the notice (the commune's ADMIN): it is shown from now on and the
 * consents given from now on record its number; earlier consents keep the version they were given
 * under. Versions are never edited.
 */
export async function publishPrivacyNotice(
  ctx: Context,
  input: PrivacyNoticeInput,
): Promise<PrivacyNotice> {
  assertAllowed(ctx.viewer, mayManageCommuneSettings(ctx.viewer));
  const v = new Validator();
  const title = v.text('title', input.title, { label: 'tiêu đề', required: true, max: 300 });
  const body = v.text('body', input.body, {
    label: 'nội dung',
    required: true,
    max: 20_000,
    multiline: true,
  });
  v.throwIfInvalid();
  const now = ctx.clock.now();
  return ctx.em.transactional(async (em) => {
    const last = await currentNotice(em, ctx.tenant.id);
    const notice = em.create(PrivacyNotice, {
      tenant: ctx.tenant.id,
      version: (last?.version ?? 0) + 1,
      title: title!,
      body: body!,
      publishedAt: now,
      requiresFreshConsent: input.requiresFreshConsent,
      createdAt: now,
    });
    audit(em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.PRIVACY_NOTICE_PUBLISHED,
      actor: auditActor(ctx.viewer),
      details: { version: notice.version, requiresFreshConsent: input.requiresFreshConsent },
      at: now,
    });
    await em.flush();
    return notice;
  });
}

export interface ConsentToRenew {
  ideaId: string;
  trackingCode: string;
  title: string;
  authorName: string;
  noticeVersion: number;
}

/**
 * Authors whose consents in force were given under a notice older than the latest version marked
 * "requires fresh consent": the hub asks them again. Staff who run rights (the hub, ADMIN); each
 * idea shown counts as a read of personal data.
 */
export async function consentsToRenew(ctx: Context): Promise<ConsentToRenew[]> {
  assertAllowed(ctx.viewer, mayManageRights(ctx.viewer));
  const rows = await ctx.em.execute<
    {
      idea_id: string;
      tracking_code: string;
      title: string;
      full_name: string;
      notice_version: number;
    }[]
  >(
    `select i.id as idea_id, i.tracking_code, i.title, p.full_name,
            min(c.notice_version) as notice_version
       from consent c
       join authorship a on a.id = c.authorship_id
       join person p on p.id = a.person_id
       join idea i on i.id = a.idea_id
      where c.tenant_id = ? and c.withdrawn_at is null
        and c.notice_version < (select max(n.version) from privacy_notice n
                                 where n.tenant_id = ? and n.requires_fresh_consent)
      group by i.id, p.id order by i.received_at, p.full_name limit 500`,
    [ctx.tenant.id, ctx.tenant.id],
  );
  await Promise.all(
    [...new Set(rows.map((r) => r.idea_id))].map((id) => ctx.personalData.record(id)),
  );
  return rows.map((r) => ({
    ideaId: r.idea_id,
    trackingCode: r.tracking_code,
    title: r.title,
    authorName: r.full_name,
    noticeVersion: Number(r.notice_version),
  }));
}
