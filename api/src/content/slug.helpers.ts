import { foldVietnamese } from '../common/text.js';

export const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a Vietnamese title: accents removed (đ → d), lower case, words joined by
 * hyphens, at most 80 characters cut at a word boundary. "Hướng dẫn tham gia" → "huong-dan-tham-gia".
 */
export function slugify(title: string): string {
  const words = foldVietnamese(title.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  return slug;
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not contain. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
