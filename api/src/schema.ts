import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver.js';
import { PermissionsResolver } from './auth/permissions.resolver.js';
import { AccountResolver } from './auth/account.resolver.js';
import { CampaignResolver } from './campaign/campaign.resolver.js';
import { ClockResolver } from './clock/clock.resolver.js';
import { FieldResolver } from './field/field.resolver.js';
import { AuthorConsentResolver, IdeaResolver } from './idea/idea.resolver.js';
import { ReceptionPointResolver, UnitResolver } from './unit/unit.resolver.js';
import { IdeaActivityResolver, TriageResolver } from './idea/triage.resolver.js';
import { AuthorResolver } from './idea/author.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { OutboxResolver } from './outbox/outbox.resolver.js';
import { ConsentResolver } from './consent/consent.resolver.js';
import { MessageTemplateResolver } from './template/message-template.resolver.js';
import { TenantResolver } from './tenant/tenant.resolver.js';
import type { PubSub } from 'type-graphql';
import {
  CouncilMemberResolver,
  CouncilResolver,
  ReviewResolver,
  RubricResolver,
} from './council/council.resolver.js';
import { CampaignCouncilsResolver } from './council/council-public.resolver.js';
import { AdoptionResolver, PilotResolver } from './pilot/pilot.resolver.js';
import { SupportResolver } from './support/support.resolver.js';
import { AwardResolver, IdeaAwardsResolver } from './award/award.resolver.js';
import { IdeaRightsResolver, RightsResolver } from './rights/rights.resolver.js';
import { StatsResolver } from './stats/stats.resolver.js';
import { FeedbackResolver } from './feedback/feedback.resolver.js';
import { FundingResolver, SpendingLineResolver } from './funding/funding.resolver.js';
import { ReportResolver } from './report/report.resolver.js';
import {
  MovementActivityResolver,
  MovementResolver,
  MovementTargetResolver,
  UnitPlanResolver,
  UnitRequestResolver,
} from './movement/movement.resolver.js';
import { ApiKeyResolver } from './partner/api-key.resolver.js';
import { WebhookResolver } from './partner/webhook.resolver.js';
import { DataRequestResolver, DataRequestResultResolver } from './privacy/data-request.resolver.js';
import {
  ContentRevisionResolver,
  HomeContentResolver,
  IdeaSeoResolver,
  MediaResolver,
  PostResolver,
} from './content/content.resolver.js';

export const resolvers = [
  ApiKeyResolver,
  WebhookResolver,
  AuthResolver,
  PermissionsResolver,
  AccountResolver,
  CampaignResolver,
  ClockResolver,
  FieldResolver,
  IdeaResolver,
  AuthorConsentResolver,
  UnitResolver,
  ReceptionPointResolver,
  TriageResolver,
  IdeaActivityResolver,
  AuthorResolver,
  AuditResolver,
  OutboxResolver,
  ConsentResolver,
  MessageTemplateResolver,
  TenantResolver,
  CouncilResolver,
  CouncilMemberResolver,
  RubricResolver,
  ReviewResolver,
  CampaignCouncilsResolver,
  PilotResolver,
  AdoptionResolver,
  SupportResolver,
  AwardResolver,
  IdeaAwardsResolver,
  IdeaRightsResolver,
  RightsResolver,
  DataRequestResolver,
  StatsResolver,
  DataRequestResultResolver,
  PostResolver,
  ContentRevisionResolver,
  MediaResolver,
  HomeContentResolver,
  IdeaSeoResolver,
  MovementResolver,
  MovementTargetResolver,
  UnitPlanResolver,
  MovementActivityResolver,
  UnitRequestResolver,
  FeedbackResolver,
  FundingResolver,
  SpendingLineResolver,
  ReportResolver,
] as const;

/** For printing the schema without a database: subscriptions are never started. */
const NO_PUBSUB: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('no pubsub');
  },
};

/** The executable schema. Input checks live in the services (Vietnamese field errors), not here. */
export function buildAppSchema(pubSub: PubSub = NO_PUBSUB): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema/schema.graphql: sorted so it diffs cleanly. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
