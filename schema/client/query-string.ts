/**
 * A query string from a plain object: empty values are left out, arrays repeat the key.
 * `toQueryString({ q: 'a', s: ['x', 'y'], empty: '' })` → `?q=a&s=x&s=y`.
 */
export function toQueryString(
  params: Record<string, string | string[] | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v) search.append(key, v);
  }
  const s = search.toString();
  return s ? `?${s}` : '?';
}
