/**
 * Rich text: ProseMirror/Tiptap JSON in, allowlisted JSON stored, escaped HTML out.
 *
 * `normalizeDoc` runs on every save: it keeps only the nodes, marks and attributes the editor is
 * allowed to produce (anything else is dropped, never passed through), checks link targets and
 * caps the size. `renderDoc` turns a stored document into HTML by building every tag itself and
 * escaping every text and attribute; images come only from the media library and idea cards only
 * for ideas the rights gate lets the public see. The rendered HTML then goes through a final
 * allowlist sanitiser as a second line of defence.
 */
import sanitize from 'sanitize-html';
import { isUuid } from '../common/validate.js';
import type { StoredVariant } from './media.entity.js';

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export interface Doc {
  type: 'doc';
  content: DocNode[];
}

export const RICH_TEXT_LIMITS = { maxDepth: 16, maxNodes: 20_000, maxTextChars: 300_000 };

/** A problem with the document as a whole (too big, not a document). */
export class RichTextError extends Error {}

/**
 * A link target that is safe to put in `href`: http(s), mailto, or a relative address. Browsers
 * ignore tabs and newlines inside URLs and leading/trailing controls, so they are removed before
 * the scheme is read ("java\nscript:" is `javascript:`). Returns null for anything else.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const href = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!href || href.length > 2000) return null;
  // Other control characters have no business in a link.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f-\u009f]/.test(href)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href);
  if (scheme) {
    const s = scheme[1]!.toLowerCase();
    if (s !== 'http' && s !== 'https' && s !== 'mailto') return null;
    if ((s === 'http' || s === 'https') && !/^https?:\/\/[^/\s]/i.test(href)) return null;
  }
  // Characters browsers would percent-encode anyway; never raw in an attribute.
  return href.replace(/[ "'<>`]/g, (c) => encodeURIComponent(c).replace("'", '%27'));
}

function cleanString(value: string): string {
  // NFC like all stored text; C0 controls (but tab) and lone surrogates out.
  return (
    value
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'horizontalRule',
  'image',
  'ideaEmbed',
]);

interface Budget {
  nodes: number;
  chars: number;
}

/** The allowed document, rebuilt from the input: unknown nodes, marks and attributes are dropped. */
export function normalizeDoc(input: unknown): Doc {
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch {
      throw new RichTextError('Nội dung không phải JSON hợp lệ.');
    }
  }
  if (!input || typeof input !== 'object' || (input as DocNode).type !== 'doc') {
    throw new RichTextError('Nội dung phải là một tài liệu (type "doc") của trình soạn thảo.');
  }
  const budget: Budget = { nodes: 0, chars: 0 };
  const content = blocks((input as DocNode).content, budget, 1);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function count(budget: Budget, depth: number): void {
  budget.nodes += 1;
  if (budget.nodes > RICH_TEXT_LIMITS.maxNodes)
    throw new RichTextError(
      `Nội dung quá dài (tối đa ${RICH_TEXT_LIMITS.maxNodes.toLocaleString('vi-VN')} thành phần).`,
    );
  if (depth > RICH_TEXT_LIMITS.maxDepth)
    throw new RichTextError('Nội dung lồng nhau quá sâu (danh sách trong danh sách…).');
}

function list(value: unknown): DocNode[] {
  return Array.isArray(value)
    ? value.filter((n): n is DocNode => Boolean(n) && typeof n === 'object')
    : [];
}

function blocks(value: unknown, budget: Budget, depth: number): DocNode[] {
  const out: DocNode[] = [];
  for (const node of list(value)) {
    if (!BLOCK_TYPES.has(node.type)) continue;
    count(budget, depth);
    const b = block(node, budget, depth);
    if (b) out.push(b);
  }
  return out;
}

function block(node: DocNode, budget: Budget, depth: number): DocNode | null {
  switch (node.type) {
    case 'paragraph': {
      const content = inlines(node.content, budget, depth + 1);
      return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
    }
    case 'heading': {
      const raw = Number(node.attrs?.level);
      const level = Number.isFinite(raw) ? Math.min(4, Math.max(2, Math.round(raw))) : 2;
      const content = inlines(node.content, budget, depth + 1);
      return { type: 'heading', attrs: { level }, ...(content.length ? { content } : {}) };
    }
    case 'bulletList':
    case 'orderedList': {
      const items: DocNode[] = [];
      for (const item of list(node.content)) {
        if (item.type !== 'listItem') continue;
        count(budget, depth + 1);
        const inner = blocks(item.content, budget, depth + 2);
        items.push({ type: 'listItem', content: inner.length ? inner : [{ type: 'paragraph' }] });
      }
      if (!items.length) return null;
      if (node.type === 'bulletList') return { type: 'bulletList', content: items };
      const start = Number(node.attrs?.start);
      return {
        type: 'orderedList',
        attrs: {
          start: Number.isInteger(start) && start >= 1 && start <= 100_000 ? start : 1,
        },
        content: items,
      };
    }
    case 'blockquote': {
      const inner = blocks(node.content, budget, depth + 1);
      return { type: 'blockquote', content: inner.length ? inner : [{ type: 'paragraph' }] };
    }
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    case 'image': {
      const mediaId = node.attrs?.mediaId;
      if (typeof mediaId !== 'string' || !isUuid(mediaId)) return null;
      const alt = typeof node.attrs?.alt === 'string' ? cleanString(node.attrs.alt).trim() : '';
      const caption =
        typeof node.attrs?.caption === 'string' ? cleanString(node.attrs.caption).trim() : '';
      return {
        type: 'image',
        attrs: {
          mediaId: mediaId.toLowerCase(),
          alt: alt.slice(0, 500) || null,
          caption: caption.slice(0, 1000) || null,
        },
      };
    }
    case 'ideaEmbed': {
      const ideaId = node.attrs?.ideaId;
      if (typeof ideaId !== 'string' || !isUuid(ideaId)) return null;
      return { type: 'ideaEmbed', attrs: { ideaId: ideaId.toLowerCase() } };
    }
    default:
      return null;
  }
}

function inlines(value: unknown, budget: Budget, depth: number): DocNode[] {
  const out: DocNode[] = [];
  for (const node of list(value)) {
    if (node.type === 'hardBreak') {
      count(budget, depth);
      out.push({ type: 'hardBreak' });
      continue;
    }
    if (node.type !== 'text' || typeof node.text !== 'string') continue;
    const text = cleanString(node.text);
    if (!text) continue;
    count(budget, depth);
    budget.chars += text.length;
    if (budget.chars > RICH_TEXT_LIMITS.maxTextChars)
      throw new RichTextError(
        `Nội dung quá dài (tối đa ${RICH_TEXT_LIMITS.maxTextChars.toLocaleString('vi-VN')} ký tự).`,
      );
    const marks: DocNode['marks'] = [];
    const seen = new Set<string>();
    for (const m of Array.isArray(node.marks) ? node.marks : []) {
      if (!m || typeof m !== 'object' || seen.has(m.type)) continue;
      if (m.type === 'bold' || m.type === 'italic') {
        seen.add(m.type);
        marks.push({ type: m.type });
      } else if (m.type === 'link') {
        const href = safeHref(m.attrs?.href);
        if (!href) continue; // the text stays, the dangerous link does not
        seen.add('link');
        marks.push({ type: 'link', attrs: { href } });
      }
    }
    // Adjacent text with the same marks merges, as ProseMirror would.
    const prev = out[out.length - 1];
    if (prev?.type === 'text' && JSON.stringify(prev.marks ?? []) === JSON.stringify(marks)) {
      prev.text += text;
      continue;
    }
    out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }
  return out;
}

/** Media and ideas a document points to (to load them in one query each before rendering). */
export function docRefs(doc: Doc): { mediaIds: string[]; ideaIds: string[] } {
  const mediaIds = new Set<string>();
  const ideaIds = new Set<string>();
  const walk = (nodes: DocNode[] | undefined) => {
    for (const n of nodes ?? []) {
      if (n.type === 'image' && typeof n.attrs?.mediaId === 'string') mediaIds.add(n.attrs.mediaId);
      if (n.type === 'ideaEmbed' && typeof n.attrs?.ideaId === 'string')
        ideaIds.add(n.attrs.ideaId);
      walk(n.content);
    }
  };
  walk(doc.content);
  return { mediaIds: [...mediaIds], ideaIds: [...ideaIds] };
}

/** Plain text of a document, one line per block (for comparing revisions and search). */
export function docToText(doc: Doc): string {
  const lines: string[] = [];
  const inline = (nodes: DocNode[] | undefined) =>
    (nodes ?? []).map((n) => (n.type === 'hardBreak' ? '\n' : (n.text ?? ''))).join('');
  const walk = (nodes: DocNode[] | undefined, prefix: string) => {
    for (const n of nodes ?? []) {
      switch (n.type) {
        case 'paragraph':
          lines.push(prefix + inline(n.content));
          break;
        case 'heading':
          lines.push(prefix + '#'.repeat(Number(n.attrs?.level ?? 2)) + ' ' + inline(n.content));
          break;
        case 'bulletList':
        case 'orderedList':
          (n.content ?? []).forEach((item, i) =>
            walk(item.content, prefix + (n.type === 'bulletList' ? '- ' : `${i + 1}. `)),
          );
          break;
        case 'blockquote':
          walk(n.content, prefix + '> ');
          break;
        case 'horizontalRule':
          lines.push(prefix + '---');
          break;
        case 'image':
          lines.push(prefix + `[Ảnh: ${String(n.attrs?.alt ?? '')}]`);
          break;
        case 'ideaEmbed':
          lines.push(prefix + `[Ý tưởng ${String(n.attrs?.ideaId ?? '')}]`);
          break;
      }
    }
  };
  walk(doc.content, '');
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Rendering

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface RenderImage {
  alt: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  variants: StoredVariant[];
}
export interface RenderIdea {
  title: string;
  excerpt: string;
}
export interface RenderRefs {
  /** Images of the media library by id (missing: the image is left out). */
  media: Map<string, RenderImage>;
  /** Ideas the public may see, by id (missing: no card). */
  ideas: Map<string, RenderIdea>;
  /** Public URL of a stored variant. */
  url: (mediaId: string, variant: StoredVariant) => string;
  /** Path of an idea's public page. */
  ideaPath: (ideaId: string) => string;
}

const WIDTH_VARIANTS = ['thumb', 'small', 'medium', 'large'];

function srcset(mediaId: string, image: RenderImage, format: string, refs: RenderRefs): string {
  return image.variants
    .filter((v) => v.format === format && WIDTH_VARIANTS.includes(v.name))
    .sort((a, b) => a.width - b.width)
    .map((v) => `${refs.url(mediaId, v)} ${v.width}w`)
    .join(', ');
}

function renderImage(node: DocNode, refs: RenderRefs): string {
  const id = String(node.attrs?.mediaId ?? '');
  const image = refs.media.get(id);
  if (!image) return '';
  const jpegs = image.variants
    .filter((v) => v.format === 'jpeg' && WIDTH_VARIANTS.includes(v.name))
    .sort((a, b) => a.width - b.width);
  const fallback = jpegs.find((v) => v.name === 'medium') ?? jpegs[jpegs.length - 1];
  if (!fallback) return '';
  const alt = (node.attrs?.alt as string | null) || image.alt || '';
  const caption = (node.attrs?.caption as string | null) || image.caption || '';
  const sizes = '(max-width: 800px) 100vw, 800px';
  const sources = ['avif', 'webp']
    .map((f) => [f, srcset(id, image, f, refs)] as const)
    .filter(([, set]) => set)
    .map(([f, set]) => `<source type="image/${f}" srcset="${escapeHtml(set)}" sizes="${sizes}">`)
    .join('');
  const img =
    `<img src="${escapeHtml(refs.url(id, fallback))}" srcset="${escapeHtml(srcset(id, image, 'jpeg', refs))}"` +
    ` sizes="${sizes}" alt="${escapeHtml(alt)}" width="${fallback.width}" height="${fallback.height}"` +
    ` loading="lazy" decoding="async">`;
  return (
    `<figure class="kn-image"><picture>${sources}${img}</picture>` +
    (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
    `</figure>`
  );
}

function renderIdea(node: DocNode, refs: RenderRefs): string {
  const id = String(node.attrs?.ideaId ?? '');
  const idea = refs.ideas.get(id);
  if (!idea) return '';
  return (
    `<aside class="kn-idea-embed"><p class="kn-idea-embed-label">Ý tưởng</p>` +
    `<h3><a href="${escapeHtml(refs.ideaPath(id))}">${escapeHtml(idea.title)}</a></h3>` +
    (idea.excerpt ? `<p>${escapeHtml(idea.excerpt)}</p>` : '') +
    `</aside>`
  );
}

function renderInline(nodes: DocNode[] | undefined): string {
  let html = '';
  for (const n of nodes ?? []) {
    if (n.type === 'hardBreak') {
      html += '<br>';
      continue;
    }
    if (n.type !== 'text' || typeof n.text !== 'string') continue;
    let piece = escapeHtml(n.text);
    const marks = n.marks ?? [];
    if (marks.some((m) => m.type === 'italic')) piece = `<em>${piece}</em>`;
    if (marks.some((m) => m.type === 'bold')) piece = `<strong>${piece}</strong>`;
    const link = marks.find((m) => m.type === 'link');
    const href = link ? safeHref(link.attrs?.href) : null;
    if (href) {
      const external = /^(https?:)?\/\//i.test(href);
      piece = `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer nofollow"' : ''}>${piece}</a>`;
    }
    html += piece;
  }
  return html;
}

function renderBlocks(nodes: DocNode[] | undefined, refs: RenderRefs): string {
  let html = '';
  for (const n of nodes ?? []) {
    switch (n.type) {
      case 'paragraph':
        html += `<p>${renderInline(n.content)}</p>`;
        break;
      case 'heading': {
        const level = Math.min(4, Math.max(2, Number(n.attrs?.level) || 2));
        html += `<h${level}>${renderInline(n.content)}</h${level}>`;
        break;
      }
      case 'bulletList':
        html += `<ul>${(n.content ?? []).map((i) => `<li>${renderBlocks(i.content, refs)}</li>`).join('')}</ul>`;
        break;
      case 'orderedList': {
        const start = Number(n.attrs?.start);
        const attr = Number.isInteger(start) && start > 1 ? ` start="${start}"` : '';
        html += `<ol${attr}>${(n.content ?? []).map((i) => `<li>${renderBlocks(i.content, refs)}</li>`).join('')}</ol>`;
        break;
      }
      case 'blockquote':
        html += `<blockquote>${renderBlocks(n.content, refs)}</blockquote>`;
        break;
      case 'horizontalRule':
        html += '<hr>';
        break;
      case 'image':
        html += renderImage(n, refs);
        break;
      case 'ideaEmbed':
        html += renderIdea(n, refs);
        break;
      // anything else: dropped
    }
  }
  return html;
}

/** What the rendered HTML may contain: exactly what renderBlocks writes, nothing more. */
const OUTPUT_POLICY: sanitize.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'br',
    'hr',
    'strong',
    'em',
    'a',
    'figure',
    'figcaption',
    'picture',
    'source',
    'img',
    'aside',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    ol: ['start'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['type', 'srcset', 'sizes'],
    figure: ['class'],
    aside: ['class'],
    p: ['class'],
  },
  allowedClasses: {
    figure: ['kn-image'],
    aside: ['kn-idea-embed'],
    p: ['kn-idea-embed-label'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'] },
  allowProtocolRelative: true,
  // <source> is a void element (its end tag would be invalid HTML).
  selfClosing: ['img', 'br', 'hr', 'source'],
  disallowedTagsMode: 'discard',
};

/** The public HTML of a document. */
export function renderDoc(doc: Doc, refs: RenderRefs): string {
  return sanitize(renderBlocks(doc.content, refs), OUTPUT_POLICY);
}
