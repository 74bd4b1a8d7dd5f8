/**
 * The rich-text editor of articles: Tiptap 3 with only what the API stores (paragraphs, headings
 * 2–4, lists, quotes, rules, bold, italic, links, images of the media library, embedded ideas).
 * Anything else pasted in — scripts, styles, Word's mso- markup, images from elsewhere, unsafe
 * links — has no place in this schema and is dropped while pasting; the API cleans again on save.
 *
 * This module is imported dynamically by the editor page only, so the other admin pages do not
 * download Tiptap and ProseMirror.
 */
import { Editor, mergeAttributes, Node } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import Image, { type ImageOptions } from '@tiptap/extension-image';
import { safeLink } from '$lib/content';
import type { Doc } from '$lib/rich-text';

export interface EditorLookups {
  /** The address to show an image of the media library at (null: an empty frame marked "missing"). */
  imageSrc: (mediaId: string) => string | null;
  /** The title of an embedded idea, when known. */
  ideaTitle: (ideaId: string) => string | null;
}

const NO_LOOKUPS: EditorLookups = { imageSrc: () => null, ideaTitle: () => null };

/** An image of the media library: stored as {mediaId, alt, caption}; the address is looked up. */
const MediaImage = Image.extend<ImageOptions & { lookups: EditorLookups }>({
  addOptions() {
    return { ...this.parent!(), lookups: NO_LOOKUPS };
  },
  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-media-id'),
        renderHTML: (attrs) => (attrs.mediaId ? { 'data-media-id': attrs.mediaId } : {}),
      },
      alt: { default: null },
      caption: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-caption'),
        renderHTML: (attrs) => (attrs.caption ? { 'data-caption': attrs.caption } : {}),
      },
    };
  },
  // Only images that came from the library (copied inside the editor) survive a paste.
  parseHTML() {
    return [{ tag: 'img[data-media-id]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const src = this.options.lookups.imageSrc(String(node.attrs.mediaId ?? ''));
    return [
      'img',
      mergeAttributes(HTMLAttributes, {
        src: src ?? 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
        class: src ? 'editor-image' : 'editor-image missing',
      }),
    ];
  },
  addInputRules() {
    return [];
  },
});

/** An idea card (`ideaEmbed {ideaId}`): the public site shows it only while the idea is public. */
const IdeaEmbed = Node.create<{ lookups: EditorLookups }>({
  name: 'ideaEmbed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return { lookups: NO_LOOKUPS };
  },
  addAttributes() {
    return {
      ideaId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-idea-id'),
        renderHTML: (attrs) => ({ 'data-idea-id': attrs.ideaId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-idea-embed]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const id = String(node.attrs.ideaId ?? '');
    const title = this.options.lookups.ideaTitle(id);
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-idea-embed': '', class: 'idea-embed' }),
      ['span', { class: 'idea-embed-label' }, 'Ý tưởng nhúng'],
      ['strong', {}, title ?? `Mã ${id}`],
    ];
  },
});

export interface CreateEditorOptions {
  element: HTMLElement;
  content: Doc;
  editable: boolean;
  label: string;
  describedBy?: string;
  lookups: EditorLookups;
  onUpdate: (doc: Doc) => void;
  onState: () => void;
  /**
   * Cleans HTML pasted from Word or the web on the server (the API's allowlist, which also turns
   * Word's fake list paragraphs into real lists); null when it could not, then the text is pasted.
   */
  cleanPaste?: (html: string) => Promise<Doc | null>;
}

/** Word, LibreOffice and Google Docs mark their clipboard HTML; these go to the server's cleaner. */
export function needsServerCleaning(html: string): boolean {
  return /mso-|urn:schemas-microsoft-com|class="?Mso|<style|docs-internal-guid|<o:p|<font/i.test(
    html,
  );
}

export function createEditor(opts: CreateEditorOptions): Editor {
  const attributes: Record<string, string> = {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': opts.label,
    class: 'editor-content',
  };
  if (opts.describedBy) attributes['aria-describedby'] = opts.describedBy;
  let self: Editor | null = null;
  const handlePaste = (_view: unknown, event: ClipboardEvent): boolean => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!opts.cleanPaste || !html || !needsServerCleaning(html) || !self) return false;
    const editor = self;
    const { from, to } = editor.state.selection;
    event.preventDefault();
    void opts
      .cleanPaste(html)
      .catch(() => null)
      .then((doc) => {
        const content = doc?.content?.length ? doc.content : text;
        if (content) editor.chain().focus().insertContentAt({ from, to }, content).run();
      });
    return true;
  };
  self = new Editor({
    element: opts.element,
    editable: opts.editable,
    content: opts.content,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
        isAllowedUri: (url) => safeLink(url) !== null,
        shouldAutoLink: (url) => safeLink(url) !== null,
      }),
      MediaImage.configure({ lookups: opts.lookups }),
      IdeaEmbed.configure({ lookups: opts.lookups }),
    ],
    editorProps: { attributes, handlePaste },
    onUpdate: ({ editor }) => opts.onUpdate(editor.getJSON() as Doc),
    onTransaction: () => opts.onState(),
  });
  return self;
}

export type { Editor };
