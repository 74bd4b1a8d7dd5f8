import type {
  SpendingActivity,
  BudgetLevel,
  AwardForm,
  FeedbackStage,
  AdoptionKind,
  AreaType,
  AuthorRole,
  CampaignStatus,
  ConclusionRule,
  ContentKind,
  ContentStatus,
  CouncilRole,
  FundingSource,
  PilotRecommendation,
  PilotStatus,
  Programme,
  UnitKind,
  ConsentKind,
  DataRequestKind,
  IdeaEventKind,
  IdeaStatus,
  Maturity,
  MissingInfo,
  ReceiptLogKind,
  RightsStatus,
  AgeBand,
  Gender,
} from '$lib/gql/graphql';
import * as labels from '@khoi-nguon/schema/client/labels';
import type { Lang } from './index';

// Labels of the schema's enums, from the one shared source (@khoi-nguon/schema/client/labels).

export const STATUS: Record<Lang, Record<IdeaStatus, string>> = labels.IDEA_STATUS;

export const EVENT_KIND: Record<Lang, Record<IdeaEventKind, string>> = labels.IDEA_EVENT_KIND;

export const MATURITY: Record<Lang, Record<Maturity, string>> = labels.MATURITY;

/** Stages shown in the public gallery filter. */
export const PUBLIC_STAGES: IdeaStatus[] = [
  'ACCEPTED',
  'IN_SUPPORT',
  'UNDER_REVIEW',
  'RECOMMENDED',
  'PILOTING',
  'APPLIED',
  'SCALED',
];

export const MISSING: Record<Lang, Record<MissingInfo, string>> = labels.MISSING_INFO;

export const CONSENT: Record<Lang, Record<ConsentKind, string>> = labels.CONSENT_KIND;

export const DATA_REQUEST_KIND: Record<
  Lang,
  Record<DataRequestKind, string>
> = labels.DATA_REQUEST_KIND;

/** The tracking page receives a request's status as text (MyDataRequest.status). */
export type DataRequestStatus = 'RECEIVED' | 'DONE' | 'REFUSED';

export const DATA_REQUEST_STATUS: Record<
  Lang,
  Record<DataRequestStatus, string>
> = labels.DATA_REQUEST_STATUS;

export const RIGHTS_STATUS: Record<Lang, Record<RightsStatus, string>> = labels.RIGHTS_STATUS;

export const AUTHOR_ROLE: Record<Lang, Record<AuthorRole, string>> = labels.AUTHOR_ROLE;

export const RECEIPT_KIND: Record<Lang, Record<ReceiptLogKind, string>> = labels.RECEIPT_LOG_KIND;

export const AREA_TYPE: Record<Lang, Record<AreaType, string>> = labels.AREA_TYPE;

export const UNIT_KIND: Record<Lang, Record<UnitKind, string>> = labels.UNIT_KIND;

export const FUNDING_SOURCE: Record<Lang, Record<FundingSource, string>> = labels.FUNDING_SOURCE;
export const SPENDING_ACTIVITY: Record<
  Lang,
  Record<SpendingActivity, string>
> = labels.SPENDING_ACTIVITY;
export const BUDGET_LEVEL: Record<Lang, Record<BudgetLevel, string>> = labels.BUDGET_LEVEL;
export const AWARD_FORM: Record<Lang, Record<AwardForm, string>> = labels.AWARD_FORM;
export const FEEDBACK_STAGE: Record<Lang, Record<FeedbackStage, string>> = labels.FEEDBACK_STAGE;

export const PILOT_STATUS: Record<Lang, Record<PilotStatus, string>> = labels.PILOT_STATUS;

export const PILOT_RECOMMENDATION: Record<
  Lang,
  Record<PilotRecommendation, string>
> = labels.PILOT_RECOMMENDATION;

export const ADOPTION_KIND: Record<Lang, Record<AdoptionKind, string>> = labels.ADOPTION_KIND;

export const PROGRAMME: Record<Lang, Record<Programme, string>> = labels.PROGRAMME;

export const COUNCIL_ROLE: Record<Lang, Record<CouncilRole, string>> = labels.COUNCIL_ROLE;

export const CONCLUSION_RULE: Record<Lang, Record<ConclusionRule, string>> = labels.CONCLUSION_RULE;

export const CAMPAIGN_STATUS: Record<Lang, Record<CampaignStatus, string>> = labels.CAMPAIGN_STATUS;

export const CONTENT_KIND: Record<Lang, Record<ContentKind, string>> = labels.CONTENT_KIND;

export const CONTENT_STATUS: Record<Lang, Record<ContentStatus, string>> = labels.CONTENT_STATUS;

export const AGE_BAND: Record<Lang, Record<AgeBand, string>> = labels.AGE_BAND;
export const GENDER: Record<Lang, Record<Gender, string>> = labels.GENDER;
