import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { assertAllowed, isStaff, mayManageCampaigns } from '../common/access.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { localDay } from '../common/vietnam-time.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { IdeaField } from '../field/field.entity.js';
import { Campaign, CampaignPhase } from './campaign.entity.js';
import { CampaignStatus } from './campaign.enums.js';
import type { CampaignInput, PhaseInput } from './campaign.inputs.js';

/** The campaign taking ideas now (the newest active one). */
export async function currentCampaign(
  em: EntityManager,
  tenantId: string,
): Promise<Campaign | null> {
  return em.findOne(
    Campaign,
    { tenant: tenantId, status: CampaignStatus.ACTIVE },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
}

export function listCampaigns(ctx: Context, status: CampaignStatus | null): Promise<Campaign[]> {
  return ctx.em.find(
    Campaign,
    { tenant: ctx.tenant.id, ...(status ? { status } : {}) },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
}

export function activeCampaign(ctx: Context): Promise<Campaign | null> {
  return currentCampaign(ctx.em, ctx.tenant.id);
}

/** The public never sees a campaign being prepared (DRAFT). */
export function campaignByCode(ctx: Context, code: string): Promise<Campaign | null> {
  return ctx.em.findOne(Campaign, {
    tenant: ctx.tenant.id,
    code,
    ...(isStaff(ctx.viewer) ? {} : { status: { $ne: CampaignStatus.DRAFT } }),
  });
}

/** The phase set as current by hand, else the one today (Vietnam's calendar day) falls in. */
export async function currentPhase(
  ctx: Context,
  campaign: Campaign,
): Promise<CampaignPhase | null> {
  const items = await campaign.phases.load({ dataloader: true });
  // A phase set as current by hand wins; otherwise the phase holding today.
  const pinned = campaign.pinnedPhase ? items.find((p) => p.id === campaign.pinnedPhase!.id) : null;
  if (pinned) return pinned;
  const today = localDay(ctx.clock.now());
  return items.find((p) => p.startsOn <= today && today <= p.endsOn) ?? null;
}

const CODE_RE = /^[a-z0-9][a-z0-9-]*$/;

function isDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** dd/mm/yyyy, the way the messages show a day. */
function vnDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

function recordCampaignChange(ctx: Context, details: Record<string, unknown>): void {
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.CAMPAIGN_CHANGED,
    actor: auditActor(ctx.viewer),
    details,
    at: ctx.clock.now(),
  });
}

async function findCampaign(ctx: Context, id: string): Promise<Campaign> {
  const campaign = isUuid(id)
    ? await ctx.em.findOne(Campaign, { id, tenant: ctx.tenant.id }, { populate: ['phases'] })
    : null;
  if (!campaign) throw new NotFoundError('Không tìm thấy phong trào.');
  return campaign;
}

async function validateCampaign(ctx: Context, input: CampaignInput, existing: Campaign | null) {
  const v = new Validator();
  const code = (input.code ?? '').trim().toLowerCase();
  if (!code) v.add('code', 'Vui lòng nhập mã phong trào.');
  else if (code.length > 60) v.add('code', 'Mã phong trào dài tối đa 60 ký tự.');
  else if (!CODE_RE.test(code))
    v.add(
      'code',
      'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: phong-trao-2026).',
    );
  const title = v.text('title', input.title, { label: 'tên phong trào', required: true, max: 300 });
  const description = v.text('description', input.description, {
    label: 'mô tả',
    max: 10_000,
    multiline: true,
  });
  if (!isDay(input.startsOn)) v.add('startsOn', 'Ngày bắt đầu không hợp lệ.');
  if (!isDay(input.endsOn)) v.add('endsOn', 'Ngày kết thúc không hợp lệ.');
  else if (isDay(input.startsOn) && input.endsOn < input.startsOn)
    v.add('endsOn', 'Ngày kết thúc không được trước ngày bắt đầu.');
  if (v.ok && existing) {
    for (const p of existing.phases.getItems()) {
      if (p.startsOn < input.startsOn || p.endsOn > input.endsOn) {
        v.add(
          p.startsOn < input.startsOn ? 'startsOn' : 'endsOn',
          `Giai đoạn "${p.name}" (${vnDay(p.startsOn)} – ${vnDay(p.endsOn)}) sẽ nằm ngoài thời gian của phong trào; hãy sửa giai đoạn trước.`,
        );
      }
    }
  }
  if (code && code !== existing?.code) {
    const taken = await ctx.em.count(Campaign, {
      tenant: ctx.tenant.id,
      code,
      ...(existing ? { id: { $ne: existing.id } } : {}),
    });
    if (taken) v.add('code', 'Mã này đã được dùng cho một phong trào khác của xã.');
  }
  v.throwIfInvalid();
  return { code, title: title!, description, startsOn: input.startsOn, endsOn: input.endsOn };
}

export async function createCampaign(ctx: Context, input: CampaignInput): Promise<Campaign> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const c = await validateCampaign(ctx, input, null);
  const campaign = ctx.em.create(Campaign, {
    tenant: ctx.tenant.id,
    ...c,
    status: input.status ?? CampaignStatus.DRAFT,
    createdAt: ctx.clock.now(),
  });
  // A new campaign starts with every field in use in its scope.
  const fields = await ctx.em.find(IdeaField, { tenant: ctx.tenant.id, active: true });
  campaign.fields.set(fields);
  recordCampaignChange(ctx, { campaignCreated: campaign.id, code: c.code, title: c.title });
  await ctx.em.flush();
  return campaign;
}

export async function updateCampaign(
  ctx: Context,
  id: string,
  input: CampaignInput,
): Promise<Campaign> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const campaign = await findCampaign(ctx, id);
  const c = await validateCampaign(ctx, input, campaign);
  const before = {
    code: campaign.code,
    title: campaign.title,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    status: campaign.status,
  };
  Object.assign(campaign, c, { status: input.status ?? campaign.status });
  recordCampaignChange(ctx, {
    campaignUpdated: campaign.id,
    before,
    after: { ...c, description: undefined, status: campaign.status },
  });
  await ctx.em.flush();
  return campaign;
}

/**
 * Replaces the phases of a campaign (their order is the list's): phases with an `id` are edited,
 * others added, missing ones removed. Each phase lies inside the campaign and none overlaps another.
 */
export async function setCampaignPhases(
  ctx: Context,
  campaignId: string,
  phases: PhaseInput[],
): Promise<Campaign> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const campaign = await findCampaign(ctx, campaignId);
  const v = new Validator();
  if (phases.length > 20) v.add('phases', 'Một phong trào có tối đa 20 giai đoạn.');
  const existing = new Map(campaign.phases.getItems().map((p) => [p.id, p]));
  const clean = phases.map((p, i) => {
    const at = `phases.${i}`;
    if (p.id && !existing.has(p.id)) v.add(`${at}.id`, 'Giai đoạn không thuộc phong trào này.');
    const name = v.text(`${at}.name`, p.name, { label: 'tên giai đoạn', required: true, max: 200 });
    const nameEn = v.text(`${at}.nameEn`, p.nameEn, { label: 'tên tiếng Anh', max: 200 }) || null;
    const okStart = isDay(p.startsOn);
    const okEnd = isDay(p.endsOn);
    if (!okStart) v.add(`${at}.startsOn`, 'Ngày bắt đầu không hợp lệ.');
    if (!okEnd) v.add(`${at}.endsOn`, 'Ngày kết thúc không hợp lệ.');
    if (okStart && okEnd) {
      if (p.endsOn < p.startsOn)
        v.add(`${at}.endsOn`, 'Ngày kết thúc không được trước ngày bắt đầu.');
      if (p.startsOn < campaign.startsOn)
        v.add(
          `${at}.startsOn`,
          `Giai đoạn phải bắt đầu từ ngày ${vnDay(campaign.startsOn)} (ngày bắt đầu phong trào).`,
        );
      if (p.endsOn > campaign.endsOn)
        v.add(
          `${at}.endsOn`,
          `Giai đoạn phải kết thúc muộn nhất ngày ${vnDay(campaign.endsOn)} (ngày kết thúc phong trào).`,
        );
    }
    return {
      ...p,
      name: name ?? '',
      nameEn: p.nameEn === undefined ? undefined : nameEn,
      index: i,
      valid: okStart && okEnd && p.endsOn >= p.startsOn,
    };
  });
  const dated = clean.filter((p) => p.valid).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  for (let k = 1; k < dated.length; k++) {
    const prev = dated[k - 1]!;
    const cur = dated[k]!;
    if (cur.startsOn <= prev.endsOn)
      v.add(
        `phases.${cur.index}.startsOn`,
        `Giai đoạn trùng thời gian với giai đoạn "${prev.name}" (${vnDay(prev.startsOn)} – ${vnDay(prev.endsOn)}).`,
      );
  }
  v.throwIfInvalid();
  const kept = new Set(clean.map((p) => p.id).filter(Boolean));
  for (const p of existing.values()) {
    if (kept.has(p.id)) continue;
    if (campaign.pinnedPhase?.id === p.id) campaign.pinnedPhase = null;
    ctx.em.remove(p);
  }
  clean.forEach((p, i) => {
    const row = p.id ? existing.get(p.id)! : null;
    if (row)
      Object.assign(row, {
        kind: p.kind,
        name: p.name,
        // Kept when the client does not send it (a form without the English name).
        nameEn: p.nameEn === undefined ? row.nameEn : p.nameEn,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        sortOrder: i + 1,
      });
    else
      ctx.em.create(CampaignPhase, {
        tenant: ctx.tenant.id,
        campaign,
        kind: p.kind,
        name: p.name,
        nameEn: p.nameEn ?? null,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        sortOrder: i + 1,
        createdAt: ctx.clock.now(),
      });
  });
  recordCampaignChange(ctx, {
    campaignPhases: campaign.id,
    phases: clean.map((p) => `${p.name} ${p.startsOn}–${p.endsOn}`),
  });
  await ctx.em.flush();
  return campaign;
}

/** A campaign by id for the staff who manage campaigns (drafts included). */
export async function campaignById(ctx: Context, id: string): Promise<Campaign | null> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  return isUuid(id) ? ctx.em.findOne(Campaign, { id, tenant: ctx.tenant.id }) : null;
}

/**
 * Sets which phase is current by hand (`phaseId`), or lets the date decide again (null).
 */
export async function setCurrentPhase(
  ctx: Context,
  campaignId: string,
  phaseId: string | null,
): Promise<Campaign> {
  assertAllowed(ctx.viewer, mayManageCampaigns(ctx.viewer));
  const campaign = await findCampaign(ctx, campaignId);
  const phase = phaseId ? campaign.phases.getItems().find((p) => p.id === phaseId) : null;
  if (phaseId && !phase)
    throw new BadInputError({ phaseId: 'Giai đoạn không thuộc phong trào này.' });
  campaign.pinnedPhase = phase
    ? ctx.em.getReference(CampaignPhase, phase.id, { wrapped: true })
    : null;
  recordCampaignChange(ctx, {
    campaignCurrentPhase: campaign.id,
    phase: phase?.name ?? null,
    byDate: !phase,
  });
  await ctx.em.flush();
  return campaign;
}
