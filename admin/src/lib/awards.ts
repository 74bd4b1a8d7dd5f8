/**
 * The awards page: totals, prize money per form or year, and the accent-insensitive filter of
 * the evidence list.
 */
import type { AwardEvidenceIdeaFragment, AwardForm, AwardStatus } from '$lib/gql/graphql';
import { sumBy } from './bar-chart';
import { settingOn, type Dated } from './money';
import { formatDay } from './follow-up';
import { ADOPTION_KIND } from './i18n';

export interface AwardFigures {
  status: AwardStatus;
  form: AwardForm;
  prizeAmount: number | null;
  decisionDate: string | null;
  createdAt: string;
}

/**
 * Counts per status, the prize money of the decisions in force, and the money to recover from
 * revoked awards (Law 06/2022/QH15: an award obtained by fraud is revoked and the money recovered).
 */
export function awardTotals(awards: readonly AwardFigures[]) {
  const of = (s: AwardStatus) => awards.filter((a) => a.status === s);
  const money = (list: readonly AwardFigures[]) =>
    list.reduce((sum, a) => sum + (a.prizeAmount ?? 0), 0);
  return {
    proposed: of('PROPOSED').length,
    decided: of('DECIDED').length,
    revoked: of('REVOKED').length,
    prize: money(of('DECIDED')),
    toRecover: money(of('REVOKED')),
  };
}

export type ChartBy = 'form' | 'year';

/**
 * Prize money of the decisions in force, per form (in the order of `forms`) or per year of the
 * decision (oldest first).
 */
export function prizeChart(
  awards: readonly AwardFigures[],
  by: ChartBy,
  forms: readonly AwardForm[],
): { key: string; total: number; count: number }[] {
  const decided = awards.filter((a) => a.status === 'DECIDED');
  return by === 'form'
    ? sumBy(
        decided,
        (a) => a.form,
        (a) => a.prizeAmount ?? 0,
        forms,
      )
    : sumBy(
        decided,
        (a) => (a.decisionDate ?? a.createdAt).slice(0, 4),
        (a) => a.prizeAmount ?? 0,
      );
}

/** Lower case without Vietnamese accents ("Đồng Ánh" → "dong anh"), for searching. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Whether every word of the query appears in the text, accents ignored. */
export function matchesSearch(text: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}

/**
 * Forms whose prize the commune computes (coefficient × base salary); a higher-level award's
 * prize is set by the level that grants it.
 */
export const RATED_FORMS: readonly AwardForm[] = ['COMMUNE_CERTIFICATE', 'ADVANCED_WORKER'];

export type SettingState = 'in-force' | 'upcoming' | 'replaced';

/**
 * Where each dated row of one setting stands on a day: the one in force, those that take effect
 * later, and those replaced by a later row.
 */
export function settingStates<T extends Dated & { id: string }>(
  rows: readonly T[],
  day: string,
): Map<string, SettingState> {
  const current = settingOn(rows, day);
  return new Map(
    rows.map((r) => [
      r.id,
      r === current ? 'in-force' : r.validFrom > day ? 'upcoming' : 'replaced',
    ]),
  );
}

/** How an award's cited pilots and adoptions are named, from the ideas they belong to. */
export function evidenceLabels(ideas: readonly AwardEvidenceIdeaFragment[]): {
  pilots: Map<string, string>;
  adoptions: Map<string, string>;
} {
  const pilots = new Map<string, string>();
  const adoptions = new Map<string, string>();
  for (const idea of ideas) {
    for (const p of idea.pilots) {
      pilots.set(
        p.id,
        `Thử nghiệm "${idea.title}" tại ${p.hostUnit.name} từ ${formatDay(p.startsOn)}`,
      );
    }
    for (const a of idea.adoptions) {
      adoptions.set(
        a.id,
        `${ADOPTION_KIND[a.kind]} "${idea.title}" tại ${a.unit.name} từ ${formatDay(a.adoptedOn)}`,
      );
    }
  }
  return { pilots, adoptions };
}
