import { redirect } from '@sveltejs/kit';
import { landingPage } from '$lib/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => redirect(303, landingPage(locals.viewer));
