/**
 * Pasted HTML (from Word, Google Docs or a web page) and imported articles: cleaned with an
 * allowlist sanitiser, then turned into the editor's JSON document. Scripts, event handlers,
 * `javascript:` links, styles, classes and Word's `mso-` markup never survive; Word's fake list
 * paragraphs become real lists and Google Docs' bold/italic spans become marks first.
 */
import sanitize from 'sanitize-html';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { normalizeDoc, type Doc, type DocNode } from './rich-text.renderer.js';

export const MAX_PASTE_CHARS = 2_000_000;

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function styleOf(el: Element): string {
  return (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
}

/**
 * Word marks list items as paragraphs with `mso-list` in their style and a bullet or number
 * inside a `mso-list:Ignore` span; Google Docs wraps everything in `<b style="font-weight:normal">`
 * and marks bold/italic with spans. Rewrite both into plain semantic HTML before sanitising.
 */
function rewriteOfficeMarkup(html: string): string {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const walk = (nodes: ChildNode[]) => {
    for (const node of [...nodes]) {
      if (!isElement(node)) continue;
      const style = styleOf(node);
      if (node.name === 'span' && style.includes('mso-list:ignore')) {
        // The bullet or number Word drew: remember it on the paragraph (bullet or ordered?).
        let p = node.parent as Element | null;
        while (p && p.type === 'tag' && p.name !== 'p') p = p.parent as Element | null;
        if (p && p.type === 'tag') p.attribs['data-kn-marker'] = DomUtils.textContent(node).trim();
        DomUtils.removeElement(node);
        continue;
      }
      if (node.name === 'b' && /font-weight:(normal|400)/.test(style)) node.name = 'span';
      if (node.name === 'span') {
        const bold = /font-weight:(bold|[6-9]00)/.test(style);
        const italic = style.includes('font-style:italic');
        if (bold) node.name = 'strong';
        else if (italic) node.name = 'em';
        if (bold && italic) {
          const em = parseDocument('<em></em>').children[0] as Element;
          for (const child of [...node.children]) DomUtils.appendChild(em, child);
          DomUtils.appendChild(node, em);
        }
      }
      walk(node.children);
    }
    // Consecutive Word list paragraphs → one <ul>/<ol>.
    let i = 0;
    while (i < nodes.length) {
      const node = nodes[i]!;
      if (isElement(node) && node.name === 'p' && listId(node)) {
        const marker = node.attribs['data-kn-marker'] ?? firstText(node);
        const ordered = /^\s*(\d+|[a-z]|[ivx]+)[.)]/i.test(marker);
        const list = parseDocument(ordered ? '<ol></ol>' : '<ul></ul>').children[0] as Element;
        DomUtils.prepend(node, list);
        const j = i + 1; // list is now at index i, the paragraph at i + 1 (each moved in turn)
        while (j < nodes.length) {
          const p = nodes[j]!;
          if (p.type === 'text' && !(p as unknown as { data: string }).data.trim()) {
            DomUtils.removeElement(p);
            continue;
          }
          if (!isElement(p) || p.name !== 'p' || listId(p) !== listId(node)) break;
          if (p.attribs['data-kn-marker'] === undefined) stripMarker(p);
          p.name = 'li';
          DomUtils.removeElement(p);
          DomUtils.appendChild(list, p);
        }
        i += 1;
        continue;
      }
      i += 1;
    }
  };
  walk(dom.children);
  return DomUtils.getOuterHTML(dom.children);
}

/** Word's list id ("l0", "l1"…): paragraphs of one list share it. */
function listId(el: Element): string | null {
  return /mso-list:(l\d+)/.exec(styleOf(el))?.[1] ?? null;
}

function firstText(el: Element): string {
  return DomUtils.textContent(el).trimStart().slice(0, 8);
}

/** A Word list item whose marker was typed as text ("1.", "-", "•") loses the marker. */
function stripMarker(el: Element): void {
  const first = DomUtils.findOne((n) => n.children.some((c) => c.type === 'text'), [el], true);
  const target = first ?? el;
  for (const child of target.children) {
    if (child.type !== 'text') continue;
    const t = child as unknown as { data: string };
    t.data = t.data.replace(/^\s*([•·o§▪\-–]|\d+[.)]|[a-z][.)])\s+/i, '');
    break;
  }
}

const PASTE_POLICY: sanitize.IOptions = {
  allowedTags: [
    'p',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'br',
    'hr',
    'a',
    'strong',
    'b',
    'em',
    'i',
  ],
  allowedAttributes: { a: ['href'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: true,
  // Their text is code or metadata, not content.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'xml',
    'title',
    'head',
    'template',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'select',
  ],
  // Table cells and other containers keep their text as paragraphs instead of running together.
  transformTags: {
    td: 'p',
    th: 'p',
    section: 'div',
    article: 'div',
    header: 'div',
    footer: 'div',
    dt: 'p',
    dd: 'p',
    pre: 'p',
  },
  disallowedTagsMode: 'discard',
};

/** Cleaned HTML: only headings, paragraphs, lists, quotes, links, bold and italic remain. */
export function sanitizePastedHtml(html: string): string {
  const input = html.length > MAX_PASTE_CHARS ? html.slice(0, MAX_PASTE_CHARS) : html;
  return sanitize(rewriteOfficeMarkup(input), PASTE_POLICY).trim();
}

type Mark = NonNullable<DocNode['marks']>[number];

function inlineNodes(nodes: ChildNode[], marks: Mark[], out: DocNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = (node as unknown as { data: string }).data.replace(/[\s\u00a0]+/g, ' ');
      if (text)
        out.push(marks.length ? { type: 'text', text, marks: [...marks] } : { type: 'text', text });
      continue;
    }
    if (!isElement(node)) continue;
    switch (node.name) {
      case 'br':
        out.push({ type: 'hardBreak' });
        break;
      case 'strong':
      case 'b':
        inlineNodes(node.children, addMark(marks, { type: 'bold' }), out);
        break;
      case 'em':
      case 'i':
        inlineNodes(node.children, addMark(marks, { type: 'italic' }), out);
        break;
      case 'a':
        inlineNodes(
          node.children,
          node.attribs.href
            ? addMark(marks, { type: 'link', attrs: { href: node.attribs.href } })
            : marks,
          out,
        );
        break;
      default:
        inlineNodes(node.children, marks, out);
    }
  }
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/** Trims the run's outer spaces and drops runs with no visible text. */
function paragraph(
  inlines: DocNode[],
  type = 'paragraph',
  attrs?: Record<string, unknown>,
): DocNode | null {
  while (inlines[0]?.type === 'hardBreak') inlines.shift();
  while (inlines[inlines.length - 1]?.type === 'hardBreak') inlines.pop();
  const first = inlines[0];
  if (first?.type === 'text') first.text = first.text!.trimStart();
  const last = inlines[inlines.length - 1];
  if (last?.type === 'text') last.text = last.text!.trimEnd();
  const content = inlines.filter((n) => n.type !== 'text' || n.text);
  if (!content.some((n) => n.type === 'text')) return null;
  return { type, ...(attrs ? { attrs } : {}), content };
}

const HEADING_LEVEL: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  ...Object.keys(HEADING_LEVEL),
]);

function blockNodes(nodes: ChildNode[]): DocNode[] {
  const out: DocNode[] = [];
  let run: ChildNode[] = [];
  const flush = () => {
    if (!run.length) return;
    const inl: DocNode[] = [];
    inlineNodes(run, [], inl);
    const p = paragraph(inl);
    if (p) out.push(p);
    run = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK_TAGS.has(node.name)) {
      run.push(node);
      continue;
    }
    flush();
    const name = node.name;
    if (name in HEADING_LEVEL) {
      const inl: DocNode[] = [];
      inlineNodes(node.children, [], inl);
      const h = paragraph(inl, 'heading', { level: HEADING_LEVEL[name] });
      if (h) out.push(h);
    } else if (name === 'ul' || name === 'ol') {
      const items = node.children
        .filter((c): c is Element => isElement(c))
        .map((li) => ({
          type: 'listItem',
          content: blockNodes(li.name === 'li' ? li.children : [li]),
        }))
        .filter((li) => li.content.length);
      if (items.length) {
        const start = Number(node.attribs.start);
        out.push(
          name === 'ul'
            ? { type: 'bulletList', content: items }
            : { type: 'orderedList', attrs: { start: start > 1 ? start : 1 }, content: items },
        );
      }
    } else if (name === 'blockquote') {
      const inner = blockNodes(node.children);
      if (inner.length) out.push({ type: 'blockquote', content: inner });
    } else if (name === 'hr') {
      out.push({ type: 'horizontalRule' });
    } else {
      // p, div, stray li: a paragraph, or its blocks when it wraps block content.
      out.push(...blockNodes(node.children));
    }
  }
  flush();
  return out;
}

/** The editor's document for pasted or imported HTML (cleaned first). */
export function htmlToDoc(html: string): Doc {
  const clean = sanitizePastedHtml(html);
  const dom = parseDocument(clean, { decodeEntities: true });
  return normalizeDoc({ type: 'doc', content: blockNodes(dom.children) });
}
