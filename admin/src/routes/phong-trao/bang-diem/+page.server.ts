import {
  FreezeScoreboardDocument,
  MovementPeriodsDocument,
  ScoreboardDocument,
  ScoreboardIdeasDocument,
  SetScoreboardWeightsDocument,
  type Criterion,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager, requireMovementReader } from '$lib/server/access';
import { apiFailure, oneOf, textOf } from '$lib/server/forms';
import { CRITERIA, FIGURE_METRICS } from '$lib/i18n';
import { mayManageMovement } from '$lib/roles';
import { periodFrom } from '$lib/movement';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scoreboard of §IV.3; with ?don-vi=&so-lieu= the ideas behind one figure of one unit. */
export const load: PageServerLoad = async (event) => {
  requireMovementReader(event.locals);
  const p = event.url.searchParams;
  const period = periodFrom(p);
  const unitId = UUID.test(p.get('don-vi') ?? '') ? p.get('don-vi') : null;
  const metric = oneOf(p.get('so-lieu'), FIGURE_METRICS);
  const [periods, board, behind] = await Promise.all([
    gql(event, MovementPeriodsDocument),
    gql(event, ScoreboardDocument, { period }),
    unitId && metric
      ? gql(event, ScoreboardIdeasDocument, { period, unitId, metric })
      : Promise.resolve(null),
  ]);
  return {
    period,
    phases: periods.currentCampaign?.phases ?? [],
    board: board.scoreboard,
    manage: mayManageMovement(event.locals.viewer),
    drill: unitId && metric ? { unitId, metric, ideas: behind?.scoreboardIdeas ?? [] } : null,
  };
};

export const actions: Actions = {
  weights: async (event) => {
    requireMovementManager(event.locals);
    const data = await event.request.formData();
    const weights = CRITERIA.map((criterion: Criterion) => ({
      criterion,
      weight: Number(textOf(data, criterion).replace(',', '.')),
    }));
    try {
      await gql(event, SetScoreboardWeightsDocument, { weights });
      return { form: 'weights', message: t('scoreboard.weightsSaved') };
    } catch (err) {
      return apiFailure(
        err,
        'weights',
        Object.fromEntries(weights.map((w) => [w.criterion, String(w.weight)])),
        event.url.pathname,
      );
    }
  },

  freeze: async (event) => {
    requireMovementManager(event.locals);
    const period = periodFrom(event.url.searchParams);
    const label = textOf(await event.request.formData(), 'label');
    try {
      await gql(event, FreezeScoreboardDocument, { period });
      return { form: 'freeze', message: t('scoreboard.frozenNow', { period: label }) };
    } catch (err) {
      return apiFailure(err, 'freeze', {}, event.url.pathname);
    }
  },
};
