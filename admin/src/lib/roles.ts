import type { Permission } from '@khoi-nguon/schema/client';

/**
 * What the signed-in staff member may do, decided by the API (`Viewer.permissions`, computed from
 * the same rules that guard each operation): these functions only read that list, so the admin
 * never re-implements an access rule. Pass the viewer (or its `permissions`). The API checks every
 * call anyway; these decide which screens and links to show.
 */
export type PermissionHolder =
  { readonly permissions: readonly Permission[] } | readonly Permission[] | null | undefined;

/** The permissions of a holder: the viewer (as the API answered it) or a bare list. */
export function permissionsOf(holder: PermissionHolder): ReadonlySet<Permission> {
  if (!holder) return new Set();
  return new Set('permissions' in holder ? holder.permissions : holder);
}

/** The hub (Phòng Văn hóa – Xã hội) and administrators run triage for the whole commune. */
export function isHub(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('TRIAGE');
}

/** Who records ideas brought in person: reception officers (own unit) and the hub. */
export function mayRecordInPerson(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('RECORD_IN_PERSON');
}

/** Council members score ideas in their queue (the hub may sit on a council too). */
export function isCouncilMember(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('SCORE');
}

/**
 * Filing a data-subject request for someone who came in person: the hub, and the reception
 * officers and unit heads of the unit the idea was filed with (the API checks the idea).
 */
export function mayFileDataRequests(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('FILE_DATA_REQUESTS');
}

/** The commune's administrators invite staff, set their roles and units, disable accounts. */
export function mayManageAccounts(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_ACCOUNTS');
}

/**
 * Partners' API keys: the commune's administrators (keys for the commune, optionally for one unit)
 * and the province's (keys for the province's communes).
 */
export function mayManageApiKeys(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_API_KEYS');
}

/** Partners' webhooks: the commune's administrators (the API guards them with the same rule). */
export function mayManageWebhooks(holder: PermissionHolder): boolean {
  return mayManageAccounts(holder);
}

/** Editors and administrators write news, pages and banners and manage the media library. */
export function mayEditContent(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('EDIT_CONTENT');
}

/** The hub follows the content too (read only): the API lets it read drafts and revisions. */
export function maySeeContent(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('SEE_CONTENT');
}

/** Units and reception points (create, rename, merge, archive, officers): the administrator. */
export function mayManageOrganisation(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_ORGANISATION');
}

/** Fields and campaigns with their phases: the administrator and the hub. */
export function mayManageCampaigns(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_CAMPAIGNS');
}

/** Province administrators create and compare the communes of their province. */
export function mayManageCommunes(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_COMMUNES');
}

/** A commune's administrator sets its name, contacts, signer, privacy notice and templates. */
export function mayManageCommuneSettings(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_COMMUNE_SETTINGS');
}

/** Idea work of any kind: a staff member with none of it and with content to see lands there. */
const IDEA_WORK: Permission[] = ['TRIAGE', 'RECORD_IN_PERSON', 'SCORE', 'FILE_DATA_REQUESTS'];

/** Where a staff member lands after signing in: editors who only edit go to the content. */
export function landingPage(holder: PermissionHolder): string {
  const p = permissionsOf(holder);
  if (p.has('MANAGE_COMMUNES') && !IDEA_WORK.some((w) => p.has(w))) return '/thiet-lap/cac-xa';
  const onlyContent =
    (p.has('SEE_CONTENT') || p.has('DRAFT_UNIT_NEWS')) && !IDEA_WORK.some((w) => p.has(w));
  return onlyContent ? '/noi-dung' : '/y-tuong';
}

/** The movement's management: targets, scoreboard, units' plans and requests, dashboards. */
export function mayManageMovement(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('MANAGE_MOVEMENT');
}

/** A unit head's own unit: plan, activities, requests, hosted pilots, targets and scoreboard. */
export function mayActForUnit(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('ACT_FOR_UNIT');
}

/** A unit's own editor drafts the unit's news for the commune's editor to approve. */
export function mayDraftUnitNews(holder: PermissionHolder): boolean {
  return permissionsOf(holder).has('DRAFT_UNIT_NEWS');
}
