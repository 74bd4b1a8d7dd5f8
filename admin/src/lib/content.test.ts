import { describe, expect, it } from 'vitest';
import {
  adminMediaUrl,
  charCounter,
  clampFocal,
  countChars,
  decodeFeatured,
  encodeFeatured,
  focalFromPoint,
  focalPercent,
  isSlug,
  looksLikeImage,
  moveItem,
  nudgeFocal,
  parseFocalPercent,
  publicPath,
  safeLink,
  shouldRenewLock,
  slugify,
  statusText,
  variantUrl,
} from './content';

const ID = '0b6f3c1e-8a1d-4c56-9d3e-2f1a7b9c4d10';

describe('content status and addresses', () => {
  it('names the status, with the time of a scheduled post in Vietnam time', () => {
    expect(statusText({ status: 'DRAFT' })).toBe('Bản nháp');
    expect(statusText({ status: 'PUBLISHED', scheduledAt: null })).toBe('Đã đăng');
    expect(statusText({ status: 'ARCHIVED' })).toBe('Đã lưu trữ');
    expect(statusText({ status: 'SCHEDULED', scheduledAt: '2026-06-05T07:30:00.000Z' })).toBe(
      'Đã hẹn giờ đăng 05/06/2026 14:30',
    );
  });

  it('makes slugs from Vietnamese titles without accents, đ becoming d', () => {
    expect(slugify('Đường làng sáng đèn: Thôn Đồng Lạc ra quân!')).toBe(
      'duong-lang-sang-den-thon-dong-lac-ra-quan',
    );
    expect(slugify('  Hội nghị   sơ kết 2028 ')).toBe('hoi-nghi-so-ket-2028');
    // Tone marks typed decomposed give the same address.
    expect(slugify('Khơi nguồn'.normalize('NFD'))).toBe('khoi-nguon');
    expect(slugify('ý tưởng '.repeat(30), 40).length).toBeLessThanOrEqual(40);
    expect(slugify('ý tưởng '.repeat(30), 40)).not.toMatch(/-$/);
    expect(isSlug('hoi-nghi-so-ket')).toBe(true);
    expect(isSlug('Hội nghị')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
  });

  it('places news and propaganda under /tin-tuc and pages under /trang', () => {
    expect(publicPath('NEWS', 'ra-quan')).toBe('/tin-tuc/ra-quan');
    expect(publicPath('PROPAGANDA', 'the-le')).toBe('/tin-tuc/the-le');
    expect(publicPath('PAGE', 'gioi-thieu')).toBe('/trang/gioi-thieu');
  });

  it('counts characters as readers do and flags texts over the recommended length', () => {
    expect(countChars('Việt')).toBe(4);
    expect(countChars('Việt'.normalize('NFD'))).toBe(4);
    expect(charCounter('Ý tưởng hay', 60)).toEqual({ text: '11/60 ký tự', over: false });
    expect(charCounter('a'.repeat(62), 60)).toEqual({
      text: '62/60 ký tự — dài hơn mức khuyến nghị 2 ký tự',
      over: true,
    });
  });

  it('accepts only http(s), mailto and addresses of the site as links', () => {
    expect(safeLink('https://nhuthanh.thanhhoa.gov.vn/tin')).toBe(
      'https://nhuthanh.thanhhoa.gov.vn/tin',
    );
    expect(safeLink('mailto:vhxh@nhuthanh.example')).toBe('mailto:vhxh@nhuthanh.example');
    expect(safeLink('/tin-tuc/ra-quan')).toBe('/tin-tuc/ra-quan');
    expect(safeLink('www.example.vn/a b')).toBe('https://www.example.vn/a%20b');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('java\nscript:alert(1)')).toBeNull();
    expect(safeLink('JavaScript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLink('https:/broken')).toBeNull();
    expect(safeLink('   ')).toBeNull();
  });
});

describe('images of the media library', () => {
  const asset = {
    url: 'https://media.example/large.jpg',
    variants: [
      { name: 'thumb', format: 'avif', width: 320, url: 'https://media.example/t.avif' },
      { name: 'thumb', format: 'jpeg', width: 320, url: 'https://media.example/t.jpg' },
      { name: 'medium', format: 'webp', width: 1024, url: 'https://media.example/m.webp' },
    ],
  };

  it('picks the named size in a format every browser reads, else the original', () => {
    expect(variantUrl(asset)).toBe('https://media.example/t.jpg');
    expect(variantUrl(asset, 'medium')).toBe('https://media.example/m.webp');
    expect(variantUrl(asset, 'og')).toBe('https://media.example/large.jpg');
    expect(variantUrl({ url: '/doc.pdf', variants: [] })).toBe('/doc.pdf');
  });

  it("serves the library's files from the admin's own origin", () => {
    const file = `thumb-ab12cd.webp`;
    expect(adminMediaUrl(`http://127.0.0.1:4000/media/${ID}/${file}`)).toBe(`/media/${ID}/${file}`);
    expect(adminMediaUrl(`https://cdn.example.vn/kn/media/${ID}/${file}?v=1`)).toBe(
      `/media/${ID}/${file}`,
    );
    expect(
      variantUrl({
        url: `https://api.example/media/${ID}/large.jpg`,
        variants: [
          {
            name: 'thumb',
            format: 'jpeg',
            width: 320,
            url: `https://api.example/media/${ID}/t.jpg`,
          },
        ],
      }),
    ).toBe(`/media/${ID}/t.jpg`);
    expect(adminMediaUrl('https://example.vn/anh.jpg')).toBe('https://example.vn/anh.jpg');
  });

  it('turns a click into a focal point and moves it with the arrow keys', () => {
    const rect = { left: 100, top: 50, width: 200, height: 100 };
    expect(focalFromPoint(rect, 150, 75)).toEqual({ x: 0.25, y: 0.25 });
    expect(focalFromPoint(rect, 400, 0)).toEqual({ x: 1, y: 0 });
    expect(focalFromPoint({ left: 0, top: 0, width: 0, height: 0 }, 5, 5)).toEqual({
      x: 0.5,
      y: 0.5,
    });
    expect(nudgeFocal({ x: 0.5, y: 0.5 }, 'ArrowRight')).toEqual({ x: 0.52, y: 0.5 });
    expect(nudgeFocal({ x: 0.5, y: 0.5 }, 'ArrowUp', true)).toEqual({ x: 0.5, y: 0.4 });
    expect(nudgeFocal({ x: 0, y: 1 }, 'ArrowLeft')).toEqual({ x: 0, y: 1 });
    expect(nudgeFocal({ x: 0.1, y: 0.9 }, 'Home')).toEqual({ x: 0.5, y: 0.5 });
    expect(nudgeFocal({ x: 0.1, y: 0.9 }, 'Enter')).toBeNull();
    expect(clampFocal({ x: -1, y: 0.12345 })).toEqual({ x: 0, y: 0.123 });
  });

  it('reads focal percentages typed in the number inputs', () => {
    expect(focalPercent(0.256)).toBe(26);
    expect(parseFocalPercent('35')).toBe(0.35);
    expect(parseFocalPercent('35,5')).toBe(0.355);
    expect(parseFocalPercent('101')).toBeNull();
    expect(parseFocalPercent('-3')).toBeNull();
    expect(parseFocalPercent('giữa')).toBeNull();
  });

  it('knows which uploads are images, by type or else by name', () => {
    expect(looksLikeImage({ name: 'a.bin', type: 'image/png' })).toBe(true);
    expect(looksLikeImage({ name: 'anh.JPG', type: '' })).toBe(true);
    expect(looksLikeImage({ name: 'ke-hoach.pdf', type: 'application/pdf' })).toBe(false);
  });
});

describe('edit lock and featured items', () => {
  it('renews the lock at most once a minute while typing', () => {
    expect(shouldRenewLock(null, 1_000)).toBe(true);
    expect(shouldRenewLock(1_000, 30_000)).toBe(false);
    expect(shouldRenewLock(1_000, 61_000)).toBe(true);
  });

  it('encodes featured items for the form and refuses anything else', () => {
    expect(encodeFeatured({ kind: 'idea', id: ID })).toBe(`idea:${ID}`);
    expect(decodeFeatured(`post:${ID.toUpperCase()}`)).toEqual({ kind: 'post', id: ID });
    expect(decodeFeatured(`user:${ID}`)).toBeNull();
    expect(decodeFeatured('idea:1')).toBeNull();
  });

  it('moves an item up or down, staying inside the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, 1)).toEqual(['a', 'b', 'c']);
  });
});
