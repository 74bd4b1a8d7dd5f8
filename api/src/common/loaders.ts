import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IdeaEvent, IdeaMessage, IdeaStep } from '../idea/idea.entity.js';
import { ReceptionPoint } from '../unit/reception-point.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { Consent } from '../consent/consent.entity.js';
import { Adoption, Pilot } from '../pilot/pilot.entity.js';
import { Award, AwardStatus } from '../award/award.entity.js';

/**
 * Hand-written loaders for what MikroORM's own dataloader does not batch (filtered or ordered
 * child lists). One set per request, memoized on the context: a loader's cache must never outlive
 * the request, or one viewer could be served another's data.
 */
export class Loaders {
  constructor(private readonly em: EntityManager) {}

  private readonly memos = new Map<string, Promise<unknown>>();

  /** Computes a value once per request (several field resolvers of one object share it). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let hit = this.memos.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = compute();
      this.memos.set(key, hit);
    }
    return hit;
  }

  readonly eventsByIdea = new DataLoader<string, IdeaEvent[]>(async (ideaIds) => {
    const rows = await this.em.find(
      IdeaEvent,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  });

  readonly messagesByIdea = new DataLoader<string, IdeaMessage[]>(async (ideaIds) => {
    const rows = await this.em.find(
      IdeaMessage,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  });

  readonly openStepByIdea = new DataLoader<string, IdeaStep | null>(async (ideaIds) => {
    const rows = await this.em.find(IdeaStep, { idea: { $in: [...ideaIds] }, endedAt: null });
    return ideaIds.map((id) => rows.find((r) => r.idea.id === id) ?? null);
  });

  readonly receptionPointsByUnit = new DataLoader<string, ReceptionPoint[]>(async (unitIds) => {
    const rows = await this.em.find(
      ReceptionPoint,
      { unit: { $in: [...unitIds] }, active: true },
      { orderBy: { name: 'asc' } },
    );
    return unitIds.map((id) => rows.filter((r) => r.unit.id === id));
  });

  /** Every consent row (history included) of a batch of authorships. */
  readonly consentsByAuthorship = new DataLoader<string, Consent[]>(async (ids) => {
    const rows = await this.em.find(
      Consent,
      { authorship: { $in: [...ids] } },
      { orderBy: { givenAt: 'asc', id: 'asc' } },
    );
    return ids.map((id) => rows.filter((r) => r.authorship.id === id));
  });

  readonly pilotsByIdea = new DataLoader<string, Pilot[]>(async (ideaIds) => {
    const rows = await this.em.find(
      Pilot,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { startsOn: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  });

  readonly adoptionsByIdea = new DataLoader<string, Adoption[]>(async (ideaIds) => {
    const rows = await this.em.find(
      Adoption,
      { idea: { $in: [...ideaIds] } },
      { orderBy: { adoptedOn: 'asc', id: 'asc' } },
    );
    return ideaIds.map((id) => rows.filter((r) => r.idea.id === id));
  });

  /** Decided (not revoked) awards citing each idea, oldest decision first. */
  readonly decidedAwardsByIdea = new DataLoader<string, Award[]>(async (ideaIds) => {
    const links = await this.em.execute<{ award_id: string; idea_id: string }[]>(
      `select award_id, idea_id from award_idea where idea_id in (${ideaIds.map(() => '?').join(',')})`,
      [...ideaIds],
    );
    const awards = links.length
      ? await this.em.find(
          Award,
          { id: { $in: [...new Set(links.map((l) => l.award_id))] }, status: AwardStatus.DECIDED },
          { orderBy: { decisionDate: 'asc', id: 'asc' } },
        )
      : [];
    return ideaIds.map((id) => {
      const mine = new Set(links.filter((l) => l.idea_id === id).map((l) => l.award_id));
      return awards.filter((a) => mine.has(a.id));
    });
  });

  readonly staffNames = new DataLoader<string, string | null>(async (ids) => {
    const rows = await this.em.find(StaffUser, { id: { $in: [...ids] } }, { fields: ['fullName'] });
    const byId = new Map(rows.map((r) => [r.id, r.fullName]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
