import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => ({
  viewer: locals.viewer,
  path: url.pathname,
});
