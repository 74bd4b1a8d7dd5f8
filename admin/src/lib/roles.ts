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
