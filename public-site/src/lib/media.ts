/**
 * Images of the media library as the public pages show them: every width variant in AVIF, WebP and
 * JPEG for `<picture>`, the focal point as the crop's `object-position`, and the Open Graph crop.
 */
export interface MediaVariantLike {
  name: string;
  format: string;
  width: number;
  height: number;
  url: string;
}

export interface PictureLike {
  alt?: string | null;
  width?: number | null;
  height?: number | null;
  focalX?: number | null;
  focalY?: number | null;
  variants: MediaVariantLike[];
}

/** Width variants (the `og` crop has another shape and is only for share cards). */
const WIDTHS = ['thumb', 'small', 'medium', 'large'];

export interface PictureSources {
  /** `<source>` elements, best format first. */
  sources: { type: string; srcset: string }[];
  /** JPEG fallback for `<img>`. */
  src: string;
  srcset: string;
  /** Intrinsic size of the fallback: reserves the space before the image arrives. */
  width: number;
  height: number;
}

function srcsetOf(variants: MediaVariantLike[]): string {
  return variants.map((v) => `${v.url} ${v.width}w`).join(', ');
}

/**
 * The sources of a picture. `fallback` names the JPEG an old browser gets (the largest one below
 * it when the image was too small to have it). Null when the asset has no width variants.
 */
export function pictureSources(
  asset: PictureLike,
  fallback: 'thumb' | 'small' | 'medium' | 'large' = 'medium',
): PictureSources | null {
  const widths = asset.variants
    .filter((v) => WIDTHS.includes(v.name))
    .sort((a, b) => a.width - b.width);
  const jpegs = widths.filter((v) => v.format === 'jpeg');
  if (!jpegs.length) return null;
  const wanted = WIDTHS.indexOf(fallback);
  const img =
    jpegs.find((v) => v.name === fallback) ??
    [...jpegs].reverse().find((v) => WIDTHS.indexOf(v.name) <= wanted) ??
    jpegs[0]!;
  const sources = ['avif', 'webp']
    .map((format) => ({
      type: `image/${format}`,
      srcset: srcsetOf(widths.filter((v) => v.format === format)),
    }))
    .filter((s) => s.srcset);
  return { sources, src: img.url, srcset: srcsetOf(jpegs), width: img.width, height: img.height };
}

function percent(v: number | null | undefined): string {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
  return `${Math.round(n * 1000) / 10}%`;
}

/** The focal point (0..1 each way; centre when unset) as CSS `object-position`. */
export function objectPosition(asset: Pick<PictureLike, 'focalX' | 'focalY'>): string {
  return `${percent(asset.focalX)} ${percent(asset.focalY)}`;
}

/** The 1200×630 JPEG crop for Open Graph cards, else the largest JPEG. */
export function ogImage(
  asset: PictureLike | null | undefined,
): { url: string; width: number; height: number } | null {
  if (!asset) return null;
  const jpegs = asset.variants.filter((v) => v.format === 'jpeg');
  const og = jpegs.find((v) => v.name === 'og');
  if (og) return { url: og.url, width: og.width, height: og.height };
  const largest = jpegs.filter((v) => WIDTHS.includes(v.name)).sort((a, b) => b.width - a.width)[0];
  return largest ? { url: largest.url, width: largest.width, height: largest.height } : null;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * Media addresses the API hands out under its own (internal) address, rewritten to this site's
 * `/media/…`, which passes the files through: visitors never need to reach the API, and the page's
 * Content-Security-Policy (`img-src 'self'`) allows them. Only the hosts given are rewritten.
 */
export function mediaRewriter(hosts: string[]): (text: string) => string {
  const names = [...new Set(hosts.filter(Boolean))].map((h) =>
    h.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  if (!names.length) return (text) => text;
  const re = new RegExp(`https?://(?:${names.join('|')})(?::\\d+)?/media/(?=${UUID}/)`, 'gi');
  return (text) => text.replace(re, '/media/');
}
