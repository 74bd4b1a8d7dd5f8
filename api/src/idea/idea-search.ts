import { searchTerms } from '../common/text.js';

/**
 * The idea search, shared by the general path (idea.service.ts) and the compiled reads
 * (idea.compiled.ts) so both find the same ideas.
 *
 * - Every term is an accent-free prefix, all required: "y tuong so" ⇒ y:* & tuong:* & so:*.
 * - A term may match the idea's own text (its `search_vector`) or the name of its thôn/unit (with
 *   former names and the units it was merged into, `kn_unit_words`): "Đồng Lạc" finds the ideas of
 *   Thôn Đồng Lạc, "nuoc dong lac" its ideas about water. The unit part is an init-plan over the
 *   commune's few units: at 200,000 ideas (seed:scale) "dong lac" took 144 ms against 87 ms for
 *   the ideas' words alone, "nuoc sach" (40 % of the ideas, a sequential scan) about the same.
 * - A query with no letter or digit ("%", "***") has nothing to look for and finds nothing — it is
 *   never a wildcard.
 */
export interface IdeaSearch {
  /** All terms, each a prefix: `a:* & b:*`. */
  all: string;
  /** Any term: `a:* | b:*` (which units are worth looking at). */
  any: string;
}

/** The search to run, or `'nothing'` when the query has no searchable word. */
export function ideaSearch(query: string): IdeaSearch | 'nothing' {
  const terms = searchTerms(query);
  if (!terms.length) return 'nothing';
  const prefixes = terms.map((t) => `${t}:*`);
  return { all: prefixes.join(' & '), any: prefixes.join(' | ') };
}

/**
 * The SQL condition for idea alias `a`. `param` writes a bound parameter and returns its
 * placeholder, in the order the placeholders appear (MikroORM's `?` or the compiler's `$n`).
 */
export function ideaSearchSql(
  a: string,
  search: IdeaSearch,
  tenantId: string,
  param: (value: unknown) => string,
): string {
  // The commune's units whose words match some term, in a fixed order: their ids, and their
  // words as a tsvector at the same position. Both are init-plans, computed once per statement,
  // so the per-row check is an array lookup, not a call of kn_unit_words.
  const units = (select: string) =>
    `array(select ${select} from unit su where su.tenant_id = ${param(tenantId)}
      and to_tsvector('simple', kn_unit_words(su.id)) @@ to_tsquery('simple', ${param(search.any)})
      order by su.id)`;
  const all = param(search.all);
  const ids = units('su.id');
  const words = units(`to_tsvector('simple', kn_unit_words(su.id))`);
  const positions = units('su.id');
  const all2 = param(search.all);
  return `(${a}.search_vector @@ to_tsquery('simple', ${all})
    or (${a}.unit_id = any(${ids})
        and (${a}.search_vector || (${words})[array_position(${positions}, ${a}.unit_id)])
            @@ to_tsquery('simple', ${all2})))`;
}

/** Matches no row: a search with nothing to look for. */
export const NO_MATCH_SQL = 'false';
