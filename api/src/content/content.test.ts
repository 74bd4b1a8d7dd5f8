import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugify } from './slug.helpers.js';
import { safeHref, normalizeDoc, docToText } from './rich-text.renderer.js';
import { createPreviewToken, verifyPreviewToken } from './preview-token.js';
import { ogCrop } from './media.service.js';
import { diffLines } from './post.service.js';
import { htmlToDoc } from './html.importer.js';

const SECRET = 'x'.repeat(40);

describe('slugs', () => {
  it('drop Vietnamese accents, map đ to d, and hyphenate', () => {
    expect(slugify('Hướng dẫn tham gia')).toBe('huong-dan-tham-gia');
    expect(slugify('  ĐỔI MỚI – Sáng tạo!!  2026 ')).toBe('doi-moi-sang-tao-2026');
    expect(slugify('Thể lệ')).toBe('the-le');
    expect(slugify('???')).toBe('');
  });
  it('pick the first free suffix', () => {
    expect(firstFreeSlug('the-le', new Set())).toBe('the-le');
    expect(firstFreeSlug('the-le', new Set(['the-le', 'the-le-2']))).toBe('the-le-3');
  });
});

describe('links', () => {
  it('allow http(s), mailto and relative addresses only', () => {
    expect(safeHref('https://nhuthanh.gov.vn/a b')).toBe('https://nhuthanh.gov.vn/a%20b');
    expect(safeHref('mailto:vhxh@nhuthanh.gov.vn')).toBe('mailto:vhxh@nhuthanh.gov.vn');
    expect(safeHref('/y-tuong/1')).toBe('/y-tuong/1');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'https:',
    ])
      expect(safeHref(bad)).toBeNull();
  });
});

describe('documents', () => {
  it('keep only allowed nodes, marks and attributes', () => {
    const d = normalizeDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 6, id: 'x' }, content: [{ type: 'text', text: 'A' }] },
        { type: 'table', content: [] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'b', marks: [{ type: 'underline' }] }],
        },
      ],
    });
    expect(d).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'A' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
      ],
    });
    expect(() => normalizeDoc({ type: 'paragraph' })).toThrow(/tài liệu/);
  });
  it('import pasted HTML as text lines', () => {
    expect(docToText(htmlToDoc('<h3>Tiêu đề</h3><p>Một<br>hai</p><ol><li>Ba</li></ol>'))).toBe(
      '### Tiêu đề\nMột\nhai\n1. Ba',
    );
  });
});

describe('preview tokens', () => {
  const now = new Date('2026-11-20T02:00:00Z');
  it('are valid for two hours, then expire; any change breaks them', () => {
    const { token } = createPreviewToken(SECRET, { tenantId: 't', postId: 'p', now });
    expect(verifyPreviewToken(SECRET, token, now)).toMatchObject({ ok: true, postId: 'p' });
    expect(verifyPreviewToken(SECRET, token, new Date(now.getTime() + 7_200_000))).toEqual({
      ok: false,
      reason: 'EXPIRED',
    });
    expect(verifyPreviewToken('y'.repeat(40), token, now)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(verifyPreviewToken(SECRET, token.replace(/.$/, 'A'), now).ok).toBe(false);
  });
  it('still open links handed out before the shared signed-token helper', () => {
    const expiresAt = new Date(now.getTime() + 3_600_000);
    const payload = Buffer.from(
      JSON.stringify({ t: 't', p: 'p', e: expiresAt.getTime() }),
    ).toString('base64url');
    const mac = createHmac('sha256', SECRET).update(`kn-preview-v1.${payload}`).digest('base64url');
    expect(verifyPreviewToken(SECRET, `${payload}.${mac}`, now)).toEqual({
      ok: true,
      tenantId: 't',
      postId: 'p',
      expiresAt,
    });
  });
});

describe('images and revisions', () => {
  it('crop the share image around the focal point, inside the picture', () => {
    expect(ogCrop(2000, 2000, null, null)).toEqual({
      left: 0,
      top: 475,
      width: 2000,
      height: 1050,
    });
    expect(ogCrop(2000, 2000, 0.5, 0)).toEqual({ left: 0, top: 0, width: 2000, height: 1050 });
    expect(ogCrop(4000, 1000, 1, 0.5)).toEqual({ left: 2095, top: 0, width: 1905, height: 1000 });
  });
  it('diff lines by longest common subsequence', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([
      { op: 'EQUAL', text: 'a' },
      { op: 'REMOVED', text: 'b' },
      { op: 'EQUAL', text: 'c' },
      { op: 'ADDED', text: 'd' },
    ]);
    expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'y', 'd'])).toEqual([
      { op: 'EQUAL', text: 'a' },
      { op: 'REMOVED', text: 'b' },
      { op: 'REMOVED', text: 'c' },
      { op: 'ADDED', text: 'x' },
      { op: 'ADDED', text: 'y' },
      { op: 'EQUAL', text: 'd' },
    ]);
    expect(diffLines([], ['a'])).toEqual([{ op: 'ADDED', text: 'a' }]);
  });
  it('show revisions that differ in thousands of lines as replaced wholesale', () => {
    const before = Array.from({ length: 3000 }, (_, k) => `a${k}`);
    const after = Array.from({ length: 3000 }, (_, k) => `b${k}`);
    const body = diffLines(before, after);
    expect(body).toHaveLength(6000);
    expect(body.slice(2999, 3001)).toEqual([
      { op: 'REMOVED', text: 'a2999' },
      { op: 'ADDED', text: 'b0' },
    ]);
  });
});
