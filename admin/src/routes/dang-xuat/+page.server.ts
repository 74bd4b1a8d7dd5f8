import { redirect } from '@sveltejs/kit';
import { LogoutDocument } from '$lib/gql/graphql';
import { gql, SESSION_COOKIE } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    if (event.locals.token) await gql(event, LogoutDocument).catch(() => undefined);
    event.cookies.delete(SESSION_COOKIE, { path: '/' });
    redirect(303, '/dang-nhap');
  },
};
