import type { ConsentKind } from '$lib/gql/graphql';

/** The order consents are shown in everywhere: processing first, then each use of the idea. */
export const CONSENT_KINDS: ConsentKind[] = [
  'PROCESS_DATA',
  'SHOW_NAME',
  'PUBLISH_CONTENT',
  'ALLOW_PILOT',
  'ALLOW_SCALE',
  'SHARE_PROGRAMMES',
];

/** Form field name of each consent on the submit and co-author forms (and ConsentInput key). */
export const CONSENT_FIELD = {
  PROCESS_DATA: 'processData',
  SHOW_NAME: 'showName',
  PUBLISH_CONTENT: 'publishContent',
  ALLOW_PILOT: 'allowPilot',
  ALLOW_SCALE: 'allowScale',
  SHARE_PROGRAMMES: 'shareProgrammes',
} as const satisfies Record<ConsentKind, string>;

export interface ConsentChoices {
  processData: boolean;
  showName: boolean;
  publishContent: boolean;
  allowPilot: boolean;
  allowScale: boolean;
  shareProgrammes: boolean;
  guardianConsent: boolean;
}

/** Ticked boxes of a consent fieldset; an unticked box is simply absent from the form data. */
export function readConsentChoices(data: FormData): ConsentChoices {
  const on = (name: string) => data.get(name) === 'on';
  const choices = { guardianConsent: on('guardianConsent') } as ConsentChoices;
  for (const field of Object.values(CONSENT_FIELD)) choices[field] = on(field);
  return choices;
}

export interface ConsentState {
  kind: ConsentKind;
  self: boolean;
  guardian: boolean | null;
  effective: boolean;
}

export interface ConsentActions {
  /** in force / given by only one of the two people a minor needs / not given */
  state: 'given' | 'partial' | 'none';
  /** A "give" button: for a minor it also asks for the guardian's agreement. */
  canGive: boolean;
  canWithdraw: boolean;
  /** Processing consent is withdrawn through a data request (erase or restrict), not a button. */
  throughRequest: boolean;
}

/** What the tracking page offers for one consent of the author looking at it. */
export function consentActions(c: ConsentState, isMinor: boolean): ConsentActions {
  const someone = c.self || (isMinor && Boolean(c.guardian));
  const state = c.effective ? 'given' : someone ? 'partial' : 'none';
  const throughRequest = c.kind === 'PROCESS_DATA';
  return {
    state,
    canGive: state !== 'given',
    canWithdraw: someone && !throughRequest,
    throughRequest,
  };
}
