import { error } from '@sveltejs/kit';
import {
  isCouncilMember,
  isHub,
  mayEditContent,
  mayManageAccounts,
  mayManageApiKeys,
  mayManageWebhooks,
  mayManageCampaigns,
  mayManageOrganisation,
  mayRecordInPerson,
  maySeeContent,
  mayManageCommunes,
  mayManageCommuneSettings,
  mayManageMovement,
  mayActForUnit,
  mayDraftUnitNews,
} from '$lib/roles';
import { t } from '$lib/messages';

type Locals = Pick<App.Locals, 'viewer'>;

/** Pages of the hub (imports, outbox, audit log): refused to everyone else. */
export function requireHub(locals: Locals): void {
  if (!isHub(locals.viewer)) {
    error(403, {
      message: t('server.forbidden.hub'),
      code: 'FORBIDDEN',
    });
  }
}

/** In-person intake: reception officers and the hub. */
export function requireReception(locals: Locals): void {
  if (!mayRecordInPerson(locals.viewer)) {
    error(403, {
      message: t('server.forbidden.reception'),
      code: 'FORBIDDEN',
    });
  }
}

/** Council scoring: the members of a council, and the hub who follows every review. */
export function requireReviewer(locals: Locals): void {
  if (!isHub(locals.viewer) && !isCouncilMember(locals.viewer)) {
    error(403, {
      message: t('server.forbidden.reviewer'),
      code: 'FORBIDDEN',
    });
  }
}

/** Content screens: editors and administrators write, the hub reads. */
export function requireContentReader(locals: Locals): void {
  if (!maySeeContent(locals.viewer)) {
    error(403, {
      message: t('server.forbidden.contentReader'),
      code: 'FORBIDDEN',
    });
  }
}

/** Changing content: editors and administrators. */
export function requireContentEditor(locals: Locals): void {
  if (!mayEditContent(locals.viewer)) {
    error(403, {
      message: t('server.forbidden.contentEditor'),
      code: 'FORBIDDEN',
    });
  }
}

/** The province's communes: province administrators. */
export function requireProvinceAdmin(locals: Locals): void {
  if (!mayManageCommunes(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên cấp tỉnh được dùng trang này.',
      code: 'FORBIDDEN',
    });
  }
}

/** A commune's own settings: its administrators. */
export function requireCommuneAdmin(locals: Locals): void {
  if (!mayManageCommuneSettings(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên của xã được dùng trang này.',
      code: 'FORBIDDEN',
    });
  }
}

/** Staff accounts: the commune's administrators. */
export function requireAccountManager(locals: Locals): void {
  if (!mayManageAccounts(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên của xã được quản lý tài khoản cán bộ.',
      code: 'FORBIDDEN',
    });
  }
}

/** Partners' API keys: the commune's administrators. */
export function requireApiKeyManager(locals: Locals): void {
  if (!mayManageApiKeys(locals.viewer)) {
    error(403, {
      message: t('apiKeys.forbidden'),
      code: 'FORBIDDEN',
    });
  }
}

/** Partners' webhooks: the commune's administrators. */
export function requireWebhookManager(locals: Locals): void {
  if (!mayManageWebhooks(locals.viewer)) {
    error(403, {
      message: t('webhooks.forbidden'),
      code: 'FORBIDDEN',
    });
  }
}

/** Units and reception points: the administrator. */
export function requireOrganisationManager(locals: Locals): void {
  if (!mayManageOrganisation(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên được quản lý đơn vị và đầu mối tiếp nhận.',
      code: 'FORBIDDEN',
    });
  }
}

/** Fields and campaigns: the administrator and the hub. */
export function requireCampaignManager(locals: Locals): void {
  if (!mayManageCampaigns(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên và cơ quan đầu mối được quản lý lĩnh vực và phong trào.',
      code: 'FORBIDDEN',
    });
  }
}

/** Dashboards, targets, weights, freezing, answering units: the hub and the administrator. */
export function requireMovementManager(locals: Locals): void {
  if (!mayManageMovement(locals.viewer)) {
    error(403, { message: t('server.forbidden.movement'), code: 'FORBIDDEN' });
  }
}

/** The scoreboard and the requests: the hub, and a unit head for their own unit. */
export function requireMovementReader(locals: Locals): void {
  if (!mayManageMovement(locals.viewer) && !mayActForUnit(locals.viewer)) {
    error(403, { message: t('server.forbidden.movementReader'), code: 'FORBIDDEN' });
  }
}

/** "My unit": a unit head. */
export function requireUnitHead(locals: Locals): void {
  if (!mayActForUnit(locals.viewer)) {
    error(403, { message: t('server.forbidden.unitHead'), code: 'FORBIDDEN' });
  }
}

/** Drafting news: the commune's editors, and a unit's own editor (for their unit's drafts). */
export function requirePostDrafter(locals: Locals): void {
  if (!mayEditContent(locals.viewer) && !mayDraftUnitNews(locals.viewer)) {
    error(403, { message: t('server.forbidden.contentEditor'), code: 'FORBIDDEN' });
  }
}

/** The list of posts: whoever reads content, and a unit's editor (their unit's drafts). */
export function requirePostReader(locals: Locals): void {
  if (!maySeeContent(locals.viewer) && !mayDraftUnitNews(locals.viewer)) {
    error(403, { message: t('server.forbidden.contentReader'), code: 'FORBIDDEN' });
  }
}
