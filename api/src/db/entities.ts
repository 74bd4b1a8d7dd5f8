import { Tenant } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { IdeaField } from '../field/field.entity.js';
import { Campaign, CampaignPhase } from '../campaign/campaign.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Session } from '../auth/session.entity.js';
import { Person } from '../person/person.entity.js';
import { Authorship, Idea, IdeaEvent, IdeaResponse } from '../idea/idea.entity.js';

/** Every entity, listed explicitly (no folder scanning: the same list works from src and dist). */
export const entities = [
  Tenant,
  Unit,
  ReceptionPoint,
  IdeaField,
  Campaign,
  CampaignPhase,
  StaffUser,
  Session,
  Person,
  Idea,
  Authorship,
  IdeaEvent,
  IdeaResponse,
];
