import type { Role } from '$lib/gql/graphql';

/** The hub (Phòng Văn hóa – Xã hội) and administrators run triage for the whole commune. */
export function isHub(roles: readonly Role[] | null | undefined): boolean {
  return Boolean(roles?.some((r) => r === 'HUB' || r === 'ADMIN'));
}

/** Who records ideas brought in person: reception officers (own unit) and the hub. */
export function mayRecordInPerson(roles: readonly Role[] | null | undefined): boolean {
  return isHub(roles) || Boolean(roles?.includes('RECEPTION_OFFICER'));
}

/** Council members score ideas in their queue (the hub may sit on a council too). */
export function isCouncilMember(roles: readonly Role[] | null | undefined): boolean {
  return Boolean(roles?.includes('COUNCIL_MEMBER'));
}

/**
 * Filing a data-subject request for someone who came in person: the hub, and the reception
 * officers and unit heads of the unit the idea was filed with (the API checks the idea).
 */
export function mayFileDataRequests(roles: readonly Role[] | null | undefined): boolean {
  return (
    isHub(roles) || Boolean(roles?.some((r) => r === 'RECEPTION_OFFICER' || r === 'UNIT_HEAD'))
  );
}

/** Editors and administrators write news, pages and banners and manage the media library. */
export function mayEditContent(roles: readonly Role[] | null | undefined): boolean {
  return Boolean(roles?.some((r) => r === 'EDITOR' || r === 'ADMIN'));
}

/** The hub follows the content too (read only): the API lets it read drafts and revisions. */
export function maySeeContent(roles: readonly Role[] | null | undefined): boolean {
  return mayEditContent(roles) || Boolean(roles?.includes('HUB'));
}

/** Where a staff member lands after signing in: editors who only edit go to the content. */
export function landingPage(roles: readonly Role[] | null | undefined): string {
  const onlyContent = Boolean(roles?.length) && roles!.every((r) => r === 'EDITOR');
  return onlyContent ? '/noi-dung' : '/y-tuong';
}
