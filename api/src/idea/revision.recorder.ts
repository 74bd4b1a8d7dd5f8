import type { EntityManager } from '@mikro-orm/postgresql';
import { Idea, IdeaRevision } from './idea.entity.js';
import type { RevisionSource } from './idea.enums.js';
import { receiptDigest } from './receipt.digest.js';

/**
 * Snapshots the idea's current content as its next revision, with a digest over that content so a
 * later change to any revision row is detectable. The caller has already changed the idea.
 */
export function recordRevision(
  tx: EntityManager,
  idea: Idea,
  r: { source: RevisionSource; fieldIds: string[]; note: string | null; at: Date },
): IdeaRevision {
  idea.revision += 1;
  const fieldIds = [...r.fieldIds].sort();
  const content = {
    title: idea.title,
    problem: idea.problem,
    solution: idea.solution,
    benefit: idea.benefit,
    requirements: idea.requirements ?? null,
    maturity: idea.maturity,
  };
  return tx.create(IdeaRevision, {
    tenant: idea.tenant.id,
    idea,
    number: idea.revision,
    source: r.source,
    ...content,
    fieldIds,
    note: r.note,
    digest: receiptDigest({
      trackingCode: idea.trackingCode,
      receivedAt: r.at,
      campaignId: idea.campaign.id,
      ...content,
      fieldIds,
      authorName: '',
    }),
    createdAt: r.at,
  });
}
