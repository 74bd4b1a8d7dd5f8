import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { generateAll } from '../generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the committed GraphQL contract', () => {
  it('matches the schema the API code emits and the typed operations of both apps', async () => {
    const files: Record<string, string> = await generateAll();
    for (const [rel, content] of Object.entries(files)) {
      const committed = await readFile(path.join(root, rel), 'utf8').catch(() => '(missing)');
      expect(committed, `${rel} is stale: run "npm run generate" and commit`).toBe(content);
    }
    // Generating builds the whole schema and runs codegen for both apps: seconds on a busy machine.
  }, 120_000);
});

describe('the persisted-operation manifest (schema/operations.json)', () => {
  it('holds every operation either app sends, by the SHA-256 of the text its client sends', async () => {
    const { createHash } = await import('node:crypto');
    const manifest = JSON.parse(await readFile(path.join(root, 'schema/operations.json'), 'utf8'));
    // The apps' generated modules, imported by a computed path (they are not part of this
    // package's TypeScript project).
    const generated = (app: string) => path.join(root, app, 'src/lib/gql/graphql.ts');
    const apps = {
      admin: await import(generated('admin')),
      'public-site': await import(generated('public-site')),
    };
    const sent = new Set<string>();
    for (const [app, mod] of Object.entries(apps)) {
      for (const [name, doc] of Object.entries(mod as Record<string, unknown>)) {
        if (!name.endsWith('Document')) continue;
        const text = String(doc);
        const hash = createHash('sha256').update(text).digest('hex');
        const entry = manifest.operations[hash];
        expect(entry, `${app} ${name} is not registered`).toBeDefined();
        expect(entry.apps).toContain(app);
        expect(entry.query).toBe(text);
        sent.add(hash);
      }
    }
    // Nothing registered that no app sends.
    expect(Object.keys(manifest.operations).sort()).toEqual([...sent].sort());
  });
});
