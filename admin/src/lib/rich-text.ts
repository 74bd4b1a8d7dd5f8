/**
 * The stored form of an article's body: Tiptap/ProseMirror JSON (doc → paragraph, heading 2–4,
 * lists, blockquote, image {mediaId, alt}, ideaEmbed {ideaId}, bold/italic/link marks). These
 * helpers read it without loading the editor: plain text for comparing versions, the media and
 * ideas it points to, images missing a description.
 */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface Doc {
  type: 'doc';
  content?: DocNode[];
}

export const EMPTY_DOC: Doc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A body as the API sent it (JSON scalar) or a form field sent it (text) → a document. */
export function asDoc(value: unknown): Doc {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return EMPTY_DOC;
    }
  }
  if (v && typeof v === 'object' && (v as DocNode).type === 'doc') {
    const content = (v as DocNode).content;
    return { type: 'doc', content: Array.isArray(content) ? content : [] };
  }
  return EMPTY_DOC;
}

function walk(nodes: DocNode[] | undefined, visit: (n: DocNode) => void): void {
  for (const n of nodes ?? []) {
    visit(n);
    walk(n.content, visit);
  }
}

/** The media library images and the ideas a document shows, each once. */
export function docRefs(doc: Doc): { mediaIds: string[]; ideaIds: string[] } {
  const media = new Set<string>();
  const ideas = new Set<string>();
  walk(doc.content, (n) => {
    if (n.type === 'image' && typeof n.attrs?.mediaId === 'string') media.add(n.attrs.mediaId);
    if (n.type === 'ideaEmbed' && typeof n.attrs?.ideaId === 'string') ideas.add(n.attrs.ideaId);
  });
  return { mediaIds: [...media], ideaIds: [...ideas] };
}

/** How many images have no description for people who cannot see them. */
export function imagesWithoutAlt(doc: Doc): number {
  let n = 0;
  walk(doc.content, (node) => {
    if (node.type === 'image') {
      const alt = node.attrs?.alt;
      if (typeof alt !== 'string' || !alt.trim()) n++;
    }
  });
  return n;
}

/** Whether the body has no text, image or embedded idea at all. */
export function isEmptyDoc(doc: Doc): boolean {
  let empty = true;
  walk(doc.content, (n) => {
    if ((n.type === 'text' && n.text?.trim()) || n.type === 'image' || n.type === 'ideaEmbed') {
      empty = false;
    }
  });
  return empty;
}

function inline(nodes: DocNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '\n';
      const text = n.text ?? '';
      const link = n.marks?.find((m) => m.type === 'link');
      const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : '';
      return href && href !== text ? `${text} (${href})` : text;
    })
    .join('');
}

/**
 * The readable text of a document, one line per block, blocks separated by a blank line:
 * "## " before headings, "- " and "1. " before list items, "> " before quotes, images and
 * embedded ideas named in brackets. Comparing two versions word by word then reads naturally.
 */
export function docToText(
  doc: Doc,
  opts: { ideaTitle?: (id: string) => string | null | undefined } = {},
): string {
  const blocks: string[] = [];
  const visit = (nodes: DocNode[] | undefined, prefix: string) => {
    for (const n of nodes ?? []) {
      switch (n.type) {
        case 'paragraph': {
          const text = inline(n.content);
          if (text.trim() || prefix) blocks.push(prefix + text);
          break;
        }
        case 'heading': {
          const level = Math.min(4, Math.max(2, Number(n.attrs?.level) || 2));
          blocks.push(`${prefix}${'#'.repeat(level)} ${inline(n.content)}`);
          break;
        }
        case 'bulletList':
        case 'orderedList': {
          const start = Number(n.attrs?.start) || 1;
          (n.content ?? []).forEach((item, i) =>
            visit(item.content, prefix + (n.type === 'bulletList' ? '- ' : `${start + i}. `)),
          );
          break;
        }
        case 'blockquote':
          visit(n.content, `${prefix}> `);
          break;
        case 'horizontalRule':
          blocks.push(`${prefix}---`);
          break;
        case 'image': {
          const alt = typeof n.attrs?.alt === 'string' && n.attrs.alt ? n.attrs.alt : 'chưa mô tả';
          blocks.push(`${prefix}[Ảnh: ${alt}]`);
          break;
        }
        case 'ideaEmbed': {
          const id = String(n.attrs?.ideaId ?? '');
          blocks.push(`${prefix}[Ý tưởng: ${opts.ideaTitle?.(id) ?? id}]`);
          break;
        }
        default:
          if (n.content) visit(n.content, prefix);
      }
    }
  };
  visit(doc.content, '');
  return blocks.join('\n\n').trim();
}
