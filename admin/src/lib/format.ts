import { t } from './messages';
/** A file size the way people say it: "350 KB", "1,2 MB". */
export function formatSize(bytes: number): string {
  const nf = (n: number, digits: number) =>
    new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${nf(bytes, 0)} byte`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024, 0)} KB`;
  return `${nf(bytes / 1024 / 1024, 1)} MB`;
}

/** A similarity score (0–1) as a whole percentage: "87%". */
export function formatPercent(score: number): string {
  return `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
}

/** The first `max` characters of a text, cut at a word, with an ellipsis when shortened. */
export function excerpt(text: string | null | undefined, max = 140): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A unit's name; a merged unit's adds where it belongs now: "Thôn A (nay thuộc Thôn B)". */
export function unitLabel(
  unit: { name: string; nowPartOf?: { name: string } | null } | null | undefined,
): string {
  if (!unit) return '—';
  return unit.nowPartOf
    ? t('units.nowPartOf', { name: unit.name, into: unit.nowPartOf.name })
    : unit.name;
}
