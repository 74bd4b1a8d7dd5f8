/**
 * The rights gate (§III.6 of the plan): nothing is published, piloted or scaled before the origin
 * and the authors' consents are clear. Every path that publishes, honours, features, pilots,
 * applies or scales an idea calls `assertRightsCleared`; public reads AND `publicIdeaFilter`.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RightsNotClearedError } from '../common/errors.js';
import { Consent } from '../consent/consent.entity.js';
import { ConsentGiver, ConsentKind } from '../consent/consent.enums.js';
import { Authorship, Idea } from '../idea/idea.entity.js';
import { AuthorRole } from '../idea/idea.enums.js';
import { RightsStatus, RightsUse, RIGHTS_STATUS_LABEL } from './rights.enums.js';

/** Credited authors: the lead, and co-authors who confirmed (declined or pending ones are not). */
export function isCredited(a: Pick<Authorship, 'confirmedAt' | 'declinedAt'>): boolean {
  return Boolean(a.confirmedAt) && !a.declinedAt;
}

/** A consent counts while not withdrawn; a minor needs their own and a guardian's. */
export function hasConsent(
  a: Pick<Authorship, 'isMinor'>,
  consents: readonly Pick<Consent, 'kind' | 'givenBy' | 'withdrawnAt'>[],
  kind: ConsentKind,
): boolean {
  const active = (by: ConsentGiver) =>
    consents.some((c) => c.kind === kind && c.givenBy === by && !c.withdrawnAt);
  return active(ConsentGiver.SELF) && (!a.isMinor || active(ConsentGiver.GUARDIAN));
}

const NEEDED: Record<RightsUse, { kind: ConsentKind; what: string; verb: string }> = {
  PUBLISH: {
    kind: ConsentKind.PUBLISH_CONTENT,
    what: 'công khai nội dung',
    verb: 'Chưa thể công khai ý tưởng',
  },
  PILOT: {
    kind: ConsentKind.ALLOW_PILOT,
    what: 'cho thử nghiệm, sử dụng',
    verb: 'Chưa thể thử nghiệm, sử dụng ý tưởng',
  },
  SCALE: {
    kind: ConsentKind.ALLOW_SCALE,
    what: 'cho nhân rộng',
    verb: 'Chưa thể nhân rộng ý tưởng',
  },
};

/** What stands between the idea and the use, in Vietnamese; empty when the gate is open. */
export async function rightsProblems(
  em: EntityManager,
  idea: Pick<Idea, 'id' | 'rightsStatus'>,
  use: RightsUse,
): Promise<string[]> {
  const authors = (
    await em.find(
      Authorship,
      { idea: idea.id },
      { populate: ['person'], orderBy: { role: 'desc', share: 'desc', id: 'asc' } },
    )
  ).filter(isCredited);
  const consents = authors.length
    ? await em.find(Consent, { authorship: { $in: authors.map((a) => a.id) } })
    : [];
  return rightsProblemsOf(idea, authors, consents, use);
}

/**
 * What is missing before `use`, from the idea's credited authors (person loaded, lead first) and
 * their consents: the same answer as `rightsProblems`, for callers that loaded them in a batch.
 */
export function rightsProblemsOf(
  idea: Pick<Idea, 'rightsStatus'>,
  authors: readonly Authorship[],
  consents: readonly Consent[],
  use: RightsUse,
): string[] {
  const problems: string[] = [];
  if (idea.rightsStatus === RightsStatus.DISPUTED) {
    problems.push('Ý tưởng đang có tranh chấp về quyền tác giả.');
  } else if (idea.rightsStatus !== RightsStatus.ESTABLISHED) {
    problems.push(
      `Quyền tác giả chưa được xác lập (hiện: ${RIGHTS_STATUS_LABEL[idea.rightsStatus]}).`,
    );
  }
  const need = NEEDED[use];
  for (const a of authors) {
    const mine = consents.filter((c) => c.authorship.id === a.id);
    if (hasConsent(a, mine, need.kind)) continue;
    const who = `${a.role === AuthorRole.LEAD ? 'Chủ nhiệm' : 'Đồng tác giả'} ${a.person.getEntity().fullName}`;
    const guardianOnly =
      a.isMinor &&
      mine.some((c) => c.kind === need.kind && c.givenBy === ConsentGiver.SELF && !c.withdrawnAt);
    problems.push(
      guardianOnly
        ? `${who} chưa đủ 16 tuổi: cần thêm sự đồng ý ${need.what} của cha, mẹ hoặc người giám hộ.`
        : `${who} chưa đồng ý ${need.what}.`,
    );
  }
  return problems;
}

export async function assertRightsCleared(
  em: EntityManager,
  idea: Pick<Idea, 'id' | 'rightsStatus'>,
  use: RightsUse,
): Promise<void> {
  const problems = await rightsProblems(em, idea, use);
  if (problems.length) {
    throw new RightsNotClearedError(`${NEEDED[use].verb}: ${problems.join(' ')}`, problems);
  }
}

/** SQL: the credited authors of idea `a` who lack an active consent of `kind` (self or guardian). */
export function missingConsentSql(alias: string, kind: ConsentKind): string {
  const active = (by: ConsentGiver) =>
    `exists (select 1 from consent c where c.authorship_id = au.id and c.kind = '${kind}' and c.given_by = '${by}' and c.withdrawn_at is null)`;
  return (
    `exists (select 1 from authorship au where au.idea_id = ${alias}.id and au.confirmed_at is not null and au.declined_at is null ` +
    `and (not ${active(ConsentGiver.SELF)} or (au.is_minor and not ${active(ConsentGiver.GUARDIAN)})))`
  );
}

/**
 * Ideas the public may see: published by the hub, rights established (a dispute freezes display at
 * once) and every credited author still allowing publication.
 */
export function publicIdeaFilter(tenantId: string): FilterQuery<Idea> {
  // The same rule, kept on the row by the database (migration PublicVisible) from the three
  // conditions above, so lists and counts use an index instead of probing consents per row.
  return { tenant: tenantId, [raw((a) => `${a}.public_visible`)]: [] };
}

/** The same test for one loaded idea (the idea page, honouring, featuring). */
export function isPubliclyVisible(
  idea: Pick<Idea, 'publishedAt' | 'rightsStatus'>,
  authors: { authorship: Authorship; consents: Consent[] }[],
): boolean {
  return (
    Boolean(idea.publishedAt) &&
    idea.rightsStatus === RightsStatus.ESTABLISHED &&
    authors
      .filter((x) => isCredited(x.authorship))
      .every((x) => hasConsent(x.authorship, x.consents, ConsentKind.PUBLISH_CONTENT))
  );
}
