/**
 * Every user string is rendered escaped by Svelte, except where a component uses `{@html}`. Each
 * such use in the two apps must be listed here with what feeds it, and what feeds it must be the
 * API's sanitiser: a new `{@html}` fails this test until it is reviewed and listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeDoc, renderDoc } from '../../api/src/content/rich-text.renderer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** file → the expressions it may render as HTML, each built by `renderDoc` in the API. */
const REVIEWED: Record<string, string[]> = {
  'public-site/src/lib/components/content/Article.svelte': ['post.html'],
};

function svelteFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.svelte'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe('HTML rendered without escaping', () => {
  it('comes only from the reviewed places, each fed by the API’s sanitiser', () => {
    const found: Record<string, string[]> = {};
    for (const file of [...svelteFiles('admin/src'), ...svelteFiles('public-site/src')]) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      const uses = [...source.matchAll(/\{@html\s+([^}]+)\}/g)].map((m) => m[1]!.trim());
      if (uses.length) found[file] = uses;
    }
    expect(found).toEqual(REVIEWED);
    // `Post.html` is the renderer's output (api/src/content/content.loaders.ts).
    const loaders = readFileSync(path.join(ROOT, 'api/src/content/content.loaders.ts'), 'utf8');
    expect(loaders).toMatch(/return renderDoc\(/);
  });

  it('the sanitiser drops scripts, handlers and dangerous links from hostile documents', () => {
    const hostile = normalizeDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
          ],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'bấm vào đây',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }],
            },
          ],
        },
        {
          type: 'heading',
          attrs: { level: 2, onclick: 'alert(4)' },
          content: [{ type: 'text', text: 'Tiêu đề "x"' }],
        },
        { type: 'iframe', attrs: { src: 'https://ke-gian.example' } },
      ],
    });
    const html = renderDoc(hostile, {
      media: new Map(),
      ideas: new Map(),
      url: () => '',
      ideaPath: (id) => `/y-tuong/${id}`,
    });
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<\/?(script|img|iframe|object|embed|style)\b/i);
      expect(tag).not.toMatch(/\son\w+\s*=|javascript:/i);
    }
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('bấm vào đây');
  });
});
