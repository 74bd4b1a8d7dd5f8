import type {
  AccountStatus,
  AdoptionKind,
  ApiKeyScope,
  WebhookDeliveryStatus,
  WebhookEvent,
  Applicability,
  AreaType,
  CampaignStatus,
  PhaseKind,
  UnitKind,
  AttachmentKind,
  AuditAction,
  AuthorRole,
  AwardForm,
  AwardStatus,
  Channel,
  ConclusionRule,
  ConsentChannel,
  ConsentGiver,
  ConsentKind,
  ContentKind,
  ContentStatus,
  CouncilRole,
  DataRequestChannel,
  DataRequestKind,
  DataRequestStatus,
  DeliveryChannel,
  DeliveryStatus,
  DisputeParty,
  DisputeStatus,
  Feasibility,
  FundingSource,
  IdeaEventKind,
  IdeaRoute,
  IdeaStatus,
  InvitationMethod,
  InvitationStatus,
  JobStatus,
  Maturity,
  MediaKind,
  MessageDirection,
  MissingInfo,
  PersonKind,
  PilotRecommendation,
  PilotStatus,
  Programme,
  RecipientKind,
  ResponseKind,
  ReviewConclusion,
  ReviewStatus,
  RevisionSource,
  RightsStatus,
  Role,
  SupportStatus,
  TagKind,
  VoteChoice,
  PlanStatus,
  TargetMetric,
  TargetSource,
  ActivityKind,
  UnitRequestKind,
  UnitRequestStatus,
  HubReportKind,
  HubReportStatus,
  ReportFrequency,
  UnitReportStatus,
  SpendingActivity,
  BudgetLevel,
  FeedbackStage,
  FeedbackStatus,
  FeedbackChannel,
  Criterion,
  KpiDimension,
  FigureMetric,
} from '$lib/gql/graphql';
import * as labels from '@khoi-nguon/schema/client/labels';

/**
 * Labels of the admin, in Vietnamese (the staff's language), from the one shared source
 * (@khoi-nguon/schema/client/labels, which the API's enum descriptions match).
 */
export const STATUS: Record<IdeaStatus, string> = labels.IDEA_STATUS.vi;
export const STATUSES = Object.keys(STATUS) as IdeaStatus[];

export const CHANNEL: Record<Channel, string> = labels.CHANNEL.vi;

export const MATURITY: Record<Maturity, string> = labels.MATURITY.vi;
export const MATURITIES = Object.keys(MATURITY) as Maturity[];

export const ROLE: Record<Role, string> = labels.ROLE.vi;
export const ROLES = Object.keys(ROLE) as Role[];
export const ACCOUNT_STATUS: Record<AccountStatus, string> = labels.ACCOUNT_STATUS.vi;
export const ACCOUNT_STATUSES = Object.keys(ACCOUNT_STATUS) as AccountStatus[];
export const INVITATION_METHOD: Record<InvitationMethod, string> = labels.INVITATION_METHOD.vi;
export const INVITATION_STATUS: Record<InvitationStatus, string> = labels.INVITATION_STATUS.vi;

export const AUTHOR_ROLE: Record<AuthorRole, string> = labels.AUTHOR_ROLE.vi;

export const RESPONSE_KIND: Record<ResponseKind, string> = labels.RESPONSE_KIND.vi;

export const MESSAGE_DIRECTION: Record<MessageDirection, string> = labels.MESSAGE_DIRECTION.vi;

export const EVENT_KIND: Record<IdeaEventKind, string> = labels.IDEA_EVENT_KIND.vi;

export const FEASIBILITY: Record<Feasibility, string> = labels.FEASIBILITY.vi;
export const FEASIBILITIES = Object.keys(FEASIBILITY) as Feasibility[];

export const APPLICABILITY: Record<Applicability, string> = labels.APPLICABILITY.vi;
export const APPLICABILITIES = Object.keys(APPLICABILITY) as Applicability[];

export const IDEA_ROUTE: Record<IdeaRoute, string> = labels.IDEA_ROUTE.vi;
export const IDEA_ROUTES = Object.keys(IDEA_ROUTE) as IdeaRoute[];

export const MISSING_INFO: Record<MissingInfo, string> = labels.MISSING_INFO.vi;
export const MISSING_INFOS = Object.keys(MISSING_INFO) as MissingInfo[];

export const AUDIT_ACTION: Record<AuditAction, string> = labels.AUDIT_ACTION.vi;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION) as AuditAction[];

export const DELIVERY_STATUS: Record<DeliveryStatus, string> = labels.DELIVERY_STATUS.vi;
export const DELIVERY_STATUSES = Object.keys(DELIVERY_STATUS) as DeliveryStatus[];

export const DELIVERY_CHANNEL: Record<DeliveryChannel, string> = labels.DELIVERY_CHANNEL.vi;
export const DELIVERY_CHANNELS = Object.keys(DELIVERY_CHANNEL) as DeliveryChannel[];

export const ATTACHMENT_KIND: Record<AttachmentKind, string> = labels.ATTACHMENT_KIND.vi;

export const REVISION_SOURCE: Record<RevisionSource, string> = labels.REVISION_SOURCE.vi;

export const SUPPORT_STATUS: Record<SupportStatus, string> = labels.SUPPORT_STATUS.vi;

export const PILOT_STATUS: Record<PilotStatus, string> = labels.PILOT_STATUS.vi;

export const PILOT_RECOMMENDATION: Record<PilotRecommendation, string> =
  labels.PILOT_RECOMMENDATION.vi;
export const PILOT_RECOMMENDATIONS = Object.keys(PILOT_RECOMMENDATION) as PilotRecommendation[];

/** Funding sources of §VI. */
export const FUNDING_SOURCE: Record<FundingSource, string> = labels.FUNDING_SOURCE.vi;
export const FUNDING_SOURCES = Object.keys(FUNDING_SOURCE) as FundingSource[];

/** Programmes a pilot or an adoption is integrated with (§III.4). */
export const PROGRAMME: Record<Programme, string> = labels.PROGRAMME.vi;
export const PROGRAMMES = Object.keys(PROGRAMME) as Programme[];

export const ADOPTION_KIND: Record<AdoptionKind, string> = labels.ADOPTION_KIND.vi;
export const ADOPTION_KINDS = Object.keys(ADOPTION_KIND) as AdoptionKind[];

/** Forms of commendation (Law 06/2022/QH15) the commune deals with. */
export const AWARD_FORM: Record<AwardForm, string> = labels.AWARD_FORM.vi;
export const AWARD_FORMS = Object.keys(AWARD_FORM) as AwardForm[];

export const AWARD_STATUS: Record<AwardStatus, string> = labels.AWARD_STATUS.vi;
export const AWARD_STATUSES = Object.keys(AWARD_STATUS) as AwardStatus[];

export const RECIPIENT_KIND: Record<RecipientKind, string> = labels.RECIPIENT_KIND.vi;
export const RECIPIENT_KINDS = Object.keys(RECIPIENT_KIND) as RecipientKind[];

export const JOB_STATUS: Record<JobStatus, string> = labels.JOB_STATUS.vi;

export const COUNCIL_ROLE: Record<CouncilRole, string> = labels.COUNCIL_ROLE.vi;
export const COUNCIL_ROLES = Object.keys(COUNCIL_ROLE) as CouncilRole[];

export const CONCLUSION_RULE: Record<ConclusionRule, string> = labels.CONCLUSION_RULE.vi;
export const CONCLUSION_RULES = Object.keys(CONCLUSION_RULE) as ConclusionRule[];

export const REVIEW_CONCLUSION: Record<ReviewConclusion, string> = labels.REVIEW_CONCLUSION.vi;
export const REVIEW_CONCLUSIONS = Object.keys(REVIEW_CONCLUSION) as ReviewConclusion[];

export const REVIEW_STATUS: Record<ReviewStatus, string> = labels.REVIEW_STATUS.vi;

export const VOTE_CHOICE: Record<VoteChoice, string> = labels.VOTE_CHOICE.vi;
export const VOTE_CHOICES = Object.keys(VOTE_CHOICE) as VoteChoice[];

/** Authors' rights (§III.6). */
export const RIGHTS_STATUS: Record<RightsStatus, string> = labels.RIGHTS_STATUS.vi;
export const RIGHTS_STATUSES = Object.keys(RIGHTS_STATUS) as RightsStatus[];

export const DISPUTE_STATUS: Record<DisputeStatus, string> = labels.DISPUTE_STATUS.vi;

export const DISPUTE_PARTY: Record<DisputeParty, string> = labels.DISPUTE_PARTY.vi;

export const PERSON_KIND: Record<PersonKind, string> = labels.PERSON_KIND.vi;
export const PERSON_KINDS = Object.keys(PERSON_KIND) as PersonKind[];

export const CONSENT_KIND: Record<ConsentKind, string> = labels.CONSENT_KIND.vi;
/** The consents about using the idea and the name, shown and recorded per author. */
export const RIGHTS_CONSENTS: ConsentKind[] = [
  'SHOW_NAME',
  'PUBLISH_CONTENT',
  'ALLOW_PILOT',
  'ALLOW_SCALE',
  'SHARE_PROGRAMMES',
];

export const CONSENT_GIVER: Record<ConsentGiver, string> = labels.CONSENT_GIVER.vi;

export const CONSENT_CHANNEL: Record<ConsentChannel, string> = labels.CONSENT_CHANNEL.vi;

/** Data-subject requests (Law 91/2025/QH15). */
export const DATA_REQUEST_KIND: Record<DataRequestKind, string> = labels.DATA_REQUEST_KIND.vi;
export const DATA_REQUEST_KINDS = Object.keys(DATA_REQUEST_KIND) as DataRequestKind[];

export const DATA_REQUEST_STATUS: Record<DataRequestStatus, string> = labels.DATA_REQUEST_STATUS.vi;
export const DATA_REQUEST_STATUSES = Object.keys(DATA_REQUEST_STATUS) as DataRequestStatus[];

export const DATA_REQUEST_CHANNEL: Record<DataRequestChannel, string> =
  labels.DATA_REQUEST_CHANNEL.vi;

/** Kinds of content (§III.1): news, propaganda articles and static pages. */
export const CONTENT_KIND: Record<ContentKind, string> = labels.CONTENT_KIND.vi;
export const CONTENT_KINDS = Object.keys(CONTENT_KIND) as ContentKind[];

export const CONTENT_STATUS: Record<ContentStatus, string> = labels.CONTENT_STATUS.vi;
export const CONTENT_STATUSES = Object.keys(CONTENT_STATUS) as ContentStatus[];

export const TAG_KIND: Record<TagKind, string> = labels.TAG_KIND.vi;
export const TAG_KINDS = Object.keys(TAG_KIND) as TagKind[];

export const MEDIA_KIND: Record<MediaKind, string> = labels.MEDIA_KIND.vi;
export const MEDIA_KINDS = Object.keys(MEDIA_KIND) as MediaKind[];

/** The commune's organisation: kinds of units, areas, campaigns and their phases. */
export const UNIT_KIND: Record<UnitKind, string> = labels.UNIT_KIND.vi;
export const UNIT_KINDS = Object.keys(UNIT_KIND) as UnitKind[];

export const AREA_TYPE: Record<AreaType, string> = labels.AREA_TYPE.vi;
export const AREA_TYPES = Object.keys(AREA_TYPE) as AreaType[];

export const CAMPAIGN_STATUS: Record<CampaignStatus, string> = labels.CAMPAIGN_STATUS.vi;
export const CAMPAIGN_STATUSES = Object.keys(CAMPAIGN_STATUS) as CampaignStatus[];

export const PHASE_KIND: Record<PhaseKind, string> = labels.PHASE_KIND.vi;
export const PHASE_KINDS = Object.keys(PHASE_KIND) as PhaseKind[];

/** What a partner's API key may do. */
export const API_KEY_SCOPE: Record<ApiKeyScope, string> = labels.API_KEY_SCOPE.vi;

/** What a partner's webhook is told of, and how one delivery went. */
export const WEBHOOK_EVENT: Record<WebhookEvent, string> = labels.WEBHOOK_EVENT.vi;
export const WEBHOOK_DELIVERY_STATUS: Record<WebhookDeliveryStatus, string> =
  labels.WEBHOOK_DELIVERY_STATUS.vi;

// The movement's management (§IV, §V).
export const PLAN_STATUS: Record<PlanStatus, string> = labels.PLAN_STATUS.vi;
export const PLAN_STATUSES = Object.keys(PLAN_STATUS) as PlanStatus[];
export const TARGET_METRIC: Record<TargetMetric, string> = labels.TARGET_METRIC.vi;
export const TARGET_METRICS = Object.keys(TARGET_METRIC) as TargetMetric[];
export const TARGET_SOURCE: Record<TargetSource, string> = labels.TARGET_SOURCE.vi;
export const ACTIVITY_KIND: Record<ActivityKind, string> = labels.ACTIVITY_KIND.vi;
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND) as ActivityKind[];
export const UNIT_REQUEST_KIND: Record<UnitRequestKind, string> = labels.UNIT_REQUEST_KIND.vi;
export const UNIT_REQUEST_KINDS = Object.keys(UNIT_REQUEST_KIND) as UnitRequestKind[];
export const UNIT_REQUEST_STATUS: Record<UnitRequestStatus, string> = labels.UNIT_REQUEST_STATUS.vi;
export const UNIT_REQUEST_STATUSES = Object.keys(UNIT_REQUEST_STATUS) as UnitRequestStatus[];
export const HUB_REPORT_KIND: Record<HubReportKind, string> = labels.HUB_REPORT_KIND.vi;
export const HUB_REPORT_KINDS = Object.keys(HUB_REPORT_KIND) as HubReportKind[];
export const HUB_REPORT_STATUS: Record<HubReportStatus, string> = labels.HUB_REPORT_STATUS.vi;
export const REPORT_FREQUENCY: Record<ReportFrequency, string> = labels.REPORT_FREQUENCY.vi;
export const REPORT_FREQUENCIES = Object.keys(REPORT_FREQUENCY) as ReportFrequency[];
export const UNIT_REPORT_STATUS: Record<UnitReportStatus, string> = labels.UNIT_REPORT_STATUS.vi;
export const SPENDING_ACTIVITY: Record<SpendingActivity, string> = labels.SPENDING_ACTIVITY.vi;
export const SPENDING_ACTIVITIES = Object.keys(SPENDING_ACTIVITY) as SpendingActivity[];
export const BUDGET_LEVEL: Record<BudgetLevel, string> = labels.BUDGET_LEVEL.vi;
export const BUDGET_LEVELS = Object.keys(BUDGET_LEVEL) as BudgetLevel[];
export const FEEDBACK_STAGE: Record<FeedbackStage, string> = labels.FEEDBACK_STAGE.vi;
export const FEEDBACK_STATUS: Record<FeedbackStatus, string> = labels.FEEDBACK_STATUS.vi;
export const FEEDBACK_CHANNEL: Record<FeedbackChannel, string> = labels.FEEDBACK_CHANNEL.vi;
export const CRITERION: Record<Criterion, string> = labels.CRITERION.vi;
export const CRITERIA = Object.keys(CRITERION) as Criterion[];
export const KPI_DIMENSION: Record<KpiDimension, string> = labels.KPI_DIMENSION.vi;
export const KPI_DIMENSIONS = Object.keys(KPI_DIMENSION) as KpiDimension[];
export const FIGURE_METRIC: Record<FigureMetric, string> = labels.FIGURE_METRIC.vi;
export const FIGURE_METRICS = Object.keys(FIGURE_METRIC) as FigureMetric[];
