import { acceptInvitation } from '$lib/server/accept-invitation';
import type { Actions } from './$types';

/** Accepting a printed invitation: the code, the email to sign in with, a password. */
export const actions: Actions = {
  default: (event) => acceptInvitation(event, { code: true }),
};
