import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges } from './diff';
import { asDoc, docRefs, docToText, imagesWithoutAlt, isEmptyDoc, type Doc } from './rich-text';

const IMG = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const IDEA = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const doc: Doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ra quân' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Thôn ' },
        { type: 'text', text: 'Đồng Lạc', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' xem ' },
        {
          type: 'text',
          text: 'thể lệ',
          marks: [{ type: 'link', attrs: { href: '/trang/the-le' } }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hai' }] }],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Trích' }] }],
    },
    { type: 'image', attrs: { mediaId: IMG, alt: 'Lễ ra quân' } },
    { type: 'ideaEmbed', attrs: { ideaId: IDEA } },
    { type: 'image', attrs: { mediaId: IMG, alt: '' } },
  ],
};

describe('rich text bodies', () => {
  it('reads a body sent as JSON text or as an object, and anything else as empty', () => {
    expect(asDoc(JSON.stringify(doc))).toEqual(doc);
    expect(asDoc(doc)).toEqual(doc);
    expect(asDoc('{not json')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(asDoc({ type: 'paragraph' })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('renders readable text: headings, marks as text, links with their address, lists, quotes', () => {
    expect(
      docToText(doc, { ideaTitle: (id) => (id === IDEA ? 'Đèn năng lượng mặt trời' : null) }),
    ).toBe(
      [
        '## Ra quân',
        'Thôn Đồng Lạc xem thể lệ (/trang/the-le)',
        '1. Một',
        '2. Hai',
        '> Trích',
        '[Ảnh: Lễ ra quân]',
        '[Ý tưởng: Đèn năng lượng mặt trời]',
        '[Ảnh: chưa mô tả]',
      ].join('\n\n'),
    );
  });

  it('gives a word diff that names what changed between two versions', () => {
    const after: Doc = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Ra quân đợt 2' }],
        },
      ],
    };
    const before: Doc = { type: 'doc', content: [doc.content![0]!] };
    const parts = diffWords(docToText(before), docToText(after));
    expect(hasChanges(parts)).toBe(true);
    expect(parts.filter((p) => p.type === 'insert').map((p) => p.text.trim())).toEqual(['đợt 2']);
  });

  it('lists the images and ideas a body points to, and images without a description', () => {
    expect(docRefs(doc)).toEqual({ mediaIds: [IMG], ideaIds: [IDEA] });
    expect(imagesWithoutAlt(doc)).toBe(1);
    expect(isEmptyDoc(doc)).toBe(false);
    expect(isEmptyDoc({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe(true);
    expect(isEmptyDoc({ type: 'doc', content: [{ type: 'image', attrs: { mediaId: IMG } }] })).toBe(
      false,
    );
  });
});
