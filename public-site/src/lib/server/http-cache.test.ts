import { describe, expect, it } from 'vitest';
import {
  allowImagesFrom,
  cacheDecision,
  contentEtag,
  etagMatches,
  isPublicPath,
  validatorKind,
  weakEtag,
} from './http-cache';

const get = (pathname: string, extra: Partial<Parameters<typeof cacheDecision>[0]> = {}) =>
  cacheDecision({
    method: 'GET',
    pathname,
    status: 200,
    setsCookie: false,
    hasCacheControl: false,
    ...extra,
  });

describe('cache policy', () => {
  it('lets a CDN cache the public pages', () => {
    for (const p of ['/', '/y-tuong', '/y-tuong/abc', '/vinh-danh/rss.xml', '/minh-bach'])
      expect(get(p)).toBe('public');
  });

  it('keeps pages with personal data or one-time values private', () => {
    for (const p of ['/tra-cuu', '/tra-cuu/su-kien', '/dong-tac-gia', '/gui-y-tuong', '/ngon-ngu'])
      expect(get(p)).toBe('private');
    expect(get('/y-tuong/abc', { method: 'POST' })).toBe('private');
    expect(get('/', { setsCookie: true })).toBe('private');
    expect(get('/y-tuong/abc', { status: 500 })).toBe('private');
  });

  it('respects an endpoint that chose its own policy', () => {
    expect(get('/so-bien-nhan/tai-ve', { hasCacheControl: true })).toBe('keep');
  });

  it('does not mistake a longer name for a public prefix', () => {
    expect(isPublicPath('/y-tuong-rieng')).toBe(false);
  });
});

describe('ETag', () => {
  const a = new TextEncoder().encode('<p>Nước sạch</p>');
  const b = new TextEncoder().encode('<p>Nước sach</p>');

  it('is stable for the same bytes and differs for others', () => {
    expect(weakEtag(a)).toBe(weakEtag(new TextEncoder().encode('<p>Nước sạch</p>')));
    expect(weakEtag(a)).not.toBe(weakEtag(b));
    expect(weakEtag(a)).toMatch(/^W\/"[\w-]{27}"$/);
  });

  it('matches If-None-Match lists, weakly, and the wildcard', () => {
    const e = weakEtag(a);
    expect(etagMatches(e, e)).toBe(true);
    expect(etagMatches(`"x", ${e.slice(2)}`, e)).toBe(true);
    expect(etagMatches('*', e)).toBe(true);
    expect(etagMatches('"other"', e)).toBe(false);
    expect(etagMatches(null, e)).toBe(false);
  });
});

describe('validators known before rendering', () => {
  it('cover the content pages and the home page, not the others', () => {
    expect(validatorKind('/')).toBe('home');
    for (const p of ['/tin-tuc', '/tin-tuc/mot-bai', '/tin-tuc/rss.xml', '/trang/the-le'])
      expect(validatorKind(p)).toBe('content');
    for (const p of [
      '/y-tuong',
      '/y-tuong/abc',
      '/tin-tuc/a/b',
      '/trang',
      '/xem-truoc',
      '/minh-bach',
    ])
      expect(validatorKind(p)).toBeNull();
  });

  it('change with any of their parts', () => {
    const e = contentEtag(['build', '/tin-tuc', '', 'vi', 'v1']);
    expect(e).toMatch(/^W\/"c[\w-]{26}"$/);
    expect(contentEtag(['build', '/tin-tuc', '', 'vi', 'v1'])).toBe(e);
    expect(contentEtag(['build', '/tin-tuc', '', 'vi', 'v2'])).not.toBe(e);
    expect(contentEtag(['build', '/tin-tuc', '?lang=en', 'en', 'v1'])).not.toBe(e);
  });

  it('makes the news and media public', () => {
    for (const p of ['/tin-tuc', '/tin-tuc/bai', '/trang/gioi-thieu'])
      expect(get(p)).toBe('public');
    expect(get('/media/x/y.avif', { hasCacheControl: true })).toBe('keep');
    expect(get('/xem-truoc')).toBe('private');
  });
});

describe('images from a media CDN', () => {
  it('are added to img-src only', () => {
    const csp = "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-x'";
    expect(allowImagesFrom(csp, 'https://cdn.example')).toBe(
      "default-src 'self'; img-src 'self' data: https://cdn.example; script-src 'self' 'sha256-x'",
    );
    const once = allowImagesFrom(csp, 'https://cdn.example');
    expect(allowImagesFrom(once, 'https://cdn.example')).toBe(once);
  });
});
