import type { SubmitFunction } from '@sveltejs/kit';

/** After a decision the tab changes: go back to the top where the result is shown. */
export const decide: SubmitFunction = () => {
  return async ({ result, update }) => {
    await update({ reset: result.type === 'success' });
    if (result.type === 'success') window.scrollTo({ top: 0 });
  };
};
