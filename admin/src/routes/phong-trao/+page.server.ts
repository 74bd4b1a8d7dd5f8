import {
  FeedbackStatsDocument,
  BreakdownProgressDocument,
  MovementKpisDocument,
  MovementPeriodsDocument,
  PlanCoverageDocument,
  type KpiDimension,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementManager } from '$lib/server/access';
import { oneOf } from '$lib/server/forms';
import { KPI_DIMENSIONS } from '$lib/i18n';
import { periodFrom } from '$lib/movement';
import type { PageServerLoad } from './$types';

/** The movement's dashboard: KPIs against targets by one dimension, with charts and tables. */
export const load: PageServerLoad = async (event) => {
  requireMovementManager(event.locals);
  const period = periodFrom(event.url.searchParams);
  const by: KpiDimension = oneOf(event.url.searchParams.get('xem-theo'), KPI_DIMENSIONS) ?? 'UNIT';
  const [periods, kpis, months, coverage, breakdown, complaints] = await Promise.all([
    gql(event, MovementPeriodsDocument),
    gql(event, MovementKpisDocument, { period, by }),
    by === 'MONTH'
      ? Promise.resolve(null)
      : gql(event, MovementKpisDocument, { period, by: 'MONTH' }),
    gql(event, PlanCoverageDocument, { year: period.year }),
    gql(event, BreakdownProgressDocument, { period }),
    gql(event, FeedbackStatsDocument, { period }),
  ]);
  return {
    period,
    by,
    phases: periods.currentCampaign?.phases ?? [],
    kpis: kpis.movementKpis,
    months: (months ?? kpis).movementKpis,
    coverage: coverage.planCoverage,
    breakdown: breakdown.breakdownProgress,
    complaints: complaints.feedbackStats,
  };
};
