import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '../common/events.js';
import type { IdeaStatus } from './idea.enums.js';

export const IDEA_TOPIC = 'IDEA';

export type IdeaEventType = 'RECEIVED' | 'STATUS_CHANGED' | 'MESSAGE' | 'SUPPLEMENTED' | 'UPDATED';

/** Small and free of personal data: NOTIFY payloads are limited and may be logged. */
export interface IdeaEventPayload {
  topic: typeof IDEA_TOPIC;
  type: IdeaEventType;
  tenantId: string;
  ideaId: string;
  unitId: string | null;
  receptionPointId: string | null;
  status: IdeaStatus;
  at: string;
}

/** Publishes in the caller's transaction: subscribers hear it once it commits. */
export async function publishIdeaEvent(
  em: EntityManager,
  event: Omit<IdeaEventPayload, 'topic'>,
): Promise<void> {
  const payload: IdeaEventPayload = { topic: IDEA_TOPIC, ...event };
  await publishEvent(em, payload);
}
