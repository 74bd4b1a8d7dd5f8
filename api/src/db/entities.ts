import { Tenant } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Campaign, CampaignPhase } from '../campaign/campaign.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Session } from '../auth/session.entity.js';
import { StaffInvitation } from '../auth/staff-invitation.entity.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { LoginChallenge, RecoveryCode } from '../auth/two-factor.entity.js';
import { Person } from '../person/person.entity.js';
import {
  Authorship,
  Idea,
  IdeaEvent,
  IdeaMessage,
  IdeaRevision,
  IdeaStep,
} from '../idea/idea.entity.js';
import { SavedView } from '../idea/saved-view.entity.js';
import { Consent, PrivacyNotice } from '../consent/consent.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { ApiKey } from '../partner/api-key.entity.js';
import { Webhook, WebhookDelivery } from '../partner/webhook.entity.js';
import { Job } from '../jobs/job.entity.js';
import { OutboundMessage } from '../outbox/outbound-message.entity.js';
import { MessageTemplate } from '../template/message-template.entity.js';
import {
  Council,
  CouncilMember,
  Review,
  ReviewParticipant,
  RubricCriterion,
  Score,
} from '../council/council.entity.js';
import { Adoption, Pilot, PilotUpdate } from '../pilot/pilot.entity.js';
import { SupportPlan, SupportTask } from '../support/support.entity.js';
import { Award, AwardRate, BaseSalary } from '../award/award.entity.js';
import { Dispute, RightsDecision } from '../rights/rights.entity.js';
import { ReceiptLogEntry } from '../receipts/receipt-log.entity.js';
import { DataRequest, PublicHoliday } from '../privacy/data-request.entity.js';
import {
  Banner,
  FeaturedItem,
  IdeaSeo,
  Post,
  PostRevision,
  PostSlug,
  Tag,
} from '../content/content.entity.js';
import { MediaAsset } from '../content/media.entity.js';
import { ParticipantGroup } from '../person/participant-group.entity.js';
import { HandlingFeedback } from '../feedback/feedback.entity.js';
import { BudgetEstimate, SpendingLine } from '../funding/funding.entity.js';
import {
  HubReport,
  RecipientList,
  ReportSchedule,
  UnitReport,
  UnitReportReminder,
} from '../report/report.entity.js';
import {
  MovementActivity,
  MovementTarget,
  ScoreboardRecord,
  ScoreboardSetting,
  UnitPlan,
  UnitRequest,
  UnitRequestMessage,
} from '../movement/movement.entity.js';

/** Every entity, listed explicitly (no folder scanning: the same list works from src and dist). */
export const entities = [
  Tenant,
  HandlingFeedback,
  SpendingLine,
  BudgetEstimate,
  ReportSchedule,
  UnitReport,
  UnitReportReminder,
  RecipientList,
  HubReport,
  ParticipantGroup,
  UnitPlan,
  MovementTarget,
  MovementActivity,
  UnitRequest,
  UnitRequestMessage,
  ScoreboardSetting,
  ScoreboardRecord,
  Unit,
  ReceptionPoint,
  IdeaField,
  Campaign,
  CampaignPhase,
  StaffUser,
  Session,
  StaffInvitation,
  PasswordReset,
  RecoveryCode,
  LoginChallenge,
  Person,
  Idea,
  Authorship,
  IdeaEvent,
  IdeaMessage,
  IdeaRevision,
  IdeaStep,
  SavedView,
  PrivacyNotice,
  Consent,
  Attachment,
  AuditEntry,
  ApiKey,
  Webhook,
  WebhookDelivery,
  Job,
  OutboundMessage,
  MessageTemplate,
  Council,
  CouncilMember,
  RubricCriterion,
  Review,
  ReviewParticipant,
  Score,
  Pilot,
  PilotUpdate,
  Adoption,
  SupportPlan,
  SupportTask,
  Award,
  AwardRate,
  BaseSalary,
  RightsDecision,
  Dispute,
  ReceiptLogEntry,
  DataRequest,
  PublicHoliday,
  MediaAsset,
  Tag,
  Post,
  PostRevision,
  PostSlug,
  Banner,
  FeaturedItem,
  IdeaSeo,
];
