/**
 * Pure helpers of the content screens (news, pages, media library, banners, featured items):
 * status lines, addresses, counters, the focal point of an image and the order of featured items.
 */
import { formatDateTime } from '@khoi-nguon/schema/client';
import type { ContentKind, ContentStatus } from '$lib/gql/graphql';
import { CONTENT_STATUS } from './i18n';

/** "Đã hẹn giờ đăng 05/06/2026 14:30" for a scheduled post, else the status label. */
export function statusText(post: { status: ContentStatus; scheduledAt?: string | null }): string {
  if (post.status === 'SCHEDULED' && post.scheduledAt) {
    return `${CONTENT_STATUS.SCHEDULED} ${formatDateTime(post.scheduledAt)}`;
  }
  return CONTENT_STATUS[post.status];
}

/**
 * The address part made from a Vietnamese title, as the API makes it: no accents (đ → d), lower
 * case, words joined by hyphens. The API still decides (it adds -2, -3 when taken).
 */
export function slugify(title: string, max = 80): string {
  const plain = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** Whether a slug typed by an editor is usable as is (the API normalises it too). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 120;
}

/** Where a post is read on the public site, by kind. */
const PUBLIC_SECTION: Record<ContentKind, string> = {
  NEWS: '/tin-tuc',
  PROPAGANDA: '/tin-tuc',
  PAGE: '/trang',
};

export function publicPath(kind: ContentKind, slug: string): string {
  return `${PUBLIC_SECTION[kind]}/${slug}`;
}

/** What an editor sets a banner to; "scheduled" follows from a start day in the future. */
export const BANNER_STATUSES: readonly ContentStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** Recommended lengths of search-engine and social-share texts. */
export const SEO_LIMITS = { title: 60, description: 160 } as const;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('vi', { granularity: 'grapheme' })
    : null;

/** Characters as a reader counts them ("ệ" is one, whether typed composed or not). */
export function countChars(text: string): number {
  const t = text.normalize('NFC');
  if (!segmenter) return Array.from(t).length;
  let n = 0;
  for (const _ of segmenter.segment(t)) n++;
  return n;
}

/** "42/60 ký tự", and whether the recommended length is passed. */
export function charCounter(text: string, limit: number): { text: string; over: boolean } {
  const n = countChars(text);
  const over = n > limit;
  return {
    text: `${n}/${limit} ký tự${over ? ` — dài hơn mức khuyến nghị ${n - limit} ký tự` : ''}`,
    over,
  };
}

/**
 * A link target an editor may use: http(s), mailto or an address on the site. Browsers ignore
 * tabs and newlines inside a URL, so "java\nscript:" is refused like "javascript:".
 */
export function safeLink(raw: string): string | null {
  const href = raw.trim().replace(/[\t\n\r]/g, '');
  if (!href || href.length > 2000) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f\u007f-\u009f]/.test(href)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href);
  if (scheme) {
    const s = scheme[1]!.toLowerCase();
    if (s === 'mailto') return href.length > 7 ? href : null;
    if (s !== 'http' && s !== 'https') return null;
    return /^https?:\/\/[^/\s]/i.test(href) ? href.replace(/ /g, '%20') : null;
  }
  // "www.example.vn" without a scheme is meant as a web address, not a page of this site.
  if (/^www\./i.test(href)) return `https://${href.replace(/ /g, '%20')}`;
  return href.replace(/ /g, '%20');
}

// ---------------------------------------------------------------------------------------------
// Images

export interface VariantLike {
  name: string;
  format: string;
  width: number;
  url: string;
}

/**
 * A media file's address as the admin shows it: the API's (or its CDN's) `/media/<id>/<file>`
 * becomes the same path on the admin, which passes it through — the admin's CSP allows images
 * from its own origin only. Other addresses are left alone.
 */
export function adminMediaUrl(url: string): string {
  let path: string;
  try {
    path = new URL(url, 'http://admin.invalid').pathname;
  } catch {
    return url;
  }
  const m =
    /\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([\w.-]+)$/i.exec(
      path,
    );
  return m ? `/media/${m[1]}/${m[2]}` : url;
}

/**
 * The URL of a named size of an image, in the first available format (browsers all read webp
 * and jpeg), falling back to the asset's own URL; as the admin serves it.
 */
export function variantUrl(
  asset: { url: string; variants: readonly VariantLike[] },
  name = 'thumb',
  formats: readonly string[] = ['webp', 'jpeg'],
): string {
  for (const f of formats) {
    const v = asset.variants.find((x) => x.name === name && x.format === f);
    if (v) return adminMediaUrl(v.url);
  }
  return adminMediaUrl(asset.url);
}

/** The focal point of an image: 0..1 from the left and from the top. */
export interface Focal {
  x: number;
  y: number;
}

export const FOCAL_CENTRE: Focal = { x: 0.5, y: 0.5 };

const clamp01 = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;

export function clampFocal(f: Focal): Focal {
  return { x: clamp01(f.x), y: clamp01(f.y) };
}

/** Where a click on the shown image falls, as a focal point. */
export function focalFromPoint(
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): Focal {
  if (rect.width <= 0 || rect.height <= 0) return FOCAL_CENTRE;
  return clampFocal({
    x: (clientX - rect.left) / rect.width,
    y: (clientY - rect.top) / rect.height,
  });
}

/** Arrow keys move the point by `step` (Shift: a larger step); Home centres it. */
export function nudgeFocal(f: Focal, key: string, large = false): Focal | null {
  const step = large ? 0.1 : 0.02;
  switch (key) {
    case 'ArrowLeft':
      return clampFocal({ x: f.x - step, y: f.y });
    case 'ArrowRight':
      return clampFocal({ x: f.x + step, y: f.y });
    case 'ArrowUp':
      return clampFocal({ x: f.x, y: f.y - step });
    case 'ArrowDown':
      return clampFocal({ x: f.x, y: f.y + step });
    case 'Home':
      return FOCAL_CENTRE;
    default:
      return null;
  }
}

/** A focal coordinate as the whole percentage the number inputs show. */
export function focalPercent(v: number): number {
  return Math.round(clamp01(v) * 100);
}

/** A percentage typed in a number input ("35", "35,5") → 0..1, or null when unreadable. */
export function parseFocalPercent(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 100 ? clamp01(n / 100) : null;
}

/** Whether an uploaded file is an image (alt text is then required). */
export function looksLikeImage(file: { name: string; type: string }): boolean {
  if (file.type) return file.type.startsWith('image/');
  return /\.(jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp)$/i.test(file.name);
}

// ---------------------------------------------------------------------------------------------
// Edit lock and featured items

/** The lock lasts 5 minutes; typing renews it at most once a minute. */
export const LOCK_RENEW_MS = 60_000;

export function shouldRenewLock(
  lastRenewedAt: number | null,
  now: number,
  every = LOCK_RENEW_MS,
): boolean {
  return lastRenewedAt === null || now - lastRenewedAt >= every;
}

/** An item of the home page's featured list, as the form sends it: "idea:<id>" or "post:<id>". */
export interface FeaturedRef {
  kind: 'idea' | 'post';
  id: string;
}

export function encodeFeatured(ref: FeaturedRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function decodeFeatured(value: string): FeaturedRef | null {
  const m = /^(idea|post):([0-9a-f-]{36})$/i.exec(value.trim());
  return m ? { kind: m[1]!.toLowerCase() as FeaturedRef['kind'], id: m[2]!.toLowerCase() } : null;
}

export { moveItem } from './reorder';

/** An image as the pickers show it (sent by the library's JSON endpoint). */
export interface MediaChoice {
  id: string;
  filename: string;
  alt: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  /** Small size, for grids. */
  thumb: string;
  /** Medium size, for the editor. */
  medium: string;
}

export function toMediaChoice(asset: {
  id: string;
  filename: string;
  alt: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  url: string;
  variants: readonly VariantLike[];
}): MediaChoice {
  return {
    id: asset.id,
    filename: asset.filename,
    alt: asset.alt,
    caption: asset.caption,
    width: asset.width,
    height: asset.height,
    thumb: variantUrl(asset, 'thumb'),
    medium: variantUrl(asset, 'medium'),
  };
}

/** A public idea as the pickers show it. */
export interface IdeaChoice {
  id: string;
  title: string;
  trackingCode: string | null;
}
