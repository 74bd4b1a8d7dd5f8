import { acceptInvitation } from '$lib/server/accept-invitation';
import type { Actions } from './$types';

/** Accepting an emailed invitation: the link carries the token; the person sets a password. */
export const actions: Actions = {
  default: (event) => acceptInvitation(event, { token: event.params.token }),
};
