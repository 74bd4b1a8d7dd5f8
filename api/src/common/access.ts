/**
 * Access rules, all in one place (Keystone style): a boolean for "may do", a filter for "may see".
 * Denied reads filter silently; denied writes raise FORBIDDEN. Resolvers and services call these;
 * nothing else decides who may do what.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from './roles.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

export interface AnonymousViewer {
  kind: 'anonymous';
}
export interface StaffViewer {
  kind: 'staff';
  userId: string;
  tenantId: string;
  roles: ReadonlySet<Role>;
  unitId: string | null;
  /**
   * The viewer's unit and every unit merged (directly or down a chain of merges) into it, resolved
   * once per request with the session; absent, only `unitId`. Ideas keep pointing at a merged
   * unit, so unit-level access compares against all of them.
   */
  unitIds?: readonly string[];
  sessionId: string;
  fullName: string;
  /**
   * The commune requires a second factor of this account and it has none yet: the session may
   * only enrol TOTP (every other operation answers TWO_FACTOR_REQUIRED).
   */
  twoFactorEnrolmentRequired?: boolean;
}
export type Viewer = AnonymousViewer | StaffViewer;

/**
 * What the rules need to know of an idea (its tenant, unit and helpers). Structural, so `common/`
 * stays below the idea feature: an `Idea` entity fits it.
 */
export interface IdeaScope {
  tenant: { id: string };
  unit?: { id: string } | null;
  supportExpert?: { id: string } | null;
  supportUnit?: { id: string } | null;
}

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

export function isStaff(viewer: Viewer): viewer is StaffViewer {
  return viewer.kind === 'staff';
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return isStaff(viewer) && roles.some((r) => viewer.roles.has(r));
}

/** ADMIN and the hub run the movement for the whole tenant. */
export function seesWholeTenant(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN, Role.HUB);
}

/** The roles that work at unit level (their scope is their unit and the units merged into it). */
export const UNIT_SCOPED_ROLES: readonly Role[] = [Role.RECEPTION_OFFICER, Role.UNIT_HEAD];

/**
 * Reception officers and unit heads work on the ideas filed with their own unit, or with a unit
 * merged into it: the unit ids they work for (null: no unit-level scope).
 */
export function unitScope(viewer: Viewer): readonly string[] | null {
  if (!isStaff(viewer) || !viewer.unitId) return null;
  if (!hasRole(viewer, ...UNIT_SCOPED_ROLES)) return null;
  return viewer.unitIds?.length ? viewer.unitIds : [viewer.unitId];
}

function inScope(units: readonly string[] | null, unitId: string | null | undefined): boolean {
  return units !== null && !!unitId && units.includes(unitId);
}

/** Staff working on the idea (not merely reading it after publication). */
export function worksOnIdea(viewer: Viewer, idea: IdeaScope): boolean {
  if (!isStaff(viewer) || viewer.tenantId !== idea.tenant.id) return false;
  if (seesWholeTenant(viewer)) return true;
  if (idea.supportExpert?.id === viewer.userId) return true;
  const units = unitScope(viewer);
  return inScope(units, idea.unit?.id) || inScope(units, idea.supportUnit?.id);
}

/**
 * Is the viewer a member of a council that reviews (or reviewed) the idea? Council members see
 * the authors' names (to declare conflicts of interest) and the supporting files, not contacts.
 */
export async function reviewsIdea(
  em: EntityManager,
  viewer: Viewer,
  ideaId: string,
): Promise<boolean> {
  if (!hasRole(viewer, Role.COUNCIL_MEMBER) || !isStaff(viewer)) return false;
  const rows = await em.execute<{ ok: number }[]>(
    `select 1 as ok from review r join council_member m on m.council_id = r.council_id
      where r.idea_id = ? and m.user_id = ? limit 1`,
    [ideaId, viewer.userId],
  );
  return rows.length > 0;
}

/**
 * Every idea the viewer reviews (or reviewed) on a council, in one query: list views memoise it per
 * request instead of asking `reviewsIdea` once per idea.
 */
export async function reviewedIdeaIds(em: EntityManager, viewer: Viewer): Promise<Set<string>> {
  if (!hasRole(viewer, Role.COUNCIL_MEMBER) || !isStaff(viewer)) return new Set();
  const rows = await em.execute<{ idea_id: string }[]>(
    `select distinct r.idea_id from review r join council_member m on m.council_id = r.council_id
      where m.user_id = ?`,
    [viewer.userId],
  );
  return new Set(rows.map((r) => r.idea_id));
}

/** Authors' names and contacts, tracking code, internal history: only staff working on the idea. */
export const mayReadPersonalData = worksOnIdea;
export const mayReadInternalHistory = worksOnIdea;

export function mayPublishIdeas(viewer: Viewer): boolean {
  return seesWholeTenant(viewer);
}

/** Triage decisions (classify, request information, reject, route, due dates) are the hub's. */
export function mayTriage(viewer: Viewer): boolean {
  return seesWholeTenant(viewer);
}

/** Messages to the author: the hub, and the reception officer of the idea's unit. */
export function mayMessageAuthor(viewer: Viewer, idea: IdeaScope): boolean {
  return worksOnIdea(viewer, idea);
}

/** What the rules need to know of a reception point: its unit and its assigned officers. */
export interface ReceptionPointScope {
  unitId: string;
  officerIds: readonly string[];
}

/**
 * Recording an idea brought in person: the hub at any point; a reception officer at the points
 * they are assigned to, and at a point of their own unit that has no officer assigned yet (how
 * every commune starts, before the administrator assigns anyone).
 */
export function mayRecordInPerson(viewer: Viewer, point: ReceptionPointScope): boolean {
  if (seesWholeTenant(viewer)) return true;
  if (!hasRole(viewer, Role.RECEPTION_OFFICER) || !isStaff(viewer)) return false;
  if (point.officerIds.includes(viewer.userId)) return true;
  return point.officerIds.length === 0 && viewer.unitId === point.unitId;
}

/** Units (create, rename, merge, archive) and reception points: the administrator. */
export function mayManageOrganisation(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN);
}

/** Fields (lĩnh vực) and campaigns with their phases: the administrator and the hub. */
export function mayManageCampaigns(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN, Role.HUB);
}

/** Spreadsheet imports, the outbox and the audit log belong to the hub. */
export const mayImportIdeas = seesWholeTenant;
export const mayReadOutbox = seesWholeTenant;
export const mayReadAuditLog = seesWholeTenant;

/** Which staff may receive live events about an idea (re-checked for every event). */
export function maySeeIdeaEvent(
  viewer: Viewer,
  event: { tenantId: string; unitId: string | null },
): boolean {
  if (!isStaff(viewer) || viewer.tenantId !== event.tenantId) return false;
  if (seesWholeTenant(viewer)) return true;
  return inScope(unitScope(viewer), event.unitId);
}

/**
 * Throws UNAUTHENTICATED for anonymous callers, FORBIDDEN when the rule says no. An assertion
 * function: after it, TypeScript knows the viewer is staff.
 */
export function assertAllowed(
  viewer: Viewer,
  allowed: boolean,
  message?: string,
): asserts viewer is StaffViewer {
  if (!isStaff(viewer)) throw new UnauthenticatedError();
  if (!allowed) throw new ForbiddenError(message);
}

/** Staff accounts (invitations, roles, units, disabling) and sign-in settings: the commune's ADMIN. */
export function mayManageAccounts(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN);
}

/**
 * Partners' API keys: a commune's ADMIN (keys for the commune), a PROVINCE_ADMIN (keys for the
 * communes of the province).
 */
export function mayManageApiKeys(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN) || hasRole(viewer, Role.PROVINCE_ADMIN);
}

/** Councils, rubrics, review assignment, pilots, adoptions and awards are the hub's to manage. */
export const mayManageCouncils = seesWholeTenant;
export const mayManagePilots = seesWholeTenant;
export const mayManageAwards = seesWholeTenant;

/** Rights status, disputes, co-authors and consents recorded on paper: the hub. */
export const mayManageRights = seesWholeTenant;

/** Data-subject requests: the hub handles them; reception officers file them for people in person. */
export const mayHandleDataRequests = seesWholeTenant;
export function mayFileDataRequest(viewer: Viewer, idea: IdeaScope): boolean {
  return worksOnIdea(viewer, idea);
}

/**
 * Content (news, pages, banners, media, featured items, SEO of idea pages): editors and admins
 * write; the hub reads drafts to follow what will be published; everyone else sees what is
 * published.
 */
export function mayWriteContent(viewer: Viewer): boolean {
  return hasRole(viewer, Role.EDITOR, Role.ADMIN);
}
export function mayReadContentDrafts(viewer: Viewer): boolean {
  return hasRole(viewer, Role.EDITOR, Role.ADMIN, Role.HUB);
}

/**
 * A unit with an editor of its own (§V.2): the unit's editor drafts news for the unit, which the
 * commune's editor approves and publishes. The unit id their drafts belong to (null: not one).
 */
export function unitNewsDesk(viewer: Viewer): string | null {
  if (!isStaff(viewer) || !viewer.unitId || !hasRole(viewer, Role.UNIT_EDITOR)) return null;
  return viewer.unitId;
}

/** May the viewer edit this post: the commune's editors any; a unit's editor its unit's drafts. */
export function mayEditPost(
  viewer: Viewer,
  post: { unit?: { id: string } | null; status: string },
): boolean {
  if (mayWriteContent(viewer)) return true;
  const desk = unitNewsDesk(viewer);
  return desk !== null && post.unit?.id === desk && post.status === 'DRAFT';
}

/**
 * The province's administrators (accounts of the province-level tenant) create the communes of
 * their province and compare them; they see aggregate counts only, and a commune's personal data
 * only when that commune has granted it (tenant.service checks the grant).
 */
export function mayManageCommunes(viewer: Viewer): boolean {
  return hasRole(viewer, Role.PROVINCE_ADMIN);
}

/** A commune's own settings (name, contacts, signer, privacy notice, templates): its ADMIN. */
export function mayManageCommuneSettings(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN);
}

// ---------------------------------------------------------------------------------------------
// The movement's management (§IV, §V): plans, targets, activities, requests, the scoreboard.

/** The hub (and ADMIN) run the movement: targets, weights, freezing, answering units. */
export function mayManageMovement(viewer: Viewer): boolean {
  return seesWholeTenant(viewer);
}

/**
 * The units whose movement records (plan, activities, requests, targets and scoreboard row) the
 * viewer may read: null for the whole commune (the hub), a list for a unit head (their unit and
 * the units merged into it), empty for anyone else.
 */
export function movementUnitScope(viewer: Viewer): readonly string[] | null {
  if (seesWholeTenant(viewer)) return null;
  if (!hasRole(viewer, Role.UNIT_HEAD)) return [];
  return unitScope(viewer) ?? [];
}

/** May the viewer act for this unit (record its plan, activities, requests, pilot updates)? */
export function mayActForUnit(viewer: Viewer, unitId: string): boolean {
  const scope = movementUnitScope(viewer);
  return scope === null || scope.includes(unitId);
}
